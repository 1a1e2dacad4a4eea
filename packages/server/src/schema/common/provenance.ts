import { builder } from '../../builder.ts';
import { referenceField } from './reference-field.ts';
import { SourceRef } from './source.ts';

export const ProvenanceRef = builder.prismaObject('Quote', {
  name: 'Provenance',
  description: 'Where a fact comes from: the exact passage and the document it stands in.',
  fields: (t) => ({
    quote: t.exposeString('text', { description: 'The passage, verbatim, in the source language.' }),
    offset: t.exposeInt('start', {
      nullable: true,
      description: 'Character offset of the passage in the source text, when the text is on file.',
    }),
    source: t.field(referenceField(SourceRef, 'source', 'sourceId', 'The document.')),
  }),
});
