// The link run: every stored article not linked yet, in publication order, one transaction per batch.

import { CorpusLinker } from '../link/index.js';
import type { StoryOptions } from '../link/stories/index.js';
import type { LinkBatch, Store, StoredArticle } from '../store/types.js';

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
    /** Saved linking state that could not be read and is rebuilt instead (CorpusLinker.open; process warnings). */
    onWarning?: (message: string) => void;
  } = {},
): Promise<LinkSummary> {
  const summary: LinkSummary = { linked: 0, stories: 0, reuse: 0, claims: 0 };
  // A run that stopped mid-way may have left stale summaries of stories and nothing to link (linkUnlinked).
  if ((await store.stats()).unlinked === 0 && (await store.staleStories()).length === 0) return summary;
  const linker = await CorpusLinker.open(store, options.stories, options.onWarning);
  options.onOpened?.();
  const stories = new Set<string>();
  await linkUnlinked(linker, store, options.batchSize ?? LINK_BATCH_SIZE, (batch) => {
    summary.linked += batch.articles.length;
    summary.reuse += batch.reuse.length;
    for (const s of batch.stories) stories.add(s.id);
    for (const m of batch.mergedStories) stories.delete(m.from);
    summary.stories = stories.size;
    summary.claims += batch.claims.length;
    options.onProgress?.(summary);
  });
  await linker.saveReuseIndex();
  return summary;
}

/**
 * Links the store's unlinked articles in publication order, one transaction per `size` articles, and brings the run's
 * stories up to date in the last one (CorpusLinker.link's `last`): a full batch is held until the next article shows
 * that it is not the last. Reports each batch once it is saved. Stories that a run stopped mid-way left with an older
 * summary (the store lists them, and `CorpusLinker.open` restores them) are brought up to date first, in a
 * transaction of their own: the new articles may never touch them, and a run stopped again keeps them fixed.
 */
export async function linkUnlinked(
  linker: CorpusLinker,
  store: Store,
  size: number,
  onSaved?: (batch: LinkBatch) => void,
): Promise<void> {
  const pending: StoredArticle[] = [];
  const save = async (last: boolean) => {
    const batch =
      last && pending.length === 0 ? linker.finish() : await linker.link(pending.splice(0), { last });
    if (last && batch.articles.length === 0 && batch.stories.length === 0) return;
    await store.saveLinks(batch);
    onSaved?.(batch);
  };
  const stale = linker.finish();
  if (stale.stories.length > 0) {
    await store.saveLinks(stale);
    onSaved?.(stale);
  }
  // Keyset paging on (published, seq): rows marked linked behind the cursor do not shift the pages ahead.
  for await (const article of store.iterateArticles({ linked: false, order: 'published' })) {
    if (pending.length >= size) await save(false);
    pending.push(article);
  }
  await save(true);
}
