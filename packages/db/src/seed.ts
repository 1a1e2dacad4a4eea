import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from './client.ts';
import {
  AgencyKind,
  AssessmentKind,
  AssignmentRole,
  Comparator,
  Direction,
  EventKind,
  Level,
  LinkBasis,
  OfficeRole,
  PeriodKind,
  PlanKind,
  PlanStatus,
  Reliability,
  SolutionKind,
  SourceKind,
  TargetKind,
  ValueBound,
} from './generated/sqlite/enums.ts';
import { REPO_ROOT } from './paths.ts';
import { searchTextOf, sortKeyOf } from './text.ts';

// The real data set: reviewable JSON files under prisma/seed/, one per area, whose
// records refer to each other by `key`. `seed()` validates every file (shape, then
// references) before it writes anything, then upserts every row by its key in one
// interactive transaction: a failure leaves the database as it was, and a second run
// finds every row unchanged and writes nothing.

/** The seed data files shipped with the repository. */
export const SEED_DIR = join(REPO_ROOT, 'prisma', 'seed');

/** Where source texts live: $PLANHUB_SOURCES_DIR, else ../shared/sources next to the repository. */
export function defaultSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PLANHUB_SOURCES_DIR?.trim();
  return fromEnv ? fromEnv : join(REPO_ROOT, '..', 'shared', 'sources');
}

export interface SeedOptions {
  /** The folder holding the seed JSON files (default: prisma/seed). */
  dataDir?: string;
  /** The folder holding source texts, for quote offsets (default: see defaultSourcesDir). */
  sourcesDir?: string;
  /** Interactive-transaction timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
}

/** Bad seed data: every problem found, each naming the file, the record's key and the field. */
export class SeedDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedDataError';
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------
// File schemas

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by single hyphens');
/** A reference to another record, by its key. */
const ref = key;
const optRef = ref.nullish().transform((v) => v ?? null);
const text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s.trim() === s, 'must not start or end with white space');
const optText = text.nullish().transform((v) => v ?? null);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');
const optDate = date.nullish().transform((v) => v ?? null);
const num = z.number().finite();
const optNum = num.nullish().transform((v) => v ?? null);
const int = z.number().int();
const optInt = int.nullish().transform((v) => v ?? null);
/** An editorial note for reviewers; never loaded. */
const note = z.string().optional();

const sourceRecord = z.strictObject({
  key,
  kind: z.enum(SourceKind),
  title: text,
  publisher: text,
  publishedAt: date,
  url: z.url().nullish().transform((v) => v ?? null),
  language: text,
  fileName: optText,
  note,
});

const quoteRecord = z.strictObject({
  key,
  source: ref,
  // Verbatim: any character, including the source's own spacing, but never empty.
  text: z.string().min(1, 'must not be empty'),
  note,
});

const unitRecord = z.strictObject({
  key,
  labelVi: text,
  labelEn: optText,
  symbol: optText,
  dimension: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an upper-case name such as CURRENCY_VND'),
  multiplier: num.positive(),
  note,
});

const periodRecord = z
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

const areaRecord = z.strictObject({
  key,
  level: z.enum(Level),
  nameVi: text,
  nameEn: optText,
  parent: optRef,
  validFrom: optDate,
  validTo: optDate,
  note,
});

const sectorRecord = z.strictObject({ key, nameVi: text, nameEn: optText, parent: optRef, note });

const agencyRecord = z.strictObject({
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

const planRecord = z
  .strictObject({
    key,
    kind: z.enum(PlanKind),
    level: z.enum(Level),
    area: ref,
    period: ref,
    titleVi: text,
    titleEn: optText,
    status: z.enum(PlanStatus).nullish().transform((v) => v ?? null),
    statusQuote: optRef,
    adoptedBy: optRef,
    parent: optRef,
    note,
  })
  .superRefine((p, ctx) => {
    if ((p.status === null) !== (p.statusQuote === null))
      ctx.addIssue({ code: 'custom', path: ['statusQuote'], message: 'a status needs the quote that states it, and a quote needs a status' });
  });

const indicatorRecord = z.strictObject({
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

const targetRecord = z
  .strictObject({
    key,
    indicator: ref,
    plan: ref,
    period: ref,
    kind: z.enum(TargetKind),
    comparator: z.enum(Comparator),
    value: num,
    valueMax: optNum,
    unit: ref,
    isMain: z.boolean().default(false),
    quote: ref,
    note,
  })
  .superRefine((t, ctx) => {
    if (t.comparator === 'RANGE' && (t.valueMax === null || t.valueMax <= t.value))
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'a RANGE needs a valueMax above value' });
    if (t.comparator !== 'RANGE' && t.valueMax !== null)
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'only a RANGE has a valueMax' });
  });

const resultRecord = z
  .strictObject({
    key,
    indicator: ref,
    period: ref,
    plan: optRef,
    value: optNum,
    bound: z.enum(ValueBound).default('EXACT'),
    unit: ref,
    reliability: z.enum(Reliability),
    percentOfPlan: optNum,
    yoyChangePercent: optNum,
    yoyFactor: optNum,
    rankChange: optInt,
    quote: ref,
    note,
  })
  .superRefine((r, ctx) => {
    if (r.value === null && r.percentOfPlan === null && r.yoyChangePercent === null && r.yoyFactor === null && r.rankChange === null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a result without a value must state a comparison' });
    if (r.percentOfPlan !== null && r.plan === null)
      ctx.addIssue({ code: 'custom', path: ['plan'], message: 'percentOfPlan needs the plan it is measured against' });
  });

const assessmentRecord = z
  .strictObject({
    key,
    plan: ref,
    kind: z.enum(AssessmentKind),
    count: optInt,
    outOf: optInt,
    statementVi: text,
    statementEn: optText,
    reliability: z.enum(Reliability),
    quote: ref,
    note,
  })
  .superRefine((a, ctx) => {
    if (a.kind !== 'QUALITATIVE' && a.count === null)
      ctx.addIssue({ code: 'custom', path: ['count'], message: `a ${a.kind} assessment needs a count` });
    if (a.count !== null && a.outOf !== null && a.count > a.outOf)
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'must not exceed outOf' });
  });

const solutionRecord = z.strictObject({
  key,
  kind: z.enum(SolutionKind),
  textVi: text,
  textEn: optText,
  sector: optRef,
  plan: ref,
  event: optRef,
  issuedBy: optRef,
  position: int.min(1),
  quote: ref,
  note,
});

const solutionIndicatorRecord = z.strictObject({
  solution: ref,
  indicator: ref,
  basis: z.enum(LinkBasis),
  rationale: text,
  note,
});

const personRecord = z.strictObject({ key, fullName: text, note });

const positionRecord = z.strictObject({
  key,
  person: ref,
  agency: ref,
  role: z.enum(OfficeRole),
  titleVi: text,
  titleEn: optText,
  startDate: optDate,
  endDate: optDate,
  attestedOn: date,
  quote: ref,
  note,
});

const assignmentRecord = z
  .strictObject({
    key,
    agency: ref,
    solution: optRef,
    indicator: optRef,
    role: z.enum(AssignmentRole),
    quote: ref,
    note,
  })
  .superRefine((a, ctx) => {
    if (a.solution === null && a.indicator === null)
      ctx.addIssue({ code: 'custom', path: ['solution'], message: 'an assignment needs a solution or an indicator' });
  });

const participantRecord = z.strictObject({ person: ref, roleVi: text, roleEn: optText, quote: ref, note });

const eventRecord = z.strictObject({
  key,
  kind: z.enum(EventKind),
  titleVi: text,
  titleEn: optText,
  date,
  area: ref,
  organizer: optRef,
  plan: optRef,
  quote: ref,
  participants: z.array(participantRecord).default([]),
  note,
});

/** The seed files, in load order, each with the schema of its records. */
const FILES = {
  sources: { file: 'sources.json', record: sourceRecord },
  quotes: { file: 'quotes.json', record: quoteRecord },
  units: { file: 'units.json', record: unitRecord },
  periods: { file: 'periods.json', record: periodRecord },
  areas: { file: 'areas.json', record: areaRecord },
  sectors: { file: 'sectors.json', record: sectorRecord },
  agencies: { file: 'agencies.json', record: agencyRecord },
  plans: { file: 'plans.json', record: planRecord },
  indicators: { file: 'indicators.json', record: indicatorRecord },
  targets: { file: 'targets.json', record: targetRecord },
  results: { file: 'results.json', record: resultRecord },
  assessments: { file: 'assessments.json', record: assessmentRecord },
  people: { file: 'people.json', record: personRecord },
  positions: { file: 'positions.json', record: positionRecord },
  events: { file: 'events.json', record: eventRecord },
  solutions: { file: 'solutions.json', record: solutionRecord },
  solutionIndicators: { file: 'solution-indicators.json', record: solutionIndicatorRecord },
  assignments: { file: 'assignments.json', record: assignmentRecord },
} as const;

type Files = typeof FILES;
export type SeedFileName = keyof Files;

/** The validated content of every seed file, plus each quote's offset in its source. */
export type SeedData = { [K in SeedFileName]: Array<z.output<Files[K]['record']>> } & {
  /** Quote key → offset of the quote in its source text; null when the text is not on file. */
  quoteStarts: Map<string, number | null>;
};

export const SEED_FILES: ReadonlyArray<{ name: SeedFileName; file: string }> = Object.entries(FILES).map(([name, f]) => ({
  name: name as SeedFileName,
  file: f.file,
}));

// ---------------------------------------------------------------------------
// Loading and validation

function describeRecord(raw: unknown, index: number): string {
  const k = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).key : undefined;
  if (typeof k === 'string') return `record "${k}"`;
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (typeof r.solution === 'string' && typeof r.indicator === 'string') return `record ${r.solution} → ${r.indicator} (#${index + 1})`;
  return `record #${index + 1}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function readFile<K extends SeedFileName>(dataDir: string, name: K, problems: string[]): SeedData[K] {
  const { file, record } = FILES[name];
  const path = join(dataDir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${file}: cannot be read as JSON (${e instanceof Error ? e.message : String(e)})`);
    return [] as unknown as SeedData[K];
  }
  const envelope = z.strictObject({ note: z.string().optional(), records: z.array(z.unknown()) }).safeParse(json);
  if (!envelope.success) {
    problems.push(`${file}: must be an object { "note"?: string, "records": [...] } (${envelope.error.issues.map((i) => `${fieldPath(i.path) || 'top level'}: ${i.message}`).join('; ')})`);
    return [] as unknown as SeedData[K];
  }
  const out: unknown[] = [];
  envelope.data.records.forEach((raw, index) => {
    const parsed = record.safeParse(raw);
    if (parsed.success) {
      out.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const fields =
        issue.code === 'unrecognized_keys' ? issue.keys.map((k) => fieldPath([...issue.path, k])).join(', ') : fieldPath(issue.path);
      const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      problems.push(`${file}: ${describeRecord(raw, index)}, field "${fields || '(record)'}": ${what}`);
    }
  });
  return out as SeedData[K];
}

/** Orders records so that each comes after its parent; reports unknown parents and cycles. */
function parentsFirst<T extends { key: string; parent: string | null }>(records: T[], file: string, problems: string[]): T[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const visit = (r: T): void => {
    if (done.has(r.key)) return;
    if (visiting.has(r.key)) {
      problems.push(`${file}: record "${r.key}", field "parent": the parent chain loops back to this record`);
      return;
    }
    visiting.add(r.key);
    const parent = r.parent === null ? undefined : byKey.get(r.parent);
    if (parent) visit(parent);
    visiting.delete(r.key);
    done.add(r.key);
    out.push(r);
  };
  records.forEach(visit);
  return out;
}

/**
 * Reads and validates every seed file: shapes, unique keys, references between files,
 * units that match their indicator's dimension, and quotes that are exact passages of
 * their source (when the source text is on file). Throws SeedDataError listing every
 * problem; returns the data with parents ordered before their children.
 */
export function loadSeedData(options: Pick<SeedOptions, 'dataDir' | 'sourcesDir'> = {}): SeedData {
  const dataDir = options.dataDir ?? SEED_DIR;
  const sourcesDir = options.sourcesDir ?? defaultSourcesDir();
  const problems: string[] = [];
  const d = {} as SeedData;
  for (const name of Object.keys(FILES) as SeedFileName[]) {
    (d as Record<SeedFileName, unknown>)[name] = readFile(dataDir, name, problems);
  }
  if (problems.length > 0) throw new SeedDataError(problems);

  // Unique keys per file, and unique pairs for the key-less links.
  const keysOf = new Map<SeedFileName, Set<string>>();
  for (const name of Object.keys(FILES) as SeedFileName[]) {
    const set = new Set<string>();
    for (const r of d[name] as Array<{ key?: string }>) {
      if (r.key === undefined) continue;
      if (set.has(r.key)) problems.push(`${FILES[name].file}: record "${r.key}", field "key": used by more than one record`);
      set.add(r.key);
    }
    keysOf.set(name, set);
  }
  const pairs = new Set<string>();
  for (const l of d.solutionIndicators) {
    const id = `${l.solution} → ${l.indicator}`;
    if (pairs.has(id)) problems.push(`${FILES.solutionIndicators.file}: record ${id}, field "indicator": the same link appears twice`);
    pairs.add(id);
  }
  for (const e of d.events) {
    const seen = new Set<string>();
    e.participants.forEach((p, i) => {
      if (seen.has(p.person)) problems.push(`${FILES.events.file}: record "${e.key}", field "participants[${i}].person": "${p.person}" is listed twice`);
      seen.add(p.person);
    });
  }

  // References.
  const check = (from: SeedFileName, recordName: string, field: string, target: SeedFileName, value: string | null) => {
    if (value === null) return;
    if (!keysOf.get(target)!.has(value))
      problems.push(`${FILES[from].file}: ${recordName}, field "${field}": no ${FILES[target].file} record has key "${value}"`);
  };
  const rec = (k: string) => `record "${k}"`;
  for (const q of d.quotes) check('quotes', rec(q.key), 'source', 'sources', q.source);
  for (const a of d.areas) check('areas', rec(a.key), 'parent', 'areas', a.parent);
  for (const s of d.sectors) check('sectors', rec(s.key), 'parent', 'sectors', s.parent);
  for (const a of d.agencies) {
    check('agencies', rec(a.key), 'area', 'areas', a.area);
    check('agencies', rec(a.key), 'parent', 'agencies', a.parent);
  }
  for (const p of d.plans) {
    check('plans', rec(p.key), 'area', 'areas', p.area);
    check('plans', rec(p.key), 'period', 'periods', p.period);
    check('plans', rec(p.key), 'statusQuote', 'quotes', p.statusQuote);
    check('plans', rec(p.key), 'adoptedBy', 'agencies', p.adoptedBy);
    check('plans', rec(p.key), 'parent', 'plans', p.parent);
  }
  for (const i of d.indicators) {
    check('indicators', rec(i.key), 'area', 'areas', i.area);
    check('indicators', rec(i.key), 'sector', 'sectors', i.sector);
    check('indicators', rec(i.key), 'unit', 'units', i.unit);
  }
  for (const t of d.targets) {
    check('targets', rec(t.key), 'indicator', 'indicators', t.indicator);
    check('targets', rec(t.key), 'plan', 'plans', t.plan);
    check('targets', rec(t.key), 'period', 'periods', t.period);
    check('targets', rec(t.key), 'unit', 'units', t.unit);
    check('targets', rec(t.key), 'quote', 'quotes', t.quote);
  }
  for (const r of d.results) {
    check('results', rec(r.key), 'indicator', 'indicators', r.indicator);
    check('results', rec(r.key), 'period', 'periods', r.period);
    check('results', rec(r.key), 'plan', 'plans', r.plan);
    check('results', rec(r.key), 'unit', 'units', r.unit);
    check('results', rec(r.key), 'quote', 'quotes', r.quote);
  }
  for (const a of d.assessments) {
    check('assessments', rec(a.key), 'plan', 'plans', a.plan);
    check('assessments', rec(a.key), 'quote', 'quotes', a.quote);
  }
  for (const p of d.positions) {
    check('positions', rec(p.key), 'person', 'people', p.person);
    check('positions', rec(p.key), 'agency', 'agencies', p.agency);
    check('positions', rec(p.key), 'quote', 'quotes', p.quote);
  }
  for (const e of d.events) {
    check('events', rec(e.key), 'area', 'areas', e.area);
    check('events', rec(e.key), 'organizer', 'agencies', e.organizer);
    check('events', rec(e.key), 'plan', 'plans', e.plan);
    check('events', rec(e.key), 'quote', 'quotes', e.quote);
    e.participants.forEach((p, i) => {
      check('events', rec(e.key), `participants[${i}].person`, 'people', p.person);
      check('events', rec(e.key), `participants[${i}].quote`, 'quotes', p.quote);
    });
  }
  for (const s of d.solutions) {
    check('solutions', rec(s.key), 'sector', 'sectors', s.sector);
    check('solutions', rec(s.key), 'plan', 'plans', s.plan);
    check('solutions', rec(s.key), 'event', 'events', s.event);
    check('solutions', rec(s.key), 'issuedBy', 'people', s.issuedBy);
    check('solutions', rec(s.key), 'quote', 'quotes', s.quote);
  }
  for (const l of d.solutionIndicators) {
    const name = `record ${l.solution} → ${l.indicator}`;
    check('solutionIndicators', name, 'solution', 'solutions', l.solution);
    check('solutionIndicators', name, 'indicator', 'indicators', l.indicator);
  }
  for (const a of d.assignments) {
    check('assignments', rec(a.key), 'agency', 'agencies', a.agency);
    check('assignments', rec(a.key), 'solution', 'solutions', a.solution);
    check('assignments', rec(a.key), 'indicator', 'indicators', a.indicator);
    check('assignments', rec(a.key), 'quote', 'quotes', a.quote);
  }

  // A target's or result's unit measures what its indicator measures.
  const dimension = new Map(d.units.map((u) => [u.key, u.dimension]));
  const indicatorUnit = new Map(d.indicators.map((i) => [i.key, i.unit]));
  const sameDimension = (file: SeedFileName, k: string, indicator: string, unit: string) => {
    const iu = indicatorUnit.get(indicator);
    if (iu === undefined || !dimension.has(unit) || !dimension.has(iu)) return; // reported above
    if (dimension.get(iu) !== dimension.get(unit))
      problems.push(
        `${FILES[file].file}: record "${k}", field "unit": "${unit}" (${dimension.get(unit)}) does not measure what indicator "${indicator}" measures (${dimension.get(iu)})`,
      );
  };
  for (const t of d.targets) sameDimension('targets', t.key, t.indicator, t.unit);
  for (const r of d.results) sameDimension('results', r.key, r.indicator, r.unit);

  // Quotes are exact passages of their source, when its text is on file.
  const texts = new Map<string, string | null>();
  for (const s of d.sources) {
    const path = s.fileName === null ? null : join(sourcesDir, s.fileName);
    texts.set(s.key, path !== null && existsSync(path) ? readFileSync(path, 'utf8') : null);
  }
  d.quoteStarts = new Map();
  for (const q of d.quotes) {
    const body = texts.get(q.source);
    if (body === undefined) continue; // unknown source: reported above
    if (body === null) {
      d.quoteStarts.set(q.key, null);
      continue;
    }
    // The first occurrence: the seed's quotes are long enough to occur once (a test checks).
    const start = body.indexOf(q.text);
    if (start < 0) problems.push(`${FILES.quotes.file}: record "${q.key}", field "text": not an exact passage of source "${q.source}"`);
    d.quoteStarts.set(q.key, start < 0 ? null : start);
  }

  d.areas = parentsFirst(d.areas, FILES.areas.file, problems);
  d.sectors = parentsFirst(d.sectors, FILES.sectors.file, problems);
  d.agencies = parentsFirst(d.agencies, FILES.agencies.file, problems);
  d.plans = parentsFirst(d.plans, FILES.plans.file, problems);

  if (problems.length > 0) throw new SeedDataError(problems);
  return d;
}

// ---------------------------------------------------------------------------
// Writing

type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the seed uses; every model has it. */
interface Delegate {
  findMany(args: { where: Row }): Promise<Row[]>;
  upsert(args: { where: Row; create: Row; update: Row }): Promise<Row>;
}

export interface TableChanges {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedSummary {
  /** Per table (Prisma model name): rows created, updated, and found already up to date. */
  tables: Record<string, TableChanges>;
  created: number;
  updated: number;
  unchanged: number;
}

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
const dayOrNull = (s: string | null): Date | null => (s === null ? null : day(s));

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return (a ?? null) === (b ?? null);
}

function unchanged(existing: Row, data: Row): boolean {
  return Object.keys(data).every((f) => same(existing[f], data[f]));
}

/** Resolves a key already written; the data was validated, so a miss is a bug. */
function idOf(ids: Map<string, number>, k: string, what: string): number {
  const id = ids.get(k);
  if (id === undefined) throw new Error(`seed: ${what} "${k}" was not written before it was referenced`);
  return id;
}
const idOrNull = (ids: Map<string, number>, k: string | null, what: string): number | null => (k === null ? null : idOf(ids, k, what));

/**
 * Writes rows identified by `key`, in the given order. `toData` receives the ids
 * written so far, so a row may refer to rows of the same table written before it
 * (parents are ordered first). A row already holding the same values is left alone.
 */
async function syncByKey<T extends { key: string }>(
  model: string,
  delegate: Delegate,
  records: T[],
  toData: (r: T, ids: Map<string, number>) => Row,
  summary: SeedSummary,
): Promise<Map<string, number>> {
  const changes: TableChanges = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map<string, Row>();
  if (records.length > 0) {
    for (const row of await delegate.findMany({ where: { key: { in: records.map((r) => r.key) } } })) {
      existing.set(row.key as string, row);
    }
  }
  const ids = new Map<string, number>();
  for (const r of records) {
    const data = { key: r.key, ...toData(r, ids) };
    const old = existing.get(r.key);
    if (old && unchanged(old, data)) {
      changes.unchanged++;
      ids.set(r.key, old.id as number);
      continue;
    }
    const row = await delegate.upsert({ where: { key: r.key }, create: data, update: data });
    if (old) changes.updated++;
    else changes.created++;
    ids.set(r.key, row.id as number);
  }
  tally(summary, model, changes);
  return ids;
}

/** Writes key-less rows identified by a compound unique of two foreign keys. */
async function syncByPair(
  model: string,
  delegate: Delegate,
  unique: { name: string; a: string; b: string },
  rows: Row[],
  summary: SeedSummary,
): Promise<void> {
  const changes: TableChanges = { created: 0, updated: 0, unchanged: 0 };
  const pairKey = (row: Row) => `${String(row[unique.a])}:${String(row[unique.b])}`;
  const existing = new Map<string, Row>();
  if (rows.length > 0) {
    const firsts = [...new Set(rows.map((r) => r[unique.a]))];
    for (const row of await delegate.findMany({ where: { [unique.a]: { in: firsts } } })) existing.set(pairKey(row), row);
  }
  for (const data of rows) {
    const old = existing.get(pairKey(data));
    if (old && unchanged(old, data)) {
      changes.unchanged++;
      continue;
    }
    await delegate.upsert({
      where: { [unique.name]: { [unique.a]: data[unique.a], [unique.b]: data[unique.b] } },
      create: data,
      update: data,
    });
    if (old) changes.updated++;
    else changes.created++;
  }
  tally(summary, model, changes);
}

function tally(summary: SeedSummary, model: string, changes: TableChanges): void {
  summary.tables[model] = changes;
  summary.created += changes.created;
  summary.updated += changes.updated;
  summary.unchanged += changes.unchanged;
}

/**
 * Loads the seed files into the database: validates everything first (a bad file
 * throws SeedDataError and writes nothing), then upserts every row by key in one
 * interactive transaction, so a failure part-way leaves the database as it was.
 * Idempotent: a second run finds every row up to date and writes nothing.
 */
export async function seed(prisma: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const d = loadSeedData(options);
  const summary: SeedSummary = { tables: {}, created: 0, updated: 0, unchanged: 0 };
  await prisma.$transaction(
    async (tx) => {
      // Every model delegate has findMany/upsert; the rows are built from validated data.
      const m = (name: string): Delegate => (tx as unknown as Record<string, Delegate>)[name]!;

      const sources = await syncByKey('Source', m('source'), d.sources, (s) => ({
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        publishedAt: day(s.publishedAt),
        url: s.url,
        language: s.language,
        fileName: s.fileName,
        synthetic: false,
      }), summary);

      const quotes = await syncByKey('Quote', m('quote'), d.quotes, (q) => ({
        sourceId: idOf(sources, q.source, 'source'),
        text: q.text,
        start: d.quoteStarts.get(q.key) ?? null,
      }), summary);

      const units = await syncByKey('Unit', m('unit'), d.units, (u) => ({
        labelVi: u.labelVi,
        labelEn: u.labelEn,
        symbol: u.symbol,
        dimension: u.dimension,
        multiplier: u.multiplier,
      }), summary);

      const periods = await syncByKey('Period', m('period'), d.periods, (p) => ({
        kind: p.kind,
        startYear: p.startYear,
        endYear: p.endYear,
        visionYear: p.visionYear,
      }), summary);

      const areas = await syncByKey('Area', m('area'), d.areas, (a, self) => ({
        level: a.level,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        parentId: idOrNull(self, a.parent, 'area'),
        validFrom: dayOrNull(a.validFrom),
        validTo: dayOrNull(a.validTo),
        searchText: searchTextOf(a.nameVi, a.nameEn),
        synthetic: false,
      }), summary);

      const sectors = await syncByKey('Sector', m('sector'), d.sectors, (s, self) => ({
        nameVi: s.nameVi,
        nameEn: s.nameEn,
        parentId: idOrNull(self, s.parent, 'sector'),
      }), summary);

      const agencies = await syncByKey('Agency', m('agency'), d.agencies, (a, self) => ({
        kind: a.kind,
        level: a.level,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        abbreviation: a.abbreviation,
        areaId: idOrNull(areas, a.area, 'area'),
        parentId: idOrNull(self, a.parent, 'agency'),
        validFrom: dayOrNull(a.validFrom),
        validTo: dayOrNull(a.validTo),
        searchText: searchTextOf(a.nameVi, a.nameEn, a.abbreviation),
        sortKey: sortKeyOf(a.nameVi),
        synthetic: false,
      }), summary);

      const plans = await syncByKey('Plan', m('plan'), d.plans, (p, self) => ({
        kind: p.kind,
        level: p.level,
        areaId: idOf(areas, p.area, 'area'),
        periodId: idOf(periods, p.period, 'period'),
        titleVi: p.titleVi,
        titleEn: p.titleEn,
        status: p.status,
        statusQuoteId: idOrNull(quotes, p.statusQuote, 'quote'),
        adoptedById: idOrNull(agencies, p.adoptedBy, 'agency'),
        parentId: idOrNull(self, p.parent, 'plan'),
        searchText: searchTextOf(p.titleVi, p.titleEn),
      }), summary);

      const indicators = await syncByKey('Indicator', m('indicator'), d.indicators, (i) => ({
        nameVi: i.nameVi,
        nameEn: i.nameEn,
        descriptionVi: i.descriptionVi,
        descriptionEn: i.descriptionEn,
        areaId: idOf(areas, i.area, 'area'),
        sectorId: idOf(sectors, i.sector, 'sector'),
        unitId: idOf(units, i.unit, 'unit'),
        direction: i.direction,
        searchText: searchTextOf(i.nameVi, i.nameEn, i.descriptionVi, i.descriptionEn),
        sortKey: sortKeyOf(i.nameVi),
        synthetic: false,
      }), summary);

      await syncByKey('Target', m('target'), d.targets, (t) => ({
        indicatorId: idOf(indicators, t.indicator, 'indicator'),
        planId: idOf(plans, t.plan, 'plan'),
        periodId: idOf(periods, t.period, 'period'),
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax,
        unitId: idOf(units, t.unit, 'unit'),
        isMain: t.isMain,
        quoteId: idOf(quotes, t.quote, 'quote'),
      }), summary);

      await syncByKey('Result', m('result'), d.results, (r) => ({
        indicatorId: idOf(indicators, r.indicator, 'indicator'),
        periodId: idOf(periods, r.period, 'period'),
        planId: idOrNull(plans, r.plan, 'plan'),
        value: r.value,
        bound: r.bound,
        unitId: idOf(units, r.unit, 'unit'),
        reliability: r.reliability,
        percentOfPlan: r.percentOfPlan,
        yoyChangePercent: r.yoyChangePercent,
        yoyFactor: r.yoyFactor,
        rankChange: r.rankChange,
        quoteId: idOf(quotes, r.quote, 'quote'),
      }), summary);

      await syncByKey('Assessment', m('assessment'), d.assessments, (a) => ({
        planId: idOf(plans, a.plan, 'plan'),
        kind: a.kind,
        count: a.count,
        outOf: a.outOf,
        statementVi: a.statementVi,
        statementEn: a.statementEn,
        reliability: a.reliability,
        quoteId: idOf(quotes, a.quote, 'quote'),
      }), summary);

      const people = await syncByKey('Person', m('person'), d.people, (p) => ({
        fullName: p.fullName,
        searchText: searchTextOf(p.fullName),
      }), summary);

      await syncByKey('Position', m('position'), d.positions, (p) => ({
        personId: idOf(people, p.person, 'person'),
        agencyId: idOf(agencies, p.agency, 'agency'),
        role: p.role,
        titleVi: p.titleVi,
        titleEn: p.titleEn,
        startDate: dayOrNull(p.startDate),
        endDate: dayOrNull(p.endDate),
        attestedOn: day(p.attestedOn),
        quoteId: idOf(quotes, p.quote, 'quote'),
      }), summary);

      const events = await syncByKey('Event', m('event'), d.events, (e) => ({
        kind: e.kind,
        titleVi: e.titleVi,
        titleEn: e.titleEn,
        date: day(e.date),
        areaId: idOf(areas, e.area, 'area'),
        organizerId: idOrNull(agencies, e.organizer, 'agency'),
        planId: idOrNull(plans, e.plan, 'plan'),
        quoteId: idOf(quotes, e.quote, 'quote'),
      }), summary);

      await syncByPair(
        'EventParticipant',
        m('eventParticipant'),
        { name: 'eventId_personId', a: 'eventId', b: 'personId' },
        d.events.flatMap((e) =>
          e.participants.map((p) => ({
            eventId: idOf(events, e.key, 'event'),
            personId: idOf(people, p.person, 'person'),
            roleVi: p.roleVi,
            roleEn: p.roleEn,
            quoteId: idOf(quotes, p.quote, 'quote'),
          })),
        ),
        summary,
      );

      const solutions = await syncByKey('Solution', m('solution'), d.solutions, (s) => ({
        kind: s.kind,
        textVi: s.textVi,
        textEn: s.textEn,
        sectorId: idOrNull(sectors, s.sector, 'sector'),
        planId: idOf(plans, s.plan, 'plan'),
        eventId: idOrNull(events, s.event, 'event'),
        issuedById: idOrNull(people, s.issuedBy, 'person'),
        position: s.position,
        searchText: searchTextOf(s.textVi, s.textEn),
        sortKey: sortKeyOf(s.textVi),
        quoteId: idOf(quotes, s.quote, 'quote'),
        synthetic: false,
      }), summary);

      await syncByPair(
        'SolutionIndicator',
        m('solutionIndicator'),
        { name: 'solutionId_indicatorId', a: 'solutionId', b: 'indicatorId' },
        d.solutionIndicators.map((l) => ({
          solutionId: idOf(solutions, l.solution, 'solution'),
          indicatorId: idOf(indicators, l.indicator, 'indicator'),
          basis: l.basis,
          rationale: l.rationale,
        })),
        summary,
      );

      await syncByKey('Assignment', m('assignment'), d.assignments, (a) => ({
        agencyId: idOf(agencies, a.agency, 'agency'),
        solutionId: idOrNull(solutions, a.solution, 'solution'),
        indicatorId: idOrNull(indicators, a.indicator, 'indicator'),
        role: a.role,
        quoteId: idOf(quotes, a.quote, 'quote'),
      }), summary);
    },
    { timeout: options.timeoutMs ?? 120_000, maxWait: 30_000 },
  );
  return summary;
}

/** Whether the real data set is present: at least one non-synthetic source. */
export async function isSeeded(prisma: Db): Promise<boolean> {
  return (await prisma.source.count({ where: { synthetic: false } })) > 0;
}

/** Seeds a database that holds no real data yet; returns the summary, or null when it was already seeded. */
export async function seedIfEmpty(prisma: Db, options: SeedOptions = {}): Promise<SeedSummary | null> {
  if (await isSeeded(prisma)) return null;
  return seed(prisma, options);
}
