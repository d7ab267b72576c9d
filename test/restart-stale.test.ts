// A link run stopped mid-way (killed, lock lost) leaves stories written with the summary of an earlier sample; the
// store lists them, and the next run brings them up to date first, so that once it completes the export is the one of
// a single uninterrupted run, on SQLite and on PostgreSQL.

import { describe, expect, it } from 'vitest';
import { CorpusLinker } from '../src/link/index.js';
import { link } from '../src/pipeline/link.js';
import { exportJson } from '../src/report/export.js';
import type { LinkBatch, StoredArticle } from '../src/store/types.js';
import { BATCH, staleStream as items, Stopped, stoppingAfter } from './helpers/stale-stream.js';
import { collect, postgresUnavailable, type StoreBackend, storeBackends } from './store/helpers.js';

const pgSkip = await postgresUnavailable();

const backends = storeBackends(pgSkip);

/** The export of the stream linked in one run, on a fresh store of the backend. */
async function wholeExport(backend: StoreBackend): Promise<string> {
  const { store, dispose } = await backend.open();
  try {
    await store.putArticles(items);
    await link(store, { batchSize: BATCH });
    expect(await store.staleStories()).toEqual([]);
    return await collect(exportJson(store));
  } finally {
    await dispose();
  }
}

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(`a link run stopped mid-way (${backend.name})`, () => {
    it('leaves its stale stories listed, and the next run stores the export of one run', {
      timeout: 120_000,
    }, async () => {
      const whole = await wholeExport(backend);
      for (const k of [3, 8]) {
        const { store, dispose } = await backend.open();
        try {
          await store.putArticles(items);
          await expect(link(stoppingAfter(store, k), { batchSize: BATCH })).rejects.toThrow(Stopped);
          expect((await store.stats()).unlinked).toBe(items.length - k * BATCH);
          // Stories written with an earlier sample's summary that the rest of the stream never touches again.
          expect((await store.staleStories()).length).toBeGreaterThan(0);
          // The next run: nothing ingested since.
          await link(store, { batchSize: BATCH });
          expect(await store.staleStories()).toEqual([]);
          expect(await collect(exportJson(store))).toBe(whole);
        } finally {
          await dispose();
        }
      }
    });

    it('brings stale stories up to date in a run with nothing left to link', {
      timeout: 120_000,
    }, async () => {
      const whole = await wholeExport(backend);
      const { store, dispose } = await backend.open();
      try {
        await store.putArticles(items);
        // Every batch saved, the end of the run (`finish`) not: a process killed between the two transactions.
        const linker = await CorpusLinker.open(store);
        const unlinked: StoredArticle[] = [];
        for await (const a of store.iterateArticles({ linked: false, order: 'published' })) unlinked.push(a);
        for (let i = 0; i < unlinked.length; i += BATCH)
          await store.saveLinks(await linker.link(unlinked.slice(i, i + BATCH)));
        expect((await store.stats()).unlinked).toBe(0);
        const stale = await store.staleStories();
        expect(stale.length).toBeGreaterThan(0);
        expect(
          linker
            .finish()
            .stories.map((s) => s.id)
            .sort(),
        ).toEqual(stale);

        const saved: LinkBatch[] = [];
        const watched = new Proxy(store, {
          get(target, prop) {
            if (prop === 'saveLinks')
              return async (batch: LinkBatch) => {
                saved.push(batch);
                await target.saveLinks(batch);
              };
            const value = Reflect.get(target, prop);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        const summary = await link(watched, { batchSize: BATCH });
        expect(summary.linked).toBe(0);
        expect(await store.staleStories()).toEqual([]);
        expect(await collect(exportJson(store))).toBe(whole);
        // One transaction: the stale stories' records, written fresh.
        expect(saved.map((b) => b.stories.map((s) => s.id).sort())).toEqual([stale]);
      } finally {
        await dispose();
      }
    });
  });
}
