// A backlog older than what a store linked before, linked by a run that stops after a batch and then runs again,
// stores what the same backlog linked by one uninterrupted run stores, on SQLite and on PostgreSQL. The restart replays
// the linked articles in the order they were linked (link batch, then publication order within it), as the run it
// rebuilds read them; replayed in publication order, the backlog came before the later articles linked first, the
// story linker counted other document frequencies when it met each article, and stories ended listed under other keys.

import { describe, expect, it } from 'vitest';
import { generateStream, storedReport } from '../bench/stories/generate.js';
import { link } from '../src/pipeline/link.js';
import { exportJson } from '../src/report/export.js';
import type { Store } from '../src/store/types.js';
import { type Item, lookBack } from './helpers/look-back.js';
import { Stopped, stoppingAfter } from './helpers/stale-stream.js';
import { collect, postgresUnavailable, type StoreBackend, storeBackends } from './store/helpers.js';

const pgSkip = await postgresUnavailable();

/** Articles per link transaction here: four for the backlog. */
const BATCH = 150;

/** The backlog: 600 generated reports over 20 days, each naming its event's person. */
const backlog: Item[] = [...generateStream(600, 2, 20)].map((g, i) =>
  storedReport(g, `outlet${(g.event * 5 + i) % 9}.example`),
);

/**
 * What the store linked before the backlog came: a later look back at every fourth report (its words again, with an
 * opening of its own), dated in the days after the backlog's last, or undated. Linked first, they count the backlog
 * events' words before the backlog does: the document frequencies each backlog article is met with depend on it.
 */
const lookBacks = (dated: boolean, afterDays = 0): Item[] => {
  const end = Date.parse(backlog.at(-1)!.article.published!);
  return backlog
    .filter((_, i) => i % 4 === 0)
    .map((item, i) =>
      lookBack(
        item,
        'Later',
        dated ? new Date(end + (afterDays + 1 + (i % 5)) * 86_400_000).toISOString() : null,
      ),
    );
};

/**
 * The history both stores go through: `first` linked in a run of its own, then `backlog` (older) stored and linked,
 * by one run, or by a run stopped after `stopAfter` batches and the run after it.
 */
async function history(
  store: Store,
  first: Item[],
  backlog: Item[],
  stopAfter?: number,
  read: (store: Store) => Promise<string> = (store) => collect(exportJson(store)),
): Promise<string> {
  await store.putArticles(first);
  await link(store, { batchSize: BATCH });
  await store.putArticles(backlog);
  if (stopAfter !== undefined) {
    await expect(link(stoppingAfter(store, stopAfter), { batchSize: BATCH })).rejects.toThrow(Stopped);
    expect((await store.stats()).unlinked).toBe(backlog.length - stopAfter * BATCH);
  }
  await link(store, { batchSize: BATCH });
  expect((await store.stats()).unlinked).toBe(0);
  return read(store);
}

/** The claims a store holds (with their sightings and members), in id order. */
async function claims(store: Store): Promise<string> {
  const records = [];
  for await (const c of store.exportRows('claims')) records.push(c);
  return JSON.stringify(records.sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/** The stories a store holds (records and each article's), in a fixed order. */
async function stories(store: Store): Promise<string> {
  const records = [];
  for await (const s of store.exportRows('stories')) records.push(s);
  const storyOf: [string, string | null][] = [];
  for await (const keys of store.linkedKeys()) for (const k of keys) storyOf.push([k.id, k.story]);
  return JSON.stringify({ records: records.sort((a, b) => (a.id < b.id ? -1 : 1)), storyOf: storyOf.sort() });
}

async function onFresh<T>(backend: StoreBackend, run: (store: Store) => Promise<T>): Promise<T> {
  const { store, dispose } = await backend.open();
  try {
    return await run(store);
  } finally {
    await dispose();
  }
}

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`a backlog linked after later articles (${backend.name})`, () => {
    for (const dated of [true, false])
      it(`stores after a stop and a rerun what one run stores (${dated ? 'dated' : 'undated'} ones first)`, {
        timeout: 300_000,
      }, async () => {
        const first = lookBacks(dated);
        const whole = await onFresh(backend, (store) => history(store, first, backlog));
        for (const stop of dated ? [1, 2] : [1])
          expect(await onFresh(backend, (store) => history(store, first, backlog, stop))).toBe(whole);
      });

    it('restores the stories of a backlog older than the replay horizon, as one run still held them', {
      timeout: 300_000,
    }, async () => {
      // Linked first: look-backs 120 days on, so that the whole backlog falls before the 90-day horizon. One run
      // keeps the stories the stopped batch made as candidates for the rest of the backlog; the restart restores them.
      // (Claims: the test below.)
      const first = lookBacks(true, 120);
      const whole = await onFresh(backend, (store) => history(store, first, backlog, undefined, stories));
      expect(await onFresh(backend, (store) => history(store, first, backlog, 1, stories))).toBe(whole);
    });

    it('restores whole the stories a backlog ran across the replay horizon, as one run held them', {
      timeout: 300_000,
    }, async () => {
      // Linked first: look-backs 61 to 65 days on, so that the 90-day horizon falls on the backlog's first days. The
      // backlog's events join the look-backs' stories, which stay live; one run held their first articles in them (and
      // in its document frequencies), and a restart that replayed only their articles since the horizon put a later
      // backlog article in a story of its own instead of in its look-back's.
      const first = lookBacks(true, 60);
      const whole = await onFresh(backend, (store) => history(store, first, backlog, undefined, stories));
      for (const stop of [1, 2])
        expect(await onFresh(backend, (store) => history(store, first, backlog, stop, stories))).toBe(whole);
    });

    it('keeps the claims of a backlog older than the claim window, as one run still held them', {
      timeout: 300_000,
    }, async () => {
      // One run's claim tracker forgets only when a newer article than any before comes: after the look-backs, none
      // does, so it holds the backlog's claims and one-article cores to its end. The restart replays the articles
      // linked after the newest one and reloads their claims; a core first stated by one of them keeps its own key
      // (claim_cores names the article that stated it first), not the `core@day` of a core seen before.
      const first = lookBacks(true, 120);
      const whole = await onFresh(backend, (store) => history(store, first, backlog, undefined, claims));
      for (const stop of [1, 2])
        expect(await onFresh(backend, (store) => history(store, first, backlog, stop, claims))).toBe(whole);
    });
  });
}
