import { z } from 'zod';
import { parsePreciseDate } from '../rules/index.ts';

// The field types seed records are built from. An optional field may be absent or
// null in a file; either way it loads as null, which is what the database stores.

/** Optional: absent or null in the file, null once loaded. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

export const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by single hyphens');
/** A reference to another record, by its key. */
export const ref = key;
export const optRef = orNull(ref);
/** A reference to an area's series of a definition: `<definition>@<area>`. */
export const seriesRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*@[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must name a series as <definition>@<area>, e.g. economic-growth-rate@bac-kan');
export const optSeriesRef = orNull(seriesRef);
export const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s.trim() === s, 'must not start or end with white space');
export const optText = orNull(text);
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');
export const optDate = orNull(date);
/** A date written to the precision it is known to: 2023, 2023-12 or 2023-12-13. */
export const preciseDate = z
  .string()
  .refine((s) => parsePreciseDate(s) !== null, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, to the precision the source gives');
export const num = z.number().finite();
export const optNum = orNull(num);
export const int = z.number().int();
export const optInt = orNull(int);
/** An editorial note for reviewers; never loaded. */
export const note = z.string().optional();
