import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { createTestHub, TEST_LIMITS, type TestHub } from '../src/testing/hub.ts';

// The execution deadline (limits/deadline.ts): an operation that outlives it is answered
// at once with DEADLINE_EXCEEDED (HTTP 504, the limit stated), and its work stops: the
// request's database client refuses every further statement, so resolvers still running
// fail fast instead of holding connections. A 1 ms deadline makes any real operation
// outlive it.

const PLAN = `query Plan {
  indicators(first: 50) { edges { node { name targets(first: 10) { edges { node { status value } } } latestResult { value } timeSeries { value } } } }
}`;

let hurried: TestHub;
let patient: TestHub;
beforeAll(async () => {
  [hurried, patient] = await Promise.all([createTestHub({ limits: { ...TEST_LIMITS, deadlineMs: 1 } }), createTestHub()]);
});
afterAll(() => Promise.all([hurried?.close(), patient?.close()]));

const ask = (hub: TestHub) =>
  hub.yoga.fetch('http://planhub.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: PLAN }) });

describe('the execution deadline', () => {
  it('an operation that outlives it: DEADLINE_EXCEEDED with HTTP 504 and the limit, and no statement runs after the answer', async () => {
    hurried.db.statements.reset();
    const response = await ask(hurried);
    const body = await response.json();
    expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(504);
    expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/longer than 1 ms/), extensions: expect.objectContaining({ code: 'DEADLINE_EXCEEDED', limit: 1 }) })]);
    const answered = hurried.db.statements.count;
    // Whatever was still resolving is refused at its next statement.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hurried.db.statements.count).toBe(answered);
  });

  it('a file imported by the mutation past its deadline: DEADLINE_EXCEEDED, and nothing is written (its transaction does not commit)', async () => {
    const { prisma } = hurried.writer();
    await prisma.source.create({
      data: { key: 'nien-giam-2022', kind: 'STATISTICAL_PUBLICATION', title: 'Niên giám thống kê 2022', publisherName: 'Cục Thống kê', publishedOn: new Date('2023-06-01'), datePrecision: 'MONTH', language: 'vi', text: 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%. Thu nhập bình quân đầu người năm 2022 đạt 45,2 triệu đồng. Giá trị sản xuất công nghiệp năm 2022 đạt 1.583 tỷ đồng.' },
    });
    const { secret } = await issueToken(prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' });
    const before = { version: await readDataVersion(hurried.db.prisma), results: await hurried.db.prisma.result.count() };
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation($input: ImportFileInput!) { importFile(input: $input) { applied } }', variables: { input: { kind: 'RESULTS', reason: 'Báo cáo', file: null } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new Blob([readFileSync(new URL('fixtures/import/results-excel-vi.csv', import.meta.url))]), 'ket-qua.csv');
    const response = await hurried.yoga.fetch('http://planhub.test/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${secret}`, 'x-planhub-csrf': '1' } });
    const body = await response.json();
    expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe('DEADLINE_EXCEEDED');
    // Whatever the import was still doing has stopped or rolled back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect({ version: await readDataVersion(hurried.db.prisma), results: await hurried.db.prisma.result.count() }).toEqual(before);
  });

  it('the same operation within the default deadline is answered in full', async () => {
    const response = await ask(patient);
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.indicators.edges.length).toBeGreaterThan(5);
  });
});
