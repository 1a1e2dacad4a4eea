import { ActorKind } from '@planhub/db/generated/sqlite/enums';
import { byEnd } from '../domain/periods.ts';
import { currentFigure } from '../domain/settled.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { SheetShape } from '../import/kinds.ts';
import { judgeTargets, TARGET_FIELDS } from '../loaders/status-tally.ts';
import { day, type ExportFilter, type ExportRow, type ExportSource, factWhere, PAGE, pageBatches, pages, quote } from './tables.ts';

// Lists an export offers beside the record kinds, read-only (an import does not take them):
// the indicators with their current figures, and the audit trail.

export const INDICATORS: SheetShape = {
  name: 'indicators',
  vi: 'chỉ số',
  columns: [
    { field: 'definition', vi: 'Mã chỉ tiêu', en: 'Indicator code' },
    { field: 'area', vi: 'Địa bàn', en: 'Area' },
    { field: 'nameVi', vi: 'Tên chỉ tiêu', en: 'Name (Vietnamese)' },
    { field: 'nameEn', vi: 'Tên tiếng Anh', en: 'Name (English)' },
    { field: 'direction', vi: 'Chiều tốt', en: 'Direction' },
    { field: 'seriesUnit', vi: 'Đơn vị chuỗi', en: 'Series unit' },
    { field: 'period', vi: 'Kỳ', en: 'Period' },
    { field: 'measure', vi: 'Loại số liệu', en: 'Measure' },
    { field: 'bound', vi: 'Giới hạn', en: 'Bound' },
    { field: 'value', vi: 'Giá trị', en: 'Value' },
    { field: 'unit', vi: 'Đơn vị', en: 'Unit' },
    { field: 'reliability', vi: 'Độ tin cậy', en: 'Reliability' },
    { field: 'reportedOn', vi: 'Ngày báo cáo', en: 'Reported on' },
    { field: 'source', vi: 'Nguồn', en: 'Source' },
    { field: 'quote', vi: 'Trích dẫn', en: 'Quote' },
  ],
};

export const CHANGES: SheetShape = {
  name: 'changes',
  vi: 'nhật ký thay đổi',
  columns: [
    { field: 'at', vi: 'Thời điểm', en: 'At' },
    { field: 'changeSet', vi: 'Lần ghi', en: 'Change set' },
    { field: 'operation', vi: 'Thao tác', en: 'Operation' },
    { field: 'recordType', vi: 'Loại bản ghi', en: 'Record type' },
    { field: 'recordId', vi: 'Mã bản ghi', en: 'Record ID' },
    { field: 'area', vi: 'Địa bàn', en: 'Area' },
    { field: 'actorKind', vi: 'Cách đăng nhập', en: 'Actor kind' },
    { field: 'actor', vi: 'Người ghi', en: 'Actor' },
    { field: 'reason', vi: 'Lý do', en: 'Reason' },
    { field: 'before', vi: 'Trước', en: 'Before' },
    { field: 'after', vi: 'Sau', en: 'After' },
  ],
};

/** The series a status filter names: those with a target of the statuses, within the filter's plan and year. */
async function seriesWithStatus(source: ExportSource, filter: ExportFilter): Promise<Set<number>> {
  const wanted = new Set(filter.status);
  const ids = new Set<number>();
  const previousOf = new Map<number, number | null>();
  const where = factWhere(filter);
  for await (const page of pageBatches((after) => source.prisma.target.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, select: TARGET_FIELDS }))) {
    for (const { target, judgement } of await judgeTargets(source.prisma, source.reference, page, previousOf)) if (wanted.has(judgement.status)) ids.add(target.indicatorId);
  }
  return ids;
}

/**
 * Every live series of the filter's area and definition (with a target of the plan, or of
 * the status, when asked), each with the current figure of its latest year (of the year
 * asked, when one is): the level where one is recorded, else the stated change, with its
 * provenance; empty figure columns where it has none.
 */
export async function* indicators(source: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const { prisma } = source;
  const withStatus = filter.status?.length ? await seriesWithStatus(source, filter) : null;
  const where = {
    retiredAt: null,
    ...(filter.area ? { area: { key: filter.area } } : {}),
    ...(filter.definition ? { definition: { key: filter.definition } } : {}),
    ...(filter.plan ? { targets: { some: { retiredAt: null, plan: { key: filter.plan } } } } : {}),
  };
  const years = { kind: 'YEAR' as const, ...(filter.year != null ? { startYear: filter.year } : {}) };
  for await (const page of pageBatches((after) =>
    prisma.indicator.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, include: { definition: true, area: { select: { key: true } }, unit: { select: { key: true } } } }),
  )) {
    const shown = withStatus ? page.filter((i) => withStatus.has(i.id)) : page;
    const results = shown.length
      ? await prisma.result.findMany({ where: { indicatorId: { in: shown.map((i) => i.id) }, retiredAt: null, period: years }, include: { period: true, unit: { select: { key: true } }, quote } })
      : [];
    const byIndicator = new Map<number, typeof results>();
    for (const r of results) {
      const own = byIndicator.get(r.indicatorId);
      if (own) own.push(r);
      else byIndicator.set(r.indicatorId, [r]);
    }
    for (const i of shown) {
      const own = byIndicator.get(i.id) ?? [];
      const latest = own.reduce<(typeof own)[number]['period'] | null>((best, r) => (!best || byEnd(r.period, best) > 0 ? r.period : best), null);
      const figure = latest ? currentFigure(own.filter((r) => r.periodId === latest.id)) : null;
      yield {
        definition: i.definition.key,
        area: i.area.key,
        nameVi: i.definition.nameVi,
        nameEn: i.definition.nameEn,
        direction: i.definition.direction,
        seriesUnit: i.unit.key,
        period: figure?.period.key ?? null,
        measure: figure?.measure ?? null,
        bound: figure?.bound ?? null,
        value: figure?.value ?? null,
        unit: figure?.unit.key ?? null,
        reliability: figure?.reliability ?? null,
        reportedOn: figure ? day(figure.reportedOn) : null,
        source: figure?.quote.source.key ?? null,
        quote: figure?.quote.text ?? null,
      };
    }
  }
}

/**
 * The audit trail, oldest first: of the filter's area, since an instant. Who wrote
 * is shown as the API shows it: a token's name to anyone, an identity provider's subject
 * or a console user to signed-in readers only.
 */
export async function* changes({ prisma, seesActors }: ExportSource, filter: ExportFilter): AsyncGenerator<ExportRow> {
  const area = filter.area ? await prisma.area.findUnique({ where: { key: filter.area }, select: { id: true } }) : null;
  const where = { ...(area ? { areaId: area.id } : {}), ...(filter.since ? { at: { gte: filter.since } } : {}) };
  const areaKeys = new Map((await prisma.area.findMany({ select: { id: true, key: true } })).map((a) => [a.id, a.key]));
  for await (const c of pages((after) => prisma.change.findMany({ where: { ...where, id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE }))) {
    yield {
      at: c.at.toISOString(),
      changeSet: c.changeSet,
      operation: c.operation,
      recordType: c.model,
      recordId: encodeGlobalId(c.model, c.recordId),
      area: c.areaId === null ? null : (areaKeys.get(c.areaId) ?? null),
      actorKind: c.actorKind,
      actor: seesActors || c.actorKind === ActorKind.TOKEN ? c.actor : null,
      reason: c.reason,
      before: c.before,
      after: c.after,
    };
  }
}
