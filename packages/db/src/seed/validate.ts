import { locateQuote } from '../rules/index.ts';
import { FILES, type SeedData, type SeedFileName, type SeedRecords } from './files.ts';

// The checks that span records and files, made once every file has its shape (and its
// records have passed the shared rules, ../rules): unique keys and natural keys,
// references, units, revisions and verbatim quotes.

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

/** Every reference between files, in the order problems are reported. A series is referred to as `<definition>@<area>`. */
const REFERENCES: { readonly [K in SeedFileName]?: References<SeedRecords[K][number]> } = {
  sources: { publisher: 'agencies' },
  quotes: { source: 'sources' },
  areas: { parent: 'areas' },
  sectors: { parent: 'sectors' },
  agencies: { area: 'areas', parent: 'agencies' },
  plans: { area: 'areas', period: 'periods', statusQuote: 'quotes', adoptedBy: 'agencies', parent: 'plans' },
  indicatorDefinitions: { sector: 'sectors' },
  indicators: { definition: 'indicatorDefinitions', area: 'areas', unit: 'units' },
  targets: {
    indicator: 'indicators',
    plan: 'plans',
    period: 'periods',
    unit: 'units',
    quote: 'quotes',
    revisions: { unit: 'units', quote: 'quotes' },
  },
  results: { indicator: 'indicators', period: 'periods', plan: 'plans', unit: 'units', supersedes: 'results', quote: 'quotes' },
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
  assignments: { agency: 'agencies', solution: 'solutions', indicator: 'indicators', plan: 'plans', period: 'periods', quote: 'quotes' },
  areaSuccessions: { predecessor: 'areas', successor: 'areas', quote: 'quotes' },
  agencySuccessions: { predecessor: 'agencies', successor: 'agencies', quote: 'quotes' },
};

/** How a series is referred to from other files. */
export const seriesHandle = (s: { definition: string; area: string }): string => `${s.definition}@${s.area}`;

/** How a record is named in a problem: its key, or what identifies a key-less record. */
function nameOf(r: Row): string {
  if (typeof r.key === 'string') return `record "${r.key}"`;
  if (typeof r.definition === 'string') return `record ${String(r.definition)}@${String(r.area)}`;
  if (typeof r.predecessor === 'string') return `record ${String(r.predecessor)} → ${String(r.successor)}`;
  return `record ${String(r.solution)} → ${String(r.indicator)}`;
}

/**
 * Checks what the file schemas cannot see: unique keys and natural keys, references
 * between files, units that measure what their indicator measures, revisions that
 * revise a figure of the same indicator and period, and quotes that are exact passages
 * of their source's text (`sourceTexts`: source key → its text). Throws SeedDataError
 * listing every problem; returns the data with each quote's place in its source and
 * with parents (and revised results) ordered before what refers to them.
 */
export function validateSeedData(records: SeedRecords, sourceTexts: Map<string, string>): SeedData {
  const problems: string[] = [];
  checkReferences(records, uniqueKeys(records, problems), problems);
  checkUnits(records, problems);
  const quoteOffsets = locateQuotes(records, sourceTexts, problems);
  checkNaturalKeys(records, quoteOffsets, problems);
  checkRevisions(records, problems);
  const data: SeedData = {
    ...records,
    areas: parentsFirst(records.areas, FILES.areas.file, problems),
    sectors: parentsFirst(records.sectors, FILES.sectors.file, problems),
    agencies: parentsFirst(records.agencies, FILES.agencies.file, problems),
    plans: parentsFirst(records.plans, FILES.plans.file, problems),
    results: parentsFirst(
      records.results.map((r) => ({ ...r, parent: r.supersedes })),
      FILES.results.file,
      problems,
      'supersedes',
    ).map(({ parent: _parent, ...r }) => r),
    sourceTexts,
    quoteOffsets,
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
  const series = new Set<string>();
  for (const r of d.indicators) {
    const h = seriesHandle(r);
    if (series.has(h)) problems.push(`${FILES.indicators.file}: record ${h}: the area has this definition's series twice`);
    series.add(h);
  }
  keysOf.set('indicators', series);
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
        problems.push(
          `${FILES[from].file}: ${recordName}, field "${prefix}${field}": ${target === 'indicators' ? `no ${FILES.indicators.file} record is the series "${value}"` : `no ${FILES[target].file} record has key "${value}"`}`,
        );
    }
  };
  for (const [from, refs] of Object.entries(REFERENCES) as Array<[SeedFileName, ReferenceTable]>) {
    for (const r of d[from] as Row[]) {
      check(from, nameOf(r), r, refs, '');
    }
  }
}

/** A series', target's or result's unit measures what its definition measures, and some unit measures each definition's dimension. */
function checkUnits(d: SeedRecords, problems: string[]): void {
  const dimension = new Map(d.units.map((u) => [u.key, u.dimension]));
  const dimensions = new Set(dimension.values());
  const definitionDimension = new Map(d.indicatorDefinitions.map((i) => [i.key, i.dimension]));
  for (const def of d.indicatorDefinitions) {
    if (!dimensions.has(def.dimension))
      problems.push(`${FILES.indicatorDefinitions.file}: record "${def.key}", field "dimension": no ${FILES.units.file} record measures ${def.dimension}`);
  }
  const sameDimension = (file: SeedFileName, name: string, field: string, definition: string | undefined, unit: string) => {
    const want = definition === undefined ? undefined : definitionDimension.get(definition);
    const have = dimension.get(unit);
    if (want === undefined || have === undefined) return; // reported as a reference
    if (want !== have)
      problems.push(`${FILES[file].file}: ${name}, field "${field}": "${unit}" (${have}) does not measure what indicator "${definition}" measures (${want})`);
  };
  const definitionOf = (series: string) => series.split('@')[0];
  for (const s of d.indicators) sameDimension('indicators', nameOf(s), 'unit', s.definition, s.unit);
  for (const t of d.targets) {
    sameDimension('targets', nameOf(t), 'unit', definitionOf(t.indicator), t.unit);
    t.revisions.forEach((r, i) => sameDimension('targets', nameOf(t), `revisions[${i}].unit`, definitionOf(t.indicator), r.unit));
  }
  for (const r of d.results) sameDimension('results', nameOf(r), 'unit', definitionOf(r.indicator), r.unit);
}

/** Quote key → where the quote stands in its source's text; reports a quote that is not an exact passage of it. */
function locateQuotes(d: SeedRecords, sourceTexts: Map<string, string>, problems: string[]): Map<string, { start: number; end: number }> {
  const offsets = new Map<string, { start: number; end: number }>();
  for (const q of d.quotes) {
    const body = sourceTexts.get(q.source);
    if (body === undefined) continue; // unknown source, or its file is missing: reported already
    // The first occurrence: the seed's quotes are long enough to occur once (a test checks).
    const at = locateQuote(body, q.text);
    if (at) offsets.set(q.key, at);
    else problems.push(`${FILES.quotes.file}: record "${q.key}", field "text": not an exact passage of source "${q.source}"`);
  }
  return offsets;
}

/** What the database identifies facts by must be unique in the files too. */
function checkNaturalKeys(d: SeedRecords, offsets: Map<string, { start: number; end: number }>, problems: string[]): void {
  const sourceOf = new Map(d.quotes.map((q) => [q.key, q.source]));
  const unique = <T extends Row>(file: SeedFileName, records: T[], what: string, identity: (r: T) => string | undefined) => {
    const seen = new Map<string, string>();
    for (const r of records) {
      const id = identity(r);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first !== undefined) problems.push(`${FILES[file].file}: ${nameOf(r)}: the same ${what} as ${first}`);
      else seen.set(id, nameOf(r));
    }
  };
  unique('quotes', d.quotes, 'passage of the same source', (q) => {
    const at = offsets.get(q.key);
    return at ? `${q.source}:${at.start}:${at.end}` : undefined;
  });
  unique('targets', d.targets, 'plan, indicator, period and kind', (t) => `${t.plan}|${t.indicator}|${t.period}|${t.kind}`);
  unique('results', d.results, 'indicator, period, measure and source', (r) => `${r.indicator}|${r.period}|${r.measure}|${sourceOf.get(r.quote)}`);
  unique('assessments', d.assessments, 'plan, kind and quote', (a) => `${a.plan}|${a.kind}|${a.quote}`);
  unique('positions', d.positions, 'person, agency, role and date', (p) => `${p.person}|${p.agency}|${p.role}|${p.attestedOn}`);
  unique('areaSuccessions', d.areaSuccessions, 'predecessor and successor', (s) => `${s.predecessor}|${s.successor}`);
  unique('agencySuccessions', d.agencySuccessions, 'predecessor and successor', (s) => `${s.predecessor}|${s.successor}`);
}

/** A result revises another of the same indicator, period and measure, from another source, at most once. */
function checkRevisions(d: SeedRecords, problems: string[]): void {
  const byKey = new Map(d.results.map((r) => [r.key, r]));
  const sourceOf = new Map(d.quotes.map((q) => [q.key, q.source]));
  const revisedBy = new Map<string, string>();
  for (const r of d.results) {
    if (r.supersedes === null) continue;
    const old = byKey.get(r.supersedes);
    if (!old) continue; // reported as a reference
    const where = `${FILES.results.file}: record "${r.key}", field "supersedes"`;
    if (old.indicator !== r.indicator || old.period !== r.period || old.measure !== r.measure)
      problems.push(`${where}: "${old.key}" is a figure of another indicator, period or measure; a revision replaces a figure of the same`);
    if (old.key !== r.key && sourceOf.get(old.quote) === sourceOf.get(r.quote))
      problems.push(`${where}: "${old.key}" comes from the same source; a revision comes from a later one`);
    const other = revisedBy.get(old.key);
    if (other !== undefined) problems.push(`${where}: "${old.key}" is already revised by "${other}"`);
    revisedBy.set(old.key, r.key);
  }
}

/** Orders records so that each comes after its parent; reports unknown parents and cycles. */
function parentsFirst<T extends { key: string; parent: string | null }>(records: T[], file: string, problems: string[], field = 'parent'): T[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const visit = (r: T): void => {
    if (done.has(r.key)) return;
    if (visiting.has(r.key)) {
      problems.push(`${file}: record "${r.key}", field "${field}": the ${field} chain loops back to this record`);
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
