import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { setUpWriters } from '../src/testing/writers.ts';
import { createTestHub, dataOf, type TestHub, testProvider } from '../src/testing/hub.ts';

// The write path end to end, over HTTP: who may write (tokens, roles, areas), what a
// write checks (the shared rules, references, the quote in its source, the version
// read), what it records (the audit trail, a record's history), and that a refused or
// failed write changes nothing at all (the data version, which every write to a data
// table moves, stays where it was).

let hub: TestHub;
const tokens: Record<string, string> = {};

const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
const GROWTH_QUOTE = 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt';

beforeAll(async () => {
  hub = await createTestHub();
  // A second province, with a series and a plan of its own, for out-of-scope writes; a token of every kind.
  Object.assign(tokens, await setUpWriters(hub.writer()));
});
afterAll(() => hub?.close());

async function send(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await hub.yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Runs `act` and checks that it wrote nothing: the data version did not move. */
async function unchanged<T>(act: () => Promise<T>): Promise<T> {
  const before = await readDataVersion(hub.db.prisma);
  const result = await act();
  expect(await readDataVersion(hub.db.prisma), 'the data version moved: something was written').toBe(before);
  return result;
}

const RECORD = `mutation($input: RecordResultInput!) { recordResult(input: $input) {
  __typename
  ... on ResultWrite { result { id version value reliability isCurrent source { title } provenance { quote offset end } } change { id operation actor reason before after } }
  ... on UserError { code field message }
  ... on InvalidInputError { issues { field message rule } }
  ... on QuoteNotInSourceError { closestMatch { start end text } }
  ... on DuplicateRecordError { existingId existingVersion }
} }`;

const UPDATE = `mutation($input: UpdateResultInput!) { updateResult(input: $input) {
  __typename
  ... on ResultWrite { result { id version value } change { operation reason before after } }
  ... on UserError { code field message }
  ... on ConflictError { currentVersion yourVersion }
} }`;

const RETIRE = `mutation($input: RetireResultInput!) { retireResult(input: $input) {
  __typename ... on ResultWrite { result { id version retiredAt } } ... on UserError { code field message }
} }`;

const finalGrowth = (overrides: Record<string, unknown> = {}) => ({
  indicator: 'economic-growth-rate@bac-kan',
  period: '2023',
  value: 6.5,
  unit: 'percent',
  reliability: 'FINAL',
  provenance: { source: 'cuc-thong-ke-2024', quote: 'Tốc độ tăng trưởng kinh tế năm 2023 đạt 6,5%.' },
  ...overrides,
});

describe('who may write', () => {
  it('without a token, a write is UNAUTHENTICATED (HTTP 401) and changes nothing', async () => {
    const sent = await unchanged(() => send(RECORD, { input: finalGrowth() }));
    expect(sent.status).toBe(401);
    expect(sent.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sent.body.data).toBeNull();
  });

  it.each([
    ['a malformed header', 'not-a-bearer'],
    ['an unknown token', 'phk_' + 'x'.repeat(43)],
    ['an expired token', 'expired'],
    ['a revoked token', 'revoked'],
  ])('with %s, any operation, a read too, is UNAUTHENTICATED and says why', async (_what, token) => {
    const secret = tokens[token] ?? token;
    const write = await unchanged(() => send(RECORD, { input: finalGrowth() }, secret));
    expect(write.status).toBe(401);
    expect(write.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const read = await send('{ plans(first: 1) { edges { node { code } } } }', {}, secret);
    expect(read.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(read.body.errors[0].message).toMatch(/neither|not known|expired|revoked/);
  });

  it('an editor of another province is FORBIDDEN (HTTP 403), naming the area, and changes nothing', async () => {
    const sent = await unchanged(() => send(RECORD, { input: finalGrowth() }, tokens.otherEditor));
    expect(sent.status).toBe(403);
    expect(sent.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(sent.body.errors[0].message).toContain('"bac-kan"');
  });

  it('only an admin issues tokens', async () => {
    const issue = `mutation { createApiToken(input: { name: "Sở Tài chính", role: EDITOR, areas: ["bac-kan"] }) {
      __typename ... on IssuedApiToken { secret token { name role areas prefix } } ... on UserError { code field message } } }`;
    const byEditor = await unchanged(() => send(issue, {}, tokens.editor));
    expect(byEditor.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const byAdmin = await send(issue, {}, tokens.admin);
    const issued = (dataOf(byAdmin.body) as any).createApiToken;
    expect(issued.__typename).toBe('IssuedApiToken');
    expect(issued.secret).toMatch(/^phk_/);
    expect(issued.token).toMatchObject({ name: 'Sở Tài chính', role: 'EDITOR', areas: ['bac-kan'] });
    // The secret works at once, and is stored nowhere.
    expect(await hub.db.prisma.apiToken.count({ where: { hash: issued.secret } })).toBe(0);
    const bad = await unchanged(() => send(`mutation { createApiToken(input: { name: "x", role: EDITOR, areas: ["nowhere"] }) { __typename ... on InvalidInputError { issues { field message } } } }`, {}, tokens.admin));
    expect(bad.body.data.createApiToken.issues[0]).toMatchObject({ field: 'areas' });
  });
});

describe('recording a result', () => {
  beforeAll(async () => {
    // A later, final report, registered with its text by the editor.
    const sent = await send(
      `mutation($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on SourceWrite { source { title } } ... on UserError { code message } } }`,
      {
        input: {
          code: 'cuc-thong-ke-2024',
          kind: 'STATISTICAL_PUBLICATION',
          title: 'Niên giám thống kê 2023',
          publisherName: 'Cục Thống kê tỉnh Bắc Kạn',
          publishedOn: '2024-06',
          language: 'vi',
          text: 'Niên giám. Tốc độ tăng trưởng kinh tế năm 2023 đạt 6,5%. Hết.',
        },
      },
      tokens.editor,
    );
    expect(sent.body.data.createSource.__typename).toBe('SourceWrite');
  });

  it('an editor records a final figure over the estimate: it becomes the current one, the estimate its revision, all in the audit trail', async () => {
    const before = await readDataVersion(hub.db.prisma);
    const sent = await send(RECORD, { input: finalGrowth({ reason: 'Số liệu chính thức' }) }, tokens.editor);
    const written = sent.body.data.recordResult;
    expect(written.__typename, JSON.stringify(sent.body)).toBe('ResultWrite');
    expect(written.result).toMatchObject({ version: 1, value: 6.5, reliability: 'FINAL', isCurrent: true, source: { title: 'Niên giám thống kê 2023' } });
    expect(written.result.provenance.quote).toBe('Tốc độ tăng trưởng kinh tế năm 2023 đạt 6,5%.');
    expect(written.change).toMatchObject({ operation: 'CREATE', actor: 'Sở KH&ĐT Bắc Kạn', reason: 'Số liệu chính thức', before: null });
    expect(written.change.after).toMatchObject({ value: 6.5, reliability: 'FINAL', version: 1 });
    expect(await readDataVersion(hub.db.prisma)).not.toBe(before);
    const { indicator } = dataOf(
      await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { latestResult { value reliability revisions { value reliability } } } }`),
    ) as any;
    expect(indicator.latestResult).toMatchObject({ value: 6.5, reliability: 'FINAL', revisions: [{ value: 6.33, reliability: 'ESTIMATE' }] });
  });

  it('the same figure twice is DUPLICATE, naming the record to update', async () => {
    const sent = await unchanged(() => send(RECORD, { input: finalGrowth() }, tokens.editor));
    expect(sent.body.data.recordResult).toMatchObject({ __typename: 'DuplicateRecordError', code: 'DUPLICATE', existingVersion: 1 });
  });

  it('a quote differing only in white space and Unicode normalisation is found, and stored as the source has it', async () => {
    const quote = GROWTH_QUOTE.normalize('NFD').replace(/ /g, '  \n ');
    const sent = await send(RECORD, { input: finalGrowth({ measure: 'CHANGE', value: 0.2, provenance: { source: SOURCE, quote } }) }, tokens.editor);
    const written = sent.body.data.recordResult;
    expect(written.__typename, JSON.stringify(sent.body)).toBe('ResultWrite');
    expect(written.result.provenance.quote).toBe(GROWTH_QUOTE);
  });

  it('a quote that is not in the source is QUOTE_NOT_IN_SOURCE, with where the text comes nearest', async () => {
    const sent = await unchanged(() =>
      send(RECORD, { input: finalGrowth({ period: '2022', provenance: { source: SOURCE, quote: 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 9,99%' } }) }, tokens.editor),
    );
    const error = sent.body.data.recordResult;
    expect(error).toMatchObject({ __typename: 'QuoteNotInSourceError', code: 'QUOTE_NOT_IN_SOURCE', field: 'provenance.quote' });
    expect(error.closestMatch.text.startsWith(GROWTH_QUOTE)).toBe(true);
  });

  it.each([
    ['an unknown series', { indicator: 'economic-growth-rate@nowhere' }, 'FORBIDDEN'],
    ['an unknown period', { period: '1999' }, 'REFERENCE_NOT_FOUND'],
    ['a unit of another dimension', { unit: 'billion-vnd' }, 'INVALID_INPUT'],
    ['another province’s plan', { plan: 'tinh-thu-ktxh-2024' }, 'INVALID_INPUT'],
    ['a percent of plan without a plan', { percentOfPlan: 101 }, 'INVALID_INPUT'],
    ['a malformed series reference', { indicator: 'Economic Growth' }, 'INVALID_INPUT'],
    ['an unknown source', { provenance: { source: 'no-such-source', quote: 'x' } }, 'REFERENCE_NOT_FOUND'],
    ['an empty quote', { provenance: { source: SOURCE, quote: '   ' } }, 'INVALID_INPUT'],
    ['an over-long quote', { provenance: { source: SOURCE, quote: 'a'.repeat(5001) } }, 'INVALID_INPUT'],
    ['no figure at all', { value: null }, 'INVALID_INPUT'],
  ])('%s is refused with its code, and nothing changes', async (_what, overrides, code) => {
    const sent = await unchanged(() => send(RECORD, { input: finalGrowth({ period: '2022', ...overrides }) }, tokens.editor));
    if (code === 'FORBIDDEN') expect(sent.body.errors[0].extensions.code).toBe(code);
    else expect(sent.body.data.recordResult.code, JSON.stringify(sent.body)).toBe(code);
  });
});

describe('updating and retiring', () => {
  let id: string;
  beforeAll(async () => {
    const sent = await send(RECORD, { input: finalGrowth({ period: '2022', value: 7.1, provenance: { source: 'cuc-thong-ke-2024', quote: 'Niên giám.' } }) }, tokens.editor);
    id = sent.body.data.recordResult.result.id;
  });

  it('an update names the version it read; a stale version is CONFLICT with the current one, and the loser changes nothing', async () => {
    const first = await send(UPDATE, { input: { id, version: 1, value: 7.2, reason: 'Sửa lỗi nhập' } }, tokens.editor);
    expect(first.body.data.updateResult).toMatchObject({ __typename: 'ResultWrite', result: { version: 2, value: 7.2 }, change: { operation: 'UPDATE', reason: 'Sửa lỗi nhập' } });
    expect(first.body.data.updateResult.change.before).toMatchObject({ value: 7.1, version: 1 });
    const stale = await unchanged(() => send(UPDATE, { input: { id, version: 1, value: 7.3, reason: 'Cũng sửa' } }, tokens.editor));
    expect(stale.body.data.updateResult).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', currentVersion: 2, yourVersion: 1, field: 'version' });
  });

  it('an update without a reason is INVALID_INPUT on `reason`', async () => {
    const sent = await unchanged(() => send(UPDATE, { input: { id, version: 2, value: 7.4, reason: '  ' } }, tokens.editor));
    expect(sent.body.data.updateResult).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
  });

  it('two editors updating at once: one wins, the other gets CONFLICT', async () => {
    const both = await Promise.all([7.5, 7.6].map((value) => send(UPDATE, { input: { id, version: 2, value, reason: 'Đồng thời' } }, tokens.editor)));
    const kinds = both.map((s) => s.body.data.updateResult.__typename).sort();
    expect(kinds).toEqual(['ConflictError', 'ResultWrite']);
  });

  it('a retired result leaves the lists and stays readable, with its whole history', async () => {
    const retired = await send(RETIRE, { input: { id, version: 3, reason: 'Nhập nhầm kỳ' } }, tokens.editor);
    expect(retired.body.data.retireResult, JSON.stringify(retired.body)).toMatchObject({ __typename: 'ResultWrite', result: { version: 4 } });
    const again = await unchanged(() => send(UPDATE, { input: { id, version: 4, value: 1, reason: 'x' } }, tokens.editor));
    expect(again.body.data.updateResult.code).toBe('RECORD_RETIRED');
    const { node } = dataOf(await hub.exec(`query($id: ID!) { node(id: $id) { ... on Result { retiredAt history(first: 10) { edges { node { operation actor reason } } } } } }`, { id })) as any;
    expect(node.retiredAt).not.toBeNull();
    expect(node.history.edges.map((e: any) => e.node.operation)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'RETIRE']);
    const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { timeSeries { period { code } } } }`)) as any;
    expect(indicator.timeSeries.map((p: any) => p.period.code)).not.toContain('2022');
  });

  it('the audit trail rebuilds the record at every change: each change’s `before` is the previous one’s `after`', async () => {
    const { changes } = dataOf(await hub.exec(`query($id: ID!) { changes(filter: { record: $id }, first: 20) { edges { node { operation before after } } } }`, { id })) as any;
    const states = changes.edges.map((e: any) => e.node);
    for (let i = 1; i < states.length; i++) expect(states[i].before).toEqual(states[i - 1].after);
    expect(states.at(-1).after.retiredAt).not.toBeNull();
  });
});

describe('targets', () => {
  it('an adjustment keeps the replaced values as a revision with their quote; the target in force is the new one', async () => {
    const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { targets(first: 1) { edges { node { id version value } } } } }`)) as any;
    const target = indicator.targets.edges[0].node;
    const sent = await send(
      `mutation($input: AdjustTargetInput!) { adjustTarget(input: $input) { __typename
        ... on TargetWrite { target { version value revisions { value } } change { operation } }
        ... on UserError { code field message } } }`,
      { input: { id: target.id, version: target.version, comparator: 'AT_LEAST', value: 6.5, unit: 'percent', reason: 'Điều chỉnh', provenance: { source: 'cuc-thong-ke-2024', quote: 'Hết.' } } },
      tokens.editor,
    );
    expect(sent.body.data.adjustTarget, JSON.stringify(sent.body)).toMatchObject({ __typename: 'TargetWrite', target: { version: target.version + 1, value: 6.5, revisions: [{ value: target.value }] } });
  });

  it('a target for another province’s plan is refused', async () => {
    const sent = await unchanged(() =>
      send(
        `mutation($input: SetTargetInput!) { setTarget(input: $input) { __typename ... on UserError { code field } } }`,
        { input: { indicator: 'economic-growth-rate@bac-kan', plan: 'tinh-thu-ktxh-2024', period: '2024', kind: 'LEVEL', comparator: 'AT_LEAST', value: 9, unit: 'percent', provenance: { source: SOURCE, quote: GROWTH_QUOTE } } },
        tokens.editor,
      ),
    );
    expect(sent.body.data.setTarget).toMatchObject({ code: 'INVALID_INPUT', field: 'plan' });
  });
});

describe('where reads need a token (PLANHUB_READS_NEED_TOKEN=true)', () => {
  let closed: TestHub;
  beforeAll(async () => {
    closed = await createTestHub({ auth: { readsNeedToken: true } });
  });
  afterAll(() => closed?.close());

  it('an anonymous read is UNAUTHENTICATED (HTTP 401), before any resolver runs', async () => {
    const response = await closed.yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plans(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a read with a valid token is answered', async () => {
    const { secret } = await issueToken(closed.writer().prisma, { name: 'Bảng điều khiển', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' });
    const response = await closed.yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ plans(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.plans.totalCount).toBeGreaterThan(0);
  });
});

describe('a write in progress', () => {
  it('R29 @prisma/adapter-better-sqlite3 7.10.0 (one client’s transactions take turns): a write in progress is seen by no reader: its rows and the data version appear at commit, a rolled-back write’s never; the next write waits for it (the embedded database too)', async () => {
    const admin = await issueToken(hub.writer().prisma, { name: 'Quản trị cách ly', role: 'ADMIN', areas: [], expiresAt: null, createdBy: 'test' });
    const before = await readDataVersion(hub.db.prisma);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    // A transaction on the writer's connection, as every write's: it writes, then waits.
    const held = hub.db.writer
      .$transaction(async (tx) => {
        await tx.sector.create({ data: { key: 'linh-vuc-cach-ly', nameVi: 'Lĩnh vực chưa ghi' } });
        opened();
        await gate;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await open;
    expect(await readDataVersion(hub.db.prisma)).toBe(before);
    expect(await hub.db.prisma.sector.count({ where: { key: 'linh-vuc-cach-ly' } })).toBe(0);
    expect(dataOf(await hub.exec('{ sectors { code } }')).sectors).not.toContainEqual({ code: 'linh-vuc-cach-ly' });
    // A mutation sent meanwhile.
    const mutation = send(
      `mutation($input: CreateSourceInput!) { createSource(input: $input) { __typename } }`,
      { input: { code: 'nguon-cach-ly', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND', publishedOn: '2024', language: 'vi', text: 'Báo cáo năm 2024.' } },
      admin.secret,
    );
    let done = false;
    void mutation.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // On the embedded database writes take turns on the writer's connection; PostgreSQL runs them side by side.
    if (hub.db.config.provider === 'sqlite') expect(done).toBe(false);
    release();
    expect(await held).toBe('rolled back');
    expect((await mutation).body.data.createSource.__typename).toBe('SourceWrite');
    expect(await hub.db.prisma.sector.count({ where: { key: 'linh-vuc-cach-ly' } })).toBe(0);
    expect(await readDataVersion(hub.db.prisma)).not.toBe(before);
  });

  it.runIf(testProvider === 'sqlite')('R30 prisma 7.10.0 (P2028, "Unable to start a transaction in the given time"): on the embedded database a write that cannot start within 5 s (a long import holds the writer) is SERVICE_UNAVAILABLE, an import 503 with Retry-After', async () => {
    const admin = await issueToken(hub.writer().prisma, { name: 'Quản trị chờ', role: 'ADMIN', areas: [], expiresAt: null, createdBy: 'test' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = hub.db.writer.$transaction(async () => gate, { timeout: 20_000 });
    try {
      const mutation = send(
        `mutation($input: CreateSourceInput!) { createSource(input: $input) { __typename } }`,
        { input: { code: 'nguon-cho', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND', publishedOn: '2024', language: 'vi', text: 'Báo cáo.' } },
        admin.secret,
      );
      const csv = 'Mã chỉ tiêu;Địa bàn;Kỳ;Giá trị;Đơn vị;Độ tin cậy;Nguồn;Trích dẫn\neconomic-growth-rate;bac-kan;2023;6,33;percent;ước tính;bbk-2023-12-13-hoi-nghi-ktxh-2024;Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 6,33%\n';
      const upload = hub.yoga.fetch('http://planhub.test/import?kind=results&dryRun=true', { method: 'POST', body: csv, headers: { authorization: `Bearer ${admin.secret}`, 'content-type': 'text/csv' } });
      const [sent, imported] = await Promise.all([mutation, upload]);
      expect(sent.body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/busy with another write/) });
      expect(imported.status).toBe(503);
      expect(imported.headers.get('retry-after')).toBe('5');
      expect((await imported.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      release();
      await held;
    }
    expect(await hub.db.prisma.source.count({ where: { key: 'nguon-cho' } })).toBe(0);
  }, 20_000);
});
