import { fold } from '@planhub/db/text';
import { currentFigure } from '@planhub/server/domain/settled';
import { type Judgement, judgeTarget, needsPreviousPeriod, type ResultInput, type UnitInput } from '@planhub/server/domain/status';
import type { Sql } from './sql.ts';

// The baseline: the same JSON as PlanHub's answer to each benchmarked SDK operation,
// from a few hand-written SQL statements per request (joins instead of one query per
// relation, keyset paging, counts in one statement). Look-ups of small tables are LEFT
// JOINs (the foreign keys are not null, so the rows are the same): SQLite keeps the
// written join order for them, where without statistics it may otherwise start from the
// small table and probe the large one for each of its rows. The status rules are PlanHub's
// own pure functions: the baseline measures data access and serialisation, not a
// second implementation of the rules. It answers in Vietnamese (no Accept-Language).
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

// Column lists, aliased so both dialects return the same keys.
const UNIT = `u."key" AS "uKey", u."labelVi" AS "uLabel", u."symbol" AS "uSymbol", u."dimension" AS "uDimension", u."multiplier" AS "uMultiplier"`;
const PERIOD = `p."key" AS "pKey", p."kind" AS "pKind", p."startYear" AS "pStart", p."endYear" AS "pEnd", p."visionYear" AS "pVision"`;
const RESULT = `r."id" AS "id", r."indicatorId" AS "indicatorId", r."periodId" AS "periodId", r."measure" AS "measure", r."value" AS "value", r."bound" AS "bound", r."unitId" AS "unitId", r."reliability" AS "reliability", r."percentOfPlan" AS "percentOfPlan", r."yoyChangePercent" AS "yoyChangePercent", r."yoyFactor" AS "yoyFactor", r."rankChange" AS "rankChange"`;
const TARGET = `t."id" AS "id", t."indicatorId" AS "indicatorId", t."periodId" AS "periodId", t."kind" AS "kind", t."comparator" AS "comparator", t."rangeKind" AS "rangeKind", t."value" AS "value", t."valueMax" AS "valueMax", t."unitId" AS "unitId", t."isMain" AS "isMain", pl."id" AS "planId", pl."key" AS "planKey"`;

const unitOf = (r: Row) => ({ code: r.uKey, label: r.uLabel, symbol: r.uSymbol, dimension: r.uDimension, multiplier: Number(r.uMultiplier) });
function periodOf(r: Row) {
  const span = r.pStart === r.pEnd ? `${r.pStart}` : `${r.pStart}–${r.pEnd}`;
  return { code: r.pKey, label: r.pVision ? `${span}, vision ${r.pVision}` : span, kind: r.pKind, startYear: Number(r.pStart), endYear: Number(r.pEnd) };
}
type ResultRow = ResultInput & Row & { periodId: number };

function resultRow(r: Row): ResultRow {
  return { ...r, id: Number(r.id), periodId: Number(r.periodId), unitId: Number(r.unitId), value: num(r.value), rankChange: num(r.rankChange) } as ResultRow;
}

/**
 * A target judged by PlanHub's own rules, from rows that carry their unit's and period's
 * columns (`u…`, `p…`): the target's period's results, and for a change the previous
 * period's (same kind and length, ending the year before).
 */
function judgeRow(t: Row, direction: string, results: ResultRow[]): Judgement<ResultRow> {
  const periodId = Number(t.periodId);
  const current = results.filter((r) => r.periodId === periodId);
  const previous = needsPreviousPeriod(t as { kind: 'LEVEL' })
    ? results.filter((r) => r.pKind === t.pKind && Number(r.pEnd) === Number(t.pStart) - 1 && Number(r.pEnd) - Number(r.pStart) === Number(t.pEnd) - Number(t.pStart))
    : [];
  const units = new Map<number, UnitInput>();
  for (const row of [t, ...current, ...previous]) units.set(Number(row.unitId), { id: Number(row.unitId), dimension: row.uDimension, multiplier: Number(row.uMultiplier) });
  return judgeTarget(
    { kind: t.kind, comparator: t.comparator, rangeKind: t.rangeKind ?? null, value: Number(t.value), valueMax: num(t.valueMax), unitId: Number(t.unitId), direction: direction as 'RANK' },
    { current, previous },
    (id) => units.get(id)!,
  );
}
function resultFields(r: Row) {
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
    status: verdict.status,
    statusReason: verdict.reason,
    achievementPercent: verdict.achievementPercent,
    judgementBasis: verdict.basis,
    unit: unitOf(t),
    period: periodOf(t),
    plan: { id: gid('Plan', t.planId), code: t.planKey },
  };
}
/** The latest period's current figure, as `Indicator.latestResult` picks it. */
function latestOf(results: ResultRow[]): ResultRow | null {
  let latest: ResultRow | null = null;
  for (const r of results) {
    if (!latest || r.pEnd > latest.pEnd || (r.pEnd === latest.pEnd && (r.pStart > latest.pStart || (r.pStart === latest.pStart && r.id > latest.id)))) latest = r;
  }
  return latest ? currentFigure(results.filter((r) => r.periodId === latest.periodId)) : null;
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

export class Baseline {
  constructor(private readonly sql: Sql) {}

  private publishedAt(column: string): string {
    return this.sql.dialect === 'postgresql' ? `to_char(${column}, 'YYYY-MM-DD')` : column;
  }
  private provenance(r: Row) {
    const published = typeof r.sPublishedAt === 'number' ? new Date(r.sPublishedAt).toISOString() : String(r.sPublishedAt);
    return {
      quote: r.qText,
      offset: num(r.qStart),
      source: { id: gid('Source', r.sId), title: r.sTitle, publisher: r.sPublisher, publishedAt: published.slice(0, 10), url: r.sUrl, language: r.sLanguage, kind: r.sKind },
    };
  }
  private get PROVENANCE() {
    return `q."text" AS "qText", q."start" AS "qStart", s."id" AS "sId", s."title" AS "sTitle", s."publisher" AS "sPublisher", ${this.publishedAt('s."publishedAt"')} AS "sPublishedAt", s."url" AS "sUrl", s."language" AS "sLanguage", s."kind" AS "sKind"`;
  }

  async answer(operationName: string, variables: Vars): Promise<unknown> {
    switch (operationName) {
      case 'ListIndicators':
        return { indicators: await this.listIndicators(variables) };
      case 'Search':
        return { search: await this.search(variables) };
      case 'GetIndicator':
        return { indicator: await this.getIndicator(variables) };
      case 'Node':
        return { node: await this.node(variables) };
      default:
        throw new Error(`baseline: operation ${operationName} is not implemented`);
    }
  }

  /** ListIndicators with filter.plan and/or filter.year, ordered by NAME, CODE or CREATED. */
  async listIndicators(v: Vars) {
    const filter: Vars = v.filter ?? {};
    const unsupported = Object.keys(filter).filter((k) => filter[k] != null && k !== 'plan' && k !== 'year' && k !== 'status');
    if (unsupported.length) throw new Error(`baseline: filter ${unsupported.join(', ')} not implemented`);
    const first: number = v.first ?? 20;
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.plan) {
      // IN (…) rather than a correlated EXISTS: the database reads the plan's targets once
      // through the (planId, indicatorId) index instead of probing for every indicator.
      where.push(`i."id" IN (SELECT t."indicatorId" FROM "Target" t WHERE t."planId" = ?)`);
      params.push(idOf(filter.plan, 'Plan'));
    }
    if (filter.status) {
      // Judged on every request (the baseline remembers nothing): the targets in scope and
      // the results of their periods and the periods before, in two statements. The IDs
      // are integers from the database, written into the statement as a list.
      const ids = await this.indicatorsWithStatus(filter.status, filter.year ?? null, filter.plan ? idOf(filter.plan, 'Plan') : null);
      where.push(`i."id" IN (${ids.length ? ids.join(', ') : 'NULL'})`);
    }
    if (filter.year != null) {
      where.push(
        `i."id" IN (SELECT t."indicatorId" FROM "Target" t JOIN "Period" p ON p."id" = t."periodId" WHERE p."startYear" = ? AND p."endYear" = ?` +
          ` UNION SELECT r."indicatorId" FROM "Result" r JOIN "Period" p ON p."id" = r."periodId" WHERE p."startYear" = ? AND p."endYear" = ?)`,
      );
      params.push(filter.year, filter.year, filter.year, filter.year);
    }
    const desc = v.orderBy?.direction === 'DESC';
    const dir = desc ? 'DESC' : 'ASC';
    const cmp = desc ? '<' : '>';
    const field: string = v.orderBy?.field ?? 'CREATED';
    const order = field === 'NAME' ? `i."sortKey" ${dir}, i."id" ${dir}` : field === 'CODE' ? `i."key" ${dir}` : `i."id" ${dir}`;
    const pageWhere = [...where];
    const pageParams = [...params];
    if (v.after) {
      const after = cursorId(v.after);
      if (field === 'NAME') {
        pageWhere.push(`(i."sortKey", i."id") ${cmp} ((SELECT c."sortKey" FROM "Indicator" c WHERE c."id" = ?), ?)`);
        pageParams.push(after, after);
      } else if (field === 'CODE') {
        pageWhere.push(`i."key" ${cmp} (SELECT c."key" FROM "Indicator" c WHERE c."id" = ?)`);
        pageParams.push(after);
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
        `SELECT i."id" AS "id", i."key" AS "key", i."nameVi" AS "nameVi", i."direction" AS "direction", sc."key" AS "sectorKey", sc."nameVi" AS "sectorName", ${UNIT}
         FROM "Indicator" i LEFT JOIN "Sector" sc ON sc."id" = i."sectorId" LEFT JOIN "Unit" u ON u."id" = i."unitId"
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
          sector: { code: r.sectorKey, name: r.sectorName },
          unit: unitOf(r),
          targets: { totalCount: myTargets.length, edges: myTargets.slice(0, 100).map((t) => ({ node: targetFields(t, judgeRow(t, r.direction, mine)) })) },
          latestResult: latest ? resultFields(latest) : null,
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

  /** IDs of the indicators with a target of `status` among the targets of the year (its YEAR periods) and plan given. */
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
    const [targets, results] = await Promise.all([
      this.sql.all(
        `SELECT ${TARGET}, ${UNIT}, ${PERIOD}, i."direction" AS "direction" FROM "Target" t LEFT JOIN "Unit" u ON u."id" = t."unitId" LEFT JOIN "Period" p ON p."id" = t."periodId"
         LEFT JOIN "Plan" pl ON pl."id" = t."planId" LEFT JOIN "Indicator" i ON i."id" = t."indicatorId" ${where}`,
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

  /** Search over indicators, solutions and agencies: the counts in one statement, then each kind's slice of the page. */
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
            `SELECT i."id" AS "id", i."key" AS "key", i."nameVi" AS "nameVi", u."symbol" AS "symbol", u."labelVi" AS "label" FROM "Indicator" i LEFT JOIN "Unit" u ON u."id" = i."unitId"
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

  /** GetIndicator: the indicator, its time series with provenance, its targets and who is responsible. */
  async getIndicator(v: Vars) {
    const [indicator] = await this.sql.all(
      `SELECT i."id" AS "id", i."key" AS "key", i."nameVi" AS "nameVi", i."nameEn" AS "nameEn", i."descriptionVi" AS "descriptionVi", i."direction" AS "direction", sc."key" AS "sectorKey", sc."nameVi" AS "sectorName", ${UNIT}
       FROM "Indicator" i LEFT JOIN "Sector" sc ON sc."id" = i."sectorId" LEFT JOIN "Unit" u ON u."id" = i."unitId" WHERE i."key" = ?`,
      [v.code],
    );
    if (!indicator) throw new Error(`baseline: no indicator ${v.code}`);
    const id = Number(indicator.id);
    const [results, targets, assignments] = await Promise.all([
      this.sql.all(
        `SELECT ${RESULT}, ${UNIT}, ${PERIOD}, pl."id" AS "planId", pl."key" AS "planKey", ${this.PROVENANCE}
         FROM "Result" r LEFT JOIN "Unit" u ON u."id" = r."unitId" LEFT JOIN "Period" p ON p."id" = r."periodId" LEFT JOIN "Plan" pl ON pl."id" = r."planId"
         LEFT JOIN "Quote" q ON q."id" = r."quoteId" LEFT JOIN "Source" s ON s."id" = q."sourceId"
         WHERE r."indicatorId" = ? ORDER BY p."startYear", p."endYear", r."id"`,
        [id],
      ),
      this.sql.all(
        `SELECT ${TARGET}, ${UNIT}, ${PERIOD}, ${this.PROVENANCE}
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
      sector: { code: indicator.sectorKey, name: indicator.sectorName },
      unit: unitOf(indicator),
      timeSeries: rows.map((r) => ({ ...resultFields(r), plan: r.planId == null ? null : { id: gid('Plan', r.planId), code: r.planKey }, provenance: this.provenance(r) })),
      targets: {
        totalCount: targets.length,
        edges: targets.slice(0, 100).map((t) => {
          const verdict = judgeRow(t, indicator.direction, rows);
          return { node: { ...targetFields(t, verdict), result: verdict.result ? { id: gid('Result', verdict.result.id) } : null, provenance: this.provenance(t) } };
        }),
      },
      assignments: assignments.map((a) => ({ role: a.role, agency: { id: gid('Agency', a.id), code: a.key, name: a.nameVi, abbreviation: a.abbreviation } })),
    };
  }

  /** Node: plans, indicators, targets and results (the kinds the benchmark asks for). */
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
        const [r] = await this.sql.all(`SELECT "key" AS "key", "nameVi" AS "nameVi" FROM "Indicator" WHERE "id" = ?`, [id]);
        return r && { __typename: 'Indicator', id: v.id, code: r.key, name: r.nameVi };
      }
      case 'Target': {
        const [t] = await this.sql.all(
          `SELECT t."kind" AS "kind", t."comparator" AS "comparator", t."rangeKind" AS "rangeKind", t."value" AS "value", t."valueMax" AS "valueMax", t."unitId" AS "unitId", t."periodId" AS "periodId", t."indicatorId" AS "indicatorId",
                  i."key" AS "indicatorKey", i."direction" AS "direction", p."key" AS "period", ${UNIT}, ${PERIOD}
           FROM "Target" t LEFT JOIN "Indicator" i ON i."id" = t."indicatorId" LEFT JOIN "Period" p ON p."id" = t."periodId" LEFT JOIN "Unit" u ON u."id" = t."unitId" WHERE t."id" = ?`,
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
        return { __typename: 'Target', id: v.id, targetValue: Number(t.value), valueMax: num(t.valueMax), comparator: t.comparator, status: verdict.status, indicator: { code: t.indicatorKey }, period: { code: t.period } };
      }
      case 'Result': {
        const [r] = await this.sql.all(
          `SELECT r."value" AS "value", r."reliability" AS "reliability", i."key" AS "indicatorKey", p."key" AS "period" FROM "Result" r LEFT JOIN "Indicator" i ON i."id" = r."indicatorId" LEFT JOIN "Period" p ON p."id" = r."periodId" WHERE r."id" = ?`,
          [id],
        );
        return r && { __typename: 'Result', id: v.id, resultValue: num(r.value), reliability: r.reliability, indicator: { code: r.indicatorKey }, period: { code: r.period } };
      }
      default:
        throw new Error(`baseline: node of type ${type} not implemented`);
    }
  }
}
