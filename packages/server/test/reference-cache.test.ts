import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@planhub/db/client';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// Units, periods, sectors, plans, sources and agencies are served from memory while the data
// version is unchanged (src/reference.ts). These check that it saves statements, and
// that no write, made by anyone, is ever answered with the old row.

let hub: TestHub;
let other: Database; // a second connection: writes that do not pass through the server

beforeAll(async () => {
  hub = await createTestHub();
  other = hub.writer();
});
afterAll(() => hub?.close());

const TARGETS = `{ indicators(first: 50) { edges { node { code unit { code label } sector { code parent { code } } assignments { agency { code name } }
  targets(first: 10) { edges { node { unit { code } period { code label } plan { code } provenance { source { title } } } } } } } } }`;

async function statementsOf(query: string) {
  hub.db.statements.reset();
  const body = dataOf(await hub.exec(query));
  return { statements: hub.db.statements.count, body };
}

describe('reference data cache', () => {
  it('loads once while nothing changes; later requests send no statement for it', async () => {
    await hub.exec(TARGETS);
    const loads = hub.caches.reference.loads;
    const first = await statementsOf(TARGETS);
    const second = await statementsOf(TARGETS);
    expect(hub.caches.reference.loads).toBe(loads);
    expect(second.statements).toBe(first.statements);
    expect(second.body).toEqual(first.body);
    // Without the cache each of unit, sector, period, plan, source and agency would be a statement of its own.
    const log = hub.db.statements.log.join('\n');
    for (const table of ['Unit', 'Period', 'Plan', 'Source', 'Agency']) expect(log).not.toMatch(new RegExp(`FROM\\s+\\S*"?\`?${table}\`?"?\\s`));
  });

  it('sees a write made through another connection on the very next request', async () => {
    const before = dataOf(await hub.exec(TARGETS));
    const someUnit = (before as any).indicators.edges[0].node.unit.code;
    await other.prisma.unit.update({ where: { key: someUnit }, data: { labelVi: 'đơn vị đã sửa' } });
    const after = dataOf(await hub.exec(TARGETS, undefined, { 'accept-language': 'vi' }));
    const labels = (after as any).indicators.edges.filter((e: any) => e.node.unit.code === someUnit).map((e: any) => e.node.unit.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['đơn vị đã sửa']));

    const { plan } = await other.prisma.target.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { plan: true } });
    await other.prisma.plan.update({ where: { id: plan.id }, data: { key: 'renamed-plan' } });
    const codes = JSON.stringify(dataOf(await hub.exec(TARGETS)));
    expect(codes).toContain('renamed-plan');
    expect(codes).not.toContain(`"${plan.key}"`);
  });

  it('a plan created after the snapshot is found by filters and by the rows that name it', async () => {
    await hub.exec(TARGETS); // snapshot at the current version
    const template = await other.prisma.plan.findFirstOrThrow({ orderBy: { id: 'asc' } });
    // searchText is derived by the client (derived.ts), never written.
    const { id: _id, searchText: _searchText, ...rest } = template;
    const created = await other.prisma.plan.create({ data: { ...rest, key: 'new-plan', parentId: null } });
    const gid = Buffer.from(`Plan:${created.id}`).toString('base64');
    const response = await hub.exec(`query($p: ID!) { indicators(filter: { plan: $p }) { totalCount } }`, { p: gid });
    expect(dataOf(response)).toEqual({ indicators: { totalCount: 0 } });
  });

  it('a sector from memory still resolves its own relations (its parent, fetched when asked)', async () => {
    const definition = await other.prisma.indicatorDefinition.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { sector: true } });
    const parent = await other.prisma.sector.create({ data: { key: 'parent-sector', nameVi: 'Lĩnh vực cha' } });
    await other.prisma.sector.update({ where: { id: definition.sectorId }, data: { parentId: parent.id } });
    const { indicator: found } = dataOf(
      await hub.exec(`query($c: String!) { indicator(area: "bac-kan", code: $c) { sector { code parent { code name } } } }`, { c: definition.key }),
    );
    expect(found).toEqual({ sector: { code: definition.sector.key, parent: { code: 'parent-sector', name: 'Lĩnh vực cha' } } });
  });
});
