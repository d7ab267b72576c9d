// The store door: opens the embedded SQLite store by default, PostgreSQL for a postgres:// address.

import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export { ambiguousArticleId, ID_PREFIX } from './id-prefix.js';
export { emptyLinkBatch } from './link-batch.js';
export { SqliteStore } from './sqlite/index.js';
export type * from './types.js';

export const DEFAULT_DB = './wiretrace.db';

/** Where the store lives: the --db option, else WIRETRACE_DB, else ./wiretrace.db. */
export function resolveDbLocation(option?: string): string {
  return option || process.env.WIRETRACE_DB || DEFAULT_DB;
}

/** A postgres:// address, as opposed to a SQLite file path. */
export const isPostgresLocation = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string): Promise<Store> {
  if (isPostgresLocation(location)) {
    const { PostgresStore } = await import('./postgres/index.js');
    return PostgresStore.connect(location);
  }
  return new SqliteStore(location);
}
