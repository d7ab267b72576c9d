// A stream linked in several runs (each ending as a run ends, the last one stopped after a batch and run again) leaves
// the story linker with the document frequencies one uninterrupted run counted, on SQLite and on PostgreSQL. A restart
// replays only the stories still live, so the articles of older stories come back through the frequencies saved with
// the reuse index, not by reading them: without, the words and names of every story past the horizon were left out,
// and each article after a restart was weighed against a smaller, other count than one run weighed it against.

import { describe, expect, it } from 'vitest';
import { generateStream, storedReport } from '../bench/stories/generate.js';
import { CorpusLinker } from '../src/link/index.js';
import type { StoryLinker } from '../src/link/stories/index.js';
import { linkUnlinked } from '../src/pipeline/link.js';
import { exportJson } from '../src/report/export.js';
import type { Store } from '../src/store/types.js';
import { type Item, Stopped, stoppingAfter } from './helpers/stale-stream.js';
import { collect, postgresUnavailable, type StoreBackend, storeBackends } from './store/helpers.js';

const pgSkip = await postgresUnavailable();

/** Articles per link transaction. */
const BATCH = 200;

/** 2,400 generated reports over 240 days: the 90-day horizon leaves the first months' stories behind. */
const stream: Item[] = [...generateStream(2400, 3, 240)].map((g, i) =>
  storedReport(g, `outlet${(g.event * 5 + i) % 9}.example`),
);

/** A link run as `link` makes one, handing back its linker: open, link what is unlinked, save the reuse index. */
async function run(store: Store, through: Store = store): Promise<CorpusLinker> {
  const linker = await CorpusLinker.open(through);
  await linkUnlinked(linker, through, BATCH);
  await linker.saveReuseIndex();
  return linker;
}

/** The story linker's document frequencies: documents counted, and each group's keys by count (key order aside). */
function frequencies(linker: CorpusLinker) {
  const stories = (linker as unknown as { storyLinker: StoryLinker }).storyLinker;
  const { docs, groups } = stories.frequencies();
  const counted = groups.map(({ keys, counts }) =>
    keys
      .map((k, i) => [k, counts[i]] as const)
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { docs, counted };
}

async function onFresh<T>(backend: StoreBackend, use: (store: Store) => Promise<T>): Promise<T> {
  const { store, dispose } = await backend.open();
  try {
    return await use(store);
  } finally {
    await dispose();
  }
}

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`a stream linked in several runs (${backend.name})`, () => {
    it('ends with the document frequencies and stories of one run', { timeout: 300_000 }, async () => {
      const one = await onFresh(backend, async (store) => {
        await store.putArticles(stream);
        const linker = await run(store);
        return { frequencies: frequencies(linker), stories: await collect(exportJson(store)) };
      });
      expect(one.frequencies.docs).toBe(stream.length);
      const split = await onFresh(backend, async (store) => {
        // Two whole runs (each saves the index and the frequencies), then a run stopped after a batch, and the next.
        for (const [from, to] of [
          [0, 800],
          [800, 1600],
        ]) {
          await store.putArticles(stream.slice(from, to));
          await run(store);
        }
        await store.putArticles(stream.slice(1600));
        await expect(run(store, stoppingAfter(store, 1))).rejects.toThrow(Stopped);
        const linker = await run(store);
        return { frequencies: frequencies(linker), stories: await collect(exportJson(store)) };
      });
      expect(split.frequencies).toEqual(one.frequencies);
      expect(split.stories).toBe(one.stories);
    });
  });
}
