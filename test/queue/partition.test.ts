// Linking partitions: a view of the store that shows one language, and refuses to write once its lock is lost.

import { describe, expect, it } from 'vitest';
import { emptyAnalysis, plainArticle } from '../../src/model/index.js';
import { LostLockError, partitionView } from '../../src/pipeline/queue/index.js';
import { emptyLinkBatch } from '../../src/store/link-batch.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { LinkBatch } from '../../src/store/types.js';

const article = (id: string, lang: string | null, published: string) => ({
  article: plainArticle({
    id,
    source: `${id}.txt`,
    outlet: 'X',
    title: id,
    published,
    lang,
    body: `body ${id}`,
  }),
  analysis: emptyAnalysis(),
});

const batch = (ids: string[]): LinkBatch => ({ ...emptyLinkBatch(), articles: ids });

describe('partition views', () => {
  it('show one language (or every one for "*"), in the order asked, and pass the rest through', async () => {
    const store = new SqliteStore(':memory:');
    await store.putArticles([
      article('a1', 'en', '2020-08-03'),
      article('a2', 'ru', '2020-08-01'),
      article('a3', 'en', '2020-08-02'),
      article('a4', null, '2020-08-04'),
    ]);
    const ids = async (view: ReturnType<typeof partitionView>) => {
      const out: string[] = [];
      for await (const a of view.iterateArticles({ order: 'published' })) out.push(a.id);
      return out;
    };
    expect(await ids(partitionView(store, 'en'))).toEqual(['a3', 'a1']);
    expect(await ids(partitionView(store, 'ru'))).toEqual(['a2']);
    expect(await ids(partitionView(store, null))).toEqual(['a4']);
    expect(await ids(partitionView(store, '*'))).toEqual(['a2', 'a3', 'a1', 'a4']);
    expect((await partitionView(store, 'ru').stats()).articles).toBe(4);
    expect(partitionView(store, 'en').kind).toBe('sqlite');
    await store.close();
  });

  it('walk the keys of their own linked articles and read only their own by id', async () => {
    const store = new SqliteStore(':memory:');
    await store.putArticles([
      article('a1', 'en', '2020-08-03'),
      article('a2', 'ru', '2020-08-01'),
      article('a3', 'en', '2020-08-02'),
      article('a4', null, '2020-08-04'),
    ]);
    await store.saveLinks(batch(['a1', 'a2', 'a3', 'a4']));
    const keys = async (view: ReturnType<typeof partitionView>) => {
      const out: string[] = [];
      for await (const some of view.linkedKeys({ batchSize: 1 })) out.push(...some.map((k) => k.id));
      return out;
    };
    expect(await keys(partitionView(store, 'en'))).toEqual(['a3', 'a1']);
    expect(await keys(partitionView(store, null))).toEqual(['a4']);
    expect(await keys(partitionView(store, '*'))).toEqual(['a2', 'a3', 'a1', 'a4']);
    const read = async (view: ReturnType<typeof partitionView>) =>
      (await view.readArticles(['a4', 'a2', 'a1'])).map((a) => a.id);
    expect(await read(partitionView(store, 'en'))).toEqual(['a1']);
    expect(await read(partitionView(store, 'ru'))).toEqual(['a2']);
    expect(await read(partitionView(store, '*'))).toEqual(['a4', 'a2', 'a1']);
    await store.close();
  });

  it('walk their linked keys in link order, as a restart replays them', async () => {
    const store = new SqliteStore(':memory:');
    await store.putArticles([article('a1', 'en', '2020-08-03'), article('a3', 'en', '2020-08-02')]);
    // a3 is older but linked in a later batch (a backlog): the keys follow the batches, not the dates.
    await store.saveLinks(batch(['a1']));
    await store.saveLinks(batch(['a3']));
    const out: string[] = [];
    for await (const some of partitionView(store, 'en').linkedKeys()) out.push(...some.map((k) => k.id));
    expect(out).toEqual(['a1', 'a3']);
    await store.close();
  });

  it('write only while the guard says the lock is still held', async () => {
    const store = new SqliteStore(':memory:');
    await store.putArticles([article('a1', 'en', '2020-08-03'), article('a2', 'en', '2020-08-04')]);
    let held = true;
    const view = partitionView(store, 'en', async () => held);
    await view.saveLinks(batch(['a1']));
    held = false;
    await expect(view.saveLinks(batch(['a2']))).rejects.toBeInstanceOf(LostLockError);
    expect((await store.stats()).unlinked).toBe(1);
    await store.close();
  });
});
