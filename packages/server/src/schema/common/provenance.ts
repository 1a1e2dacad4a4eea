import { builder } from '../../builder.ts';
import type { Source } from '@planhub/db/generated/sqlite/client';
import { mapMaybe } from '../../reference-data.ts';
import { SourceRef } from './source.ts';

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
    source: t.field({
      type: SourceRef,
      description: 'The document.',
      // The reference data holds sources without their texts; SourceRef.text reads the text itself.
      resolve: (q, _args, ctx) => mapMaybe(ctx.reference.get('source', q.sourceId), (s) => s as Source),
    }),
  }),
});
