import { z } from 'zod';
import { AgencyKind, Direction, Level, PeriodKind, PlanKind, PlanStatus, SourceKind } from '../generated/sqlite/enums.ts';
import { date, int, key, note, num, optDate, optInt, optRef, optText, orNull, ref, text } from './fields.ts';

// The records of what the facts are about: sources and their quotes, units, periods,
// areas, sectors, agencies, plans, indicators and people.

export const sourceRecord = z.strictObject({
  key,
  kind: z.enum(SourceKind),
  title: text,
  publisher: text,
  publishedAt: date,
  url: orNull(z.url()),
  language: text,
  fileName: optText,
  note,
});

export const quoteRecord = z.strictObject({
  key,
  source: ref,
  // Verbatim: any character, including the source's own spacing, but never empty.
  text: z.string().min(1, 'must not be empty'),
  note,
});

export const unitRecord = z.strictObject({
  key,
  labelVi: text,
  labelEn: optText,
  symbol: optText,
  dimension: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an upper-case name such as CURRENCY_VND'),
  multiplier: num.positive(),
  note,
});

export const periodRecord = z
  .strictObject({
    key,
    kind: z.enum(PeriodKind),
    startYear: int.min(1900).max(2200),
    endYear: int.min(1900).max(2200),
    visionYear: optInt,
    note,
  })
  .superRefine((p, ctx) => {
    if (p.endYear < p.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'must not be before startYear' });
    if (p.kind === 'YEAR' && p.endYear !== p.startYear)
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'must equal startYear for a YEAR' });
    if (p.visionYear !== null && p.visionYear < p.endYear)
      ctx.addIssue({ code: 'custom', path: ['visionYear'], message: 'must not be before endYear' });
  });

export const areaRecord = z.strictObject({
  key,
  level: z.enum(Level),
  nameVi: text,
  nameEn: optText,
  parent: optRef,
  validFrom: optDate,
  validTo: optDate,
  note,
});

export const sectorRecord = z.strictObject({ key, nameVi: text, nameEn: optText, parent: optRef, note });

export const agencyRecord = z.strictObject({
  key,
  kind: z.enum(AgencyKind),
  level: z.enum(Level),
  nameVi: text,
  nameEn: optText,
  abbreviation: optText,
  area: optRef,
  parent: optRef,
  validFrom: optDate,
  validTo: optDate,
  note,
});

export const planRecord = z
  .strictObject({
    key,
    kind: z.enum(PlanKind),
    level: z.enum(Level),
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
  .superRefine((p, ctx) => {
    if ((p.status === null) !== (p.statusQuote === null))
      ctx.addIssue({ code: 'custom', path: ['statusQuote'], message: 'a status needs the quote that states it, and a quote needs a status' });
  });

export const indicatorRecord = z.strictObject({
  key,
  nameVi: text,
  nameEn: optText,
  descriptionVi: optText,
  descriptionEn: optText,
  area: ref,
  sector: ref,
  unit: ref,
  direction: z.enum(Direction),
  note,
});

export const personRecord = z.strictObject({ key, fullName: text, note });
