// Store failures a user or an operator can act on (a lock, permissions, a full disk), told apart from internal errors.

/** What to do about a store failure, by SQLite's error code (extended codes share the first two words). */
const STORE_FAILURES: Record<string, string> = {
  SQLITE_READONLY:
    'the database is read-only: check the permissions of the file and of its folder (the -wal and -shm files are written beside it)',
  SQLITE_BUSY:
    'the database is locked by another process writing to it (another analyze, ingest or link?); run this again when that one ends',
  SQLITE_FULL: 'the disk that holds the database is full',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_NOTADB: 'the file is not a wiretrace database',
};

/** A known store failure explained, with SQLite's own words after it; null for any other error. */
export function storeFailure(error: unknown): string | null {
  const { code, message } = error as { code?: unknown; message?: string };
  const advice = typeof code === 'string' ? STORE_FAILURES[code.split('_').slice(0, 2).join('_')] : undefined;
  return advice ? `${advice} (${message})` : null;
}
