// The order articles were linked in: each saveLinks is one link batch, numbered after the last, and the linked articles
// are read back by batch, in publication order within one (undated last), on SQLite and on PostgreSQL.

import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/index.js';
import { plainArticle } from '../../src/model/index.js';
import { emptyLinkBatch } from '../../src/store/index.js';
import type { LinkedKey, Store } from '../../src/store/types.js';
import { postgresUnavailable, storeBackends } from './helpers.js';

const pgSkip = await postgresUnavailable();

const article = (id: string, published: string | null): Article =>
  plainArticle({
    id,
    source: `mem/${id}.txt`,
    outlet: 'Press TV',
    title: `Title ${id}`,
    body: `Body of ${id}.`,
    published,
  });

/** Links `ids` in one batch, each in a story of its own. */
const linkBatch = (store: Store, ids: string[]) =>
  store.saveLinks({
    ...emptyLinkBatch(),
    articles: ids,
    articleStories: ids.map((id) => ({ article: id, story: `s-${id}` })),
  });

async function keys(store: Store, batchSize?: number): Promise<string[]> {
  const out: LinkedKey[] = [];
  for await (const batch of store.linkedKeys({ batchSize })) {
    expect(batch.length).toBeLessThanOrEqual(batchSize ?? Number.POSITIVE_INFINITY);
    out.push(...batch);
  }
  return out.map((k) => k.id);
}

async function ids(store: Store, options: Parameters<Store['iterateArticles']>[0]): Promise<string[]> {
  const out: string[] = [];
  for await (const a of store.iterateArticles(options)) out.push(a.id);
  return out;
}

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`link order (${backend.name})`, () => {
    it('reads the linked articles back batch by batch, a backlog older than earlier batches after them', async () => {
      const { store, dispose } = await backend.open();
      try {
        await store.putArticles(
          [
            article('n20', '2020-11-20'),
            article('n21', '2020-11-21'),
            article('u1', null),
            article('o10', '2020-10-10'),
            article('o12', '2020-10-12'),
            article('u2', null),
            article('o11', '2020-10-11'),
            article('late', '2020-10-01'),
          ].map((a) => ({ article: a, analysis: null })),
        );
        // Batch 1: the newest and an undated one; batch 2: an older backlog, given in publication order as the link
        // run gives it; batch 3: one more, older still. `late` is never linked.
        await linkBatch(store, ['n20', 'n21', 'u1']);
        await linkBatch(store, ['o10', 'o11', 'o12', 'u2']);
        await linkBatch(store, ['n20']);
        await linkBatch(store, []);
        const linkOrder = ['n20', 'n21', 'u1', 'o10', 'o11', 'o12', 'u2'];
        for (const size of [undefined, 1, 2, 3, 4, 7]) expect(await keys(store, size)).toEqual(linkOrder);
        expect(await ids(store, { linked: true, order: 'linked' })).toEqual(linkOrder);
        for (const batchSize of [1, 2, 3])
          expect(await ids(store, { linked: true, order: 'linked', batchSize, fields: 'link' })).toEqual(
            linkOrder,
          );
        // The unlinked ones first (batch 0), then every batch.
        expect(await ids(store, { order: 'linked', batchSize: 2 })).toEqual(['late', ...linkOrder]);
        expect(await ids(store, { linked: false, order: 'linked' })).toEqual(['late']);
        // Publication order is unchanged.
        expect(await ids(store, { linked: true, order: 'published' })).toEqual([
          'o10',
          'o11',
          'o12',
          'n20',
          'n21',
          'u1',
          'u2',
        ]);
        expect(await store.lastLinkedPublished()).toBe('2020-11-21');
        expect([...(await store.storiesLinkedSince('2020-10-12'))].sort()).toEqual([
          's-n20',
          's-n21',
          's-o12',
          's-u1',
          's-u2',
        ]);
        expect((await store.stats()).unlinked).toBe(1);
        // The stories of the last articles in link order, whatever their dates.
        expect([...(await store.storiesLinkedLast(2))].sort()).toEqual(['s-o12', 's-u2']);
        expect([...(await store.storiesLinkedLast(3))].sort()).toEqual(['s-o11', 's-o12', 's-u2']);
        expect((await store.storiesLinkedLast(100)).size).toBe(linkOrder.length);

        // An article linked again keeps its batch; the next batch comes after all.
        await linkBatch(store, ['late', 'n21']);
        expect(await keys(store, 2)).toEqual([...linkOrder, 'late']);
        expect((await store.stats()).unlinked).toBe(0);
      } finally {
        await dispose();
      }
    });
  });
}
