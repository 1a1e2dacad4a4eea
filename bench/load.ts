import autocannon from 'autocannon';

// The load generator, in a process of its own (bench/run.ts starts one per run, so it
// shares no event loop with the servers): autocannon at a fixed number of connections,
// first a warm-up whose figures are discarded, then the measured run. Loopback only,
// bounded in time. Takes one job at a time over IPC and answers with the figures.

export interface LoadOptions {
  url: string;
  bodies: string[];
  /** The exact body every answer must have (one body only), else counted as a mismatch. */
  expectBody?: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Requests of the warm-up, not measured for latency (they count towards CPU per request). */
  warmupRequests: number;
  errors: number;
  non2xx: number;
  mismatches: number;
}

/**
 * The response's text without its non-ASCII characters. autocannon appends each network
 * chunk of a body to a string (`req.body += data`), so a multi-byte character split
 * across two chunks arrives as replacement characters: comparing the ASCII text (every
 * ID, number, key and bracket) checks the answer without that artefact.
 */
const asciiOf = (text: string) => text.replace(/[^\x00-\x7f]/g, '');

function run(options: LoadOptions, duration: number): Promise<autocannon.Result> {
  const url = new URL(options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error(`load: refusing a non-loopback target ${url.hostname}`);
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // autocannon takes an expected body only with a single request, not a list.
    ...(options.bodies.length === 1 ? { body: options.bodies[0], ...verifying(options.expectBody) } : { requests: options.bodies.map((body) => ({ method: 'POST', body })) }),
  });
}

function verifying(expectBody: string | undefined) {
  if (expectBody === undefined) return {};
  const expected = asciiOf(expectBody);
  return { verifyBody: (body: unknown) => typeof body === 'string' && asciiOf(body) === expected };
}

async function measure(options: LoadOptions): Promise<LoadFigures> {
  const warmup = options.warmupSeconds > 0 ? await run(options, options.warmupSeconds) : undefined;
  const result = await run(options, options.durationSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    warmupRequests: warmup?.requests.total ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: (result as unknown as { mismatches?: number }).mismatches ?? 0,
  };
}

// Started once per run by bench/run.ts; takes one job at a time over IPC.
process.on('message', (job: { id: number; options: LoadOptions }) => {
  measure(job.options).then(
    (figures) => process.send!({ id: job.id, figures }),
    (error: Error) => process.send!({ id: job.id, error: error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
