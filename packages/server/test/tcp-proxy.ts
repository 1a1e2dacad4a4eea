import { createServer, type Server, type Socket, connect } from 'node:net';

// A loopback TCP proxy to PostgreSQL that a test can cut, restore and slow down:
// an outage without stopping the machine's shared database server.

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones, like a database that went away. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  /** Delays data from the database by this many milliseconds (0: none). */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

export async function createTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let delay = 0;
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        sockets.add(client).add(upstream);
        const forget = () => {
          sockets.delete(client);
          sockets.delete(upstream);
          client.destroy();
          upstream.destroy();
        };
        client.on('error', forget).on('close', forget);
        upstream.on('error', forget).on('close', forget);
        client.on('data', (chunk) => upstream.write(chunk));
        upstream.on('data', (chunk) => {
          if (delay > 0) setTimeout(() => client.writable && client.write(chunk), delay);
          else client.write(chunk);
        });
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  return {
    get port() {
      return port;
    },
    cut: stop,
    restore: listen,
    setDelay: (ms) => {
      delay = ms;
    },
    close: stop,
  };
}
