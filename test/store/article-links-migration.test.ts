// Upgrading a PostgreSQL store from schema version 2, when story and linked flag were columns of the article row.

import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import { createTestDatabase, postgresUnavailable } from './helpers.js';

const pgSkip = await postgresUnavailable();

const insertArticle = `INSERT INTO articles (id, body_hash, source, outlet, published, bylines, body, paragraphs,
  captions, removed, meta, messages, story, linked, ingested_at)
  VALUES ($1, $1, 'seed.txt', 'Press TV', '2020-08-20', '[]', $2, '[]', '[]', '[]', '{}', '[]', $3, $4, '2026-12-04')`;

describe.skipIf(pgSkip !== null)('article links migration (PostgreSQL)', () => {
  it('keeps every story and linked flag, and dates the sightings version 2 left undated', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(postgresMigrations[0]);
      await client.query(postgresMigrations[1]);
      await client.query('CREATE TABLE wiretrace_schema (version INTEGER NOT NULL)');
      await client.query('INSERT INTO wiretrace_schema (version) VALUES (2)');
      await client.query(insertArticle, ['a1', 'Moscow warned against interference.', 's1', true]);
      await client.query(insertArticle, ['a2', 'Minsk answered.', 's1', true]);
      await client.query(insertArticle, ['a3', 'Not linked yet.', null, false]);
      await client.query(
        `INSERT INTO claim_sightings (claim, article, published, t, outlet, start, "end", text) VALUES
           ('c1', 'a1', '2020-08-20T10:30:00+03:00', NULL, 'Press TV', 0, 6, 'Moscow'),
           ('c1', 'a2', 'August 2020', NULL, 'Press TV', 0, 5, 'Minsk')`,
      );
    } finally {
      await client.end();
    }
    const store = await openStore(db.url);
    try {
      expect((await store.getArticle('a1'))?.story).toBe('s1');
      expect((await store.getArticle('a3'))?.story).toBeNull();
      expect((await store.listArticles({ story: 's1' })).items.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
      expect((await store.stats()).unlinked).toBe(1);
      const unlinked = [];
      for await (const a of store.iterateArticles({ linked: false })) unlinked.push(a.id);
      expect(unlinked).toEqual(['a3']);

      const check = new pg.Client({ connectionString: db.url });
      await check.connect();
      try {
        const { rows } = await check.query('SELECT article, t FROM claim_sightings ORDER BY article');
        expect(rows).toEqual([
          { article: 'a1', t: Date.parse('2020-08-20T10:30:00+03:00') },
          { article: 'a2', t: null },
        ]);
      } finally {
        await check.end();
      }
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
