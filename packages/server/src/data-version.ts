import type { Db } from '@planhub/db/client';

// The database's data version: one row bumped by triggers inside every writing
// transaction (migration `…_data_version`). Whatever is cached across requests (responses,
// reference data, list totals) is keyed by it, so nothing cached outlives a committed
// write, whoever made it. Each request reads it at most once, and on the embedded
// database only when it may have moved.

/** The current data version, `<epoch>.<version>`: changes with every committed write. */
export async function readDataVersion(prisma: Db): Promise<string> {
  // Raw SQL: a fraction of a typed findUnique's cost in Prisma 7, and it runs per request.
  const [row] = await prisma.$queryRawUnsafe<Array<{ epoch: string; version: number | bigint }>>(
    'SELECT "epoch", "version" FROM "DataVersion" WHERE "id" = 1',
  );
  if (!row) throw new Error('The DataVersion row is missing: apply the migrations (npm run db:migrate).');
  return `${row.epoch}.${row.version}`;
}

/**
 * The data version now, read from the table only when it may have moved: on the embedded
 * database while the readers' connection's change counter (`PRAGMA data_version`, which
 * moves with every commit of another connection: the writer's, another process's; and the
 * connection's own changes) stands still, the version read last is still the version, so
 * a request that hits every cache reads no table. The counter is read before the row, so a commit in between only makes
 * the next request read the row again. On PostgreSQL (no counter) the row is read.
 */
export class DataVersions {
  #known: { counter: string; version: string } | undefined;
  constructor(
    private readonly prisma: Db,
    private readonly counter?: () => string | undefined,
  ) {}

  async current(): Promise<string> {
    const counter = this.counter?.();
    if (counter !== undefined && this.#known?.counter === counter) return this.#known.version;
    const version = await readDataVersion(this.prisma);
    if (counter !== undefined) this.#known = { counter, version };
    return version;
  }
}

/** The data version as of a request: read on first use, then shared by everything serving it. */
export class RequestDataVersions {
  readonly #byRequest = new WeakMap<Request, Promise<string>>();
  readonly #versions: DataVersions;
  constructor(prisma: Db, counter?: () => string | undefined) {
    this.#versions = new DataVersions(prisma, counter);
  }

  of(request: Request): Promise<string> {
    let version = this.#byRequest.get(request);
    if (!version) {
      version = this.#versions.current();
      this.#byRequest.set(request, version);
      // A failed read is not remembered: the next use tries again.
      version.catch(() => this.#byRequest.delete(request));
    }
    return version;
  }
}
