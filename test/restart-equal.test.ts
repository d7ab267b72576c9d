// Linking a stream in two runs (a restart between them) stores what linking it in one run stores: the same stories
// (ids, titles, key entities, articles), reuse and claims. The restart rebuilds the linker from the store, and the
// stories it seals on the way (dropping their samples, keeping their summaries) must be sealed where the run sealed them.

import { describe, expect, it } from 'vitest';
import { generateStream, storedReport } from '../bench/stories/generate.js';
import { link } from '../src/pipeline/link.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';
import { type Item, lookBack } from './helpers/look-back.js';

/** `n` generated reports over `days` days, each naming its event's person, as the entity stage would store them. */
function stream(n: number, days: number): Item[] {
  const items: Item[] = [];
  for (const g of generateStream(n, 11, days))
    items.push(storedReport(g, `outlet${(g.event * 7 + items.length) % 12}.example`));
  return withFollowUps(items);
}

/**
 * The stream with a follow-up for one event in twenty: a copy of its first report, 32 to 75 days on (past the
 * 30-day sealing, inside the 90 days a follow-up about the same person may join), in publication order.
 */
function withFollowUps(items: Item[]): Item[] {
  const firsts = new Map<string, Item>();
  for (const item of items) {
    const event = item.article.id.slice(8);
    if (!firsts.has(event)) firsts.set(event, item);
  }
  const later = [...firsts.values()]
    .filter((_, i) => i % 20 === 7)
    .map((item, i): Item => {
      const day = Date.parse(item.article.published!) + (32 + ((i * 13) % 44)) * 86_400_000;
      return lookBack(item, 'Weeks later', new Date(day).toISOString());
    });
  return [...items, ...later].sort((a, b) =>
    a.article.published! < b.article.published! ? -1 : a.article.published! > b.article.published! ? 1 : 0,
  );
}

const rows = async <T>(it: AsyncIterable<T>, key: (row: T) => string): Promise<T[]> => {
  const out: T[] = [];
  for await (const row of it) out.push(row);
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

/** What a store holds of the link stage, in a fixed order. */
async function linked(store: Store) {
  const stories = await rows(store.exportRows('stories'), (s) => s.id);
  const storyOf: [string, string | null][] = [];
  for await (const keys of store.linkedKeys()) for (const k of keys) storyOf.push([k.id, k.story]);
  return {
    stories: stories.map((s) => ({
      ...s,
      articles: [...s.articles].sort(),
      absorbed: [...s.absorbed].sort(),
    })),
    storyOf,
    reuse: await rows(
      store.exportRows('reuse'),
      (r) => `${r.source_article} ${r.target_article} ${r.source_start} ${r.target_start}`,
    ),
    claims: (await rows(store.exportRows('claims'), (c) => c.key)).map((c) => ({ ...c, id: undefined })),
  };
}

describe('a link run split by a restart', () => {
  it('stores the stories, reuse and claims of one uninterrupted run', { timeout: 120_000 }, async () => {
    // 3,000 reports over 400 days: several times the 1,024 articles between sealings and the 90-day replay horizon.
    const items = stream(3000, 400);
    const whole = new SqliteStore(':memory:');
    await whole.putArticles(items);
    await link(whole);

    const split = new SqliteStore(':memory:');
    // Off the seal points of both the article count (1,024) and the batch (500).
    const cut = 1700;
    await split.putArticles(items.slice(0, cut));
    await link(split);
    await split.putArticles(items.slice(cut));
    await link(split);

    const [a, b] = [await linked(whole), await linked(split)];
    expect(b.storyOf.length).toBe(items.length);
    expect(items.length).toBeGreaterThan(3000);
    expect(b.storyOf).toEqual(a.storyOf);
    expect(b.stories.map((s) => [s.id, s.title, s.key_entities])).toEqual(
      a.stories.map((s) => [s.id, s.title, s.key_entities]),
    );
    expect(b.stories).toEqual(a.stories);
    expect(b.reuse).toEqual(a.reuse);
    expect(b.claims).toEqual(a.claims);
    await whole.close();
    await split.close();
  });
});
