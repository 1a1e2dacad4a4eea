import Sqlite from 'better-sqlite3';

/**
 * The embedded database in write-ahead-log mode (kept by the file): its readers never wait
 * for a writer, nor a writer for them, even when a large import's transaction outgrows
 * the page cache. In the default rollback mode that would lock readers out until commit,
 * and better-sqlite3 waits for a lock synchronously, stalling the whole server.
 */
export function useWriteAheadLog(file: string): void {
  if (file === ':memory:') return;
  const db = new Sqlite(file, { timeout: 5000 });
  try {
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
  } catch {
    // Another process holds the file: the server's next start (server.ts) switches it.
  } finally {
    db.close();
  }
}
