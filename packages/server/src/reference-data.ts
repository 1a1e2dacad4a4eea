import type { Db } from '@planhub/db/client';
import type { Agency, Area, IndicatorDefinition, Period, Plan, Sector, Source, Unit } from '@planhub/db/generated/sqlite/client';
import { previousPeriod } from './domain/periods.ts';

// Reference data: units, periods, sectors, plans, sources (without their texts), agencies,
// areas and indicator definitions. Almost every answer names some of them (each target's
// unit, period and plan; each result's unit and period; each series' definition and area;
// each responsibility's agency), they are few (tens to some thousands of rows) and they
// change rarely. Fetched per request and per path, they would cost statements on every
// request; kept in memory, they cost none (bench/README.md has the figures).
//
// Kept correct the way the response cache is: the snapshot is tagged with the data
// version read *before* loading it, and a request uses it only when the version it reads
// is the same. Any committed write, by anyone, changes the version, so the next request
// reloads (six small statements). A row missing from the snapshot (written between the
// version read and the row that names it) is fetched directly, never guessed.

/** The reference tables, by the name resolvers use for them. */
export interface ReferenceRows {
  unit: Unit;
  period: Period;
  sector: Sector;
  plan: Plan;
  source: ReferenceSource;
  agency: Agency;
  area: Area;
  indicatorDefinition: IndicatorDefinition;
}

/** A source as the snapshot holds it: without its text (which may be long; see SourceRef.text). */
export type ReferenceSource = Omit<Source, 'text'>;
export type ReferenceModel = keyof ReferenceRows;

type Snapshot = { [M in ReferenceModel]: Map<number, ReferenceRows[M]> };

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export class ReferenceCache {
  #current: { version: string; snapshot: Promise<Snapshot> } | undefined;
  /** Snapshots loaded so far (tests and benchmarks). */
  loads = 0;

  constructor(private readonly prisma: Db) {}

  /** The snapshot for this data version, loaded at most once per version. */
  at(version: string): Promise<Snapshot> {
    if (this.#current?.version === version) return this.#current.snapshot;
    const snapshot = this.#load();
    const current = { version, snapshot };
    this.#current = current;
    // A failed load (database down) is not kept: the next request tries again.
    snapshot.catch(() => {
      if (this.#current === current) this.#current = undefined;
    });
    return snapshot;
  }

  async #load(): Promise<Snapshot> {
    this.loads++;
    const [unit, period, sector, plan, source, agency, area, indicatorDefinition] = await Promise.all([
      this.prisma.unit.findMany(),
      this.prisma.period.findMany(),
      this.prisma.sector.findMany(),
      this.prisma.plan.findMany(),
      this.prisma.source.findMany({ omit: { text: true } }),
      this.prisma.agency.findMany(),
      this.prisma.area.findMany(),
      this.prisma.indicatorDefinition.findMany(),
    ]);
    return {
      unit: byId(unit),
      period: byId(period),
      sector: byId(sector),
      plan: byId(plan),
      source: byId(source),
      agency: byId(agency),
      area: byId(area),
      indicatorDefinition: byId(indicatorDefinition),
    };
  }
}

export type MaybePromise<T> = T | Promise<T>;

/**
 * What resolvers use: one snapshot per request, and direct reads for rows it lacks.
 * Once the request's snapshot is in hand, look-ups answer synchronously: a resolver that
 * returns a value, not a promise, spares the executor a microtask per field.
 */
export interface Reference {
  /** The row of a reference table by ID. */
  get<M extends ReferenceModel>(model: M, id: number): MaybePromise<ReferenceRows[M]>;
  /** Whether a row with this ID exists (filters check their arguments). */
  exists(model: ReferenceModel, id: number): Promise<boolean>;
  /** The IDs of the periods within this year: the year itself and its parts (half-years, quarters, nine months). */
  periodIdsOfYear(year: number): Promise<number[]>;
  /** Every row of a reference table, in ID order. */
  all<M extends ReferenceModel>(model: M): Promise<Array<ReferenceRows[M]>>;
  /** The period just before this one (same kind and length), if recorded. */
  previousPeriodOf(periodId: number): MaybePromise<Period | null>;
}

/** Applies `f` to a value that may still be on its way, without a promise when it is not. */
export function mapMaybe<T, R>(value: MaybePromise<T>, f: (v: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

export function requestReference(prisma: Db, cache: ReferenceCache, version: () => Promise<string>): Reference {
  let loaded: Snapshot | undefined;
  let loading: Promise<Snapshot> | undefined;
  const current = () =>
    (loading ??= version()
      .then((v) => cache.at(v))
      .then((snapshot) => (loaded = snapshot)));
  // Every reference table has the same findUniqueOrThrow/count shape; the row type follows the model.
  const table = (model: ReferenceModel) =>
    prisma[model] as unknown as {
      findUniqueOrThrow(args: { where: { id: number } }): Promise<ReferenceRows[ReferenceModel]>;
      count(args: { where: { id: number } }): Promise<number>;
    };
  const direct = <M extends ReferenceModel>(model: M, id: number) =>
    table(model).findUniqueOrThrow({ where: { id }, ...(model === 'source' ? { omit: { text: true } } : {}) } as never) as Promise<ReferenceRows[M]>;
  return {
    get<M extends ReferenceModel>(model: M, id: number): MaybePromise<ReferenceRows[M]> {
      if (loaded) return (loaded[model].get(id) as ReferenceRows[M] | undefined) ?? direct(model, id);
      return current().then((snapshot) => (snapshot[model].get(id) as ReferenceRows[M] | undefined) ?? direct(model, id));
    },
    async exists(model, id) {
      if ((await current())[model].has(id)) return true;
      return (await table(model).count({ where: { id } })) > 0;
    },
    async all<M extends ReferenceModel>(model: M) {
      return [...((await current())[model] as Map<number, ReferenceRows[M]>).values()];
    },
    async periodIdsOfYear(year) {
      return [...(await current()).period.values()].filter((p) => p.startYear === year && p.endYear === year).map((p) => p.id);
    },
    previousPeriodOf(periodId) {
      const previousIn = (snapshot: Snapshot, period: Period) => previousPeriod(period, snapshot.period.values());
      const inSnapshot = (snapshot: Snapshot) => {
        const period = snapshot.period.get(periodId);
        return period ? previousIn(snapshot, period) : direct('period', periodId).then((p) => previousIn(snapshot, p));
      };
      return loaded ? inSnapshot(loaded) : current().then(inSnapshot);
    },
  };
}
