import { builder } from '../../builder.ts';
import { sourceField } from './source.ts';

export const ProvenanceRef = builder.prismaObject('Quote', {
  name: 'Provenance',
  description: 'Where a fact comes from: the exact passage and the document it stands in.',
  fields: (t) => ({
    quote: t.exposeString('text', { description: 'The passage, verbatim, in the source language.' }),
    offset: t.exposeInt('start', {
      nullable: true,
      description: "Where the passage starts in its source's `text` (UTF-16 code units, as JavaScript indexes strings), when the text is on file.",
    }),
    end: t.exposeInt('end', {
      nullable: true,
      description: "Where the passage ends in its source's `text` (just after it): `text.slice(offset, end)` is `quote`.",
    }),
    source: t.field(sourceField('sourceId', 'The document.')),
  }),
});
