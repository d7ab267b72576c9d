// Upgrading a store written before stale story summaries were recorded (schema version 6): it opens, lists no stale
// story (it never recorded which were), and links as a new store does.

import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../src/model/index.js';
import { link } from '../../src/pipeline/link.js';
import { exportJson } from '../../src/report/export.js';
import { openStore } from '../../src/store/index.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { collect, createTestDatabase, fakeAnalyzer, postgresUnavailable } from './helpers.js';

const pgSkip = await postgresUnavailable();

/** A story as version 6 stored it, with no article of its own (the store reads its articles by story). */
const insertStory = `INSERT INTO stories (id, title, outlets, first_published, last_published, absorbed, key_entities, size)
  VALUES ('s-old', 'Ferry strike in Varbel enters its third day', '["Harbour Post"]', '2026-11-02', '2026-11-04',
    '["s-gone"]', '["Varbel Council","Ines Marrow"]', 3)`;

/** Invented reports, two of them about the same ferry strike. */
const reports = [
  [
    'r1',
    '2026-11-10T08:00:00Z',
    'Ferry crews in Tosk walk out',
    'Ferry crews in Tosk walked out over pay, Ines Marrow said.',
  ],
  [
    'r2',
    '2026-11-10T15:00:00Z',
    'Tosk ferry strike spreads',
    'The ferry strike in Tosk spread to the night crews, Ines Marrow said.',
  ],
  [
    'r3',
    '2026-11-11T09:00:00Z',
    'Kimdro library reopens',
    'The Kimdro library reopened after a long repair of its roof.',
  ],
].map(([id, published, title, body]) => {
  const article = plainArticle({ id, source: `${id}.txt`, outlet: 'Harbour Post', title, published, body });
  return { article, analysis: fakeAnalyzer.analyze(article) };
});

/** The story of version 6 reads back, none is listed stale, and the reports link as in a new store. */
async function expectUpgraded(store: Store, fresh: Store): Promise<void> {
  expect(await store.staleStories()).toEqual([]);
  const old = await store.getStory('s-gone');
  expect(old?.id).toBe('s-old');
  expect(old?.key_entities).toEqual(['Varbel Council', 'Ines Marrow']);
  await store.putArticles(reports);
  await fresh.putArticles(reports);
  await link(store);
  await link(fresh);
  expect(await store.staleStories()).toEqual([]);
  const stories = async (s: Store) => JSON.parse(await collect(exportJson(s))).stories;
  expect((await stories(store)).filter((s: { id: string }) => s.id !== 's-old')).toEqual(
    await stories(fresh),
  );
}

describe('stale stories migration', () => {
  it('opens a SQLite store of schema version 6', async () => {
    const path = join(tmpdir(), `wiretrace-stale-migration-${process.pid}.db`);
    const old = new Database(path);
    // Migration 3 dates the sightings it moves (there are none here).
    old.function('wiretrace_time', (_published) => null);
    for (const m of sqliteMigrations.slice(0, 6)) old.exec(m);
    old.pragma('user_version = 6');
    old.exec(insertStory);
    old.exec(`INSERT INTO stories (id, title, outlets, absorbed, key_entities, size, merged_into)
      VALUES ('s-gone', NULL, '[]', '[]', '[]', 0, 's-old')`);
    old.close();
    const store = new SqliteStore(path);
    const fresh = new SqliteStore(':memory:');
    try {
      await expectUpgraded(store, fresh);
    } finally {
      await store.close();
      await fresh.close();
      rmSync(path, { force: true });
    }
  });

  it.skipIf(pgSkip !== null)('opens a PostgreSQL store of schema version 6', async () => {
    const [db, freshDb] = [await createTestDatabase(), await createTestDatabase()];
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const m of postgresMigrations.slice(0, 6)) await client.query(m);
      await client.query('CREATE TABLE wiretrace_schema (version INTEGER NOT NULL)');
      await client.query('INSERT INTO wiretrace_schema (version) VALUES (6)');
      await client.query(insertStory);
      await client.query(`INSERT INTO stories (id, title, outlets, absorbed, key_entities, size, merged_into)
        VALUES ('s-gone', NULL, '[]', '[]', '[]', 0, 's-old')`);
    } finally {
      await client.end();
    }
    const store = await openStore(db.url);
    const fresh = await openStore(freshDb.url);
    try {
      await expectUpgraded(store, fresh);
    } finally {
      await store.close();
      await fresh.close();
      await db.drop();
      await freshDb.drop();
    }
  });
});
