import type { Db } from '@planhub/db/client';
import { type RecordKind, RESULTS, SOURCES, TARGETS } from '../import/kinds.ts';

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
}

export type ExportRow = Record<string, string | number | boolean | Date | null>;

const PAGE = 1_000;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function factWhere(filter: ExportFilter) {
  return {
    retiredAt: null,
    ...(filter.area || filter.definition ? { indicator: { ...(filter.area ? { area: { key: filter.area } } : {}), ...(filter.definition ? { definition: { key: filter.definition } } : {}) } } : {}),
    ...(filter.plan ? { plan: { key: filter.plan } } : {}),
    ...(filter.year != null ? { period: { startYear: { lte: filter.year }, endYear: { gte: filter.year } } } : {}),
  };
}

const series = { select: { definition: { select: { key: true } }, area: { select: { key: true } } } } as const;
const quote = { select: { text: true, source: { select: { key: true } } } } as const;

async function* pages<T extends { id: number }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T> {
  for (let after = 0; ; ) {
    const page = await read(after);
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

async function* results(prisma: Db, filter: ExportFilter): AsyncGenerator<ExportRow> {
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

async function* targets(prisma: Db, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const where = factWhere(filter);
  for await (const t of pages((after) =>
    prisma.target.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { indicator: series, period: { select: { key: true } }, unit: { select: { key: true } }, plan: { select: { key: true } }, quote },
    }),
  )) {
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
    };
  }
}

/** A date to the precision the source gives it: 2023, 2023-12 or 2023-12-13. */
const precise = (d: Date, precision: 'DAY' | 'MONTH' | 'YEAR') => d.toISOString().slice(0, precision === 'DAY' ? 10 : precision === 'MONTH' ? 7 : 4);

/** The sources the filtered facts quote (all live ones when no filter is given), with their texts. */
async function* sources(prisma: Db, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const filtered = Object.values(filter).some((v) => v !== null && v !== undefined);
  const facts = factWhere(filter);
  const where = {
    retiredAt: null,
    kind: { not: 'SYNTHETIC' as const },
    ...(filtered ? { quotes: { some: { OR: [{ results: { some: facts } }, { targets: { some: facts } }] } } } : {}),
  };
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

export const EXPORTS: Record<RecordKind['name'], { kind: RecordKind; rows: (prisma: Db, filter: ExportFilter) => AsyncGenerator<ExportRow> }> = {
  sources: { kind: SOURCES, rows: sources },
  results: { kind: RESULTS, rows: results },
  targets: { kind: TARGETS, rows: targets },
};
