// Upgrading a store written before claim sightings had their own table: every stored timeline moves over unchanged.

import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { createTestDatabase, postgresUnavailable } from './helpers.js';

const pgSkip = await postgresUnavailable();

/** A timeline as the old store kept it, in the tracker's order: dated by time, ties as added, undated last. */
const timeline = [
  { article: 'a2', published: '2020-08-01', outlet: 'teleSUR', start: 0, end: 9, text: 'first one' },
  {
    article: 'a1',
    published: '2020-08-01T12:00:00Z',
    outlet: 'Press TV',
    start: 3,
    end: 9,
    text: 'and again',
  },
  { article: 'a3', published: '2020-08-02T08:00:00', outlet: null, start: 1, end: 2, text: 'x' },
  { article: 'a4', published: null, outlet: 'Press TV', start: 5, end: 8, text: 'undated' },
];
const insertClaim = `INSERT INTO claims (id, text, key, outlets, first_article, first_published, timeline, size)
  VALUES ('c1', 'first one', 'num:80~vote', '["Press TV","teleSUR"]', 'a2', '2020-08-01', $1, 4)`;

describe('claim sightings migration', () => {
  it('moves SQLite timelines into claim_sightings', async () => {
    const path = join(tmpdir(), `wiretrace-migration-${process.pid}.db`);
    const old = new Database(path);
    for (const m of sqliteMigrations.slice(0, 2)) old.exec(m);
    old.pragma('user_version = 2');
    old.prepare(insertClaim.replace('$1', '?')).run(JSON.stringify(timeline));
    old.close();
    const store = new SqliteStore(path);
    try {
      const [claim] = await store.allClaims();
      expect(claim.timeline).toEqual(timeline);
    } finally {
      await store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    }
  });

  it.skipIf(pgSkip !== null)('moves PostgreSQL timelines into claim_sightings', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(postgresMigrations[0]);
      await client.query('CREATE TABLE wiretrace_schema (version INTEGER NOT NULL)');
      await client.query('INSERT INTO wiretrace_schema (version) VALUES (1)');
      await client.query(insertClaim, [JSON.stringify(timeline)]);
    } finally {
      await client.end();
    }
    const store = await openStore(db.url);
    try {
      const [claim] = await store.allClaims();
      expect(claim.timeline).toEqual(timeline);
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
