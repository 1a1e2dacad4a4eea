import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '@planhub/db/client';
import { GetIndicatorDocument, ListIndicatorsDocument, SearchDocument } from '../packages/sdk/src/generated/graphql.ts';
import { createBenchDatabase, type Provider } from './data.ts';

// npm run soak [-- --minutes 10 --idle-seconds 60 --db sqlite --normal-rate 20 --hostile-rate 60]
//
// What npm start runs (the bundle), in production settings, at the benchmark's M scale:
// first ordinary traffic alone (the SDK's dashboard, paged list, search and one
// indicator, at a fixed rate), then the same traffic while hostile clients send, also
// at a fixed rate, every kind of abuse the attack suite tries (deep, costly and aliased
// operations, token floods, huge bodies, introspection, NUL bytes, broken JSON, form
// posts). Prints errors among ordinary requests, their p50/p99 idle and under attack,
// and the server's memory at the start and end of the attack.
// Targets: no errors on ordinary requests, p99 under attack within 2× of idle, memory
// growth under 10 % after the first two minutes (see below). Not part of npm test.

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '60' },
    db: { type: 'string', default: 'sqlite' },
    'normal-rate': { type: 'string', default: '20' },
    'hostile-rate': { type: 'string', default: '60' },
  },
});
const attackSeconds = Math.round(Number(flags.minutes) * 60);
const idleSeconds = Number(flags['idle-seconds']);
const normalRate = Number(flags['normal-rate']);
const hostileRate = Number(flags['hostile-rate']);
const log = (line: string) => console.log(`[soak] ${line}`);

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

const data = await createBenchDatabase(flags.db as Provider, 'M');
log(`${flags.db} M: ${data.rows.indicators} indicators, ${data.rows.targets} targets`);
const db = openDatabase(data.config);
const plan = await db.prisma.plan.findUniqueOrThrow({ where: { key: 'syn-plan-0-2024' } });
await db.close();

const server = fork(join(import.meta.dirname, '../packages/server/dist/main.js'), [], {
  env: {
    ...process.env,
    DATABASE_URL: data.config.url,
    NODE_ENV: 'production',
    PLANHUB_SEED: 'never',
    PLANHUB_LOG_LEVEL: 'warn',
    PLANHUB_TRUST_PROXY: 'on',
    PORT: '0',
    HOST: '127.0.0.1',
  },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const port = await new Promise<number>((resolve, reject) => {
  server.once('message', (m: { port: number }) => resolve(m.port));
  server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
});
const url = `http://127.0.0.1:${port}/graphql`;

const json = (query: string, variables: Record<string, unknown>, operationName?: string) => JSON.stringify({ query, variables, operationName });
const planId = gid('Plan', plan.id);
const normalBodies = [
  json(ListIndicatorsDocument.toString(), { filter: { plan: planId }, targetsOfPlan: planId, first: 50 }, 'ListIndicators'),
  json(ListIndicatorsDocument.toString(), { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 20 }, 'ListIndicators'),
  json(SearchDocument.toString(), { text: 'tang truong', first: 20 }, 'Search'),
  json(GetIndicatorDocument.toString(), { area: 'syn-province-1', code: 'syn-ind-0' }, 'GetIndicator'),
];
// Ordinary traffic is many people's: 100 client addresses, each well within its budget
// (20 req/s over 100 clients is one request per client every 5 s).
const normal = Array.from({ length: 100 }, (_, c) =>
  normalBodies.map((body) => ({ method: 'POST' as const, body, headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.${c >> 8}.${(c % 250) + 1}` } })),
).flat();

const deep = (n: number) => `{ sectors { ${'parent { '.repeat(n)}code${' }'.repeat(n)} } }`;
const nested = `{ agencies(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { totalCount } } } } } } } } } } }`;
const hostileBodies: Array<{ body: string; type?: string }> = [
  { body: json(deep(40), {}) },
  { body: json(deep(3000), {}) },
  { body: json(nested, {}) },
  { body: json(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: units { code }`).join(' ')} }`, {}) },
  { body: json(`{ ${'__typename '.repeat(20_000)} }`, {}) },
  { body: json(`{ __schema { types { name fields { name } } } }`, {}) },
  { body: json(`query($t: String!) { search(text: $t) { totalCount } }`, { t: 'a\u0000b' }) },
  { body: json(`{ search(text: "%%") { totalCount edges { node { __typename } } } }`, {}) },
  { body: '{"query": "{ __typename', type: 'application/json' },
  { body: 'query=%7B__typename%7D', type: 'application/x-www-form-urlencoded' },
  { body: json(`{ __typename } #${'x'.repeat(300_000)}`, {}) },
  // Allowed but as large as a page may be: costs the attacker's own budget.
  { body: json(`{ indicators(first: 100) { edges { node { targets(first: 100) { edges { node { status statusReason } } } } } } }`, {}) },
];
const hostile = hostileBodies.map(({ body, type }, i) => ({
  method: 'POST' as const,
  body,
  headers: { 'content-type': type ?? 'application/json', 'x-forwarded-for': `10.66.0.${(i % 200) + 1}` },
}));

function run(requests: typeof normal, rate: number, seconds: number) {
  return autocannon({ url, connections: Math.max(2, Math.ceil(rate / 10)), overallRate: rate, duration: seconds, requests });
}

const summary = (r: autocannon.Result) => ({ requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });

log(`idle: ordinary traffic alone for ${idleSeconds} s at ${normalRate} req/s`);
await run(normal, normalRate, 10); // warm-up
const idle = summary(await run(normal, normalRate, idleSeconds));
const startRss = rssMb(server.pid!);
log(`attack: ordinary traffic at ${normalRate} req/s with hostile traffic at ${hostileRate} req/s for ${attackSeconds} s`);
// Memory every 10 s: the first minutes fill caches and grow the heap to its working
// size, so a leak shows as growth after that, from the end of the second minute on.
const samples: number[] = [];
const sampler = setInterval(() => samples.push(rssMb(server.pid!)), 10_000);
const [during, attack] = await Promise.all([run(normal, normalRate, attackSeconds), run(hostile, hostileRate, attackSeconds)]);
clearInterval(sampler);
const endRss = rssMb(server.pid!);
const settledRss = samples[Math.min(11, samples.length - 1)] ?? startRss;
const underAttack = summary(during);
server.kill('SIGTERM');
await data.drop();

const figures = {
  idle,
  underAttack,
  hostile: { requests: attack.requests.total, non2xx: attack.non2xx, errors: attack.errors + attack.timeouts },
  memoryMb: {
    start: Math.round(startRss),
    afterTwoMinutes: Math.round(settledRss),
    peak: Math.round(Math.max(startRss, endRss, ...samples)),
    end: Math.round(endRss),
    growthPercent: Math.round(((endRss - settledRss) / settledRss) * 1000) / 10,
  },
};
console.log(JSON.stringify(figures, null, 2));
const ok = underAttack.errors === 0 && underAttack.non2xx === 0 && underAttack.p99 <= 2 * Math.max(idle.p99, 1) && figures.memoryMb.growthPercent < 10;
log(
  `ordinary requests under attack: ${underAttack.errors + underAttack.non2xx} errors; p50 ${idle.p50} → ${underAttack.p50} ms, p99 ${idle.p99} → ${underAttack.p99} ms; memory ${figures.memoryMb.start} MB at the start, ${figures.memoryMb.afterTwoMinutes} MB after two minutes, ${figures.memoryMb.end} MB at the end (${figures.memoryMb.growthPercent} % after the first two minutes): ${ok ? 'every target met' : 'a target missed'}`,
);
process.exit(ok ? 0 : 1);
