import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.ts';
import { runImport } from '../src/import/run.ts';
import { createTestHub, deleteFacts, type TestHub } from '../src/testing/hub.ts';

// The real Bắc Kạn data, as a planner's spreadsheets written by hand from the source
// (fixtures/import/bac-kan/: CSV as Vietnamese Excel saves it), imported by the province's
// own editor into a database that holds the reference data (areas, plans, series, agencies,
// people, the event, the source) and none of these facts, gives the seed's facts exactly.

let seeded: TestHub;
let empty: TestHub;
const steward: Principal = { kind: 'TOKEN', name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], tokenId: null };
// In the order a planner would load them: what names solutions after the solutions.
const FILES = ['results', 'targets', 'solutions', 'assignments', 'solution-links'] as const;
const fixture = (name: string) => readFileSync(new URL(`fixtures/import/bac-kan/${name}.csv`, import.meta.url));

beforeAll(async () => {
  [seeded, empty] = await Promise.all([createTestHub(), createTestHub()]);
  await deleteFacts(empty);
});
afterAll(async () => {
  await seeded?.close();
  await empty?.close();
});

const exported = async (hub: TestHub, kind: string) => JSON.parse(Buffer.from(await (await hub.yoga.fetch(`http://planhub.test/export/${kind}.json`)).arrayBuffer()).toString('utf8'))[kind];
const load = (kind: string, dryRun: boolean) => runImport({ db: empty.db, principal: steward }, fixture(kind), { kind, dryRun, reason: 'Nhập số liệu Hội nghị 13/12/2023' });

describe('the Bắc Kạn spreadsheets written by hand from the source', () => {
  it('each file, in turn, dry run first: every row read as Vietnamese Excel writes it, each record to be created, nothing written', async () => {
    for (const kind of FILES) {
      const dry = await load(kind, true);
      expect(dry.problems, `${kind}: ${JSON.stringify(dry.problems)}`).toEqual([]);
      // The number format is told by the cells that hold decimals (6,33; 2,5), and where none does, by the `;` Vietnamese Excel separates with.
      expect(dry, kind).toMatchObject({ format: 'csv', locale: 'vi', applied: false, changeSet: null });
      expect(dry.counts.CREATE, kind).toBe(dry.rows.length);
      expect(await exported(empty, kind), kind).toEqual([]);
      const report = await load(kind, false);
      expect(report.problems, `${kind}: ${JSON.stringify(report.problems)}`).toEqual([]);
      expect(report.counts, kind).toEqual({ ...dry.counts });
    }
  });

  it('give the seed’s facts exactly, kind by kind; imported again, nothing changes', async () => {
    for (const kind of FILES) expect(await exported(empty, kind), kind).toEqual(await exported(seeded, kind));
    for (const kind of FILES) {
      const again = await load(kind, true);
      expect(again.counts.UNCHANGED, kind).toBe(again.rows.length);
    }
  });
});
