// Stores as an older wiretrace left them, for the migration tests: the first `version` migrations run, some rows of
// that schema inserted, then opened by this tree (which upgrades them) beside a store that starts new.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { createTestDatabase } from './helpers.js';

/** Checks `(old, fresh)`: a store of SQLite schema `version` holding the rows `seed` inserts, and a new one. */
export async function withOldSqliteStore(
  version: number,
  seed: string[],
  check: (old: Store, fresh: Store) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-migration-'));
  const path = join(dir, 'old.db');
  const old = new Database(path);
  // Migration 3 dates the sightings it moves (there are none here).
  old.function('wiretrace_time', (_published) => null);
  for (const m of sqliteMigrations.slice(0, version)) old.exec(m);
  old.pragma(`user_version = ${version}`);
  for (const sql of seed) old.exec(sql);
  old.close();
  const store = new SqliteStore(path);
  const fresh = new SqliteStore(':memory:');
  try {
    await check(store, fresh);
  } finally {
    await store.close();
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Checks `(old, fresh)`: a database of PostgreSQL schema `version` holding the rows `seed` inserts, and a new one. */
export async function withOldPostgresStore(
  version: number,
  seed: string[],
  check: (old: Store, fresh: Store) => Promise<void>,
): Promise<void> {
  const [db, freshDb] = [await createTestDatabase(), await createTestDatabase()];
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    for (const m of postgresMigrations.slice(0, version)) await client.query(m);
    await client.query('CREATE TABLE wiretrace_schema (version INTEGER NOT NULL)');
    await client.query(`INSERT INTO wiretrace_schema (version) VALUES (${version})`);
    for (const sql of seed) await client.query(sql);
  } finally {
    await client.end();
  }
  const store = await openStore(db.url);
  const fresh = await openStore(freshDb.url);
  try {
    await check(store, fresh);
  } finally {
    await store.close();
    await fresh.close();
    await db.drop();
    await freshDb.drop();
  }
}
