import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type DatabaseConfig, databaseConfigFromEnv, parseEnv, sqlitePath } from '@planhub/db/config';
import { useWriteAheadLog } from '@planhub/db/wal';
import { openDatabase, type Database } from '@planhub/db/client';
import { migrationStatus } from '@planhub/db/migration-status';
import { seedIfEmpty } from '@planhub/db/seed';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authSettingsFromEnv } from './auth/settings.ts';
import { responseCacheSettingsFromEnv } from './cache.ts';
import { createChangeFeed } from './live/feed.ts';
import type { Context } from './context.ts';
import { httpSettingsFromEnv } from './http/settings.ts';
import { limitSettingsFromEnv } from './limits/settings.ts';
import { createLogger } from './observability/logger.ts';
import { createPlanHubYoga } from './yoga.ts';

const serverEnv = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a port number (0–65535)' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(4000),
  HOST: z.string().default('0.0.0.0'),
  PLANHUB_SEED: z.enum(['auto', 'never'], { error: 'PLANHUB_SEED must be "auto" or "never"' }).default('auto'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  PLANHUB_JIT: z.enum(['on', 'off'], { error: 'PLANHUB_JIT must be "on" or "off"' }).default('on'),
});

export interface ServerOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the database settings from the environment. */
  database?: DatabaseConfig;
  port?: number;
  host?: string;
  plugins?: Plugin<Context>[];
  log?: (line: string) => void;
  /** Request logs (default: JSON lines on stdout at PLANHUB_LOG_LEVEL). */
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  server: Server;
  /** Stops accepting, lets in-flight requests finish, then closes the pool. */
  close(): Promise<void>;
}

/** Migrates, seeds an empty database, and serves GraphQL at /graphql. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const settings = parseEnv(serverEnv, env, 'server');
  const log = options.log ?? ((line: string) => console.log(line));
  const config = options.database ?? databaseConfigFromEnv(env);
  const cacheSettings = responseCacheSettingsFromEnv(env);
  const limits = limitSettingsFromEnv(env);
  const http = httpSettingsFromEnv(env);
  const auth = authSettingsFromEnv(env);

  const db = openDatabase(config);
  // One cheap query on every start; the schema engine (WebAssembly, slow to load)
  // only when a migration is pending.
  const status = await migrationStatus(config, { db: db.prisma }).catch(() => null);
  if (!status?.upToDate) {
    const { migrate } = await import('@planhub/db/migrate');
    const result = await migrate(config);
    if (result.applied.length) log(`applied migrations: ${result.applied.join(', ')}`);
  }
  // A file migrated before PlanHub used write-ahead logging is switched on the next start.
  if (config.provider === 'sqlite') useWriteAheadLog(sqlitePath(config.url));
  if (settings.PLANHUB_SEED === 'auto' && (await seedIfEmpty(db.prisma))) log('seeded the real data set into an empty database');

  const yoga = createPlanHubYoga({
    db,
    plugins: options.plugins,
    responseCache: cacheSettings,
    jit: settings.PLANHUB_JIT === 'on',
    limits,
    http,
    auth,
    feed: createChangeFeed(env.REDIS_URL),
    logger: options.logger ?? createLogger(env.PLANHUB_LOG_LEVEL ?? 'info'),
    isReady: async () => (await migrationStatus(config, { db: db.prisma })).upToDate,
  });
  if (!(await yoga.ready())) log('REDIS_URL does not answer yet: rate-limit budgets are kept in this process until it does');
  const server = createServer(yoga);
  const port = options.port ?? settings.PORT;
  const host = options.host ?? settings.HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), settings.SHUTDOWN_TIMEOUT_MS);
      await drained;
      clearTimeout(timer);
      await yoga.dispose();
      await db.close();
    })());

  return { url: `http://${shownHost}:${actualPort}/graphql`, port: actualPort, db, server, close };
}
