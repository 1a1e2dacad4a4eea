import { startServer } from '@planhub/server/server';

// PlanHub as bench/run.ts starts it: a process of its own, configured by the
// environment exactly as `npm start` is (DATABASE_URL, PLANHUB_RESPONSE_CACHE, …),
// on a free loopback port that it reports over IPC once it listens.

const running = await startServer({ host: '127.0.0.1', port: 0, log: () => {} });
process.send?.({ port: running.port });
const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
