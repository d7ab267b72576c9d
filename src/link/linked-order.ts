// The linked articles of a store in the order a restart replays them (the order they were linked in), each read whole
// only where the replay needs it.

import type { LinkedKey, Store, StoredArticle } from '../store/types.js';

/** A linked article: its keys, and the article itself where it was read whole (null where it was not needed). */
export interface Linked {
  key: LinkedKey;
  article: StoredArticle | null;
}

/** Articles a whole read hands on at a time. */
const STREAM_BATCH = 500;

/**
 * Every linked article in the order it was linked (by link batch, in publication order within one), a batch at a
 * time: the order one run that linked the same batches would have read them in, which publication order is not when
 * a batch linked articles older than an earlier batch's (a backlog). With `needs`, the keys are walked from the store's
 * index (`linkedKeys`) and only the articles `needs` picks are read whole; without, every article is read whole, in
 * one stream (what a replay with nothing to skip reads, and what a store view that filters articles, such as a
 * language partition's, filters).
 */
export async function* linkedInOrder(
  store: Store,
  needs?: (key: LinkedKey) => boolean,
): AsyncIterable<Linked[]> {
  if (!needs) {
    let batch: Linked[] = [];
    for await (const article of store.iterateArticles({ linked: true, order: 'linked', fields: 'link' })) {
      batch.push({ key: article, article });
      if (batch.length >= STREAM_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return;
  }
  for await (const keys of store.linkedKeys()) {
    const wanted = keys.filter(needs).map((key) => key.id);
    const read = new Map((await store.readArticles(wanted, { fields: 'link' })).map((a) => [a.id, a]));
    yield keys.map((key) => ({ key, article: read.get(key.id) ?? null }));
  }
}
