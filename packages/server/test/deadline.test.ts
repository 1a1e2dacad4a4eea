import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('the same operation within the default deadline is answered in full', async () => {
    const response = await ask(patient);
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.indicators.edges.length).toBeGreaterThan(5);
  });
});
