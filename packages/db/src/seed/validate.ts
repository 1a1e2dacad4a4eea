import { FILES, type SeedData, type SeedFileName, type SeedRecords } from './files.ts';

// The checks that span records and files, made once every file has its shape:
// unique keys, references, units and verbatim quotes.

/** Bad seed data: every problem found, each naming the file, the record's key and the field. */
export class SeedDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'SeedDataError';
    this.problems = problems;
  }
}

type Row = Record<string, unknown>;
/** The untyped view of References that the check walks. */
type ReferenceTable = { readonly [field: string]: SeedFileName | ReferenceTable };

/** A record's reference fields and the file each points into; a list field holds the references of its items. */
type References<R> = {
  readonly [F in keyof R]?: R[F] extends string | null ? SeedFileName : R[F] extends ReadonlyArray<infer E> ? References<E> : never;
};

/** Every reference between files, in the order problems are reported. */
const REFERENCES: { readonly [K in SeedFileName]?: References<SeedRecords[K][number]> } = {
  quotes: { source: 'sources' },
  areas: { parent: 'areas' },
  sectors: { parent: 'sectors' },
  agencies: { area: 'areas', parent: 'agencies' },
  plans: { area: 'areas', period: 'periods', statusQuote: 'quotes', adoptedBy: 'agencies', parent: 'plans' },
  indicators: { area: 'areas', sector: 'sectors', unit: 'units' },
  targets: { indicator: 'indicators', plan: 'plans', period: 'periods', unit: 'units', quote: 'quotes' },
  results: { indicator: 'indicators', period: 'periods', plan: 'plans', unit: 'units', quote: 'quotes' },
  assessments: { plan: 'plans', quote: 'quotes' },
  positions: { person: 'people', agency: 'agencies', quote: 'quotes' },
  events: {
    area: 'areas',
    organizer: 'agencies',
    plan: 'plans',
    quote: 'quotes',
    participants: { person: 'people', quote: 'quotes' },
  },
  solutions: { sector: 'sectors', plan: 'plans', event: 'events', issuedBy: 'people', quote: 'quotes' },
  solutionIndicators: { solution: 'solutions', indicator: 'indicators' },
  assignments: { agency: 'agencies', solution: 'solutions', indicator: 'indicators', quote: 'quotes' },
};

/**
 * Checks what the file schemas cannot see: unique keys, references between files,
 * units that match their indicator's dimension, and quotes that are exact passages
 * of their source (`sourceTexts`: source key → its text, or null when not on file).
 * Throws SeedDataError listing every problem; returns the data with each quote's
 * offset and with parents ordered before their children.
 */
export function validateSeedData(records: SeedRecords, sourceTexts: Map<string, string | null>): SeedData {
  const problems: string[] = [];
  checkReferences(records, uniqueKeys(records, problems), problems);
  checkUnits(records, problems);
  const quoteStarts = locateQuotes(records, sourceTexts, problems);
  const data: SeedData = {
    ...records,
    areas: parentsFirst(records.areas, FILES.areas.file, problems),
    sectors: parentsFirst(records.sectors, FILES.sectors.file, problems),
    agencies: parentsFirst(records.agencies, FILES.agencies.file, problems),
    plans: parentsFirst(records.plans, FILES.plans.file, problems),
    quoteStarts,
  };
  if (problems.length > 0) throw new SeedDataError(problems);
  return data;
}

/** Each file's keys; reports a key, a link or an event's participant that appears twice. */
function uniqueKeys(d: SeedRecords, problems: string[]): Map<SeedFileName, Set<string>> {
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
  return keysOf;
}

function checkReferences(d: SeedRecords, keysOf: Map<SeedFileName, Set<string>>, problems: string[]): void {
  const check = (from: SeedFileName, recordName: string, record: Row, refs: ReferenceTable, prefix: string): void => {
    for (const [field, target] of Object.entries(refs)) {
      if (typeof target === 'object') {
        (record[field] as Row[]).forEach((item, i) => check(from, recordName, item, target, `${prefix}${field}[${i}].`));
        continue;
      }
      const value = record[field] as string | null;
      if (value !== null && !keysOf.get(target)!.has(value))
        problems.push(`${FILES[from].file}: ${recordName}, field "${prefix}${field}": no ${FILES[target].file} record has key "${value}"`);
    }
  };
  for (const [from, refs] of Object.entries(REFERENCES) as Array<[SeedFileName, ReferenceTable]>) {
    for (const r of d[from] as Row[]) {
      // The key-less links are named by the pair they join.
      const recordName = typeof r.key === 'string' ? `record "${r.key}"` : `record ${String(r.solution)} → ${String(r.indicator)}`;
      check(from, recordName, r, refs, '');
    }
  }
}

/** A target's or result's unit measures what its indicator measures. */
function checkUnits(d: SeedRecords, problems: string[]): void {
  const dimension = new Map(d.units.map((u) => [u.key, u.dimension]));
  const indicatorUnit = new Map(d.indicators.map((i) => [i.key, i.unit]));
  const sameDimension = (file: SeedFileName, k: string, indicator: string, unit: string) => {
    const iu = indicatorUnit.get(indicator);
    if (iu === undefined || !dimension.has(unit) || !dimension.has(iu)) return; // reported as a reference
    if (dimension.get(iu) !== dimension.get(unit))
      problems.push(
        `${FILES[file].file}: record "${k}", field "unit": "${unit}" (${dimension.get(unit)}) does not measure what indicator "${indicator}" measures (${dimension.get(iu)})`,
      );
  };
  for (const t of d.targets) sameDimension('targets', t.key, t.indicator, t.unit);
  for (const r of d.results) sameDimension('results', r.key, r.indicator, r.unit);
}

/** Quote key → the quote's offset in its source's text; reports a quote that is not an exact passage of it. */
function locateQuotes(d: SeedRecords, sourceTexts: Map<string, string | null>, problems: string[]): Map<string, number | null> {
  const starts = new Map<string, number | null>();
  for (const q of d.quotes) {
    const body = sourceTexts.get(q.source);
    if (body === undefined) continue; // unknown source: reported as a reference
    if (body === null) {
      starts.set(q.key, null);
      continue;
    }
    // The first occurrence: the seed's quotes are long enough to occur once (a test checks).
    const start = body.indexOf(q.text);
    if (start < 0) problems.push(`${FILES.quotes.file}: record "${q.key}", field "text": not an exact passage of source "${q.source}"`);
    starts.set(q.key, start < 0 ? null : start);
  }
  return starts;
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
