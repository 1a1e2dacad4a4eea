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
