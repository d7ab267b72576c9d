// Upgrading a PostgreSQL store from schema version 7, whose linked flag was a boolean, to the link batch number: the
// articles linked before become batch 1 (one batch, replayed in publication order as before), and the store links on
// as one that never had the flag.

import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { link } from '../../src/pipeline/link.js';
import { exportJson } from '../../src/report/export.js';
import { openStore } from '../../src/store/index.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import type { Store } from '../../src/store/types.js';
import { BATCH, staleStream } from '../helpers/stale-stream.js';
import { collect, createTestDatabase, postgresUnavailable } from './helpers.js';

const pgSkip = await postgresUnavailable();

/**
 * Versions 8 and 9 undone: the flag as version 7 kept it (true where linked), with its indexes and view, and claim
 * cores without their first article.
 */
const BACK_TO_7 = `
  DROP VIEW articles;
  DROP INDEX article_links_unlinked_published;
  DROP INDEX article_links_unlinked;
  DROP INDEX article_links_linked_published;
  DROP INDEX article_links_link_order;
  ALTER TABLE article_links ALTER COLUMN linked DROP DEFAULT;
  ALTER TABLE article_links ALTER COLUMN linked TYPE BOOLEAN USING (linked > 0);
  ALTER TABLE article_links ALTER COLUMN linked SET DEFAULT false;
  CREATE INDEX article_links_unlinked_published ON article_links(published_key, seq) WHERE NOT linked;
  CREATE INDEX article_links_unlinked ON article_links(seq) WHERE NOT linked;
  CREATE INDEX article_links_linked_published ON article_links(published_key, seq) INCLUDE (id, story) WHERE linked;
  CREATE VIEW articles AS
    SELECT r.*, l.story, coalesce(l.linked, false) AS linked
    FROM article_rows r LEFT JOIN article_links l ON l.id = r.id;
  ALTER TABLE claim_cores DROP COLUMN article;
  UPDATE wiretrace_schema SET version = 7;`;

async function sql<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The stream's first half linked (several batches), the second stored; with `old`, the store taken back to 7 then. */
async function halfLinked(old: boolean): Promise<{ store: Store; url: string; drop: () => Promise<void> }> {
  const db = await createTestDatabase();
  const half = staleStream.length / 2;
  let store = await openStore(db.url);
  await store.putArticles(staleStream.slice(0, half));
  await link(store, { batchSize: BATCH });
  if (old) {
    await store.close();
    await sql(db.url, (c) => c.query(BACK_TO_7));
    expect(
      await sql(db.url, async (c) => (await c.query('SELECT version FROM wiretrace_schema')).rows),
    ).toEqual([{ version: 7 }]);
    store = await openStore(db.url);
  }
  await store.putArticles(staleStream.slice(half));
  return { store, ...db };
}

describe.skipIf(pgSkip !== null)('link order migration (PostgreSQL)', () => {
  it('makes the articles linked before batch 1, and links on as a store that never had the flag', {
    timeout: 120_000,
  }, async () => {
    // Taken back to 7 past migration 9 too (claim cores' first article), which the upgrade adds again.
    expect(postgresMigrations.length).toBe(9);
    const now = await halfLinked(false);
    const old = await halfLinked(true);
    try {
      const half = staleStream.length / 2;
      const batches = async (url: string) =>
        (
          await sql(url, (c) =>
            c.query('SELECT linked, count(*)::int AS n FROM article_links GROUP BY linked ORDER BY linked'),
          )
        ).rows;
      expect(await batches(old.url)).toEqual([
        { linked: 0, n: half },
        { linked: 1, n: half },
      ]);
      expect((await batches(now.url)).length).toBe(1 + half / BATCH);
      expect((await old.store.stats()).unlinked).toBe(half);
      // One batch: the linked articles in publication order, as linked.
      const keys = async (store: Store) => {
        const out: string[] = [];
        for await (const batch of store.linkedKeys()) out.push(...batch.map((k) => k.id));
        return out;
      };
      expect(await keys(old.store)).toEqual(await keys(now.store));

      await link(old.store, { batchSize: BATCH });
      await link(now.store, { batchSize: BATCH });
      expect(await batches(old.url)).toEqual([
        { linked: 1, n: half },
        ...Array.from({ length: half / BATCH }, (_, i) => ({ linked: 2 + i, n: BATCH })),
      ]);
      expect(await collect(exportJson(old.store))).toBe(await collect(exportJson(now.store)));
    } finally {
      for (const { store, drop } of [now, old]) {
        await store.close();
        await drop();
      }
    }
  });
});
