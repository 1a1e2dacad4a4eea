import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetToCursor } from '@pothos/plugin-relay';
import { openDatabase } from '@planhub/db/client';
import { generateSynthetic } from '@planhub/db/synthetic';
import { createPlanHubYoga } from '../src/yoga.ts';
import { REMEMBERED_MATCHES } from '../src/schema/search/search.ts';
import { addIndicator, createMigratedDatabase, createTestHub, dataOf, testYogaOptions, type TestHub } from '../src/testing/hub.ts';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const searchQuery = `query($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { __typename ... on Indicator { code nameVi } ... on Solution { textVi } ... on Agency { code nameVi } } }
  }
}`;

async function search(text: string, extra: Record<string, unknown> = {}) {
  return dataOf(await hub.exec(searchQuery, { text, ...extra })).search;
}

describe('search ignores case and Vietnamese diacritics', () => {
  it('"tang truong" finds "Tăng trưởng"', async () => {
    const plain = await search('tang truong');
    const marked = await search('Tăng trưởng');
    const upper = await search('TĂNG TRƯỞNG');
    expect(plain.totalCount).toBeGreaterThan(0);
    expect(plain.edges.some((e: any) => e.node.__typename === 'Indicator' && /Tăng trưởng|tăng trưởng/.test(e.node.nameVi))).toBe(true);
    expect(marked).toEqual(plain);
    expect(upper).toEqual(plain);
  });

  it('"bac kan" finds agencies of Bắc Kạn', async () => {
    const hits = await search('bac kan', { kinds: ['AGENCY'] });
    expect(hits.totalCount).toBeGreaterThan(0);
    for (const e of hits.edges) expect(e.node.__typename).toBe('Agency');
    expect(hits.edges.some((e: any) => e.node.nameVi.includes('Bắc Kạn'))).toBe(true);
  });

  it('"đ" and "d" match each other', async () => {
    const withD = await search('dau tu cong');
    const withDStroke = await search('đầu tư công');
    expect(withD.totalCount).toBeGreaterThan(0);
    expect(withD).toEqual(withDStroke);
  });

  it('the same search through each list filter', async () => {
    const { indicators, solutions, agencies } = dataOf(
      await hub.exec(`{
        indicators(filter: { text: "tang truong" }) { totalCount }
        solutions(filter: { text: "du lich" }) { totalCount edges { node { textVi } } }
        agencies(filter: { text: "bac kan" }) { totalCount }
      }`),
    );
    expect(indicators.totalCount).toBeGreaterThan(0);
    expect(solutions.totalCount).toBeGreaterThan(0);
    for (const e of solutions.edges) expect(e.node.textVi.toLowerCase()).toContain('du lịch');
    expect(agencies.totalCount).toBeGreaterThan(0);
  });

  it('pages through hits across kinds without repeats', async () => {
    const all = await search('tinh', { first: 100 });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search('tinh', { first: 3, ...(after ? { after } : {}) });
      seen.push(...page.edges.map((e: any) => JSON.stringify(e.node)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => JSON.stringify(e.node)));
    expect(seen).toHaveLength(all.totalCount);
  });

  it('finds nothing for text that is nowhere', async () => {
    const hits = await search('xyzzy plugh');
    expect(hits).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('rejects text too short or too long with INVALID_ARGUMENT', async () => {
    for (const text of ['a', ' ', 'x'.repeat(201)]) {
      const res = await hub.exec(searchQuery, { text });
      expect(res.errors?.[0]?.extensions?.code, text).toBe('INVALID_ARGUMENT');
      expect(res.errors?.[0]?.message).toMatch(/text must have at (least 2|most 200) characters/);
    }
    const res = await hub.exec(searchQuery, { text: 'tang', kinds: [] });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_ARGUMENT' }, message: expect.stringMatching(/kinds/) });
  });
});

// A search's matches are found once per data version and remembered (their IDs in name
// order, up to REMEMBERED_MATCHES per kind); pages and totals follow from them.
describe('remembered matches', () => {
  it('later pages of a search read only their own rows', async () => {
    const first = await search('tinh', { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    hub.db.statements.reset();
    const second = await search('tinh', { first: 3, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(3);
    expect(hub.db.statements.log.some((sql) => /LIKE/i.test(sql))).toBe(false);
  });

  it('a write through another connection is found by the next search, and a removal too', async () => {
    expect((await search('xyzzy plugh')).totalCount).toBe(0);
    const added = await addIndicator(hub.writer(), 'remembered-matches', 'Chỉ tiêu Xyzzy Plugh');
    const hits = await search('xyzzy plugh');
    expect(hits.totalCount).toBe(1);
    expect(hits.edges[0].node).toMatchObject({ __typename: 'Indicator', code: 'remembered-matches' });
    await hub.writer().prisma.indicator.delete({ where: { id: added.id } });
    expect(await search('xyzzy plugh')).toMatchObject({ totalCount: 0, edges: [] });
  });

  it(`more than ${REMEMBERED_MATCHES} matches: the total is counted and pages read the rows in name order`, async () => {
    const database = await createMigratedDatabase();
    const db = openDatabase(database.config);
    try {
      await generateSynthetic(db.prisma, { provinces: 1, years: 1, indicators: REMEMBERED_MATCHES + 5, solutionsPerPlan: 1 });
      const yoga = createPlanHubYoga({ db, ...testYogaOptions() });
      const run = async (variables: Record<string, unknown>) => {
        const res = await yoga.fetch('http://planhub.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: searchQuery, variables: { text: 'chi tieu', kinds: ['INDICATOR'], ...variables } }),
        });
        const body = (await res.json()) as { data?: { search: any } };
        return dataOf(body).search;
      };
      const inOrder = (await db.prisma.indicator.findMany({ orderBy: [{ sortKey: 'asc' }, { id: 'asc' }], select: { definition: { select: { key: true } } } })).map((i) => ({ key: i.definition.key }));
      expect(inOrder.length).toBeGreaterThan(REMEMBERED_MATCHES);
      const first = await run({ first: 5 });
      expect(first.totalCount).toBe(inOrder.length);
      expect(first.edges.map((e: any) => e.node.code)).toEqual(inOrder.slice(0, 5).map((i) => i.key));
      // The last page: the offset cursor of the hit just before the last three.
      const cursor = offsetToCursor(inOrder.length - 4);
      const last = await run({ first: 5, after: cursor });
      expect(last.edges.map((e: any) => e.node.code)).toEqual(inOrder.slice(-3).map((i) => i.key));
      expect(last.pageInfo.hasNextPage).toBe(false);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
