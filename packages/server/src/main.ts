import { httpSettingsFromEnv } from './http/settings.ts';
import { startServer } from './server.ts';

// `npm start`: serve until SIGTERM/SIGINT, then shut down gracefully.
try {
  const running = await startServer();
  const dashboard = httpSettingsFromEnv().dashboardDir ? `; the dashboard on ${new URL('/', running.url).href}` : '';
  console.log(`PlanHub on ${running.url} (GraphiQL in the browser)${dashboard} — ${running.db.config.provider}`);
  // Started by a parent over IPC (the benchmark, a supervisor): tell it the port, which
  // PORT=0 leaves to the system.
  process.send?.({ port: running.port });
  const stop = (signal: string) => {
    console.log(`${signal}: finishing in-flight requests, then closing`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} catch (error) {
  console.error(`PlanHub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
