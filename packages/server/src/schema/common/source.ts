import { builder } from '../../builder.ts';

export const SourceRef = builder.prismaNode('Source', {
  description: 'A document that facts are taken from.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title of the document.' }),
    publisher: t.exposeString('publisher', { description: 'Who published it.' }),
    publishedAt: t.expose('publishedAt', { type: 'Date', description: 'When it was published.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where it can be read, when known.' }),
    language: t.exposeString('language', { description: 'Language of the document (BCP 47, e.g. `vi`).' }),
    kind: t.exposeString('kind', { description: 'Kind of document: NEWS_ARTICLE, RESOLUTION, REPORT or SYNTHETIC.' }),
    synthetic: t.exposeBoolean('synthetic', { description: 'True only for generated load-test data; never for real sources.' }),
  }),
});

export const ProvenanceRef = builder.prismaObject('Quote', {
  name: 'Provenance',
  description: 'Where a fact comes from: the exact passage and the document it stands in.',
  fields: (t) => ({
    quote: t.exposeString('text', { description: 'The passage, verbatim, in the source language.' }),
    offset: t.exposeInt('start', {
      nullable: true,
      description: 'Character offset of the passage in the source text, when the text is on file.',
    }),
    source: t.field({
      type: SourceRef,
      description: 'The document.',
      resolve: (q, _args, ctx) => ctx.reference.source(q.sourceId),
    }),
  }),
});
