import { formatPreciseDate } from '@planhub/db/rules/index';
import { fold } from '@planhub/db/text';
import { byEnd, type PeriodSpan, previousPeriod } from '@planhub/server/domain/periods';
import { compareKeys, DimensionedStats, type GroupKey, NumberStats, tidy } from '@planhub/server/domain/aggregate';
import { rank } from '@planhub/server/domain/ranking';
import { currentFigure } from '@planhub/server/domain/settled';
import { type Judgement, judgeTarget, needsPreviousPeriod, type ResultInput, TARGET_STATUSES, type TargetStatus, type UnitInput } from '@planhub/server/domain/status';
import type { Sql } from './sql.ts';

// The baseline: the same JSON as PlanHub's answer to each benchmarked SDK operation,
// from a few hand-written SQL statements per request (joins instead of one query per
// relation, keyset paging, counts in one statement). Look-ups of small tables are LEFT
// JOINs (the foreign keys are not null, so the rows are the same): SQLite keeps the
// written join order for them, where without statistics it may otherwise start from the
// small table and probe the large one for each of its rows. The rules are PlanHub's own
// pure functions (a target's status, a period's current figure, the period before,
// period order, ranking): the baseline measures data access and serialisation, not a
// second implementation of the rules. It answers in Vietnamese (no Accept-Language).
//
// A series (Indicator) has its code, names, direction and sector from its definition
// (IndicatorDefinition), joined; its searchText and sortKey are copies the database keeps.
//
// Only the operations and variables the benchmark sends are supported; anything else
// throws, so a changed workload fails loudly instead of comparing different things.

type Row = Record<string, any>;
type Vars = Record<string, any>;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');
const gid = (type: string, id: number) => b64(`${type}:${id}`);
const prismaCursor = (id: number) => b64(`GPC:N:${id}`);
const offsetCursor = (offset: number) => b64(`OffsetConnection:${offset}`);

function idOf(globalId: string, type: string): number {
  const m = /^([A-Za-z]+):(\d+)$/.exec(unb64(globalId));
  if (!m || m[1] !== type) throw new Error(`baseline: ${globalId} is not a ${type} ID`);
  return Number(m[2]);
}
function cursorId(cursor: string): number {
  const m = /^GPC:N:(\d+)$/.exec(unb64(cursor));
  if (!m) throw new Error(`baseline: bad cursor ${cursor}`);
  return Number(m[1]);
}
const num = (v: unknown) => (v == null ? null : Number(v));
const bool = (v: unknown) => v === true || v === 1 || v === 't';
/** A DateTime column: ISO text from SQLite, a Date (read as UTC, sql.ts) from PostgreSQL. */
const dateOf = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v as string | number));
/** As the `Date` scalar writes it. */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
/** PlanHub's rounding of a comparison's base-unit figures and changes (schema/indicator/comparison.ts). */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
/** CompareIndicator's `entries(first:)` default (COMPUTED_LIST_DEFAULT_SIZE). */
const COMPARISON_DEFAULT_SIZE = 100;
/** Indicator.timeSeries keeps the latest TIME_SERIES_CAP figures. */
const TIME_SERIES_CAP = 200;
const MEASURE_ORDER: Record<string, number> = { LEVEL: 0, CHANGE: 1 };

// Column lists, aliased so both dialects return the same keys.
const UNIT = `u."key" AS "uKey", u."labelVi" AS "uLabel", u."symbol" AS "uSymbol", u."dimension" AS "uDimension", u."multiplier" AS "uMultiplier"`;
const PERIOD = `p."id" AS "pId", p."key" AS "pKey", p."kind" AS "pKind", p."startYear" AS "pStart", p."startMonth" AS "pStartMonth", p."endYear" AS "pEnd", p."endMonth" AS "pEndMonth", p."visionYear" AS "pVision"`;
const RESULT = `r."id" AS "id", r."indicatorId" AS "indicatorId", r."periodId" AS "periodId", r."measure" AS "measure", r."value" AS "value", r."bound" AS "bound", r."unitId" AS "unitId", r."reliability" AS "reliability", r."percentOfPlan" AS "percentOfPlan", r."yoyChangePercent" AS "yoyChangePercent", r."yoyFactor" AS "yoyFactor", r."rankChange" AS "rankChange", r."reportedOn" AS "reportedOn", r."asOf" AS "asOf", r."supersedesId" AS "supersedesId"`;
const TARGET = `t."id" AS "id", t."indicatorId" AS "indicatorId", t."periodId" AS "periodId", t."kind" AS "kind", t."comparator" AS "comparator", t."rangeKind" AS "rangeKind", t."value" AS "value", t."valueMax" AS "valueMax", t."unitId" AS "unitId", t."isMain" AS "isMain", t."adoptedOn" AS "adoptedOn", pl."id" AS "planId", pl."key" AS "planKey"`;
/** A series' area (AreaRef). */
const AREA = `a."id" AS "aId", a."key" AS "aKey", a."nameVi" AS "aName", a."level" AS "aLevel"`;
/** The passage (Quote q) and its document (Source s). */
const PROVENANCE = `q."text" AS "qText", q."start" AS "qStart", q."end" AS "qEnd", s."id" AS "sId", s."title" AS "sTitle", s."kind" AS "sKind", s."documentNumber" AS "sNumber", s."publisherName" AS "sPublisher", s."publishedOn" AS "sPublishedOn", s."datePrecision" AS "sPrecision", s."url" AS "sUrl", s."language" AS "sLanguage"`;

const unitOf = (r: Row) => ({ code: r.uKey, label: r.uLabel, symbol: r.uSymbol, dimension: r.uDimension, multiplier: Number(r.uMultiplier) });
const areaOf = (r: Row) => ({ id: gid('Area', r.aId), code: r.aKey, name: r.aName, level: r.aLevel });
/** A row's period (its `p…` columns) as the period rules take it. */
const spanOf = (r: Row): PeriodSpan => ({
  id: Number(r.pId),
  kind: r.pKind,
  startYear: Number(r.pStart),
  startMonth: Number(r.pStartMonth),
  endYear: Number(r.pEnd),
  endMonth: Number(r.pEndMonth),
});
function periodOf(r: Row) {
  const p = spanOf(r);
  const span = p.startYear === p.endYear ? `${p.startYear}` : `${p.startYear}–${p.endYear}`;
  const part = p.kind === 'HALF_YEAR' ? ` H${p.startMonth <= 6 ? 1 : 2}` : p.kind === 'QUARTER' ? ` Q${Math.ceil(p.startMonth / 3)}` : p.kind === 'NINE_MONTHS' ? ', 9 months' : '';
  return { code: r.pKey, label: r.pVision ? `${span}${part}, vision ${r.pVision}` : `${span}${part}`, kind: p.kind, startYear: p.startYear, startMonth: p.startMonth, endYear: p.endYear, endMonth: p.endMonth };
}
function provenanceOf(r: Row) {
  const publishedOn = dateOf(r.sPublishedOn)!;
  return {
    quote: r.qText,
    offset: num(r.qStart),
    end: num(r.qEnd),
    source: {
      id: gid('Source', r.sId),
      title: r.sTitle,
      kind: r.sKind,
      documentNumber: r.sNumber,
      publisher: r.sPublisher,
      published: formatPreciseDate(publishedOn, r.sPrecision),
      publishedOn: day(publishedOn),
      datePrecision: r.sPrecision,
      url: r.sUrl,
      language: r.sLanguage,
    },
  };
}

type ResultRow = ResultInput & Row & { indicatorId: number; periodId: number; asOf: Date | null };

function resultRow(r: Row): ResultRow {
  return {
    ...r,
    id: Number(r.id),
    indicatorId: Number(r.indicatorId),
    periodId: Number(r.periodId),
    unitId: Number(r.unitId),
    value: num(r.value),
    rankChange: num(r.rankChange),
    reportedOn: dateOf(r.reportedOn),
    asOf: dateOf(r.asOf),
    supersedesId: num(r.supersedesId),
  } as ResultRow;
}

/** The periods a series' results are of, in ID order (as the reference data holds them). */
function periodsOf(results: readonly ResultRow[]): PeriodSpan[] {
  const byId = new Map<number, PeriodSpan>();
  for (const r of results) if (!byId.has(r.periodId)) byId.set(r.periodId, spanOf(r));
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/**
 * A target judged by PlanHub's own rules, from rows that carry their unit's and period's
 * columns (`u…`, `p…`): the target's period's results, and for a change the previous
 * period's (previousPeriod: same kind and length, ending the month before it starts,
 * among the periods the series has results for: a period without results adds none).
 */
function judgeRow(t: Row, direction: string, results: ResultRow[]): Judgement<ResultRow> {
  const periodId = Number(t.periodId);
  const current = results.filter((r) => r.periodId === periodId);
  let previous: ResultRow[] = [];
  if (needsPreviousPeriod(t as { kind: 'LEVEL' })) {
    const before = previousPeriod(spanOf(t), periodsOf(results));
    if (before) previous = results.filter((r) => r.periodId === before.id);
  }
  const units = new Map<number, UnitInput>();
  for (const row of [t, ...current, ...previous]) units.set(Number(row.unitId), { id: Number(row.unitId), dimension: row.uDimension, multiplier: Number(row.uMultiplier) });
  return judgeTarget(
    { kind: t.kind, comparator: t.comparator, rangeKind: t.rangeKind ?? null, value: Number(t.value), valueMax: num(t.valueMax), unitId: Number(t.unitId), direction: direction as 'RANK' },
    { current, previous },
    (id) => units.get(id)!,
  );
}
/**
 * ResultFields. Every figure the benchmarked operations show is a current one (a time
 * series', a latest result, a comparison's), picked by currentFigure: `isCurrent` is true,
 * as PlanHub answers it for the figures its loaders picked as current.
 */
function currentResultFields(r: ResultRow) {
  return {
    id: gid('Result', r.id),
    measure: r.measure,
    value: r.value,
    valueInBaseUnit: r.value == null ? null : r.value * Number(r.uMultiplier),
    bound: r.bound,
    reliability: r.reliability,
    percentOfPlan: num(r.percentOfPlan),
    yoyChangePercent: num(r.yoyChangePercent),
    yoyFactor: num(r.yoyFactor),
    rankChange: r.rankChange,
    reportedOn: day(r.reportedOn),
    asOf: day(r.asOf),
    isCurrent: true,
    unit: unitOf(r),
    period: periodOf(r),
  };
}
function targetFields(t: Row, verdict: Judgement<ResultRow>) {
  const value = Number(t.value);
  return {
    id: gid('Target', t.id),
    kind: t.kind,
    comparator: t.comparator,
    rangeKind: t.rangeKind ?? null,
    value,
    valueMax: num(t.valueMax),
    valueInBaseUnit: value * Number(t.uMultiplier),
    isMain: bool(t.isMain),
    adoptedOn: day(dateOf(t.adoptedOn)),
    status: verdict.status,
    statusReason: verdict.reason,
    achievementPercent: verdict.achievementPercent,
    judgementBasis: verdict.basis,
    unit: unitOf(t),
    period: periodOf(t),
    plan: { id: gid('Plan', t.planId), code: t.planKey },
  };
}
/** The current figure of the latest YEAR period with results, as `Indicator.latestResult` picks it. */
function latestOf(results: ResultRow[]): ResultRow | null {
  let latest: PeriodSpan | null = null;
  for (const p of periodsOf(results)) if (p.kind === 'YEAR' && (!latest || byEnd(p, latest) > 0)) latest = p;
  return latest ? currentFigure(results.filter((r) => r.periodId === latest.id)) : null;
}
/** One current figure per period and measure, in period order (by end, then start), levels first: `Indicator.timeSeries`. */
function timeSeriesOf(results: ResultRow[]): ResultRow[] {
  const groups = new Map<string, ResultRow[]>();
  for (const r of results) {
    const key = `${r.periodId}:${r.measure}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const current = [...groups.values()].map((g) => currentFigure(g)!);
  current.sort((a, b) => byEnd(spanOf(a), spanOf(b)) || MEASURE_ORDER[a.measure]! - MEASURE_ORDER[b.measure]!);
  return current.length > TIME_SERIES_CAP ? current.slice(-TIME_SERIES_CAP) : current;
}
function groupBy<T extends Row>(rows: T[], key: string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = Number(row[key]);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(row);
  }
  return map;
}
const ofPeriod = (results: readonly ResultRow[], periodId: number) => results.filter((r) => r.periodId === periodId);

export class Baseline {
  constructor(private readonly sql: Sql) {}

  async answer(operationName: string, variables: Vars): Promise<unknown> {
    switch (operationName) {
      case 'ListIndicators':
        return { indicators: await this.listIndicators(variables) };
      case 'Search':
        return { search: await this.search(variables) };
      case 'GetIndicator':
        return { indicator: await this.getIndicator(variables) };
      case 'CompareIndicator':
        return { compareIndicator: await this.compareIndicator(variables) };
      case 'Node':
        return { node: await this.node(variables) };
      case 'TargetStats':
        return { targetStats: await this.targetStats(variables) };
      case 'CompareTargets':
        return { compareTargets: await this.compareTargets(variables) };
      default:
        throw new Error(`baseline: operation ${operationName} is not implemented`);
    }
  }

  /** ListIndicators with filter.plan, filter.year and/or filter.status, ordered by NAME, CODE or CREATED. */
  async listIndicators(v: Vars) {
    const filter: Vars = v.filter ?? {};
    const unsupported = Object.keys(filter).filter((k) => filter[k] != null && k !== 'plan' && k !== 'year' && k !== 'status');
    if (unsupported.length) throw new Error(`baseline: filter ${unsupported.join(', ')} not implemented`);
    const first: number = v.first ?? 20;
    const planId = filter.plan ? idOf(filter.plan, 'Plan') : null;
    const where: string[] = [];
    const params: unknown[] = [];
    if (planId !== null && !filter.status) {
      // IN (…) rather than a correlated EXISTS: the database reads the plan's targets once
      // through the (planId, indicatorId) index instead of probing for every indicator.
      where.push(`i."id" IN (SELECT t."indicatorId" FROM "Target" t WHERE t."planId" = ?)`);
      params.push(planId);
    }
    if (filter.status) {
      // Judged on every request (the baseline remembers nothing): the targets in scope and
      // the results of their periods and the periods before, in two statements. The IDs
      // are integers from the database, written into the statement as a list.
      const ids = await this.indicatorsWithStatus(filter.status, filter.year ?? null, planId);
      where.push(`i."id" IN (${ids.length ? ids.join(', ') : 'NULL'})`);
    }
    if (filter.year != null) {
      // A target of the year's periods (in the plan, when given) or a result of them.
      where.push(
        `i."id" IN (SELECT t."indicatorId" FROM "Target" t JOIN "Period" p ON p."id" = t."periodId" WHERE p."startYear" = ? AND p."endYear" = ?${planId !== null ? ' AND t."planId" = ?' : ''}` +
          ` UNION SELECT r."indicatorId" FROM "Result" r JOIN "Period" p ON p."id" = r."periodId" WHERE p."startYear" = ? AND p."endYear" = ?)`,
      );
      params.push(filter.year, filter.year, ...(planId !== null ? [planId] : []), filter.year, filter.year);
    }
    const desc = v.orderBy?.direction === 'DESC';
    const dir = desc ? 'DESC' : 'ASC';
    const cmp = desc ? '<' : '>';
    const field: string = v.orderBy?.field ?? 'CREATED';
    const order = field === 'NAME' ? `i."sortKey" ${dir}, i."id" ${dir}` : field === 'CODE' ? `d."key" ${dir}, i."id" ${dir}` : `i."id" ${dir}`;
    const pageWhere = [...where];
    const pageParams = [...params];
    if (v.after) {
      const after = cursorId(v.after);
      if (field === 'NAME') {
        pageWhere.push(`(i."sortKey", i."id") ${cmp} ((SELECT c."sortKey" FROM "Indicator" c WHERE c."id" = ?), ?)`);
        pageParams.push(after, after);
      } else if (field === 'CODE') {
        pageWhere.push(`(d."key", i."id") ${cmp} ((SELECT cd."key" FROM "Indicator" c JOIN "IndicatorDefinition" cd ON cd."id" = c."definitionId" WHERE c."id" = ?), ?)`);
        pageParams.push(after, after);
      } else {
        pageWhere.push(`i."id" ${cmp} ?`);
        pageParams.push(after);
      }
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageWhereSql = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
    const [[count], page] = await Promise.all([
      this.sql.all(`SELECT count(*) AS "n" FROM "Indicator" i ${whereSql}`, params),
      this.sql.all(
        `SELECT i."id" AS "id", d."key" AS "key", d."nameVi" AS "nameVi", d."direction" AS "direction", sc."key" AS "sectorKey", sc."nameVi" AS "sectorName", ${UNIT}, ${AREA}
         FROM "Indicator" i LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId" LEFT JOIN "Sector" sc ON sc."id" = d."sectorId" LEFT JOIN "Unit" u ON u."id" = i."unitId"
         LEFT JOIN "Area" a ON a."id" = i."areaId"
         ${pageWhereSql} ORDER BY ${order} LIMIT ?`,
        [...pageParams, first + 1],
      ),
    ]);
    const rows = page.slice(0, first);
    const ids = rows.map((r) => Number(r.id));
    const targetPlan = v.targetsOfPlan ? idOf(v.targetsOfPlan, 'Plan') : undefined;
    const [targets, results, assignments] = ids.length
      ? await Promise.all([
          this.sql.all(
            `SELECT ${TARGET}, ${UNIT}, ${PERIOD} FROM "Target" t LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Plan" pl ON pl."id" = t."planId"
             WHERE t."indicatorId" IN ids(?) ${targetPlan !== undefined ? 'AND t."planId" = ?' : ''} ORDER BY t."indicatorId", t."periodId", t."id"`,
            targetPlan !== undefined ? [ids, targetPlan] : [ids],
          ),
          this.sql.all(
            `SELECT ${RESULT}, ${UNIT}, ${PERIOD} FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId"
             WHERE r."indicatorId" IN ids(?) ORDER BY r."indicatorId", r."id"`,
            [ids],
          ),
          this.sql.all(
            `SELECT a."indicatorId" AS "indicatorId", a."role" AS "role", ag."id" AS "id", ag."key" AS "key", ag."nameVi" AS "nameVi", ag."abbreviation" AS "abbreviation"
             FROM "Assignment" a LEFT JOIN "Agency" ag ON ag."id" = a."agencyId" WHERE a."indicatorId" IN ids(?) ORDER BY a."id"`,
            [ids],
          ),
        ])
      : [[], [], []];
    const assignmentsBy = groupBy(assignments, 'indicatorId');
    const targetsBy = groupBy(targets, 'indicatorId');
    const resultsBy = groupBy(results.map(resultRow), 'indicatorId');
    const edges = rows.map((r) => {
      const mine = resultsBy.get(Number(r.id)) ?? [];
      const myTargets = targetsBy.get(Number(r.id)) ?? [];
      const latest = latestOf(mine);
      return {
        cursor: prismaCursor(Number(r.id)),
        node: {
          id: gid('Indicator', r.id),
          code: r.key,
          name: r.nameVi,
          direction: r.direction,
          area: areaOf(r),
          sector: { code: r.sectorKey, name: r.sectorName },
          unit: unitOf(r),
          targets: { totalCount: myTargets.length, edges: myTargets.slice(0, 100).map((t) => ({ node: targetFields(t, judgeRow(t, r.direction, mine)) })) },
          latestResult: latest ? currentResultFields(latest) : null,
          assignments: (assignmentsBy.get(Number(r.id)) ?? []).map((a) => ({
            role: a.role,
            agency: { id: gid('Agency', a.id), code: a.key, name: a.nameVi, abbreviation: a.abbreviation },
          })),
        },
      };
    });
    return {
      totalCount: Number(count!.n),
      pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  }

  /** IDs of the indicators with a target of `status` among the targets of the year (its periods within the year) and plan given. */
  private async indicatorsWithStatus(status: string, year: number | null, planId: number | null): Promise<number[]> {
    const scope: string[] = [];
    const params: unknown[] = [];
    if (year != null) {
      scope.push('p."startYear" = ? AND p."endYear" = ?');
      params.push(year, year);
    }
    if (planId != null) {
      scope.push('t."planId" = ?');
      params.push(planId);
    }
    const where = scope.length ? `WHERE ${scope.join(' AND ')}` : '';
    // The results of the year and the year before: every period a target of the year's
    // periods is judged by, and the period before it (a year, a half or a quarter back).
    const [targets, results] = await Promise.all([
      this.sql.all(
        `SELECT ${TARGET}, ${UNIT}, ${PERIOD}, d."direction" AS "direction" FROM "Target" t LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId"
         LEFT JOIN "Plan" pl ON pl."id" = t."planId" LEFT JOIN "Indicator" i ON i."id" = t."indicatorId" LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId" ${where}`,
        params,
      ),
      this.sql.all(
        `SELECT ${RESULT}, ${UNIT}, ${PERIOD} FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId"
         ${year != null ? 'WHERE p."startYear" >= ? AND p."endYear" <= ?' : ''}`,
        year != null ? [year - 1, year] : [],
      ),
    ]);
    const resultsBy = groupBy(results.map(resultRow), 'indicatorId');
    const ids = new Set<number>();
    for (const t of targets) {
      if (judgeRow(t, t.direction, resultsBy.get(Number(t.indicatorId)) ?? []).status === status) ids.add(Number(t.indicatorId));
    }
    return [...ids].sort((a, b) => a - b);
  }

  /** Search over indicators (series: their copied searchText, their definition's code and name), solutions and agencies: the counts in one statement, then each kind's slice of the page. */
  async search(v: Vars) {
    if (v.kinds) throw new Error('baseline: search kinds not implemented');
    const needle = `%${fold(v.text)}%`;
    const first: number = v.first ?? 20;
    const offset = v.after ? Number(/^OffsetConnection:(\d+)$/.exec(unb64(v.after))![1]) + 1 : 0;
    const [counts] = await this.sql.all(
      `SELECT (SELECT count(*) FROM "Indicator" WHERE "searchText" LIKE ?) AS "ni", (SELECT count(*) FROM "Solution" WHERE "searchText" LIKE ?) AS "ns", (SELECT count(*) FROM "Agency" WHERE "searchText" LIKE ?) AS "na"`,
      [needle, needle, needle],
    );
    const ni = Number(counts!.ni);
    const ns = Number(counts!.ns);
    const na = Number(counts!.na);
    const total = ni + ns + na;
    const window = (start: number, size: number) => {
      const skip = Math.max(0, offset - start);
      return { skip, take: Math.max(0, Math.min(size, offset + first - start) - skip) };
    };
    const wi = window(0, ni);
    const ws = window(ni, ns);
    const wa = window(ni + ns, na);
    const [indicators, solutions, agencies] = await Promise.all([
      wi.take
        ? this.sql.all(
            `SELECT i."id" AS "id", d."key" AS "key", d."nameVi" AS "nameVi", u."symbol" AS "symbol", u."labelVi" AS "label"
             FROM "Indicator" i LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId" LEFT JOIN "Unit" u ON u."id" = i."unitId"
             WHERE i."searchText" LIKE ? ORDER BY i."sortKey", i."id" LIMIT ? OFFSET ?`,
            [needle, wi.take, wi.skip],
          )
        : [],
      ws.take
        ? this.sql.all(
            `SELECT so."id" AS "id", so."kind" AS "kind", so."textVi" AS "textVi", pl."id" AS "planId", pl."key" AS "planKey" FROM "Solution" so LEFT JOIN "Plan" pl ON pl."id" = so."planId"
             WHERE so."searchText" LIKE ? ORDER BY so."sortKey", so."id" LIMIT ? OFFSET ?`,
            [needle, ws.take, ws.skip],
          )
        : [],
      wa.take
        ? this.sql.all(
            `SELECT a."id" AS "id", a."key" AS "key", a."nameVi" AS "nameVi", a."abbreviation" AS "abbreviation" FROM "Agency" a
             WHERE a."searchText" LIKE ? ORDER BY a."sortKey", a."id" LIMIT ? OFFSET ?`,
            [needle, wa.take, wa.skip],
          )
        : [],
    ]);
    const nodes = [
      ...indicators.map((r) => ({ __typename: 'Indicator', id: gid('Indicator', r.id), code: r.key, name: r.nameVi, unit: { symbol: r.symbol, label: r.label } })),
      ...solutions.map((r) => ({ __typename: 'Solution', id: gid('Solution', r.id), kind: r.kind, text: r.textVi, plan: { id: gid('Plan', r.planId), code: r.planKey } })),
      ...agencies.map((r) => ({ __typename: 'Agency', id: gid('Agency', r.id), code: r.key, name: r.nameVi, abbreviation: r.abbreviation })),
    ];
    const edges = nodes.map((node, i) => ({ cursor: offsetCursor(offset + i), node }));
    return {
      totalCount: total,
      pageInfo: { hasNextPage: offset + first < total, endCursor: offsetCursor(offset + edges.length - 1) },
      edges,
    };
  }

  /** GetIndicator(area, code): one area's series of a definition, its time series with provenance, its targets and who is responsible. */
  async getIndicator(v: Vars) {
    const [indicator] = await this.sql.all(
      `SELECT i."id" AS "id", d."id" AS "definitionId", d."key" AS "key", d."nameVi" AS "nameVi", d."nameEn" AS "nameEn", d."descriptionVi" AS "descriptionVi", d."direction" AS "direction",
              d."dimension" AS "dimension", d."nationalCode" AS "nationalCode", sc."key" AS "sectorKey", sc."nameVi" AS "sectorName", ${UNIT}, ${AREA}
       FROM "IndicatorDefinition" d JOIN "Indicator" i ON i."definitionId" = d."id" JOIN "Area" a ON a."id" = i."areaId"
       LEFT JOIN "Sector" sc ON sc."id" = d."sectorId" LEFT JOIN "Unit" u ON u."id" = i."unitId"
       WHERE d."key" = ? AND a."key" = ?`,
      [v.code, v.area],
    );
    if (!indicator) throw new Error(`baseline: no series of ${v.code} in ${v.area}`);
    const id = Number(indicator.id);
    const [results, targets, assignments] = await Promise.all([
      this.sql.all(
        `SELECT ${RESULT}, ${UNIT}, ${PERIOD}, pl."id" AS "planId", pl."key" AS "planKey", ${PROVENANCE}
         FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId" LEFT JOIN "Plan" pl ON pl."id" = r."planId"
         LEFT JOIN "Quote" q ON q."id" = r."quoteId" LEFT JOIN "Source" s ON s."id" = q."sourceId"
         WHERE r."indicatorId" = ?`,
        [id],
      ),
      this.sql.all(
        `SELECT ${TARGET}, ${UNIT}, ${PERIOD}, ${PROVENANCE}
         FROM "Target" t LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Plan" pl ON pl."id" = t."planId"
         LEFT JOIN "Quote" q ON q."id" = t."quoteId" LEFT JOIN "Source" s ON s."id" = q."sourceId"
         WHERE t."indicatorId" = ? ORDER BY t."periodId", t."id"`,
        [id],
      ),
      this.sql.all(
        `SELECT a."role" AS "role", ag."id" AS "id", ag."key" AS "key", ag."nameVi" AS "nameVi", ag."abbreviation" AS "abbreviation"
         FROM "Assignment" a LEFT JOIN "Agency" ag ON ag."id" = a."agencyId" WHERE a."indicatorId" = ? ORDER BY a."id"`,
        [id],
      ),
    ]);
    const rows = results.map(resultRow);
    return {
      id: gid('Indicator', id),
      code: indicator.key,
      name: indicator.nameVi,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      description: indicator.descriptionVi,
      direction: indicator.direction,
      area: areaOf(indicator),
      definition: { id: gid('IndicatorDefinition', indicator.definitionId), code: indicator.key, dimension: indicator.dimension, nationalCode: indicator.nationalCode },
      sector: { code: indicator.sectorKey, name: indicator.sectorName },
      unit: unitOf(indicator),
      timeSeries: timeSeriesOf(rows).map((r) => ({
        ...currentResultFields(r),
        plan: r.planId == null ? null : { id: gid('Plan', r.planId), code: r.planKey },
        provenance: provenanceOf(r),
      })),
      targets: {
        totalCount: targets.length,
        edges: targets.slice(0, 100).map((t) => {
          const verdict = judgeRow(t, indicator.direction, rows);
          return { node: { ...targetFields(t, verdict), result: verdict.result ? { id: gid('Result', verdict.result.id) } : null, provenance: provenanceOf(t) } };
        }),
      },
      assignments: assignments.map((a) => ({ role: a.role, agency: { id: gid('Agency', a.id), code: a.key, name: a.nameVi, abbreviation: a.abbreviation } })),
    };
  }

  /**
   * CompareIndicator(code, period, measure, level): every series of the definition (at the
   * level), each with its current figure for the period and the period before, ranked.
   * Two statements: the definition, the period and the period before it (same kind and
   * length, ending the month before it starts: previousPeriod's rule, as a join); then the
   * series with their area and their figures of the two periods, with the unit and, for
   * the figure shown, its passage and source.
   */
  async compareIndicator(v: Vars) {
    const measure: string = v.measure ?? 'LEVEL';
    const level: string | null = v.level ?? null;
    const first: number = v.first ?? COMPARISON_DEFAULT_SIZE;
    if (first < 0 || first > 1000) throw new Error(`baseline: first ${first} out of range`);
    // A period's months counted from year 0, as periods.ts counts them.
    const firstMonth = (t: string) => `(${t}."startYear" * 12 + ${t}."startMonth")`;
    const lastMonth = (t: string) => `(${t}."endYear" * 12 + ${t}."endMonth")`;
    const [head] = await this.sql.all(
      `SELECT d."id" AS "dId", d."key" AS "dKey", d."nameVi" AS "dName", d."direction" AS "dDirection", d."dimension" AS "dDimension", ${PERIOD},
              pp."id" AS "ppId", pp."key" AS "ppKey", pp."kind" AS "ppKind", pp."startYear" AS "ppStart", pp."startMonth" AS "ppStartMonth", pp."endYear" AS "ppEnd", pp."endMonth" AS "ppEndMonth", pp."visionYear" AS "ppVision"
       FROM "IndicatorDefinition" d CROSS JOIN "Period" p
       LEFT JOIN "Period" pp ON pp."kind" = p."kind" AND ${lastMonth('pp')} = ${firstMonth('p')} - 1 AND ${lastMonth('pp')} - ${firstMonth('pp')} = ${lastMonth('p')} - ${firstMonth('p')}
       WHERE d."key" = ? AND p."key" = ? ORDER BY pp."id" LIMIT 1`,
      [v.code, v.period],
    );
    if (!head) throw new Error(`baseline: no definition ${v.code} or no period ${v.period}`);
    const periodId = Number(head.pId);
    const previousId = head.ppId == null ? null : Number(head.ppId);
    const periodIds = previousId === null ? [periodId] : [periodId, previousId];
    // Every series of the definition (at the level), each with its figures of the two
    // periods: a row per figure, or one with no figure (r."id" null).
    const rows = await this.sql.all(
      `SELECT i."id" AS "seriesId", ${AREA}, ${RESULT}, ${UNIT}, ${PERIOD}, ${PROVENANCE}
       FROM "Indicator" i LEFT JOIN "Area" a ON a."id" = i."areaId"
       LEFT JOIN "Result" r ON r."indicatorId" = i."id" AND r."periodId" IN ids(?) AND r."measure" = ?
       LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId"
       LEFT JOIN "Quote" q ON q."id" = r."quoteId" LEFT JOIN "Source" s ON s."id" = q."sourceId"
       WHERE i."definitionId" = ?${level !== null ? ' AND a."level" = ?' : ''} ORDER BY i."id"`,
      level !== null ? [periodIds, measure, Number(head.dId), level] : [periodIds, measure, Number(head.dId)],
    );
    const series: Array<{ id: number; area: Row; figures: ResultRow[] }> = [];
    for (const row of rows) {
      let s = series.at(-1);
      if (!s || s.id !== Number(row.seriesId)) series.push((s = { id: Number(row.seriesId), area: row, figures: [] }));
      if (row.id != null) s.figures.push(resultRow(row));
    }
    const inBase = (r: ResultRow | null) => (!r || r.value === null ? null : r.uDimension === head.dDimension ? round6(r.value * Number(r.uMultiplier)) : null);
    const entries = rank(
      series.map((s) => {
        const result = currentFigure(ofPeriod(s.figures, periodId));
        const previous = previousId === null ? null : currentFigure(ofPeriod(s.figures, previousId));
        const value = inBase(result);
        const base = inBase(previous);
        const change = value !== null && base !== null ? round6(value - base) : null;
        return { s, result, previous, value, change, changePercent: change !== null && base ? round6((change / Math.abs(base)) * 100) : null };
      }),
      head.dDirection,
    );
    const periodFields = (prefix: 'p' | 'pp') =>
      periodOf({ pId: head[`${prefix}Id`], pKey: head[`${prefix}Key`], pKind: head[`${prefix}Kind`], pStart: head[`${prefix}Start`], pStartMonth: head[`${prefix}StartMonth`], pEnd: head[`${prefix}End`], pEndMonth: head[`${prefix}EndMonth`], pVision: head[`${prefix}Vision`] });
    return {
      totalCount: entries.length,
      measure,
      definition: { id: gid('IndicatorDefinition', head.dId), code: head.dKey, name: head.dName, direction: head.dDirection, dimension: head.dDimension },
      period: periodFields('p'),
      previousPeriod: previousId === null ? null : periodFields('pp'),
      entries: entries.slice(0, first).map((e) => ({
        rank: e.rank,
        valueInBaseUnit: e.value,
        change: e.change,
        changePercent: e.changePercent,
        area: areaOf(e.s.area),
        indicator: { id: gid('Indicator', e.s.id) },
        result: e.result ? { ...currentResultFields(e.result), provenance: provenanceOf(e.result) } : null,
        previousResult: e.previous ? currentResultFields(e.previous) : null,
      })),
    };
  }

  /**
   * TargetStats with filter.year (and filter.level), grouped by any of SECTOR, AREA and
   * STATUS, in the keys' order, the first 100 groups. Three statements: the year's live
   * targets of live series with their unit, period, definition, sector and area; the
   * results of the year and the year before, which judging them needs; the base units.
   * The periods first (`periodId IN (…)`), so both read through their periodId indexes.
   */
  async targetStats(v: Vars) {
    const filter: Vars = v.filter ?? {};
    const grouped: string[] = v.groupBy ?? [];
    const unsupported = [...Object.keys(filter).filter((k) => filter[k] != null && k !== 'year' && k !== 'level'), ...grouped.filter((k) => !['SECTOR', 'AREA', 'STATUS'].includes(k))];
    if (unsupported.length || filter.year == null || v.first != null || v.orderBy != null) throw new Error(`baseline: targetStats with ${unsupported.join(', ') || 'these variables'} not implemented`);
    const year = Number(filter.year);
    const [targets, results, baseUnits] = await Promise.all([
      this.sql.all(
        `SELECT ${TARGET}, ${UNIT}, ${PERIOD}, ${AREA}, d."direction" AS "direction", sc."id" AS "scId", sc."key" AS "scKey", sc."nameVi" AS "scName"
         FROM "Target" t LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Plan" pl ON pl."id" = t."planId"
         LEFT JOIN "Indicator" i ON i."id" = t."indicatorId" LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId"
         LEFT JOIN "Sector" sc ON sc."id" = d."sectorId" LEFT JOIN "Area" a ON a."id" = i."areaId"
         WHERE t."periodId" IN (SELECT "id" FROM "Period" WHERE "startYear" = ? AND "endYear" = ?) AND t."retiredAt" IS NULL AND i."retiredAt" IS NULL${filter.level ? ' AND a."level" = ?' : ''}`,
        filter.level ? [year, year, filter.level] : [year, year],
      ),
      this.sql.all(
        `SELECT ${RESULT}, ${UNIT}, ${PERIOD} FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId"
         WHERE r."periodId" IN (SELECT "id" FROM "Period" WHERE "startYear" >= ? AND "endYear" <= ?) AND r."retiredAt" IS NULL`,
        [year - 1, year],
      ),
      this.sql.all(`SELECT u."key" AS "uKey", u."labelVi" AS "uLabel", u."symbol" AS "uSymbol", u."dimension" AS "uDimension", u."multiplier" AS "uMultiplier" FROM "Unit" u WHERE u."multiplier" = 1 ORDER BY u."id"`, []),
    ]);
    const resultsBy = groupBy(results.map(resultRow), 'indicatorId');
    interface Group {
      key: GroupKey;
      row: Row | null;
      count: number;
      byStatus: Record<TargetStatus, number>;
      achievement: NumberStats;
      value: DimensionedStats;
    }
    const open = (key: GroupKey, row: Row | null): Group => ({ key, row, count: 0, byStatus: Object.fromEntries(TARGET_STATUSES.map((st) => [st, 0])) as Record<TargetStatus, number>, achievement: new NumberStats(), value: new DimensionedStats() });
    const total = open([], null);
    const groups = new Map<string, Group>();
    for (const t of targets) {
      const judgement = judgeRow(t, t.direction, resultsBy.get(Number(t.indicatorId)) ?? []);
      const key = grouped.map((k) => (k === 'SECTOR' ? Number(t.scId) : k === 'AREA' ? Number(t.aId) : judgement.status));
      const id = JSON.stringify(key);
      let group = groups.get(id);
      if (!group) groups.set(id, (group = open(key, t)));
      for (const g of [total, group]) {
        g.count++;
        g.byStatus[judgement.status]++;
        g.achievement.add(judgement.achievementPercent);
        g.value.add(t.uDimension, tidy(Number(t.value) * Number(t.uMultiplier)));
      }
    }
    const codeOf = (k: string, g: Group) => (k === 'SECTOR' ? g.row!.scKey : g.row!.aKey) as string;
    const sorted = [...groups.values()].sort((a, b) =>
      compareKeys(
        grouped.map((k) => (k === 'STATUS' ? a.key[grouped.indexOf(k)]! : codeOf(k, a))),
        grouped.map((k) => (k === 'STATUS' ? b.key[grouped.indexOf(k)]! : codeOf(k, b))),
        grouped.map((k) => (k === 'STATUS' ? (x: string | number, y: string | number) => TARGET_STATUSES.indexOf(x as TargetStatus) - TARGET_STATUSES.indexOf(y as TargetStatus) : (x: string | number, y: string | number) => String(x).localeCompare(String(y)))),
      ),
    );
    const fields = (g: Group, keys: string[]) => {
      const value = g.value.summary();
      const baseUnit = value.dimension === null ? undefined : baseUnits.find((u) => u.uDimension === value.dimension);
      return {
        status: keys.includes('STATUS') ? g.key[keys.indexOf('STATUS')] : null,
        year: null,
        sector: keys.includes('SECTOR') ? { id: gid('Sector', g.row!.scId), code: g.row!.scKey, name: g.row!.scName } : null,
        period: null,
        area: keys.includes('AREA') ? areaOf(g.row!) : null,
        plan: null,
        agency: null,
        definition: null,
        count: g.count,
        byStatus: TARGET_STATUSES.map((status) => ({ status, count: g.byStatus[status] })),
        achievementPercent: g.achievement.summary(),
        value: { dimension: value.dimension, dimensions: value.dimensions, baseUnit: baseUnit ? unitOf(baseUnit) : null, ...value.summary },
      };
    };
    return { groupBy: grouped, groupCount: sorted.length, total: fields(total, []), groups: sorted.slice(0, 100).map((g) => fields(g, grouped)) };
  }

  /**
   * CompareTargets(code, period) with its default kind (LEVEL) and every level: each
   * series of the definition with its targets of the period (and their unit, plan and
   * passage), judged by PlanHub's rules against the series' results of the period and the
   * year before, ranked by achievement in the definition's direction. Three statements:
   * the definition and the period; the series with their areas and targets; their results.
   */
  async compareTargets(v: Vars) {
    if (v.kind != null || v.level != null) throw new Error('baseline: compareTargets with kind or level not implemented');
    const first: number = v.first ?? COMPARISON_DEFAULT_SIZE;
    const [head] = await this.sql.all(
      `SELECT d."id" AS "dId", d."key" AS "dKey", d."nameVi" AS "dName", d."direction" AS "dDirection", d."dimension" AS "dDimension", ${PERIOD}
       FROM "IndicatorDefinition" d CROSS JOIN "Period" p WHERE d."key" = ? AND p."key" = ?`,
      [v.code, v.period],
    );
    if (!head) throw new Error(`baseline: no definition ${v.code} or no period ${v.period}`);
    const definitionId = Number(head.dId);
    const period = spanOf(head);
    const [rows, results] = await Promise.all([
      this.sql.all(
        `SELECT i."id" AS "seriesId", ${AREA}, ${TARGET}, ${UNIT}, ${PERIOD}, ${PROVENANCE}
         FROM "Indicator" i LEFT JOIN "Area" a ON a."id" = i."areaId"
         LEFT JOIN "Target" t ON t."indicatorId" = i."id" AND t."periodId" = ? AND t."kind" = 'LEVEL' AND t."retiredAt" IS NULL
         LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Plan" pl ON pl."id" = t."planId"
         LEFT JOIN "Quote" q ON q."id" = t."quoteId" LEFT JOIN "Source" s ON s."id" = q."sourceId"
         WHERE i."definitionId" = ? AND i."retiredAt" IS NULL ORDER BY i."id", t."id"`,
        [period.id, definitionId],
      ),
      this.sql.all(
        `SELECT ${RESULT}, ${UNIT}, ${PERIOD} FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId"
         WHERE r."indicatorId" IN (SELECT "id" FROM "Indicator" WHERE "definitionId" = ? AND "retiredAt" IS NULL)
           AND r."periodId" IN (SELECT "id" FROM "Period" WHERE "startYear" >= ? AND "endYear" <= ?) AND r."retiredAt" IS NULL`,
        [definitionId, period.startYear - 1, period.endYear],
      ),
    ]);
    const resultsBy = groupBy(results.map(resultRow), 'indicatorId');
    const entries = rank(
      rows.map((row) => {
        if (row.id == null) return { row, target: null, value: null };
        const verdict = judgeRow(row, head.dDirection, resultsBy.get(Number(row.seriesId)) ?? []);
        return {
          row,
          value: verdict.achievementPercent,
          target: { ...targetFields(row, verdict), provenance: provenanceOf(row), result: verdict.result ? currentResultFields(verdict.result) : null },
        };
      }),
      head.dDirection,
    );
    return {
      totalCount: entries.length,
      kind: 'LEVEL',
      definition: { id: gid('IndicatorDefinition', definitionId), code: head.dKey, name: head.dName, direction: head.dDirection, dimension: head.dDimension },
      period: periodOf(head),
      entries: entries.slice(0, first).map((e) => ({
        rank: e.rank,
        status: e.target?.status ?? null,
        achievementPercent: e.value,
        area: areaOf(e.row),
        indicator: { id: gid('Indicator', e.row.seriesId) },
        target: e.target,
      })),
    };
  }

  /** Node: plans, series, targets and results (the kinds the benchmark asks for). */
  async node(v: Vars) {
    const m = /^([A-Za-z]+):(\d+)$/.exec(unb64(v.id));
    if (!m) throw new Error(`baseline: bad ID ${v.id}`);
    const [, type, raw] = m;
    const id = Number(raw);
    switch (type) {
      case 'Plan': {
        const [r] = await this.sql.all(`SELECT pl."key" AS "key", pl."titleVi" AS "title", pl."kind" AS "kind", p."key" AS "period" FROM "Plan" pl LEFT JOIN "Period" p ON p."id" = pl."periodId" WHERE pl."id" = ?`, [id]);
        return r && { __typename: 'Plan', id: v.id, code: r.key, title: r.title, planKind: r.kind, period: { code: r.period } };
      }
      case 'Indicator': {
        const [r] = await this.sql.all(
          `SELECT d."key" AS "key", d."nameVi" AS "nameVi" FROM "Indicator" i LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId" WHERE i."id" = ?`,
          [id],
        );
        return r && { __typename: 'Indicator', id: v.id, code: r.key, name: r.nameVi };
      }
      case 'Target': {
        const [t] = await this.sql.all(
          `SELECT t."kind" AS "kind", t."comparator" AS "comparator", t."rangeKind" AS "rangeKind", t."value" AS "value", t."valueMax" AS "valueMax", t."unitId" AS "unitId", t."periodId" AS "periodId", t."indicatorId" AS "indicatorId",
                  d."key" AS "indicatorKey", d."direction" AS "direction", ${UNIT}, ${PERIOD}
           FROM "Target" t LEFT JOIN "Indicator" i ON i."id" = t."indicatorId" LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId"
           LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Unit" u ON u."id" = t."unitId" WHERE t."id" = ?`,
          [id],
        );
        if (!t) return null;
        const results = (
          await this.sql.all(
            `SELECT ${RESULT}, ${UNIT}, ${PERIOD} FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId" WHERE r."indicatorId" = ?`,
            [t.indicatorId],
          )
        ).map(resultRow);
        const verdict = judgeRow(t, t.direction, results);
        return { __typename: 'Target', id: v.id, targetValue: Number(t.value), valueMax: num(t.valueMax), comparator: t.comparator, status: verdict.status, indicator: { code: t.indicatorKey }, period: { code: t.pKey } };
      }
      case 'Result': {
        const [r] = await this.sql.all(
          `SELECT r."value" AS "value", r."reliability" AS "reliability", d."key" AS "indicatorKey", p."key" AS "period"
           FROM "Result" r LEFT JOIN "Indicator" i ON i."id" = r."indicatorId" LEFT JOIN "IndicatorDefinition" d ON d."id" = i."definitionId" LEFT JOIN "Period" p ON p."id" = r."periodId" WHERE r."id" = ?`,
          [id],
        );
        return r && { __typename: 'Result', id: v.id, resultValue: num(r.value), reliability: r.reliability, indicator: { code: r.indicatorKey }, period: { code: r.period } };
      }
      default:
        throw new Error(`baseline: node of type ${type} not implemented`);
    }
  }
}
