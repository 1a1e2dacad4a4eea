import { afterAll, expect, it } from 'vitest';
import { agencyTree } from '../src/agencies.ts';
import { createClient } from '../src/client.ts';
import { sendJson, startStub } from './harness.ts';

// The Bắc Kạn data states no parent for any agency, so the linking of children to
// parents is checked here against a server that sends a three-level tree over two pages.

const agency = (id: string, parent: string | null) => ({ id, code: id, name: id, abbreviation: null, kind: 'DEPARTMENT', level: 'PROVINCE', validFrom: null, validTo: null, parent: parent && { id: parent }, officeHolders: [] });
const pages = [
  [agency('b1', 'a'), agency('c1', 'b1')],
  [agency('a', null), agency('b2', 'a'), agency('orphan', 'gone')],
];

const stub = await startStub((_req, res, body, n) => {
  const { variables } = JSON.parse(body);
  expect(variables.after ?? null).toBe(n === 1 ? null : 'p1');
  expect(variables.filter).toEqual({ validOn: '2024-01-01' });
  sendJson(res, 200, {
    data: {
      agencies: {
        totalCount: 5,
        pageInfo: { hasNextPage: n === 1, endCursor: `p${n}` },
        edges: pages[n - 1]!.map((node) => ({ cursor: node.id, node })),
      },
    },
  });
});
afterAll(() => stub.close());

it('links children to parents across pages; a missing parent makes a top', async () => {
  const roots = await agencyTree(createClient({ url: stub.url }), { validOn: '2024-01-01' });
  const shape = (nodes: typeof roots): unknown => nodes.map((n) => (n.children.length ? { [n.code]: shape(n.children) } : n.code));
  expect(shape(roots)).toEqual([{ a: [{ b1: ['c1'] }, 'b2'] }, 'orphan']);
  expect(stub.requests).toBe(2);
});
