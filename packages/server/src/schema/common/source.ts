import { formatPreciseDate } from '@planhub/db/rules/index';
import type { Source } from '@planhub/db/generated/sqlite/client';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { mapMaybe } from '../../reference-data.ts';
import { AgencyRef } from '../agency/agency.ts';
import { sourceTextOf } from '../../loaders/quotes.ts';
import { DatePrecisionEnum, SourceKindEnum } from './enums.ts';

// Sources are reference data (reference-data.ts): read from memory, except their texts,
// which may be long and are read only when asked for.

export const SourceRef = builder.prismaNode('Source', {
  description: 'A document that facts are taken from: every quote is an exact passage of its text.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `bbk-2023-12-13-hoi-nghi-ktxh-2024`: what a fact’s `provenance.source` names.' }),
    title: t.exposeString('title', { description: 'Title of the document.' }),
    kind: t.expose('kind', { type: SourceKindEnum, description: 'What kind of document it is.' }),
    documentNumber: t.exposeString('documentNumber', {
      nullable: true,
      description: 'The document’s number (số hiệu), e.g. "15/NQ-HĐND", for resolutions, decisions and reports; null when it has none.',
    }),
    publisher: t.exposeString('publisherName', { description: 'Who published it, as the document names itself or its publisher.' }),
    publisherAgency: t.field({
      type: AgencyRef,
      nullable: true,
      description: 'The publisher, when it is an agency PlanHub holds (a People’s Council for its resolutions); null otherwise.',
      resolve: (s, _args, ctx) => (s.publisherId == null ? null : ctx.reference.get('agency', s.publisherId)),
    }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      description: 'When it was published, to `datePrecision`: the first day of the month or year when only those are known.',
    }),
    datePrecision: t.expose('datePrecision', { type: DatePrecisionEnum, description: 'How precisely `publishedOn` is known.' }),
    published: t.string({
      description: 'When it was published, written to the precision known: "2023", "2023-12" or "2023-12-13".',
      resolve: (s) => formatPreciseDate(s.publishedOn, s.datePrecision),
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where it can be read, when known.' }),
    language: t.exposeString('language', { description: 'Language of the document (BCP 47, e.g. `vi`).' }),
    text: t.string({
      nullable: true,
      description: "The document's text, against which every quote is checked (a quote's `offset` and `end` index it); null until it is on file.",
      resolve: (s, _args, ctx) => sourceTextOf(ctx, s.id),
    }),
  }),
});

/**
 * A field naming the source of `parent[key]`, from the reference data. The reference
 * data holds sources without their texts; SourceRef.text reads the text itself.
 */
export function sourceField<K extends string>(key: K, description: string) {
  return {
    type: SourceRef,
    description,
    resolve: (parent: { [P in K]: number }, _args: object, ctx: Context) => mapMaybe(ctx.reference.get('source', parent[key]), (s) => s as Source),
  };
}
