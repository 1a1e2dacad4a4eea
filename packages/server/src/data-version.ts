import type { Db } from '@planhub/db/client';

// The database's data version: one row bumped by triggers inside every writing
// transaction (migration `…_data_version`). Whatever is cached across requests (responses,
// reference data, list totals) is keyed by it, so nothing cached outlives a committed
// write, whoever made it. Each request reads it at most once.

/** The current data version, `<epoch>.<version>`: changes with every committed write. */
export async function readDataVersion(prisma: Db): Promise<string> {
  // Raw SQL: a fraction of a typed findUnique's cost in Prisma 7, and it runs per request.
  const [row] = await prisma.$queryRawUnsafe<Array<{ epoch: string; version: number | bigint }>>(
    'SELECT "epoch", "version" FROM "DataVersion" WHERE "id" = 1',
  );
  if (!row) throw new Error('The DataVersion row is missing: apply the migrations (npm run db:migrate).');
  return `${row.epoch}.${row.version}`;
}

/** The data version as of a request: read on first use, then shared by everything serving it. */
export class RequestDataVersions {
  readonly #byRequest = new WeakMap<Request, Promise<string>>();
  constructor(private readonly prisma: Db) {}

  of(request: Request): Promise<string> {
    let version = this.#byRequest.get(request);
    if (!version) {
      version = readDataVersion(this.prisma);
      this.#byRequest.set(request, version);
      // A failed read is not remembered: the next use tries again.
      version.catch(() => this.#byRequest.delete(request));
    }
    return version;
  }
}
