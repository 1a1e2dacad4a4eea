import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_DIR } from '@planhub/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';
import { quoteText, seedRecords } from './seed-data.ts';

// Every fact in the seed files is reachable through GraphQL with its value, unit,
// period and quote. Driven by the data files, so a new fact is checked as it lands.

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const provenance = 'provenance { quote offset end source { title publisher published url } }';
/** A series as other seed files name it: `<definition>@<area>`. */
const seriesName = (i: { code: string; area: { code: string } }) => `${i.code}@${i.area.code}`;

describe('seeded facts through GraphQL', () => {
  it('every plan, with kind, period, status and its quote', async () => {
    const { plans } = dataOf(
      await hub.exec(`{ plans(first: 100) { totalCount edges { node { code kind level titleVi titleEn status period { code } area { code } statusProvenance { quote } } } } }`),
    );
    const byCode = new Map(plans.edges.map((e: any) => [e.node.code, e.node]));
    expect(plans.totalCount).toBe(seedRecords('plans').length);
    for (const p of seedRecords('plans')) {
      const node: any = byCode.get(p.key);
      expect(node, p.key).toBeDefined();
      expect(node).toMatchObject({ kind: p.kind, level: p.level, titleVi: p.titleVi, status: p.status, period: { code: p.period } });
      expect(node.statusProvenance?.quote ?? null).toBe(p.statusQuote ? quoteText(p.statusQuote) : null);
    }
  });

  it('every target, with comparator, values, unit, period and quote', async () => {
    for (const [planCode, targets] of groupBy(seedRecords('targets'), (t) => t.plan)) {
      const { plan } = dataOf(
        await hub.exec(
          `query($code: String!) { plan(code: $code) { targets(first: 100) { totalCount edges { node {
            indicator { code area { code } } period { code } kind comparator value valueMax isMain adoptedOn revisions { value } unit { code } ${provenance} } } } } }`,
          { code: planCode },
        ),
      );
      expect(plan.targets.totalCount).toBe(targets.length);
      for (const t of targets) {
        const node = plan.targets.edges.map((e: any) => e.node).find((n: any) => seriesName(n.indicator) === t.indicator && n.period.code === t.period);
        expect(node, t.key).toBeDefined();
        expect(node).toMatchObject({
          kind: t.kind,
          comparator: t.comparator,
          value: t.value,
          valueMax: t.valueMax,
          isMain: t.isMain,
          adoptedOn: t.adoptedOn ?? null,
          revisions: [],
          unit: { code: t.unit },
          provenance: { quote: quoteText(t.quote) },
        });
        expect(node.provenance.source.title).toBeTruthy();
      }
    }
  });

  it('every result, with value, bound, unit, period, reliability, comparisons and quote', async () => {
    for (const r of seedRecords('results')) {
      const [code, area] = String(r.indicator).split('@');
      const { indicator } = dataOf(
        await hub.exec(
          `query($area: String!, $code: String!) { indicator(area: $area, code: $code) { timeSeries { period { code } value bound reliability percentOfPlan
            yoyChangePercent yoyFactor reportedOn asOf isCurrent revisions { id } unit { code } plan { code } ${provenance} } } }`,
          { area, code },
        ),
      );
      const node = indicator.timeSeries.find((n: any) => n.period.code === r.period && n.provenance.quote === quoteText(r.quote));
      expect(node, r.key).toBeDefined();
      expect(node).toMatchObject({
        value: r.value,
        bound: r.bound ?? 'EXACT',
        reliability: r.reliability,
        percentOfPlan: r.percentOfPlan ?? null,
        yoyChangePercent: r.yoyChangePercent ?? null,
        yoyFactor: r.yoyFactor ?? null,
        unit: { code: r.unit },
        plan: r.plan ? { code: r.plan } : null,
        reportedOn: r.reportedOn ?? null,
        asOf: r.asOf ?? null,
        isCurrent: true,
        revisions: [],
      });
    }
  });

  it('every source-stated assessment, kept as stated', async () => {
    for (const [planCode, assessments] of groupBy(seedRecords('assessments'), (a) => a.plan)) {
      const { plan } = dataOf(
        await hub.exec(
          `query($code: String!) { plan(code: $code) { assessments { kind count outOf reliability statement(lang: VI) en: statement(lang: EN) ${provenance} } } }`,
          { code: planCode },
        ),
      );
      expect(plan.assessments).toHaveLength(assessments.length);
      for (const a of assessments) {
        expect(plan.assessments).toContainEqual(
          expect.objectContaining({
            kind: a.kind,
            count: a.count ?? null,
            outOf: a.outOf ?? null,
            reliability: a.reliability,
            statement: a.statementVi,
            en: a.statementEn ?? a.statementVi,
            provenance: expect.objectContaining({ quote: quoteText(a.quote) }),
          }),
        );
      }
    }
  });

  it('every solution and directive, with its text, order, issuer, links, assignments and quote', async () => {
    const { solutions } = dataOf(
      await hub.exec(`{ solutions(first: 100) { totalCount edges { node {
        kind textVi textEn position plan { code } sector { code } issuedBy { fullName } event { date }
        indicatorLinks { basis rationale indicator { code area { code } } }
        assignments { role agency { code } ${provenance} }
        ${provenance} } } } }`),
    );
    const seeded = seedRecords('solutions');
    expect(solutions.totalCount).toBe(seeded.length);
    const people = new Map(seedRecords('people').map((p) => [p.key, p.fullName]));
    for (const s of seeded) {
      const node = solutions.edges.map((e: any) => e.node).find((n: any) => n.textVi === s.textVi);
      expect(node, s.key).toBeDefined();
      expect(node).toMatchObject({
        kind: s.kind,
        position: s.position,
        plan: { code: s.plan },
        textEn: s.textEn ?? null,
        sector: s.sector ? { code: s.sector } : null,
        issuedBy: s.issuedBy ? { fullName: people.get(s.issuedBy) } : null,
        provenance: { quote: quoteText(s.quote) },
      });
      const links = seedRecords('solution-indicators').filter((l) => l.solution === s.key);
      expect(node.indicatorLinks.map((l: any) => seriesName(l.indicator)).sort()).toEqual(links.map((l) => l.indicator).sort());
      const assignments = seedRecords('assignments').filter((a) => a.solution === s.key);
      expect(node.assignments).toHaveLength(assignments.length);
      for (const a of assignments) {
        expect(node.assignments).toContainEqual(
          expect.objectContaining({ role: a.role, agency: { code: a.agency }, provenance: expect.objectContaining({ quote: quoteText(a.quote) }) }),
        );
      }
    }
  });

  it('every indicator definition, and every series of it, with names, unit, sector, direction and area', async () => {
    const { indicatorDefinitions } = dataOf(
      await hub.exec(`{ indicatorDefinitions(first: 100) { totalCount edges { node { code nameVi nameEn direction dimension nationalCode sector { code } series { area { code } unit { code } } } } } }`),
    );
    expect(indicatorDefinitions.totalCount).toBe(seedRecords('indicator-definitions').length);
    const series = seedRecords('indicators');
    for (const d of seedRecords('indicator-definitions')) {
      expect(indicatorDefinitions.edges.map((e: any) => e.node)).toContainEqual({
        code: d.key,
        nameVi: d.nameVi,
        nameEn: d.nameEn ?? null,
        direction: d.direction,
        dimension: d.dimension,
        nationalCode: null,
        sector: { code: d.sector },
        series: series.filter((s) => s.definition === d.key).map((s) => ({ area: { code: s.area }, unit: { code: s.unit } })),
      });
    }
    const { indicators } = dataOf(
      await hub.exec(`{ indicators(first: 100) { totalCount edges { node { code area { code } nameVi nameEn direction unit { code } sector { code } } } } }`),
    );
    expect(indicators.totalCount).toBe(series.length);
    for (const s of series) {
      const d = seedRecords('indicator-definitions').find((x) => x.key === s.definition)!;
      expect(indicators.edges.map((e: any) => e.node)).toContainEqual({
        code: d.key,
        area: { code: s.area },
        nameVi: d.nameVi,
        nameEn: d.nameEn ?? null,
        direction: d.direction,
        unit: { code: s.unit },
        sector: { code: d.sector },
      });
    }
  });

  it('every agency, office holder and position, with dates and quote', async () => {
    const { agencies } = dataOf(
      await hub.exec(`{ agencies(first: 100) { totalCount edges { node { code kind level nameVi abbreviation parent { code }
        officeHolders { role titleVi attestedOn startDate endDate person { fullName } ${provenance} } } } } }`),
    );
    expect(agencies.totalCount).toBe(seedRecords('agencies').length);
    const nodes = agencies.edges.map((e: any) => e.node);
    for (const a of seedRecords('agencies')) {
      expect(nodes.find((n: any) => n.code === a.key), a.key).toMatchObject({
        kind: a.kind,
        level: a.level,
        nameVi: a.nameVi,
        abbreviation: a.abbreviation ?? null,
        parent: a.parent ? { code: a.parent } : null,
      });
    }
    const people = new Map(seedRecords('people').map((p) => [p.key, p.fullName]));
    for (const p of seedRecords('positions')) {
      const agency = nodes.find((n: any) => n.code === p.agency);
      expect(agency.officeHolders, p.key).toContainEqual(
        expect.objectContaining({
          role: p.role,
          titleVi: p.titleVi,
          attestedOn: p.attestedOn,
          startDate: p.startDate ?? null,
          endDate: p.endDate ?? null,
          person: { fullName: people.get(p.person) },
          provenance: expect.objectContaining({ quote: quoteText(p.quote) }),
        }),
      );
    }
  });

  it('the conference, its organiser, participants and quote', async () => {
    const { events } = dataOf(
      await hub.exec(`{ events(first: 10) { totalCount edges { node { kind titleVi date organizer { code } plan { code }
        participants { person { fullName } role(lang: VI) ${provenance} } solutions { position } ${provenance} } } } }`),
    );
    const seeded = seedRecords('events');
    expect(events.totalCount).toBe(seeded.length);
    for (const e of seeded) {
      const node = events.edges.map((x: any) => x.node).find((n: any) => n.titleVi === e.titleVi);
      expect(node).toMatchObject({ kind: e.kind, date: e.date, organizer: { code: e.organizer }, plan: { code: e.plan }, provenance: { quote: quoteText(e.quote) } });
      expect(node.participants).toHaveLength(e.participants.length);
      expect(node.participants[0].provenance.quote).toBe(quoteText(e.participants[0].quote));
    }
  });

  it('the article as a source, with its text on file and every quote found in it at its offsets', async () => {
    const { sources } = dataOf(
      await hub.exec(`{ sources(first: 10) { totalCount edges { node { title kind publisher publisherAgency { code } documentNumber published publishedOn datePrecision url language text } } } }`),
    );
    const [source] = seedRecords('sources');
    expect(sources.totalCount).toBe(1);
    const node = sources.edges[0].node;
    expect(node).toMatchObject({
      title: source!.title,
      kind: 'NEWS_ARTICLE',
      publisher: source!.publisherName,
      publisherAgency: null,
      documentNumber: null,
      published: '2023-12',
      publishedOn: '2023-12-01',
      datePrecision: 'MONTH',
      url: source!.url ?? null,
    });
    expect(node.text).toBe(readFileSync(join(SEED_DIR, 'sources', String(source!.fileName)), 'utf8'));
    const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(first: 100) { edges { node { ${provenance} } } } } }`));
    for (const e of plan.targets.edges) {
      const p = e.node.provenance;
      expect(node.text.slice(p.offset, p.end)).toBe(p.quote);
    }
  });

  it('units and periods as data', async () => {
    const data = dataOf(await hub.exec(`{ units { code labelVi labelEn multiplier dimension } periods { code kind startYear endYear visionYear label } }`));
    expect(data.units.map((u: any) => u.code).sort()).toEqual(seedRecords('units').map((u) => u.key).sort());
    const billion = data.units.find((u: any) => u.code === 'billion-vnd');
    expect(billion).toMatchObject({ multiplier: 1e9, dimension: 'CURRENCY_VND' });
    expect(data.periods.find((p: any) => p.code === '2021-2030')).toMatchObject({ visionYear: 2050, label: '2021–2030, vision 2050' });
  });
});

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
