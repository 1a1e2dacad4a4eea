import { RULES, type Rule } from './constraints.ts';

// The shared validation every writer calls before it writes (the seed today; mutations
// and imports next): the data's own rules, which the databases enforce too (see
// constraints.ts), and the rules that need more than one row, such as a quote being an
// exact passage of its source's text.

export { RULES, type Rule } from './constraints.ts';

export interface RuleViolation {
  /** The rule's name, which is also its CHECK constraint's (stable: clients may match on it). */
  rule: string;
  field: string;
  message: string;
}

const BY_MODEL = new Map<string, Rule[]>();
for (const r of RULES) BY_MODEL.set(r.model, [...(BY_MODEL.get(r.model) ?? []), r]);
const BY_NAME = new Map(RULES.map((r) => [r.name, r]));

/** Every rule of the model that the row breaks. */
export function violationsOf(model: string, row: Readonly<Record<string, unknown>>): RuleViolation[] {
  return (BY_MODEL.get(model) ?? []).filter((r) => !r.holds(row)).map((r) => ({ rule: r.name, field: r.field, message: r.message }));
}

/**
 * Where a quote stands in its source's text: its offsets when it is an exact passage
 * (the first occurrence at or after `from`, default the first of all), null when it is
 * not. Offsets count UTF-16 code units, as JavaScript strings do.
 */
export function locateQuote(sourceText: string, quote: string, from = 0): { start: number; end: number } | null {
  if (quote.length === 0) return null;
  const start = sourceText.indexOf(quote, from);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** Whether `quote` is the source's text from `start` to `end`, exactly. */
export function quoteMatches(sourceText: string, quote: string, start: number, end: number): boolean {
  return start >= 0 && end <= sourceText.length && sourceText.slice(start, end) === quote;
}

/**
 * The rule a database error reports, when it is a CHECK violation of one of ours
 * (SQLite: "CHECK constraint failed: <name>"; PostgreSQL: `violates check constraint
 * "<name>"`, also through Prisma's driver-adapter errors, which keep the text).
 */
export function violationOfDatabaseError(error: unknown): RuleViolation | undefined {
  const texts: string[] = [];
  const collect = (e: unknown, depth: number): void => {
    if (depth > 4 || e === null || typeof e !== 'object') return;
    const o = e as Record<string, unknown>;
    for (const k of ['message', 'originalMessage', 'constraint']) if (typeof o[k] === 'string') texts.push(o[k] as string);
    collect(o.cause, depth + 1);
    collect(o.meta, depth + 1);
    collect((o.meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1);
  };
  collect(error, 0);
  for (const t of texts) {
    const m = /CHECK constraint failed: (\w+)|violates check constraint "(\w+)"|^(\w+_check)$/.exec(t);
    const rule = m && BY_NAME.get((m[1] ?? m[2] ?? m[3])!);
    if (rule) return { rule: rule.name, field: rule.field, message: rule.message };
  }
  return undefined;
}

/** A date's precision, from how it is written: YYYY, YYYY-MM or YYYY-MM-DD. */
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/**
 * A date written to the precision it is known to (2023, 2023-12, 2023-12-13) as the
 * first instant it can mean, with that precision; null for text that is none of these
 * or not a real date.
 */
export function parsePreciseDate(text: string): { date: Date; precision: DatePrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return null;
  return { date, precision: d ? 'DAY' : mo ? 'MONTH' : 'YEAR' };
}

/** A precise date written back as it was given: 2023, 2023-12 or 2023-12-13. */
export function formatPreciseDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString();
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 10);
}
