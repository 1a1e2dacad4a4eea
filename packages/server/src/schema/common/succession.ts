import { builder } from '../../builder.ts';
import { quoteOf } from '../../loaders/quotes.ts';
import { SuccessionKindEnum } from './enums.ts';
import { ProvenanceRef } from './provenance.ts';

// Areas and agencies continue one another: provinces merged in 2025, departments renamed.

export const AreaSuccessionRef = builder.prismaObject('AreaSuccession', {
  description: 'One area continued by another from a date: merged into it, split into it, or renamed to it.',
  fields: (t) => ({
    kind: t.expose('kind', { type: SuccessionKindEnum, description: 'How the successor continues the predecessor.' }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date', description: 'The day the successor took over.' }),
    predecessor: t.relation('predecessor', { description: 'The area continued.' }),
    successor: t.relation('successor', { description: 'The area that continues it.' }),
    provenance: t.field({ type: ProvenanceRef, description: 'The passage that states the succession, and its source.', resolve: (s, _args, ctx) => quoteOf(ctx, s.quoteId) }),
  }),
});

export const AgencySuccessionRef = builder.prismaObject('AgencySuccession', {
  description: 'One agency continued by another from a date: merged into it, split into it, or renamed to it.',
  fields: (t) => ({
    kind: t.expose('kind', { type: SuccessionKindEnum, description: 'How the successor continues the predecessor.' }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date', description: 'The day the successor took over.' }),
    predecessor: t.relation('predecessor', { description: 'The agency continued.' }),
    successor: t.relation('successor', { description: 'The agency that continues it.' }),
    provenance: t.field({ type: ProvenanceRef, description: 'The passage that states the succession, and its source.', resolve: (s, _args, ctx) => quoteOf(ctx, s.quoteId) }),
  }),
});
