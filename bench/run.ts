import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { openDatabase } from '@planhub/db/client';
import type { DatabaseConfig } from '@planhub/db/config';
import { DEFAULT_HTTP } from '@planhub/server/http/settings';
import { DEFAULT_LIMITS } from '@planhub/server/limits/settings';
import { createLogger } from '@planhub/server/observability/logger';
import { createPlanHubYoga } from '@planhub/server/yoga';
import { Baseline } from './baseline/answers.ts';
import { openSql, type Sql } from './baseline/sql.ts';
import { createBenchDatabase, type Provider, type Scale } from './data.ts';
import { explain, parseParams, type Statement } from './explain.ts';
import type { LoadFigures, LoadOptions } from './load.ts';
import { type RequestBody, type Workload, type WorkloadName, WORKLOAD_NAMES, buildWorkloads } from './workloads.ts';
import { type ImportFigures, measureImport } from './imports.ts';
import { measureWrites, type WriteFigures } from './writes.ts';

// npm run bench [-- --db sqlite,postgresql --scales S,M,L --workloads dashboard,paged
//                   --duration 6 --warmup 4 --connections 8 --no-cache]
//
// For each database and scale: build the data set, start PlanHub (uncached and with
// the response cache) and the hand-written baseline, each in a process of its own,
// check that they answer every workload with the same JSON, then load each from a
// separate autocannon process. Writes bench/results/<date>-<db>.md.

const { values: flags } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgresql' },
    scales: { type: 'string', default: 'S,M,L' },
    workloads: { type: 'string', default: WORKLOAD_NAMES.join(',') },
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '4' },
    connections: { type: 'string', default: '8' },
    'no-cache': { type: 'boolean', default: false },
    out: { type: 'string', default: join(import.meta.dirname, 'results') },
  },
});
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const providers = list(flags.db!).map((p) => (p === 'pg' ? 'postgresql' : p)) as Provider[];
const scales = list(flags.scales!) as Scale[];
const workloadNames = list(flags.workloads!) as WorkloadName[];
for (const p of providers) if (p !== 'sqlite' && p !== 'postgresql') throw new Error(`--db: unknown database ${p}`);
for (const s of scales) if (!['S', 'M', 'L'].includes(s)) throw new Error(`--scales: unknown scale ${s}`);
for (const w of workloadNames) if (!WORKLOAD_NAMES.includes(w)) throw new Error(`--workloads: unknown workload ${w} (${WORKLOAD_NAMES.join(', ')})`);
const durationSeconds = Number(flags.duration);
const warmupSeconds = Number(flags.warmup);
const connections = Number(flags.connections);
const withCache = !flags['no-cache'];
const COLD_STARTS = 3;

// ---------------------------------------------------------------------------
// Child processes

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  /** Spawn to first answer, ms. */
  coldStartMs: number;
}

async function post(url: string, body: RequestBody): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

/** Starts a server script in its own process; resolves once it has answered `probe`. */
/** Every process this run started, so an interrupted run leaves none behind. */
const children = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(130);
  });
}
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** What `npm start` runs (built by `npm run bench` first), relative to bench/. */
const PLANHUB_BUNDLE = '../packages/server/dist/main.js';

async function startServer(name: string, script: string, env: NodeJS.ProcessEnv, probe: RequestBody): Promise<Server> {
  const started = performance.now();
  // JavaScript runs with plain node (PlanHub's bundle, as `npm start` runs it); TypeScript through tsx.
  const execArgv = script.endsWith('.js') ? [] : ['--import', 'tsx'];
  const child = track(fork(join(import.meta.dirname, script), [], { execArgv, env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.once('message', (m: { port: number }) => (clearTimeout(timer), resolve(m.port)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${name} exited with code ${code} before listening`))));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const first = await post(url, probe);
  const coldStartMs = performance.now() - started;
  if (first.status !== 200) throw new Error(`${name}: first answer was HTTP ${first.status}: ${first.text.slice(0, 300)}`);
  return { name, child, url, coldStartMs };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** CPU time a process has used so far (user + system), in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // After the command: state is field 3, utime and stime fields 14 and 15.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The highest peak of each process seen before its peak was last reset (per workload). */
const peaksBefore = new Map<ChildProcess, number>();

/** A process's peak resident set size (VmHWM) since it started or since its peak was last reset, in MB. */
function hwmOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Peak resident set size of a process since it started (across the per-workload resets), in MB. */
function peakRssMb(child: ChildProcess): number {
  return Math.max(hwmOf(child), peaksBefore.get(child) ?? 0);
}

/** Starts a workload's own peak: Linux resets VmHWM to the current size on writing 5 to clear_refs. */
function resetPeakRss(child: ChildProcess): void {
  peaksBefore.set(child, peakRssMb(child));
  writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
}

/** The load generator: one process for the whole run, jobs over IPC. */
let loadChild: ChildProcess | undefined;
let jobs = 0;

/** Load figures with the server's CPU time per request over the whole job (warm-up included). */
type Measured = LoadFigures & { cpuMsPerRequest: number; peakRssMb: number };

async function measure(server: Server, bodies: RequestBody[], expectBody?: string): Promise<Measured> {
  const before = cpuMs(server.child);
  resetPeakRss(server.child);
  const figures = await load(server.url, bodies, expectBody);
  return { ...figures, cpuMsPerRequest: (cpuMs(server.child) - before) / (figures.requests + figures.warmupRequests), peakRssMb: hwmOf(server.child) };
}

async function load(url: string, bodies: RequestBody[], expectBody?: string): Promise<LoadFigures> {
  loadChild ??= track(fork(join(import.meta.dirname, 'load.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const child = loadChild;
  const options: LoadOptions = { url, bodies: bodies.map((b) => JSON.stringify(b)), expectBody, connections, warmupSeconds, durationSeconds };
  const id = ++jobs;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('load generator: no answer')), (warmupSeconds + durationSeconds) * 1000 + 60_000);
    const onExit = (code: number | null) => (clearTimeout(timer), reject(new Error(`load generator exited with code ${code}`)));
    child.once('exit', onExit);
    const onMessage = (m: { id: number; figures?: LoadFigures; error?: string }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (m.error) reject(new Error(`load generator: ${m.error}`));
      else resolve(m.figures!);
    };
    child.on('message', onMessage);
    child.send({ id, options });
  });
}

// ---------------------------------------------------------------------------
// In-process measurements: statements per request, query plans

interface Counts {
  planhub: number;
  cachedHit: number;
  baseline: number;
}

function countingSql(sql: Sql): Sql & { count: number } {
  const counted = {
    dialect: sql.dialect,
    count: 0,
    all: async <T>(text: string, params: unknown[]) => {
      counted.count++;
      return sql.all<T>(text, params);
    },
    close: () => sql.close(),
  };
  return counted;
}

/** CPU time of `n` requests, in µs per request. */
async function cpuPerRequest(run: () => Promise<unknown>, n: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

/**
 * What the operation limits, the deadline and the rate limiter cost one request of a
 * workload: the same app with them and without (limits: false), in process, interleaved in
 * rounds so that drift hits both alike; the ratio of the two medians.
 */
async function limitsCost(db: ReturnType<typeof openDatabase>, body: RequestBody): Promise<{ withUs: number; withoutUs: number; ratio: number }> {
  const quiet = createLogger('silent');
  const limited = createPlanHubYoga({ db, logger: quiet, http: { ...DEFAULT_HTTP, metrics: false }, limits: { ...DEFAULT_LIMITS, rateLimit: { ...DEFAULT_LIMITS.rateLimit, points: 1e12 } } });
  const bare = createPlanHubYoga({ db, logger: quiet, http: { ...DEFAULT_HTTP, metrics: false }, limits: false });
  const ask = (app: typeof limited) => async () =>
    (await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).text();
  await cpuPerRequest(ask(limited), 30);
  await cpuPerRequest(ask(bare), 30);
  const withs: number[] = [];
  const withouts: number[] = [];
  // The order alternates per round, so neither app always runs on a warmer heap.
  for (let round = 0; round < 20; round++) {
    if (round % 2 === 0) {
      withs.push(await cpuPerRequest(ask(limited), 20));
      withouts.push(await cpuPerRequest(ask(bare), 20));
    } else {
      withouts.push(await cpuPerRequest(ask(bare), 20));
      withs.push(await cpuPerRequest(ask(limited), 20));
    }
  }
  await limited.dispose();
  return { withUs: median(withs), withoutUs: median(withouts), ratio: median(withs) / median(withouts) };
}

async function inProcess(config: DatabaseConfig, scale: Scale, explainPaged: boolean) {
  // The statements with their parameters, for the query plans.
  const captured: Statement[] = [];
  const db = openDatabase(config, { countStatements: true, onQuery: (ev) => captured.push({ query: ev.query, params: parseParams(ev.params) }) });
  const quiet = createLogger('silent');
  const yoga = createPlanHubYoga({ db, logger: quiet });
  const cached = createPlanHubYoga({ db, logger: quiet, responseCache: { enabled: true, ttlMs: 60_000, maxEntries: 100 } });
  const sql = countingSql(openSql(config.url));
  const baseline = new Baseline(sql);
  const execute = async (app: typeof yoga, body: RequestBody) => {
    const response = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json();
    if (json.errors) throw new Error(`PlanHub answered ${body.operationName} with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
    return json.data;
  };
  try {
    const workloads = (await buildWorkloads(db.prisma, scale, (body) => execute(yoga, body))).filter((w) => workloadNames.includes(w.name));
    const counts = new Map<WorkloadName, Counts>();
    let plans: string | undefined;
    for (const w of workloads) {
      const c: Counts = { planhub: 0, cachedHit: 0, baseline: 0 };
      for (const body of w.bodies) {
        await execute(yoga, body); // warm: the first request of a shape pays one-time costs
        db.statements.reset();
        captured.length = 0;
        await execute(yoga, body);
        c.planhub += db.statements.count;
        if (w.name === 'paged' && explainPaged) plans = await explain(config, captured);
        await execute(cached, body);
        db.statements.reset();
        await execute(cached, body);
        c.cachedHit += db.statements.count;
        sql.count = 0;
        await baseline.answer(body.operationName, body.variables);
        c.baseline += sql.count;
      }
      const n = w.bodies.length;
      counts.set(w.name, { planhub: c.planhub / n, cachedHit: c.cachedHit / n, baseline: c.baseline / n });
    }
    const dashboard = workloads.find((w) => w.name === 'dashboard');
    const limits = dashboard ? await limitsCost(db, dashboard.bodies[0]!) : undefined;
    return { workloads, counts, plans, limits };
  } finally {
    await sql.close();
    await db.close();
  }
}

// ---------------------------------------------------------------------------
// Checks

function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: PlanHub ${JSON.stringify(a)?.slice(0, 200)} ≠ baseline ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Same data from every server, for every body of the workload; returns PlanHub's exact text per body. */
async function verify(w: Workload, planhub: Server, baseline: Server, cached: Server | undefined, interpreted: Server): Promise<{ planhub: string[]; baseline: string[] }> {
  const texts = { planhub: [] as string[], baseline: [] as string[] };
  for (const body of w.bodies) {
    const p = await post(planhub.url, body);
    const b = await post(baseline.url, body);
    const pj = JSON.parse(p.text);
    const bj = JSON.parse(b.text);
    if (p.status !== 200 || pj.errors) throw new Error(`${w.name}: PlanHub answered HTTP ${p.status} ${p.text.slice(0, 500)}`);
    if (b.status !== 200 || bj.errors) throw new Error(`${w.name}: the baseline answered HTTP ${b.status} ${b.text.slice(0, 500)}`);
    const difference = firstDifference(pj.data, bj.data);
    if (difference) throw new Error(`${w.name} (${JSON.stringify(body.variables)}): PlanHub and the baseline disagree at ${difference}`);
    for (let i = 0; i < 2; i++) {
      const g = await post(interpreted.url, body);
      if (g.text !== p.text) throw new Error(`${w.name}: PlanHub under graphql-js answers differently from PlanHub under graphql-jit`);
    }
    if (cached) {
      for (let i = 0; i < 2; i++) {
        const c = await post(cached.url, body);
        if (c.text !== p.text) throw new Error(`${w.name}: the cached server's answer ${i ? '(a hit) ' : ''}differs from PlanHub's`);
      }
    }
    texts.planhub.push(p.text);
    texts.baseline.push(b.text);
  }
  return texts;
}

// ---------------------------------------------------------------------------
// One database × scale

interface Row {
  workload: Workload;
  baseline: Measured;
  planhub: Measured;
  /** PlanHub with PLANHUB_JIT=off: graphql-js's executor. */
  interpreted: Measured;
  cached?: Measured;
  counts: Counts;
}

interface ScaleResult {
  scale: Scale;
  rows: Row[];
  data: Awaited<ReturnType<typeof createBenchDatabase>>;
  coldStartsMs: number[];
  baselineColdStartMs: number;
  peakRss: { planhub: number; interpreted: number; cached?: number; baseline: number };
  plans?: string;
  limits?: { withUs: number; withoutUs: number; ratio: number };
  writes?: WriteFigures;
  imports?: ImportFigures;
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** Rows of the import measured (issue 13: 100,000 in bounded memory). */
const IMPORT_ROWS = 100_000;

async function runScale(provider: Provider, scale: Scale): Promise<ScaleResult> {
  log(`${provider} ${scale}: building the data set…`);
  const data = await createBenchDatabase(provider, scale);
  log(`${provider} ${scale}: ${data.rows.indicators} indicators, ${data.rows.targets} targets, ${data.rows.results} results in ${data.buildSeconds.toFixed(1)} s`);
  const servers: Server[] = [];
  try {
    const { workloads, counts, plans, limits } = await inProcess(data.config, scale, scale === scales.at(-1) || scale === 'L');
    if (limits) log(`${provider} ${scale}: limits cost a dashboard request ${f1((limits.ratio - 1) * 100)} % CPU (${f0(limits.withUs)} µs with, ${f0(limits.withoutUs)} µs without)`);
    const probe = workloads[0]!.bodies[0]!;
    // No cost budget per client: under load one client (autocannon) would spend the
    // default budget (2,000,000 points a minute) in well under a second of dashboards
    // (25,501 points each) and get 429s, and the budget left, in every answer's
    // `extensions.cost`, would make no two answers the same text. What the limits cost a
    // request is measured in process instead (limitsCost, the budget on).
    const env = { ...process.env, DATABASE_URL: data.config.url, PLANHUB_SEED: 'never', NODE_ENV: 'production', PLANHUB_RESPONSE_CACHE: 'off', PLANHUB_RATE_LIMIT: 'off', PORT: '0', HOST: '127.0.0.1' };
    const coldStartsMs: number[] = [];
    let planhub: Server | undefined;
    for (let i = 0; i < COLD_STARTS; i++) {
      if (planhub) await stopServer(planhub);
      planhub = await startServer('PlanHub', PLANHUB_BUNDLE, env, probe);
      coldStartsMs.push(planhub.coldStartMs);
    }
    servers.push(planhub!);
    const baseline = await startServer('baseline', 'baseline/server.ts', { ...process.env, DATABASE_URL: data.config.url }, probe);
    servers.push(baseline);
    const interpreted = await startServer('PlanHub (graphql-js)', PLANHUB_BUNDLE, { ...env, PLANHUB_JIT: 'off' }, probe);
    servers.push(interpreted);
    const cached = withCache ? await startServer('PlanHub cached', PLANHUB_BUNDLE, { ...env, PLANHUB_RESPONSE_CACHE: 'on' }, probe) : undefined;
    if (cached) servers.push(cached);
    log(`${provider} ${scale}: cold start ${coldStartsMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const rows: Row[] = [];
    for (const w of workloads) {
      const texts = await verify(w, planhub!, baseline, cached, interpreted);
      const single = w.bodies.length === 1;
      const b = await measure(baseline, w.bodies, single ? texts.baseline[0] : undefined);
      const p = await measure(planhub!, w.bodies, single ? texts.planhub[0] : undefined);
      const i = await measure(interpreted, w.bodies, single ? texts.planhub[0] : undefined);
      const c = cached ? await measure(cached, w.bodies, single ? texts.planhub[0] : undefined) : undefined;
      for (const [who, f] of [['baseline', b], ['PlanHub', p], ['PlanHub (graphql-js)', i], ['cached', c]] as const) {
        if (f && (f.errors || f.non2xx || f.mismatches)) throw new Error(`${w.name} ${who}: ${f.errors} errors, ${f.non2xx} non-2xx, ${f.mismatches} wrong bodies under load`);
      }
      rows.push({ workload: w, baseline: b, planhub: p, interpreted: i, cached: c, counts: counts.get(w.name)! });
      log(`${provider} ${scale} ${w.name}: baseline ${b.requestsPerSecond.toFixed(0)} req/s, PlanHub ${p.requestsPerSecond.toFixed(0)} (graphql-js ${i.requestsPerSecond.toFixed(0)})${c ? `, cached ${c.requestsPerSecond.toFixed(0)}` : ''}`);
    }
    // Writes once per database, on the first scale's data (they add rows to it).
    const writes = scale === scales[0] ? await measureWrites(data.config) : undefined;
    if (writes) log(`${provider} ${scale} writes: PlanHub ${f0(writes.planhubPerSecond)} recordResult/s, hand-written transaction ${f0(writes.baselinePerSecond)}/s (${pct(writes.ratio)})`);
    // An import of 100,000 results (synthetic sources), and the export of them all, likewise once per database.
    const imports = scale === scales[0] ? await measureImport(data.config, IMPORT_ROWS) : undefined;
    if (imports) log(`${provider} ${scale} import: PlanHub ${f0(imports.planhubRowsPerSecond)} rows/s, hand-written batched INSERT ${f0(imports.baselineRowsPerSecond)} rows/s (${pct(imports.ratio)})`);
    return {
      scale,
      rows,
      writes,
      imports,
      data,
      coldStartsMs,
      baselineColdStartMs: baseline.coldStartMs,
      peakRss: { planhub: peakRssMb(planhub!.child), interpreted: peakRssMb(interpreted.child), cached: cached && peakRssMb(cached.child), baseline: peakRssMb(baseline.child) },
      plans,
      limits,
    };
  } finally {
    for (const s of servers) await stopServer(s);
    await data.drop();
  }
}

// ---------------------------------------------------------------------------
// Report

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const pct = (n: number) => `${f0(n * 100)} %`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const latency = (f: LoadFigures) => `${f.p50} / ${f.p99}`;

async function sdkSize(): Promise<string> {
  try {
    const { measureSdkSize } = await import('../packages/sdk/scripts/size.ts');
    const size = await measureSdkSize();
    return `${(size.runtime.gzip / 1024).toFixed(2)} KB min+gzip runtime (createClient, PlanHubError); ${(size.all.gzip / 1024).toFixed(2)} KB with every method and document`;
  } catch (error) {
    return `not measured (${(error as Error).message.split('\n')[0]})`;
  }
}

async function dashboardSize(): Promise<string> {
  try {
    const { describeDashboardSize, measureDashboardSize } = await import('../packages/dashboard/scripts/size.ts');
    return describeDashboardSize(await measureDashboardSize());
  } catch (error) {
    return `not measured (${(error as Error).message.split('\n')[0]})`;
  }
}

function report(provider: Provider, results: ScaleResult[], meta: Record<string, string>, totalSeconds: number): string {
  const lines: string[] = [];
  lines.push(`# PlanHub benchmark: ${provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, '');
  for (const [k, v] of Object.entries(meta)) lines.push(`- ${k}: ${v}`);
  lines.push(`- load: autocannon, ${connections} connections, ${warmupSeconds} s warm-up then ${durationSeconds} s measured, per server and workload`);
  lines.push(`- this database's part of the run: ${f0(totalSeconds)} s`, '');
  lines.push(
    'Latencies are p50 / p99 in ms. Ratios are ÷ baseline requests/s. CPU is the server process\'s CPU time over the whole load job (warm-up included) ÷ its requests, in ms. PlanHub runs graphql-jit (the default); "graphql-js" is the same bundle with PLANHUB_JIT=off. SQL/req counts one request (after one warm-up request) in process.',
    '',
  );
  lines.push('| scale | workload | baseline req/s | PlanHub req/s | PlanHub ÷ baseline | graphql-js req/s | graphql-js ÷ baseline | cached req/s | cached ÷ baseline | CPU ms/req baseline / PlanHub / graphql-js / cached | p50 / p99 baseline | p50 / p99 PlanHub | p50 / p99 graphql-js | p50 / p99 cached | SQL/req PlanHub / cached hit / baseline | peak RSS MB in the workload baseline / PlanHub / graphql-js / cached |');
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const cpu = (f?: Measured) => (f ? f.cpuMsPerRequest.toFixed(2) : '–');
  const peak = (f?: Measured) => (f ? f0(f.peakRssMb) : '–');
  for (const r of results) {
    for (const row of r.rows) {
      const c = row.cached;
      const base = row.baseline.requestsPerSecond;
      lines.push(
        `| ${r.scale} | ${row.workload.name} | ${f0(base)} | ${f0(row.planhub.requestsPerSecond)} | ${pct(row.planhub.requestsPerSecond / base)} | ${f0(row.interpreted.requestsPerSecond)} | ${pct(row.interpreted.requestsPerSecond / base)} | ${c ? f0(c.requestsPerSecond) : '–'} | ${c ? pct(c.requestsPerSecond / base) : '–'} | ${cpu(row.baseline)} / ${cpu(row.planhub)} / ${cpu(row.interpreted)} / ${cpu(c)} | ${latency(row.baseline)} | ${latency(row.planhub)} | ${latency(row.interpreted)} | ${c ? latency(c) : '–'} | ${row.counts.planhub} / ${row.counts.cachedHit} / ${row.counts.baseline} | ${peak(row.baseline)} / ${peak(row.planhub)} / ${peak(row.interpreted)} / ${peak(c)} |`,
      );
    }
  }
  lines.push('', '| scale | indicators | targets | results | solutions | build s | PlanHub cold start ms (median of 3) | baseline cold start ms | peak RSS MB PlanHub / graphql-js / cached / baseline |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of results) {
    lines.push(
      `| ${r.scale} | ${r.data.rows.indicators} | ${r.data.rows.targets} | ${r.data.rows.results} | ${r.data.rows.solutions} | ${f1(r.data.buildSeconds)} | ${f0(median(r.coldStartsMs))} (${r.coldStartsMs.map(f0).join(', ')}) | ${f0(r.baselineColdStartMs)} | ${f0(r.peakRss.planhub)} / ${f0(r.peakRss.interpreted)} / ${r.peakRss.cached ? f0(r.peakRss.cached) : '–'} / ${f0(r.peakRss.baseline)} |`,
    );
  }
  for (const r of results) {
    if (!r.writes) continue;
    const w = r.writes;
    lines.push(
      '',
      `Writes (${r.scale} data, in process): \`recordResult\` from ${w.writers} concurrent writers, ${w.writes} in all, each in its transaction with its quote looked up, its rules checked and its audit entry, against a hand-written transaction making the same rows from ${w.writers} writers: PlanHub ${f0(w.planhubPerSecond)} writes/s, hand-written ${f0(w.baselinePerSecond)}/s, ${pct(w.ratio)}.`,
    );
  }
  for (const r of results) {
    if (!r.imports) continue;
    const i = r.imports;
    lines.push(
      '',
      `Import (${r.scale} data, in process): a CSV of ${i.rows} results (${f1(i.fileMb)} MB, synthetic sources) through \`runImport\` (every row read, checked by the write path, matched, quoted and audited, in one transaction), against a hand-written batched INSERT of the same rows, quotes and audit entries (500 rows a statement, one transaction): PlanHub ${f0(i.planhubRowsPerSecond)} rows/s, hand-written ${f0(i.baselineRowsPerSecond)} rows/s, ${pct(i.ratio)}; the bench process's peak RSS during the import +${f0(i.peakRssGrowthMb)} MB.`,
      ...i.exports.map((e) => `Export of every result (${e.rows} rows) as ${e.format}, streamed: ${f0(e.rowsPerSecond)} rows/s, first bytes after ${f0(e.firstByteMs)} ms, ${f1(e.mb)} MB, peak RSS +${f0(e.peakRssGrowthMb)} MB.`),
    );
  }
  lines.push('', 'What the operation limits, the deadline and the rate limiter cost a dashboard request (in process, the same app with them and without, interleaved, alternating; the medians of 20 rounds of 20):', '');
  for (const r of results) if (r.limits) lines.push(`- ${r.scale}: ${r.limits.ratio >= 1 ? '+' : '−'}${f1(Math.abs(r.limits.ratio - 1) * 100)} % CPU (${f0(r.limits.withUs)} µs with, ${f0(r.limits.withoutUs)} µs without)`);
  lines.push('', 'Workloads (SDK operation and variables):', '');
  for (const row of results[0]?.rows ?? []) lines.push(`- ${row.workload.name}: ${row.workload.bodies[0]!.operationName} — ${row.workload.title}`);
  for (const r of results) {
    if (!r.plans) continue;
    lines.push('', `<details><summary>Query plans of the paged workload's statements at ${r.scale}</summary>`, '', '```', r.plans, '```', '', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------

const cpuList = cpus();
const meta: Record<string, string> = {
  date: new Date().toISOString(),
  CPU: `${cpuList.length} × ${cpuList[0]?.model ?? 'unknown'}`,
  Node: process.version,
  'load average at start (1, 5, 15 min)': loadavg().map((x) => x.toFixed(2)).join(', '),
  scales: scales.join(', '),
  'SDK size': await sdkSize(),
  'reference dashboard bundle (vite build)': await dashboardSize(),
};
mkdirSync(flags.out!, { recursive: true });
const runStarted = performance.now();
for (const provider of providers) {
  const started = performance.now();
  const results: ScaleResult[] = [];
  for (const scale of scales) results.push(await runScale(provider, scale));
  const markdown = report(provider, results, meta, (performance.now() - started) / 1000);
  const file = join(flags.out!, `${meta.date!.slice(0, 10)}-${provider}.md`);
  writeFileSync(file, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${file}`);
}
loadChild?.disconnect();
log(`done in ${f0((performance.now() - runStarted) / 1000)} s`);
