import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, dataOf, type TestHub } from './harness.ts';

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
