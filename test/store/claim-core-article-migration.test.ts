// Upgrading a store written before claim cores named the article that stated them first (SQLite schema version 7,
// PostgreSQL 8): its cores read back with no article (a restart treats them as before), the cores linked after the
// upgrade name theirs, and the store links on as a new one does.

import { describe, expect, it } from 'vitest';
import { coreAtoms } from '../../src/link/claims/index.js';
import { plainArticle } from '../../src/model/index.js';
import { link } from '../../src/pipeline/link.js';
import { exportJson } from '../../src/report/export.js';
import type { Store } from '../../src/store/types.js';
import { collect, fakeAnalyzer, postgresUnavailable } from './helpers.js';
import { withOldPostgresStore, withOldSqliteStore } from './old-stores.js';

const pgSkip = await postgresUnavailable();

/** A core as the old schema stored it: with its first time only. */
const OLD_CORE = 'num:40~ferry';
const insertCore = `INSERT INTO claim_cores (core, t) VALUES ('${OLD_CORE}', ${Date.parse('2026-10-01')})`;

/** Invented reports stating the same count, the first of them first. */
const reports = [
  ['r1', '2026-11-10T08:00:00Z', 'Tosk crews walk out', 'Some 340 ferry crews in Tosk walked out over pay.'],
  [
    'r2',
    '2026-11-10T15:00:00Z',
    'Tosk strike spreads',
    'The strike of 340 ferry crews in Tosk spread to the night.',
  ],
].map(([id, published, title, body]) => {
  const article = plainArticle({ id, source: `${id}.txt`, outlet: 'Harbour Post', title, published, body });
  return { article, analysis: fakeAnalyzer.analyze(article) };
});

const LATER = Date.parse('2100-01-01');

async function expectUpgraded(store: Store, fresh: Store): Promise<void> {
  expect(await store.claimCoresAmong([OLD_CORE], LATER)).toEqual([{ core: OLD_CORE, article: null }]);
  await store.putArticles(reports);
  await fresh.putArticles(reports);
  await link(store);
  await link(fresh);
  const stated = [...new Set(coreAtoms(reports[0].article.body).map((a) => a.key))];
  expect(stated.length).toBeGreaterThan(0);
  const firsts = await store.claimCoresAmong(stated, LATER);
  expect(firsts.map((c) => c.article)).toEqual(stated.map(() => 'r1'));
  expect(await collect(exportJson(store))).toBe(await collect(exportJson(fresh)));
}

describe('claim core first article migration', () => {
  it('opens a SQLite store of schema version 7', async () => {
    await withOldSqliteStore(7, [insertCore], expectUpgraded);
  });

  it.skipIf(pgSkip !== null)('opens a PostgreSQL store of schema version 8', async () => {
    await withOldPostgresStore(8, [insertCore], expectUpgraded);
  });
});
