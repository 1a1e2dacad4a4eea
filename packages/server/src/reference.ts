import type { Db } from '@planhub/db/client';
import type { Agency, Period, Plan, Sector, Source, Unit } from '@planhub/db/generated/sqlite/client';

// Reference data: units, periods, sectors, plans, sources and agencies. Almost every answer
// names some of them (each target's unit, period and plan; each result's unit and period;
// each responsibility's agency), they are few (tens to a few thousand rows) and they
// change rarely. Fetched per request and per path, they cost Prisma statements on every
// request (7 of the dashboard's 15); kept in memory, they cost none.
//
// Kept correct the way the response cache is: the snapshot is tagged with the data
// version read *before* loading it, and a request uses it only when the version it reads
// is the same. Any committed write, by anyone, changes the version, so the next request
// reloads (six small statements). A row missing from the snapshot (written between the
// version read and the row that names it) is fetched directly, never guessed.

export interface ReferenceSnapshot {
  version: string;
  units: Map<number, Unit>;
  periods: Map<number, Period>;
  sectors: Map<number, Sector>;
  plans: Map<number, Plan>;
  sources: Map<number, Source>;
  agencies: Map<number, Agency>;
}

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export class ReferenceCache {
  #current: { version: string; snapshot: Promise<ReferenceSnapshot> } | undefined;
  /** Snapshots loaded so far (tests and benchmarks). */
  loads = 0;

  constructor(private readonly prisma: Db) {}

  /** The snapshot for this data version, loaded at most once per version. */
  at(version: string): Promise<ReferenceSnapshot> {
    if (this.#current?.version === version) return this.#current.snapshot;
    const snapshot = this.#load(version);
    const current = { version, snapshot };
    this.#current = current;
    // A failed load (database down) is not kept: the next request tries again.
    snapshot.catch(() => {
      if (this.#current === current) this.#current = undefined;
    });
    return snapshot;
  }

  async #load(version: string): Promise<ReferenceSnapshot> {
    this.loads++;
    const [units, periods, sectors, plans, sources, agencies] = await Promise.all([
      this.prisma.unit.findMany(),
      this.prisma.period.findMany(),
      this.prisma.sector.findMany(),
      this.prisma.plan.findMany(),
      this.prisma.source.findMany(),
      this.prisma.agency.findMany(),
    ]);
    return { version, units: byId(units), periods: byId(periods), sectors: byId(sectors), plans: byId(plans), sources: byId(sources), agencies: byId(agencies) };
  }
}

type MaybePromise<T> = T | Promise<T>;

/**
 * What resolvers use: one snapshot per request, and direct reads for rows it lacks.
 * Once the request's snapshot is in hand, look-ups answer synchronously: a resolver that
 * returns a value, not a promise, spares graphql-js a microtask per field.
 */
export interface Reference {
  unit(id: number): MaybePromise<Unit>;
  period(id: number): MaybePromise<Period>;
  sector(id: number): MaybePromise<Sector>;
  plan(id: number): MaybePromise<Plan>;
  source(id: number): MaybePromise<Source>;
  agency(id: number): MaybePromise<Agency>;
  /** Whether a plan or an agency with this ID exists (filters check their arguments). */
  exists(model: 'plan' | 'agency', id: number): Promise<boolean>;
  /** The IDs of the periods that are exactly this year. */
  periodIdsOfYear(year: number): Promise<number[]>;
}

/** Applies `f` to a value that may still be on its way, without a promise when it is not. */
export function mapMaybe<T, R>(value: MaybePromise<T>, f: (v: T) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

export function requestReference(prisma: Db, cache: ReferenceCache, version: () => Promise<string>): Reference {
  let loaded: ReferenceSnapshot | undefined;
  let loading: Promise<ReferenceSnapshot> | undefined;
  const current = () =>
    (loading ??= version()
      .then((v) => cache.at(v))
      .then((snapshot) => (loaded = snapshot)));
  const lookup =
    <T>(pick: (s: ReferenceSnapshot) => Map<number, T>, direct: (id: number) => Promise<T>) =>
    (id: number): MaybePromise<T> => {
      if (loaded) return pick(loaded).get(id) ?? direct(id);
      return current().then((snapshot) => pick(snapshot).get(id) ?? direct(id));
    };
  return {
    unit: lookup((s) => s.units, (id) => prisma.unit.findUniqueOrThrow({ where: { id } })),
    period: lookup((s) => s.periods, (id) => prisma.period.findUniqueOrThrow({ where: { id } })),
    sector: lookup((s) => s.sectors, (id) => prisma.sector.findUniqueOrThrow({ where: { id } })),
    plan: lookup((s) => s.plans, (id) => prisma.plan.findUniqueOrThrow({ where: { id } })),
    source: lookup((s) => s.sources, (id) => prisma.source.findUniqueOrThrow({ where: { id } })),
    agency: lookup((s) => s.agencies, (id) => prisma.agency.findUniqueOrThrow({ where: { id } })),
    exists: async (model, id) => {
      const snapshot = await current();
      if ((model === 'plan' ? snapshot.plans : snapshot.agencies).has(id)) return true;
      const found = model === 'plan' ? await prisma.plan.count({ where: { id } }) : await prisma.agency.count({ where: { id } });
      return found > 0;
    },
    periodIdsOfYear: async (year) => [...(await current()).periods.values()].filter((p) => p.startYear === year && p.endYear === year).map((p) => p.id),
  };
}
