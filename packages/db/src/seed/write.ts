import type { Db } from '../client.ts';
import { searchTextOf, sortKeyOf } from '../text.ts';
import type { SeedData } from './files.ts';
import { type Delegate, idOf, idOrNull, type SeedSummary, syncByKey, syncByPair } from './sync.ts';

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
const dayOrNull = (s: string | null): Date | null => (s === null ? null : day(s));

/**
 * Upserts every row of validated seed data, table by table in dependency order, in
 * one interactive transaction: a failure part-way leaves the database as it was.
 */
export async function writeSeedData(prisma: Db, d: SeedData, timeoutMs: number): Promise<SeedSummary> {
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
        rangeKind: t.rangeKind,
        unitId: idOf(units, t.unit, 'unit'),
        isMain: t.isMain,
        quoteId: idOf(quotes, t.quote, 'quote'),
      }), summary);

      await syncByKey('Result', m('result'), d.results, (r) => ({
        indicatorId: idOf(indicators, r.indicator, 'indicator'),
        periodId: idOf(periods, r.period, 'period'),
        planId: idOrNull(plans, r.plan, 'plan'),
        measure: r.measure,
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
    { timeout: timeoutMs, maxWait: 30_000 },
  );
  return summary;
}
