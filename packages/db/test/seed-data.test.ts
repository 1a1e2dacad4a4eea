import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/paths.ts';
import { defaultSourcesDir, loadSeedData, SEED_DIR, SEED_FILES } from '../src/seed.ts';

// The seed files themselves, read as plain JSON (independently of the loader's own
// checks): every quote is verbatim, every reference resolves, every fact has a quote.

type Rec = Record<string, unknown>;

const files = Object.fromEntries(
  SEED_FILES.map(({ name, file }) => [name, (JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8')) as { records: Rec[] }).records]),
) as Record<(typeof SEED_FILES)[number]['name'], Rec[]>;

const source = files.sources[0]!;
const sourceText = readFileSync(join(defaultSourcesDir(), String(source.fileName)), 'utf8');

/** Which file each reference field points into. */
const REFS: Record<string, Record<string, keyof typeof files>> = {
  quotes: { source: 'sources' },
  areas: { parent: 'areas' },
  sectors: { parent: 'sectors' },
  agencies: { area: 'areas', parent: 'agencies' },
  plans: { area: 'areas', period: 'periods', statusQuote: 'quotes', adoptedBy: 'agencies', parent: 'plans' },
  indicatorDefinitions: { sector: 'sectors' },
  indicators: { definition: 'indicatorDefinitions', area: 'areas', unit: 'units' },
  targets: { indicator: 'indicators', plan: 'plans', period: 'periods', unit: 'units', quote: 'quotes' },
  results: { indicator: 'indicators', period: 'periods', plan: 'plans', unit: 'units', supersedes: 'results', quote: 'quotes' },
  assessments: { plan: 'plans', quote: 'quotes' },
  positions: { person: 'people', agency: 'agencies', quote: 'quotes' },
  events: { area: 'areas', organizer: 'agencies', plan: 'plans', quote: 'quotes' },
  solutions: { sector: 'sectors', plan: 'plans', event: 'events', issuedBy: 'people', quote: 'quotes' },
  solutionIndicators: { solution: 'solutions', indicator: 'indicators' },
  assignments: { agency: 'agencies', solution: 'solutions', indicator: 'indicators', plan: 'plans', period: 'periods', quote: 'quotes' },
  areaSuccessions: { predecessor: 'areas', successor: 'areas', quote: 'quotes' },
  agencySuccessions: { predecessor: 'agencies', successor: 'agencies', quote: 'quotes' },
};

// A series is referred to as <definition>@<area>.
const keysOf = (name: keyof typeof files) =>
  new Set(files[name].map((r) => (name === 'indicators' ? `${String(r.definition)}@${String(r.area)}` : (r.key as string))));
const quoteText = new Map(files.quotes.map((q) => [q.key as string, q.text as string]));

describe('seed data files', () => {
  it('pass the loader’s validation', () => {
    expect(() => loadSeedData()).not.toThrow();
  });

  it('quote the source verbatim: every quote is an exact passage of the source file', () => {
    expect(files.quotes.length).toBeGreaterThan(0);
    for (const q of files.quotes) {
      expect(sourceText.includes(q.text as string), `quote ${String(q.key)}`).toBe(true);
      // ...and only once, so its offset is unambiguous.
      expect(sourceText.indexOf(q.text as string), `quote ${String(q.key)}`).toBe(sourceText.lastIndexOf(q.text as string));
    }
  });

  it('give each quote the offsets of its passage in the source', () => {
    const { quoteOffsets } = loadSeedData();
    for (const q of files.quotes) {
      const at = quoteOffsets.get(q.key as string)!;
      expect(at.start, `quote ${String(q.key)}`).toBe(sourceText.indexOf(q.text as string));
      expect(sourceText.slice(at.start, at.end)).toBe(q.text);
    }
  });

  it('use every quote for some fact', () => {
    const used = new Set<string>();
    for (const [file, fields] of Object.entries(REFS)) {
      for (const r of files[file as keyof typeof files]) {
        for (const [field, target] of Object.entries(fields)) if (target === 'quotes' && typeof r[field] === 'string') used.add(r[field]);
      }
    }
    for (const e of files.events) for (const p of e.participants as Rec[]) used.add(p.quote as string);
    expect([...quoteText.keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('resolve every key reference', () => {
    const missing: string[] = [];
    for (const [file, fields] of Object.entries(REFS)) {
      for (const r of files[file as keyof typeof files]) {
        for (const [field, target] of Object.entries(fields)) {
          const v = r[field];
          if (v === null || v === undefined) continue;
          if (!keysOf(target).has(v as string)) missing.push(`${file}.${String(r.key ?? r.solution)}.${field} → ${String(v)}`);
        }
      }
    }
    for (const e of files.events) {
      for (const p of e.participants as Rec[]) {
        if (!keysOf('people').has(p.person as string)) missing.push(`events.${String(e.key)}.participants.person → ${String(p.person)}`);
        if (!quoteText.has(p.quote as string)) missing.push(`events.${String(e.key)}.participants.quote → ${String(p.quote)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('give every target, result, assessment, solution, assignment, position, event and participation a quote', () => {
    for (const name of ['targets', 'results', 'assessments', 'solutions', 'assignments', 'positions', 'events', 'areaSuccessions', 'agencySuccessions'] as const) {
      if (!name.endsWith('Successions')) expect(files[name].length, name).toBeGreaterThan(0);
      for (const r of files[name]) expect(quoteText.has(r.quote as string), `${name}.${String(r.key)}`).toBe(true);
    }
    for (const e of files.events) {
      expect((e.participants as Rec[]).length).toBeGreaterThan(0);
      for (const p of e.participants as Rec[]) expect(quoteText.has(p.quote as string)).toBe(true);
    }
    for (const p of files.plans) {
      if (p.status !== null) expect(quoteText.has(p.statusQuote as string), `plans.${String(p.key)}`).toBe(true);
    }
  });

  it('keep each solution’s Vietnamese text verbatim: it is its quote', () => {
    for (const s of files.solutions) expect(s.textVi, String(s.key)).toBe(quoteText.get(s.quote as string));
  });

  it('keep each position’s Vietnamese title verbatim within its quote', () => {
    for (const p of files.positions) expect(quoteText.get(p.quote as string)).toContain(p.titleVi as string);
  });

  it('state every number the way the source does', () => {
    // Each target and result value, written the Vietnamese way, appears in its quote.
    const vi = (n: number) => {
      const [int, frac] = String(n).split('.');
      return int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
    };
    const viIn = (quote: string, n: number) =>
      quote.includes(vi(n)) || quote.includes(String(n).padStart(2, '0')) || (n === 1773 && quote.includes('1 nghìn 773'));
    for (const t of files.targets) {
      const q = quoteText.get(t.quote as string)!;
      expect(viIn(q, t.value as number), `targets.${String(t.key)}`).toBe(true);
      if (t.valueMax !== null) expect(viIn(q, t.valueMax as number), `targets.${String(t.key)}`).toBe(true);
    }
    for (const r of files.results) {
      const q = quoteText.get(r.quote as string)!;
      for (const field of ['value', 'percentOfPlan', 'yoyChangePercent', 'yoyFactor'] as const) {
        const n = r[field];
        if (typeof n === 'number') expect(viIn(q, n), `results.${String(r.key)}.${field}`).toBe(true);
      }
    }
  });

  it('hold the article’s headline facts', () => {
    const target = (k: string) => files.targets.find((t) => t.key === k)!;
    expect(files.targets).toHaveLength(10);
    expect(files.targets.every((t) => t.isMain === true)).toBe(true);
    expect(target('bac-kan-2024-economic-growth')).toMatchObject({ comparator: 'AT_LEAST', value: 8 });
    expect(target('bac-kan-2024-poverty-rate-reduction')).toMatchObject({ comparator: 'RANGE', value: 2, valueMax: 2.5 });
    expect(target('bac-kan-2024-par-index')).toMatchObject({ kind: 'RANK_CHANGE', comparator: 'AT_LEAST', value: 1 });
    const met = files.assessments.find((a) => a.kind === 'INDICATORS_MET')!;
    expect(met).toMatchObject({ count: 23, outOf: 26, reliability: 'ESTIMATE' });
    expect(files.results.every((r) => r.reliability === 'ESTIMATE')).toBe(true);
    expect(files.solutions.filter((s) => s.kind === 'SOLUTION')).toHaveLength(8);
    expect(files.solutionIndicators.every((l) => l.basis === 'EDITORIAL')).toBe(true);
    expect(files.assignments.every((a) => a.role === 'IMPLEMENT')).toBe(true);
    // Income per capita (2023) and GRDP per capita (2024) are different indicators.
    const income = files.results.find((r) => r.key === 'bac-kan-2023-income-per-capita')!;
    expect(income.indicator).not.toBe(target('bac-kan-2024-grdp-per-capita').indicator);
    // Silent where the source is: no adoption dates of targets, no national codes, no revisions.
    expect(files.targets.every((t) => t.adoptedOn === undefined || t.adoptedOn === null)).toBe(true);
    expect(files.indicatorDefinitions.every((d) => d.nationalCode === null)).toBe(true);
    expect(files.results.every((r) => r.supersedes === undefined && r.reportedOn === '2023-12-13')).toBe(true);
    expect(files.sources[0]).toMatchObject({ publishedOn: '2023-12', publisher: null, documentNumber: null });
  });
});

describe('the source texts kept with the seed', () => {
  it('every source the seed names is in prisma/seed/sources, by its file', () => {
    for (const s of files.sources) expect(existsSync(join(SEED_DIR, 'sources', String(s.fileName))), String(s.fileName)).toBe(true);
  });

  // The shared folder beside the repository holds the originals; where it is present the
  // copies must be byte for byte the same.
  const shared = join(REPO_ROOT, '..', 'shared', 'sources');
  it.skipIf(!existsSync(shared))('are identical to the originals in ../shared/sources', () => {
    for (const s of files.sources) {
      if (s.fileName == null) continue;
      const name = String(s.fileName);
      expect(readFileSync(join(SEED_DIR, 'sources', name), 'utf8'), name).toBe(readFileSync(join(shared, name), 'utf8'));
    }
  });
});
