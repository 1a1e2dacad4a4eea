import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { perContext } from './per-request.ts';

// `totalCount` of connections nested under a list (each indicator's targets, each
// agency's children): one grouped COUNT for all parents on the page, filtered by
// their IDs. Prisma's own relation `_count` groups the whole child table instead,
// which grows with the data, not with the page.

type CountedModel = 'target' | 'solution' | 'agency' | 'assignment';

interface GroupByDelegate {
  groupBy(args: { by: string[]; where: object; _count: { _all: true } }): Promise<Array<Record<string, unknown> & { _count: { _all: number } }>>;
}

const loaders = perContext(() => new Map<string, DataLoader<number, number>>());

/** What `totalCount` can see of the page it belongs to. */
interface LoadedPage {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } | PromiseLike<unknown>;
}

function holdsEveryRow({ edges, pageInfo }: LoadedPage): boolean {
  // Pothos types pageInfo as possibly a promise; a related connection's is a plain object.
  if ('then' in pageInfo) return false;
  return edges.length > 0 && !pageInfo.hasNextPage && !pageInfo.hasPreviousPage;
}

/**
 * The number of `model` rows whose `foreignKey` is `parentId` and that match `where`:
 * the page's own size when it holds every such row (nothing before it, nothing after
 * it, and rows loaded: when only `totalCount` is asked for, none are), else counted.
 * Counts within one request with the same model, key and filter share one statement.
 */
export function countChildren(
  ctx: Context,
  page: LoadedPage,
  model: CountedModel,
  foreignKey: string,
  parentId: number,
  where: object = {},
): number | Promise<number> {
  if (holdsEveryRow(page)) return page.edges.length;
  return countAll(ctx, model, foreignKey, parentId, where);
}

function countAll(ctx: Context, model: CountedModel, foreignKey: string, parentId: number, where: object): Promise<number> {
  const byKey = loaders(ctx);
  const key = `${model}|${foreignKey}|${JSON.stringify(where)}`;
  let loader = byKey.get(key);
  if (!loader) {
    loader = new DataLoader<number, number>(async (ids) => {
      const delegate = ctx.prisma[model] as unknown as GroupByDelegate;
      const rows = await delegate.groupBy({ by: [foreignKey], where: { ...where, [foreignKey]: { in: [...ids] } }, _count: { _all: true } });
      const counts = new Map(rows.map((row) => [row[foreignKey] as number, row._count._all]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
    byKey.set(key, loader);
  }
  return loader.load(parentId);
}

export const TOTAL_COUNT_DESCRIPTION = 'How many items all pages hold together, with the same arguments.';
