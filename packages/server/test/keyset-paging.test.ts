import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIndicator, createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// Lists ordered by name page with a seek on (sortKey, id) (pagination.ts), not Prisma's
// cursor. These walks check it meets every row once, in order, in both directions and
// both orders, across rows whose names tie (same sortKey: the id breaks the tie).

let hub: TestHub;
const TIED_NAME = 'Chỉ tiêu trùng tên';

beforeAll(async () => {
  hub = await createTestHub();
  for (let i = 0; i < 5; i++) await addIndicator(hub.db, `tied-${i}`, TIED_NAME);
});
afterAll(() => hub?.close());

type Direction = 'ASC' | 'DESC';

async function page(args: string): Promise<{ codes: string[]; start: string | null; end: string | null; hasNext: boolean; hasPrevious: boolean }> {
  const { indicators } = dataOf(
    await hub.exec(`{ indicators(${args}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { code } } } }`),
  );
  return {
    codes: indicators.edges.map((e: any) => e.node.code),
    start: indicators.pageInfo.startCursor,
    end: indicators.pageInfo.endCursor,
    hasNext: indicators.pageInfo.hasNextPage,
    hasPrevious: indicators.pageInfo.hasPreviousPage,
  };
}

async function everything(direction: Direction) {
  return (await page(`first: 100, orderBy: { field: NAME, direction: ${direction} }`)).codes;
}

describe('paging by name (keyset seek)', () => {
  for (const direction of ['ASC', 'DESC'] as const) {
    it(`walks forward page by page through the whole list, ${direction}`, async () => {
      const all = await everything(direction);
      expect(all.filter((c) => c.startsWith('tied-'))).toHaveLength(5);
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const p = await page(`first: 3, orderBy: { field: NAME, direction: ${direction} }${after ? `, after: "${after}"` : ''}`);
        seen.push(...p.codes);
        if (!p.hasNext) break;
        after = p.end;
      }
      expect(seen).toEqual(all);
    });

    it(`walks backward page by page through the whole list, ${direction}`, async () => {
      const all = await everything(direction);
      const seen: string[] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const p = await page(`last: 3, orderBy: { field: NAME, direction: ${direction} }${before ? `, before: "${before}"` : ''}`);
        seen.unshift(...p.codes);
        if (!p.hasPrevious) break;
        before = p.start;
      }
      expect(seen).toEqual(all);
    });
  }

  it('pages through rows whose names tie, each once, by id', async () => {
    const all = await everything('ASC');
    const first = all.indexOf('tied-0');
    expect(all.slice(first, first + 5)).toEqual(['tied-0', 'tied-1', 'tied-2', 'tied-3', 'tied-4']);
    const upTo = await page(`first: ${first + 2}, orderBy: { field: NAME }`);
    const next = await page(`first: 2, after: "${upTo.end}", orderBy: { field: NAME }`);
    expect(next.codes).toEqual(['tied-2', 'tied-3']);
  });

  it('sends a seek, not a scan from the start: the cursor row is read by its ID', async () => {
    const p = await page(`first: 2, orderBy: { field: NAME }`);
    hub.db.statements.reset();
    await page(`first: 2, after: "${p.end}", orderBy: { field: NAME }`);
    const pageQuery = hub.db.statements.log.find((sql) => /Indicator/.test(sql) && /ORDER BY\s+\S*sortKey/.test(sql));
    expect(pageQuery).toBeDefined();
    expect(pageQuery).toMatch(/sortKey\S*\s*>=/);
  });

  it('a cursor whose row was removed gives an empty page, as with the other lists', async () => {
    const all = await everything('ASC');
    const upTo = await page(`first: ${all.indexOf('tied-4') + 1}, orderBy: { field: NAME }`);
    expect(upTo.codes.at(-1)).toBe('tied-4');
    await hub.db.prisma.indicator.deleteMany({ where: { definition: { key: 'tied-4' } } });
    expect((await page(`first: 2, after: "${upTo.end}", orderBy: { field: NAME }`)).codes).toEqual([]);
  });
});

describe('agencies page by name with the same seek', () => {
  it('walks forward in pages of 2 and meets the full list in order', async () => {
    const q = (args: string) => hub.exec(`{ agencies(${args}) { pageInfo { hasNextPage endCursor } edges { node { code } } } }`);
    const all = dataOf(await q('first: 100')).agencies.edges.map((e: any) => e.node.code);
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const { agencies }: any = dataOf(await q(`first: 2${after ? `, after: "${after}"` : ''}`));
      seen.push(...agencies.edges.map((e: any) => e.node.code));
      if (!agencies.pageInfo.hasNextPage) break;
      after = agencies.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});
