import { z } from 'zod';
import { AgencyKind, AgencyLevel, AreaLevel, Direction, PeriodKind, PlanKind, PlanStatus, SourceKind, SuccessionKind } from '../generated/sqlite/enums.ts';
import { ruleCheck } from './checks.ts';
import { date, int, key, note, num, optDate, optRef, optText, orNull, preciseDate, ref, text } from './fields.ts';

// The records of what the facts are about: sources and their quotes, units, periods,
// areas, sectors, agencies, plans, indicator definitions and their series, people, and
// the succession of areas and agencies.

export const sourceRecord = z.strictObject({
  key,
  kind: z.enum(SourceKind).exclude(['SYNTHETIC']),
  title: text,
  /** Who published it, as the document names itself or its publisher. */
  publisherName: text,
  /** The publisher, when it is one of agencies.json. */
  publisher: optRef,
  documentNumber: optText,
  /** To the precision the document gives: 2023, 2023-12 or 2023-12-13. */
  publishedOn: preciseDate,
  url: orNull(z.url({ error: 'must be a full web address, such as https://baobackan.org.vn/…' })),
  language: text,
  /** The file in the sources folder holding the document's text. */
  fileName: text,
  note,
});

export const quoteRecord = z.strictObject({
  key,
  source: ref,
  // Verbatim: any character, including the source's own spacing, but never empty.
  text: z.string().min(1, 'must not be empty'),
  note,
});

export const unitRecord = z
  .strictObject({
    key,
    labelVi: text,
    labelEn: optText,
    symbol: optText,
    dimension: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an upper-case name such as CURRENCY_VND'),
    multiplier: num,
    note,
  })
  .superRefine(ruleCheck('Unit'));

export const periodRecord = z
  .strictObject({
    key,
    kind: z.enum(PeriodKind),
    startYear: int.min(1900).max(2200),
    startMonth: int.default(1),
    endYear: int.min(1900).max(2200),
    endMonth: int.default(12),
    visionYear: orNull(int),
    note,
  })
  .superRefine(ruleCheck('Period'));

export const areaRecord = z
  .strictObject({
    key,
    level: z.enum(AreaLevel),
    nameVi: text,
    nameEn: optText,
    parent: optRef,
    validFrom: optDate,
    validTo: optDate,
    note,
  })
  .superRefine(ruleCheck('Area'));

export const sectorRecord = z.strictObject({ key, nameVi: text, nameEn: optText, parent: optRef, note });

export const agencyRecord = z
  .strictObject({
    key,
    kind: z.enum(AgencyKind),
    level: z.enum(AgencyLevel),
    nameVi: text,
    nameEn: optText,
    abbreviation: optText,
    area: optRef,
    parent: optRef,
    validFrom: optDate,
    validTo: optDate,
    note,
  })
  .superRefine(ruleCheck('Agency'));

const successionRecord = z
  .strictObject({
    predecessor: ref,
    successor: ref,
    kind: z.enum(SuccessionKind),
    effectiveOn: date,
    quote: ref,
    note,
  })
  .superRefine(ruleCheck('AreaSuccession', { predecessorId: 'predecessor', successorId: 'successor' }));
export const areaSuccessionRecord = successionRecord;
export const agencySuccessionRecord = successionRecord;

export const planRecord = z
  .strictObject({
    key,
    kind: z.enum(PlanKind),
    level: z.enum(AreaLevel),
    area: ref,
    period: ref,
    titleVi: text,
    titleEn: optText,
    status: orNull(z.enum(PlanStatus)),
    statusQuote: optRef,
    adoptedBy: optRef,
    parent: optRef,
    note,
  })
  .superRefine(ruleCheck('Plan', { statusQuoteId: 'statusQuote' }));

export const indicatorDefinitionRecord = z.strictObject({
  key,
  nameVi: text,
  nameEn: optText,
  descriptionVi: optText,
  descriptionEn: optText,
  sector: ref,
  direction: z.enum(Direction),
  dimension: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be a unit dimension of units.json, such as PERCENT'),
  nationalCode: optText,
  note,
});

/** One area's series of a definition; other files refer to it as `<definition>@<area>`. */
export const indicatorRecord = z.strictObject({
  definition: ref,
  area: ref,
  unit: ref,
  note,
});

export const personRecord = z.strictObject({ key, fullName: text, note });
