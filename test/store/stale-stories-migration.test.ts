// Upgrading a store written before stale story summaries were recorded (schema version 6): it opens, lists no stale
// story (it never recorded which were), and links as a new store does.

import { describe, expect, it } from 'vitest';
import { plainArticle } from '../../src/model/index.js';
import { link } from '../../src/pipeline/link.js';
import { exportJson } from '../../src/report/export.js';
import type { Store } from '../../src/store/types.js';
import { collect, fakeAnalyzer, postgresUnavailable } from './helpers.js';
import { withOldPostgresStore, withOldSqliteStore } from './old-stores.js';

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

/** The story that version 6 merged into another. */
const insertMerged = `INSERT INTO stories (id, title, outlets, absorbed, key_entities, size, merged_into)
  VALUES ('s-gone', NULL, '[]', '[]', '[]', 0, 's-old')`;

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
    await withOldSqliteStore(6, [insertStory, insertMerged], expectUpgraded);
  });

  it.skipIf(pgSkip !== null)('opens a PostgreSQL store of schema version 6', async () => {
    await withOldPostgresStore(6, [insertStory, insertMerged], expectUpgraded);
  });
});
