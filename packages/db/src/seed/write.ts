import type { Db } from '../client.ts';
import { parsePreciseDate } from '../rules/index.ts';
import type { SeedData } from './files.ts';
import { type Delegate, identityOf, idOf, idOrNull, type SeedSummary, syncByKey, syncByNaturalKey } from './sync.ts';
import { seriesHandle } from './validate.ts';

const day = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
const dayOrNull = (s: string | null): Date | null => (s === null ? null : day(s));

/**
 * Upserts every row of validated seed data, table by table in dependency order, in
 * one interactive transaction: a failure part-way leaves the database as it was. Rows
 * people name are matched by key, facts by their natural keys. searchText and sortKey
 * are not written here: the client's derived-columns extension adds them (derived.ts).
 */
export async function writeSeedData(prisma: Db, d: SeedData, timeoutMs: number): Promise<SeedSummary> {
  const summary: SeedSummary = { tables: {}, created: 0, updated: 0, unchanged: 0 };
  await prisma.$transaction(
    async (tx) => {
      // Every model delegate has findMany/upsert; the rows are built from validated data.
      const m = (name: string): Delegate => (tx as unknown as Record<string, Delegate>)[name]!;

      // A source's publisher is an agency, and agencies are written after sources: the
      // publisher is set once they are (below).
      const sources = await syncByKey('Source', m('source'), d.sources, (s) => {
        const published = parsePreciseDate(s.publishedOn)!;
        return {
          kind: s.kind,
          title: s.title,
          publisherName: s.publisherName,
          documentNumber: s.documentNumber,
          publishedOn: published.date,
          datePrecision: published.precision,
          url: s.url,
          language: s.language,
          text: d.sourceTexts.get(s.key)!,
        };
      }, summary);

      const quoteRows = d.quotes.map((q) => {
        const at = d.quoteOffsets.get(q.key)!;
        return { key: q.key, row: { sourceId: idOf(sources, q.source, 'source'), text: q.text, start: at.start, end: at.end } };
      });
      const quoteIds = await syncByNaturalKey('Quote', m('quote'), QUOTE.fields, quoteRows.map((q) => q.row), summary);
      const quotes = new Map(quoteRows.map((q) => [q.key, quoteIds.get(identityOf(q.row, QUOTE.fields))!]));

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
        startMonth: p.startMonth,
        endYear: p.endYear,
        endMonth: p.endMonth,
        visionYear: p.visionYear,
      }), summary);

      const areas = await syncByKey('Area', m('area'), d.areas, (a, self) => ({
        level: a.level,
        nameVi: a.nameVi,
        nameEn: a.nameEn,
        parentId: idOrNull(self, a.parent, 'area'),
        validFrom: dayOrNull(a.validFrom),
        validTo: dayOrNull(a.validTo),
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
      }), summary);

      for (const s of d.sources) {
        const publisherId = idOrNull(agencies, s.publisher, 'agency');
        const id = idOf(sources, s.key, 'source');
        const current = await tx.source.findUniqueOrThrow({ where: { id }, select: { publisherId: true } });
        if (current.publisherId !== publisherId) await tx.source.update({ where: { id }, data: { publisherId } });
      }

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
      }), summary);

      const definitions = await syncByKey('IndicatorDefinition', m('indicatorDefinition'), d.indicatorDefinitions, (i) => ({
        nameVi: i.nameVi,
        nameEn: i.nameEn,
        descriptionVi: i.descriptionVi,
        descriptionEn: i.descriptionEn,
        sectorId: idOf(sectors, i.sector, 'sector'),
        direction: i.direction,
        dimension: i.dimension,
        nationalCode: i.nationalCode,
      }), summary);

      const seriesRows = d.indicators.map((s) => ({
        handle: seriesHandle(s),
        row: { definitionId: idOf(definitions, s.definition, 'definition'), areaId: idOf(areas, s.area, 'area'), unitId: idOf(units, s.unit, 'unit') },
      }));
      const seriesIds = await syncByNaturalKey('Indicator', m('indicator'), SERIES.fields, seriesRows.map((s) => s.row), summary);
      const indicators = new Map(seriesRows.map((s) => [s.handle, seriesIds.get(identityOf(s.row, SERIES.fields))!]));

      const targetRows = d.targets.map((t) => ({
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
        adoptedOn: dayOrNull(t.adoptedOn),
        quoteId: idOf(quotes, t.quote, 'quote'),
      }));
      const targets = await syncByNaturalKey('Target', m('target'), TARGET.fields, targetRows, summary);

      // A target's revisions are its earlier versions, replaced as a whole.
      const revisionRows = d.targets.flatMap((t, i) =>
        t.revisions.map((r) => ({
          targetId: targets.get(identityOf(targetRows[i]!, TARGET.fields))!,
          comparator: r.comparator,
          value: r.value,
          valueMax: r.valueMax,
          rangeKind: r.rangeKind,
          unitId: idOf(units, r.unit, 'unit'),
          adoptedOn: dayOrNull(r.adoptedOn),
          replacedOn: dayOrNull(r.replacedOn),
          quoteId: idOf(quotes, r.quote, 'quote'),
        })),
      );
      await replaceRevisions(tx, [...targets.values()], revisionRows, summary);

      const sourceOfQuote = new Map(d.quotes.map((q) => [q.key, q.source]));
      const results = new Map<string, number>();
      for (const r of d.results) {
        const row = {
          indicatorId: idOf(indicators, r.indicator, 'indicator'),
          periodId: idOf(periods, r.period, 'period'),
          measure: r.measure,
          sourceId: idOf(sources, sourceOfQuote.get(r.quote)!, 'source'),
          planId: idOrNull(plans, r.plan, 'plan'),
          value: r.value,
          bound: r.bound,
          unitId: idOf(units, r.unit, 'unit'),
          reliability: r.reliability,
          percentOfPlan: r.percentOfPlan,
          yoyChangePercent: r.yoyChangePercent,
          yoyFactor: r.yoyFactor,
          rankChange: r.rankChange,
          reportedOn: dayOrNull(r.reportedOn),
          asOf: dayOrNull(r.asOf),
          // Revised results come first (validate.ts orders them).
          supersedesId: idOrNull(results, r.supersedes, 'result'),
          quoteId: idOf(quotes, r.quote, 'quote'),
        };
        const ids = await syncByNaturalKey('Result', m('result'), RESULT.fields, [row], summary);
        results.set(r.key, ids.get(identityOf(row, RESULT.fields))!);
      }

      await syncByNaturalKey('Assessment', m('assessment'), ASSESSMENT.fields, d.assessments.map((a) => ({
        planId: idOf(plans, a.plan, 'plan'),
        kind: a.kind,
        quoteId: idOf(quotes, a.quote, 'quote'),
        count: a.count,
        outOf: a.outOf,
        statementVi: a.statementVi,
        statementEn: a.statementEn,
        reliability: a.reliability,
      })), summary);

      const people = await syncByKey('Person', m('person'), d.people, (p) => ({ fullName: p.fullName }), summary);

      await syncByNaturalKey('Position', m('position'), POSITION.fields, d.positions.map((p) => ({
        personId: idOf(people, p.person, 'person'),
        agencyId: idOf(agencies, p.agency, 'agency'),
        role: p.role,
        attestedOn: day(p.attestedOn),
        titleVi: p.titleVi,
        titleEn: p.titleEn,
        startDate: dayOrNull(p.startDate),
        endDate: dayOrNull(p.endDate),
        quoteId: idOf(quotes, p.quote, 'quote'),
      })), summary);

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

      await syncByNaturalKey(
        'EventParticipant',
        m('eventParticipant'),
        ['eventId', 'personId'],
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
        quoteId: idOf(quotes, s.quote, 'quote'),
      }), summary);

      await syncByNaturalKey(
        'SolutionIndicator',
        m('solutionIndicator'),
        ['solutionId', 'indicatorId'],
        d.solutionIndicators.map((l) => ({
          solutionId: idOf(solutions, l.solution, 'solution'),
          indicatorId: idOf(indicators, l.indicator, 'indicator'),
          basis: l.basis,
          rationale: l.rationale,
        })),
        summary,
      );

      await syncByNaturalKey('Assignment', m('assignment'), ASSIGNMENT.fields, d.assignments.map((a) => ({
        agencyId: idOf(agencies, a.agency, 'agency'),
        solutionId: idOrNull(solutions, a.solution, 'solution'),
        indicatorId: idOrNull(indicators, a.indicator, 'indicator'),
        role: a.role,
        planId: idOrNull(plans, a.plan, 'plan'),
        periodId: idOrNull(periods, a.period, 'period'),
        quoteId: idOf(quotes, a.quote, 'quote'),
      })), summary);

      const succession = (ids: Map<string, number>, what: string) => (s: SeedData['areaSuccessions'][number]) => ({
        predecessorId: idOf(ids, s.predecessor, what),
        successorId: idOf(ids, s.successor, what),
        kind: s.kind,
        effectiveOn: day(s.effectiveOn),
        quoteId: idOf(quotes, s.quote, 'quote'),
      });
      await syncByNaturalKey('AreaSuccession', m('areaSuccession'), SUCCESSION.fields, d.areaSuccessions.map(succession(areas, 'area')), summary);
      await syncByNaturalKey('AgencySuccession', m('agencySuccession'), SUCCESSION.fields, d.agencySuccessions.map(succession(agencies, 'agency')), summary);
    },
    { timeout: timeoutMs, maxWait: 30_000 },
  );
  return summary;
}

// The natural keys: the columns of the schema's compound unique indexes (assignments
// have none: an agency may carry one solution in several roles, under several quotes,
// so all that an assignment says identifies it).
const QUOTE = { fields: ['sourceId', 'start', 'end'] } as const;
const SERIES = { fields: ['definitionId', 'areaId'] } as const;
const TARGET = { fields: ['planId', 'indicatorId', 'periodId', 'kind'] } as const;
const RESULT = { fields: ['indicatorId', 'periodId', 'measure', 'sourceId'] } as const;
const ASSESSMENT = { fields: ['planId', 'kind', 'quoteId'] } as const;
const POSITION = { fields: ['personId', 'agencyId', 'role', 'attestedOn'] } as const;
const ASSIGNMENT = { fields: ['agencyId', 'solutionId', 'indicatorId', 'role', 'planId', 'periodId', 'quoteId'] } as const;
const SUCCESSION = { fields: ['predecessorId', 'successorId'] } as const;

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Replaces the revisions of the given targets with `rows`, unless they already hold exactly these. */
async function replaceRevisions(tx: Tx, targetIds: number[], rows: Array<Record<string, unknown>>, summary: SeedSummary): Promise<void> {
  const existing = await tx.targetRevision.findMany({ where: { targetId: { in: targetIds } }, orderBy: { id: 'asc' } });
  const fields = Object.keys(rows[0] ?? {});
  const same =
    existing.length === rows.length &&
    existing.every((e, i) => identityOf(e as unknown as Record<string, unknown>, fields) === identityOf(rows[i]!, fields));
  const changes = { created: 0, updated: 0, unchanged: existing.length };
  if (!same) {
    await tx.targetRevision.deleteMany({ where: { targetId: { in: targetIds } } });
    if (rows.length > 0) await tx.targetRevision.createMany({ data: rows as never });
    Object.assign(changes, { created: rows.length, unchanged: 0 });
  }
  summary.tables.TargetRevision = changes;
  summary.created += changes.created;
  summary.unchanged += changes.unchanged;
}
