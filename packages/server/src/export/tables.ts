import type { Db } from '@planhub/db/client';
import type { TargetStatus } from '../domain/status.ts';
import { AGENCIES, ASSIGNMENTS, DEFINITIONS, EVENTS, LINKS, OFFICES, PARTICIPANTS, PEOPLE, PLANS, type RecordKind, RESULTS, SERIES, SOLUTIONS, SOURCES, TARGETS } from '../import/kinds.ts';
import { judgeTargets } from '../loaders/status-tally.ts';
import type { Reference } from '../reference-data.ts';

// What an export holds, kind by kind: the rows of the import's own columns (so an export
// imported again reproduces the data), each figure with its unit, period, reliability,
// source and quote; retired records left out, as from every list. Read page by page in ID
// order, so an export of any size holds one page in memory at a time.

export interface ExportFilter {
  /** An area's code: its series' facts. */
  area?: string | null;
  /** A plan's code: its targets, and the results reported against it. */
  plan?: string | null;
  /** A year: facts of the periods that overlap it. */
  year?: number | null;
  /** A definition's code. */
  definition?: string | null;
  /** Targets of these computed statuses (and the indicators with such a target). */
  status?: readonly TargetStatus[] | null;
  /** Changes of the audit trail committed at or after this instant. */
  since?: Date | null;
}

/** Where an export reads: the database, and its reference data (units, definitions, periods) for what is computed. */
export interface ExportSource {
  prisma: Db;
  reference: Pick<Reference, 'get' | 'previousPeriodOf'>;
  /** Whether the reader sees every actor of the audit trail, or only tokens' names (anonymous readers). */
  seesActors: boolean;
}

export type ExportRow = Record<string, string | number | boolean | Date | null>;

export const PAGE = 1_000;

export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function factWhere(filter: ExportFilter) {
  return {
    retiredAt: null,
    ...(filter.area || filter.definition ? { indicator: { ...(filter.area ? { area: { key: filter.area } } : {}), ...(filter.definition ? { definition: { key: filter.definition } } : {}) } } : {}),
    ...(filter.plan ? { plan: { key: filter.plan } } : {}),
    ...(filter.year != null ? { period: { startYear: { lte: filter.year }, endYear: { gte: filter.year } } } : {}),
  };
}

export const series = { select: { definition: { select: { key: true } }, area: { select: { key: true } } } } as const;
export const quote = { select: { text: true, source: { select: { key: true } } } } as const;

/** A list page by page, in ID order (`read` gives the page after an ID): for work done a page at a time. */
export async function* pageBatches<T extends { id: number }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let after = 0; ; ) {
    const page = await read(after);
    if (page.length) yield page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

/** A list row by row, read a page at a time. */
export async function* pages<T extends { id: number }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T> {
  for await (const page of pageBatches(read)) yield* page;
}

async function* results({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = factWhere(filter);
  for await (const r of pages((after) =>
    prisma.result.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { indicator: series, period: { select: { key: true } }, unit: { select: { key: true } }, plan: { select: { key: true } }, quote },
    }),
  )) {
    yield {
      definition: r.indicator.definition.key,
      area: r.indicator.area.key,
      period: r.period.key,
      measure: r.measure,
      bound: r.bound,
      value: r.value,
      unit: r.unit.key,
      reliability: r.reliability,
      plan: r.plan?.key ?? null,
      percentOfPlan: r.percentOfPlan,
      yoyChangePercent: r.yoyChangePercent,
      yoyFactor: r.yoyFactor,
      rankChange: r.rankChange,
      reportedOn: day(r.reportedOn),
      asOf: day(r.asOf),
      source: r.quote.source.key,
      quote: r.quote.text,
    };
  }
}

/** Targets, each with its computed status, the reason and the achievement, judged a page at a time; filtered by status after judging. */
async function* targets({ prisma, reference }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = factWhere(filter);
  const wanted = filter.status?.length ? new Set(filter.status) : null;
  const previousOf = new Map<number, number | null>();
  for await (const page of pageBatches((after) =>
    prisma.target.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { indicator: series, period: { select: { key: true } }, unit: { select: { key: true } }, plan: { select: { key: true } }, quote },
    }),
  )) {
    for (const { target: t, judgement } of await judgeTargets(prisma, reference, page, previousOf)) {
      if (wanted && !wanted.has(judgement.status)) continue;
      yield {
        definition: t.indicator.definition.key,
        area: t.indicator.area.key,
        plan: t.plan.key,
        period: t.period.key,
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        valueMax: t.valueMax,
        rangeKind: t.rangeKind,
        unit: t.unit.key,
        isMain: t.isMain,
        adoptedOn: day(t.adoptedOn),
        source: t.quote.source.key,
        quote: t.quote.text,
        status: judgement.status,
        statusReason: judgement.reason,
        achievementPercent: judgement.achievementPercent,
      };
    }
  }
}

/** A date to the precision the source gives it: 2023, 2023-12 or 2023-12-13. */
const precise = (d: Date, precision: 'DAY' | 'MONTH' | 'YEAR') => d.toISOString().slice(0, precision === 'DAY' ? 10 : precision === 'MONTH' ? 7 : 4);

/** The sources the filtered facts quote (all live ones when no filter is given), with their texts. */
/**
 * The sources the filtered export's records quote, so that it imports into a database
 * without them: facts of every kind, offices, events and their participants. Without a
 * filter, every live source but those made for load tests (SYNTHETIC), and those only
 * where a live record quotes them.
 */
async function* sources({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const filtered = [filter.area, filter.plan, filter.year, filter.definition].some((v) => v !== null && v !== undefined);
  const facts = factWhere(filter);
  const quoted = {
    quotes: {
      some: {
        OR: [
          { results: { some: facts } },
          { targets: { some: facts } },
          { solutions: { some: solutionWhere(filter) } },
          { assignments: { some: assignmentWhere(filter) } },
          ...(filter.definition ? [] : [{ positions: { some: officeWhere(filter) } }, { events: { some: eventWhere(filter) } }, { participations: { some: { retiredAt: null, event: eventWhere(filter) } } }]),
        ],
      },
    },
  };
  const where = { retiredAt: null, ...(filtered ? quoted : { OR: [{ kind: { not: 'SYNTHETIC' as const } }, quoted] }) };
  for await (const s of pages((after) => prisma.source.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { publisher: { select: { key: true } } } }))) {
    yield {
      code: s.key,
      kind: s.kind,
      title: s.title,
      publisherName: s.publisherName,
      publisher: s.publisher?.key ?? null,
      documentNumber: s.documentNumber,
      publishedOn: precise(s.publishedOn, s.datePrecision),
      url: s.url,
      language: s.language,
      text: s.text,
    };
  }
}

/** The solutions of the plans the filter names (by plan, area, or a year the plan's period overlaps). */
export function solutionWhere(filter: ExportFilter) {
  return {
    retiredAt: null,
    plan: {
      ...(filter.plan ? { key: filter.plan } : {}),
      ...(filter.area ? { area: { key: filter.area } } : {}),
      ...(filter.year != null ? { period: { startYear: { lte: filter.year }, endYear: { gte: filter.year } } } : {}),
    },
    ...(filter.definition ? { indicators: { some: { retiredAt: null, indicator: { definition: { key: filter.definition } } } } } : {}),
  };
}

async function* solutions({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = solutionWhere(filter);
  for await (const s of pages((after) =>
    prisma.solution.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { plan: { select: { key: true } }, sector: { select: { key: true } }, event: { select: { key: true } }, issuedBy: { select: { key: true } }, quote } }),
  )) {
    yield {
      code: s.key,
      plan: s.plan.key,
      kind: s.kind,
      position: s.position,
      textVi: s.textVi,
      textEn: s.textEn,
      sector: s.sector?.key ?? null,
      event: s.event?.key ?? null,
      issuedBy: s.issuedBy?.key ?? null,
      source: s.quote.source.key,
      quote: s.quote.text,
    };
  }
}

/** The links of the filtered solutions (of live series). */
async function* links({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = {
    retiredAt: null,
    solution: { ...solutionWhere({ ...filter, definition: null }) },
    indicator: { retiredAt: null, ...(filter.definition ? { definition: { key: filter.definition } } : {}) },
  };
  for await (const l of pages((after) =>
    prisma.solutionIndicator.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { solution: { select: { key: true } }, indicator: series } }),
  )) {
    yield { solution: l.solution.key, definition: l.indicator.definition.key, area: l.indicator.area.key, basis: l.basis, rationale: l.rationale };
  }
}

/** The assignments of the filtered solutions and series: by the area of what they are for, its plan, a year, a definition. */
function assignmentWhere(filter: ExportFilter) {
  const overlaps = filter.year != null ? { startYear: { lte: filter.year }, endYear: { gte: filter.year } } : null;
  const forWhat = [
    ...(filter.definition ? [] : [{ solution: solutionWhere(filter) }]),
    {
      indicator: { ...(filter.area ? { area: { key: filter.area } } : {}), ...(filter.definition ? { definition: { key: filter.definition } } : {}) },
      ...(filter.plan ? { plan: { key: filter.plan } } : {}),
      ...(overlaps ? { OR: [{ period: overlaps }, { plan: { period: overlaps } }] } : {}),
    },
  ];
  return { retiredAt: null, OR: forWhat };
}

async function* assignments({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = assignmentWhere(filter);
  for await (const a of pages((after) =>
    prisma.assignment.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { agency: { select: { key: true } }, solution: { select: { key: true } }, indicator: series, plan: { select: { key: true } }, period: { select: { key: true } }, quote },
    }),
  )) {
    yield {
      agency: a.agency.key,
      solution: a.solution?.key ?? null,
      definition: a.indicator?.definition.key ?? null,
      area: a.indicator?.area.key ?? null,
      role: a.role,
      plan: a.plan?.key ?? null,
      period: a.period?.key ?? null,
      source: a.quote.source.key,
      quote: a.quote.text,
    };
  }
}

/** Records that name a parent (agencies, plans), each after its parent, so a file imports in one pass: by depth, then ID. */
function parentsFirst<R extends { id: number; parentId: number | null }>(rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<number, number>();
  const depthOf = (id: number, seen = 0): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const parentId = byId.get(id)?.parentId;
    const d = parentId && byId.has(parentId) && seen < 16 ? depthOf(parentId, seen + 1) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return [...rows].sort((x, y) => depthOf(x.id) - depthOf(y.id) || x.id - y.id);
}

/** Offices in the area's agencies (every live one without a filter, national agencies' too). */
function officeWhere(filter: ExportFilter) {
  return { retiredAt: null, ...(filter.area ? { agency: { area: { key: filter.area } } } : {}) };
}

/** The people holding the offices exported (everyone live, without a filter). */
async function* people({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  // Those an area's offices, events or directives name, so a filtered export imports on its own.
  const named = { OR: [{ positions: { some: officeWhere(filter) } }, { participations: { some: { retiredAt: null, event: eventWhere(filter) } } }, { directives: { some: solutionWhere(filter) } }] };
  const where = { retiredAt: null, ...(filter.area ? named : {}) };
  for await (const p of pages((after) => prisma.person.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE }))) yield { code: p.key, fullName: p.fullName };
}

async function* offices({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = officeWhere(filter);
  for await (const o of pages((after) =>
    prisma.position.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { person: { select: { key: true } }, agency: { select: { key: true } }, quote } }),
  )) {
    yield {
      person: o.person.key,
      agency: o.agency.key,
      role: o.role,
      titleVi: o.titleVi,
      titleEn: o.titleEn,
      startDate: day(o.startDate),
      endDate: day(o.endDate),
      attestedOn: day(o.attestedOn),
      source: o.quote.source.key,
      quote: o.quote.text,
    };
  }
}

/** The events of the area, of the plan, on a day of the year. */
function eventWhere(filter: ExportFilter) {
  return {
    retiredAt: null,
    ...(filter.area ? { area: { key: filter.area } } : {}),
    ...(filter.plan ? { plan: { key: filter.plan } } : {}),
    ...(filter.year != null ? { date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } } : {}),
  };
}

async function* events({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = eventWhere(filter);
  for await (const e of pages((after) =>
    prisma.event.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { area: { select: { key: true } }, organizer: { select: { key: true } }, plan: { select: { key: true } }, quote } }),
  )) {
    yield { code: e.key, kind: e.kind, titleVi: e.titleVi, titleEn: e.titleEn, date: day(e.date), area: e.area.key, organizer: e.organizer?.key ?? null, plan: e.plan?.key ?? null, source: e.quote.source.key, quote: e.quote.text };
  }
}

async function* participants({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = { retiredAt: null, event: eventWhere(filter) };
  for await (const p of pages((after) =>
    prisma.eventParticipant.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { event: { select: { key: true } }, person: { select: { key: true } }, quote } }),
  )) {
    yield { event: p.event.key, person: p.person.key, roleVi: p.roleVi, roleEn: p.roleEn, source: p.quote.source.key, quote: p.quote.text };
  }
}

/** The catalogue's live definitions (those the area has a series of, or the one asked for). */
async function* definitions({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = {
    retiredAt: null,
    ...(filter.definition ? { key: filter.definition } : {}),
    ...(filter.area ? { series: { some: { retiredAt: null, area: { key: filter.area } } } } : {}),
  };
  for await (const d of pages((after) => prisma.indicatorDefinition.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { sector: { select: { key: true } } } }))) {
    yield { code: d.key, nameVi: d.nameVi, nameEn: d.nameEn, descriptionVi: d.descriptionVi, descriptionEn: d.descriptionEn, sector: d.sector.key, direction: d.direction, dimension: d.dimension, nationalCode: d.nationalCode };
  }
}

/** The plans of the area (of the year, when one is given: their period overlaps it); a plan's own code as `plan`. */
async function* plans({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = {
    retiredAt: null,
    ...(filter.area ? { area: { key: filter.area } } : {}),
    ...(filter.plan ? { key: filter.plan } : {}),
    ...(filter.year != null ? { period: { startYear: { lte: filter.year }, endYear: { gte: filter.year } } } : {}),
  };
  const rows = await prisma.plan.findMany({ where, orderBy: { id: 'asc' }, include: { area: { select: { key: true } }, period: { select: { key: true } }, parent: { select: { key: true } } } });
  for (const p of parentsFirst(rows)) yield { code: p.key, kind: p.kind, area: p.area.key, period: p.period.key, titleVi: p.titleVi, titleEn: p.titleEn, parent: p.parent?.key ?? null };
}

/** The live series of the area and definition (with a target of the plan, when one is given). */
async function* seriesRows({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = {
    retiredAt: null,
    ...(filter.area ? { area: { key: filter.area } } : {}),
    ...(filter.definition ? { definition: { key: filter.definition } } : {}),
    ...(filter.plan ? { targets: { some: { retiredAt: null, plan: { key: filter.plan } } } } : {}),
  };
  for await (const i of pages((after) => prisma.indicator.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { ...series.select, unit: { select: { key: true } } } }))) {
    yield { definition: i.definition.key, area: i.area.key, unit: i.unit.key };
  }
}

/** The agencies of the area and the national ones (every live one without a filter); agencies belong to no plan, year or definition. */
async function* agencies({ prisma }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  // With an area, the national agencies too: its agencies, offices and events may name them.
  const where = { retiredAt: null, ...(filter.area ? { OR: [{ area: { key: filter.area } }, { areaId: null }] } : {}) };
  const rows = parentsFirst(await prisma.agency.findMany({ where, orderBy: { id: 'asc' }, include: { area: { select: { key: true } }, parent: { select: { key: true } } } }));
  for (const a of rows) {
    yield { code: a.key, kind: a.kind, level: a.level, nameVi: a.nameVi, nameEn: a.nameEn, abbreviation: a.abbreviation, area: a.area?.key ?? null, parent: a.parent?.key ?? null, validFrom: day(a.validFrom), validTo: day(a.validTo) };
  }
}

export const EXPORTS: Record<RecordKind['name'], { kind: RecordKind; rows: (source: ExportSource, filter: ExportFilter) => AsyncGenerator<ExportRow> }> = {
  sources: { kind: SOURCES, rows: sources },
  definitions: { kind: DEFINITIONS, rows: definitions },
  people: { kind: PEOPLE, rows: people },
  offices: { kind: OFFICES, rows: offices },
  plans: { kind: PLANS, rows: plans },
  series: { kind: SERIES, rows: seriesRows },
  events: { kind: EVENTS, rows: events },
  'event-participants': { kind: PARTICIPANTS, rows: participants },
  results: { kind: RESULTS, rows: results },
  targets: { kind: TARGETS, rows: targets },
  solutions: { kind: SOLUTIONS, rows: solutions },
  agencies: { kind: AGENCIES, rows: agencies },
  assignments: { kind: ASSIGNMENTS, rows: assignments },
  'solution-links': { kind: LINKS, rows: links },
};
