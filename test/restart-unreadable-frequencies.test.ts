// A store whose saved document frequencies were damaged (bytes changed on disk or in transit) still opens, on SQLite and
// on PostgreSQL: the restart warns once, counts the stored articles again as for a store saved without them, and ends
// with the frequencies and stories of one uninterrupted run; the run's save writes readable frequencies again. Before,
// JSON.parse threw inside CorpusLinker.open and no link run could open the store at all.

import { describe, expect, it } from 'vitest';
import { generateStream, storedReport } from '../bench/stories/generate.js';
import { frequenciesOf } from '../src/link/frequency-snapshot.js';
import { CorpusLinker } from '../src/link/index.js';
import type { StoryLinker } from '../src/link/stories/index.js';
import { linkUnlinked } from '../src/pipeline/link.js';
import { exportJson } from '../src/report/export.js';
import type { Store } from '../src/store/types.js';
import { collect, postgresUnavailable, storeBackends } from './store/helpers.js';

const pgSkip = await postgresUnavailable();

const BATCH = 100;

/** 600 generated reports over 240 days: the 90-day horizon leaves the first months' stories to the saved counts. */
const stream = [...generateStream(600, 9, 240)].map((g, i) =>
  storedReport(g, `outlet${(g.event * 5 + i) % 9}.example`),
);

async function run(store: Store, warnings: string[] = []): Promise<CorpusLinker> {
  const linker = await CorpusLinker.open(store, {}, (message) => warnings.push(message));
  await linkUnlinked(linker, store, BATCH);
  await linker.saveReuseIndex();
  return linker;
}

function frequencies(linker: CorpusLinker) {
  const { docs, groups } = (linker as unknown as { storyLinker: StoryLinker }).storyLinker.frequencies();
  return {
    docs,
    counted: groups.map(({ keys, counts }) =>
      keys
        .map((k, i) => [k, counts[i]] as const)
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

/** Cuts a saved part short, as a write that stopped part-way leaves it: JSON.parse threw at open. */
const cut = (data: Uint8Array) => data.slice(0, data.length - 5);
/**
 * Overwrites bytes in the middle of a saved part with ones that are not UTF-8: read leniently they became U+FFFD
 * inside a key, still JSON, and a damaged key took its word's count without a word said.
 */
const garble = (data: Uint8Array) =>
  data.map((b, i) => (i >= data.length >> 1 && i < (data.length >> 1) + 8 ? 0xff : b));

/** Damages one saved part of the store's snapshot record; the other parts stay as saved. */
async function damage(store: Store, part: string, change: (data: Uint8Array) => Uint8Array): Promise<void> {
  const record = (await store.loadReuseSnapshot())!;
  const target = record.parts.find((p) => p.name === part)!;
  target.data = change(target.data);
  await store.saveReuseSnapshot(record);
}

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`a store with damaged saved frequencies (${backend.name})`, () => {
    it('opens, warns once and recounts to what one run counted', { timeout: 120_000 }, async () => {
      const one = await backend.open();
      let whole: { frequencies: ReturnType<typeof frequencies>; stories: string };
      try {
        await one.store.putArticles(stream);
        const linker = await run(one.store);
        whole = { frequencies: frequencies(linker), stories: await collect(exportJson(one.store)) };
      } finally {
        await one.dispose();
      }
      for (const [part, change] of [
        ['df', cut],
        ['df-keys-0', garble],
      ] as const) {
        const { store, dispose } = await backend.open();
        try {
          await store.putArticles(stream.slice(0, 400));
          await run(store);
          await damage(store, part, change);
          await store.putArticles(stream.slice(400));
          const warnings: string[] = [];
          const linker = await run(store, warnings);
          expect(warnings).toHaveLength(1);
          expect(warnings[0]).toMatch(
            /^the story linker's saved document frequencies are unreadable \(.+\); counting them again from the stored articles$/,
          );
          expect(frequencies(linker)).toEqual(whole.frequencies);
          expect(await collect(exportJson(store))).toBe(whole.stories);
          // The run's save wrote them whole again.
          const heard: string[] = [];
          expect(frequenciesOf((await store.loadReuseSnapshot())!, (m) => heard.push(m))?.docs).toBe(
            stream.length,
          );
          expect(heard).toEqual([]);
        } finally {
          await dispose();
        }
      }
    });
  });
}
