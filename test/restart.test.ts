// A restart from the saved reuse index reads whole only the articles its replay needs, and opens the linker a whole
// replay of the store opens: the same stories (samples and sealing), claims and reuse index.

import { describe, expect, it } from 'vitest';
import { CorpusLinker } from '../src/link/index.js';
import { ReuseIndex } from '../src/link/reuse/index.js';
import { decodeSnapshot } from '../src/link/reuse/snapshot.js';
import { type Article, emptyAnalysis, plainArticle } from '../src/model/index.js';
import { emptyLinkBatch } from '../src/store/link-batch.js';
import type { Store, StoredArticle } from '../src/store/types.js';
import { postgresUnavailable, storeBackends } from './store/helpers.js';

const reuseIndex = () => new ReuseIndex({ keepBodies: false });

const dayOf = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
const places = ['Varn', 'Orla', 'Tessel', 'Brede', 'Kallo'];

/** 2,100 invented reports over 200 days, ten or eleven a day; the story of each is given, not decided here. */
function report(i: number): { article: Article; story: string; day: number } {
  const day = Math.floor(i / 10.5);
  const place = places[i % 5];
  const body =
    `The harbour board of ${place} said ${40 + (i % 9)} million crowns would go to the quays by day ${day + 30}. ` +
    `Dock workers in ${place} counted ${1000 + i} ships last year, report ${i} adds.`;
  // Stories of five days per place; one story goes quiet after its first day and comes back on day 150, long after
  // the replay has sealed it (its day-0 articles must leave its sample then, and its follow-up's once idle again).
  const revived = i < 3 || i === 1580 || i === 1581;
  return {
    article: plainArticle({
      id: `a${i.toString(16).padStart(15, '0')}`,
      source: `test:${i}`,
      outlet: `Outlet ${i % 4}`,
      title: `${place} harbour report ${i}`,
      published: `${dayOf(day)}T08:00:00Z`,
      body,
    }),
    story: revived ? 'revived' : `s-${Math.floor(day / 5)}-${place}`,
    day,
  };
}

/** Stores the reports and links them to their stories, as a link run would have (claim cores saved too). */
async function putLinked(store: Store, reports: ReturnType<typeof report>[]): Promise<void> {
  await store.putArticles(
    reports.map((r) => ({
      article: r.article,
      analysis: { ...emptyAnalysis(), sentences: [{ start: 0, end: r.article.body.length }] },
    })),
  );
  const batch = emptyLinkBatch();
  batch.articles = reports.map((r) => r.article.id);
  batch.articleStories = reports.map((r) => ({ article: r.article.id, story: r.story }));
  batch.claimCores = [{ core: 'num:1~quay', t: Date.parse(dayOf(0)) }];
  await store.saveLinks(batch);
}

/**
 * Opens the linker on `store` (on a view hiding its saved reuse index with `whole`), counting the articles read whole
 * (each once: those the replay restores are read a first time to take them out of the saved document frequencies).
 */
async function openCounting(store: Store, whole = false): Promise<{ linker: CorpusLinker; read: number }> {
  const read = new Set<string>();
  const view = new Proxy(store, {
    get(target, prop) {
      if (prop === 'loadReuseSnapshot' && whole) return async () => null;
      if (prop === 'iterateArticles')
        return async function* (o: Parameters<Store['iterateArticles']>[0]) {
          for await (const a of target.iterateArticles(o)) {
            read.add(a.id);
            yield a;
          }
        };
      if (prop === 'readArticles')
        return async (ids: string[], o: Parameters<Store['readArticles']>[1]) => {
          const out: StoredArticle[] = await target.readArticles(ids, o);
          for (const a of out) read.add(a.id);
          return out;
        };
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const linker = await CorpusLinker.open(view);
  return { linker, read: read.size };
}

/**
 * A value as plain data to compare: maps, sets and typed arrays as arrays, functions (closures the story linker keeps)
 * and links back to an object already on the path left out, and `stamp`s: scratch marks of a counter shared by every
 * document the process reads (signals.ts), not state. So are the story linker's `scratch` buffers: what they hold is
 * the last document it ranked (a restart from the saved frequencies does not rank the articles it does not read).
 */
function plain(value: unknown, path = new Set<unknown>()): unknown {
  if (typeof value === 'function') return 'function';
  if (value === null || typeof value !== 'object') return value;
  if (path.has(value)) return 'cycle';
  path.add(value);
  let out: unknown;
  if (value instanceof Map) out = [...value].map(([k, v]) => [k, plain(v, path)]);
  else if (value instanceof Set) out = [...value].map((v) => plain(v, path));
  else if (ArrayBuffer.isView(value)) out = Array.from(value as unknown as ArrayLike<number>);
  else if (Array.isArray(value)) out = value.map((v) => plain(v, path));
  else
    out = Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'stamp' && !k.startsWith('scratch'))
        .map(([k, v]) => [k, plain(v, path)]),
    );
  path.delete(value);
  return out;
}

type Inside = {
  reuse: ReuseIndex;
  storyLinker: { docs: number };
  stories: Map<string, { sample: { id: string }[]; summary: unknown }>;
};
const inside = (linker: CorpusLinker) => linker as unknown as Inside;

/** What a restart rebuilt of stories and claims: the linker's state but its store and reuse index. */
const storiesAndClaims = (linker: CorpusLinker) => {
  const {
    store: _store,
    reuse: _reuse,
    reuseSaved: _saved,
    frequenciesSaved: _frequencies,
    ...rest
  } = linker as unknown as Record<string, unknown>;
  return plain(rest);
};

const pgSkip = await postgresUnavailable();

const backends = storeBackends(pgSkip);

describe.each(backends)('a restart from the saved reuse index ($name)', ({ skip, open }) => {
  it.skipIf(skip !== null)(
    'reads whole only what its replay needs and opens the linker a whole replay opens',
    async () => {
      const { store, dispose } = await open();
      const reports = Array.from({ length: 2100 }, (_, i) => report(i));
      // Twenty articles of days 20–21 are linked after the index is saved: old, in no live story, before the claim
      // window, so only the reuse index needs them read.
      const late = reports.filter((r) => r.day >= 20 && r.day < 22).slice(0, 20);
      await putLinked(
        store,
        reports.filter((r) => !late.includes(r)),
      );
      const first = await CorpusLinker.open(store);
      await first.saveReuseIndex();
      await putLinked(store, late);
      // The reuse index the restart should end with: the saved one, then the articles it lacks in publication order
      // (as a whole replay from the saved index would add them).
      const expected = reuseIndex();
      expect(expected.loadSnapshot(decodeSnapshot((await store.loadReuseSnapshot())!)!)).toBe(true);
      for (const r of late) expected.restore({ ...r.article });

      const fromIndex = await openCounting(store);
      // Before the 90-day horizon (day 108) only the revived story's articles, the twenty the index lacks and the rest of
      // their stories are needed: linked last, those stories are restored whatever their dates (a backlog, which one run
      // still held as candidates).
      expect(fromIndex.read).toBeLessThan(1150);
      // The revived story, idle again by the end, is sealed again: its sample dropped, its title left to its stored
      // record (read only if a follow-up joins it again).
      const revived = inside(fromIndex.linker).stories.get('revived');
      expect(revived?.sample).toEqual([]);
      expect(revived?.summary).toBeNull();
      expect(inside(fromIndex.linker).reuse.snapshot()).toEqual(expected.snapshot());

      const whole = await openCounting(store, true);
      expect(whole.read).toBe(2100);
      // Both count every article linked in the story linker's document frequencies, as one run did: the whole replay by
      // reading them, the restart from the index by the frequencies saved with it (those of its stories less).
      expect(inside(whole.linker).storyLinker.docs).toBe(2100);
      expect(inside(fromIndex.linker).storyLinker.docs).toBe(2100);
      expect(storiesAndClaims(fromIndex.linker)).toEqual(storiesAndClaims(whole.linker));
      await dispose();
    },
  );
});
