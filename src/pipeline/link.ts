// The link run: every stored article not linked yet, in publication order, one transaction per batch.

import { CorpusLinker } from '../link/index.js';
import type { StoryOptions } from '../link/stories/index.js';
import type { Store, StoredArticle } from '../store/types.js';

export interface LinkSummary {
  linked: number;
  stories: number;
  reuse: number;
  claims: number;
}

/**
 * Articles linked and committed together. Stories born within a batch are not final until its end (see
 * StoryLinker.linkBatch), so this is also how far ahead the story linker may look.
 */
export const LINK_BATCH_SIZE = 500;

/** Links every article not linked yet, in publication order, committing every `batchSize` articles. */
export async function link(
  store: Store,
  options: {
    batchSize?: number;
    onProgress?: (s: LinkSummary) => void;
    /** Called once the linker has rebuilt its state from the store, before the first article is linked. */
    onOpened?: () => void;
    /** The story linker's options (its defaults unless given). */
    stories?: StoryOptions;
  } = {},
): Promise<LinkSummary> {
  const summary: LinkSummary = { linked: 0, stories: 0, reuse: 0, claims: 0 };
  if ((await store.stats()).unlinked === 0) return summary;
  const linker = await CorpusLinker.open(store, options.stories);
  options.onOpened?.();
  const size = options.batchSize ?? LINK_BATCH_SIZE;
  const pending: StoredArticle[] = [];
  const stories = new Set<string>();
  const flush = async () => {
    const batch = await linker.link(pending.splice(0));
    await store.saveLinks(batch);
    summary.linked += batch.articles.length;
    summary.reuse += batch.reuse.length;
    for (const s of batch.stories) stories.add(s.id);
    for (const m of batch.mergedStories) stories.delete(m.from);
    summary.stories = stories.size;
    summary.claims += batch.claims.length;
    options.onProgress?.(summary);
  };
  // Keyset paging on (published, seq): rows marked linked behind the cursor do not shift the pages ahead.
  for await (const article of store.iterateArticles({ linked: false, order: 'published' })) {
    pending.push(article);
    if (pending.length >= size) await flush();
  }
  if (pending.length) await flush();
  const last = linker.finish();
  if (last.stories.length) await store.saveLinks(last);
  await linker.saveReuseIndex();
  return summary;
}
