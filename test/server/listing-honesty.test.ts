// What the API and pages answer for a story id users hold (an absorbed one, a mistyped one), and what they say when
// an article or story holds more quotes than one page lists.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.js';
import { MAX_PAGE } from '../../src/server/queries.js';
import { emptyLinkBatch } from '../../src/store/index.js';
import type { StoryRecord } from '../../src/store/types.js';
import { buildSeedStore, EXAMPLES, nullAnalyzer, type SeedStore } from './seed-store.js';

let seed: SeedStore;
let app: ReturnType<typeof createApp>;
let seeds: StoryRecord;
let long: StoryRecord;
let longArticle: string;
const dir = mkdtempSync(join(tmpdir(), 'wiretrace-listing-'));
const ABSORBED = 's-0ld0ld0ld0ld';

beforeAll(async () => {
  // One invented article that holds more quotes than a page lists.
  const said = Array.from(
    { length: MAX_PAGE + 20 },
    (_, i) => `Harbour master Marit Olsen said the east pier would reopen in week ${i + 1}.`,
  );
  const file = join(dir, 'pier.txt');
  writeFileSync(file, `East pier repairs run late\n\n${said.join('\n\n')}\n`);
  seed = await buildSeedStore([EXAMPLES, file]);
  app = createApp({ store: seed.store, analyzer: nullAnalyzer });
  const stories = (await seed.store.listStories({ limit: 10 })).items;
  seeds = stories.find((s) => s.articles.length === 5)!;
  long = stories.find((s) => s.title?.startsWith('East pier'))!;
  longArticle = long.articles[0];
  // A story a later run merged into the seeds' story: its id must keep answering, as `/api/stories/:id` does.
  const created = emptyLinkBatch();
  created.stories = [{ ...seeds, id: ABSORBED, articles: [], absorbed: [] }];
  await seed.store.saveLinks(created);
  const merged = emptyLinkBatch();
  merged.mergedStories = [{ from: ABSORBED, into: seeds.id }];
  await seed.store.saveLinks(merged);
}, 120_000);
afterAll(async () => {
  await seed?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await app.request(path);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: type.includes('json') ? await res.json() : await res.text() };
};

describe('a story filter given an absorbed or unknown id', () => {
  it('the setup merged a story: its id resolves to the seeds story', async () => {
    expect((await seed.store.getStory(ABSORBED))?.id).toBe(seeds.id);
  });

  it('lists the absorbing story’s quotes, sources, claims and articles for an absorbed id', async () => {
    for (const path of ['/api/quotes', '/api/citations', '/api/claims', '/api/articles']) {
      const byId = await get(`${path}?story=${seeds.id}`);
      const byAbsorbed = await get(`${path}?story=${ABSORBED}`);
      expect(byId.body.total, path).toBeGreaterThan(0);
      expect(byAbsorbed.status, path).toBe(200);
      expect(byAbsorbed.body.total, path).toBe(byId.body.total);
    }
    const total = (await get(`/api/quotes?story=${seeds.id}`)).body.total;
    const page = await get(`/quotes?story=${ABSORBED}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<h2>Quotes <span class="meta">(${total})</span></h2>`);
  });

  it('answers 404 for a story id that names no story, in the API and the pages', async () => {
    for (const path of ['/api/quotes', '/api/citations', '/api/claims', '/api/articles', '/api/reuse']) {
      const missing = await get(`${path}?story=s-nosuchstory`);
      expect(missing.status, path).toBe(404);
      expect(missing.body.error, path).toBe('story not found: s-nosuchstory');
    }
    for (const path of ['/quotes', '/sources']) {
      const missing = await get(`${path}?story=s-nosuchstory`);
      expect(missing.status, path).toBe(404);
      expect(missing.body, path).toContain('story not found: s-nosuchstory');
    }
  });
});

describe('more quotes than a page lists', () => {
  it('the article page and its JSON say how many the article holds', async () => {
    const total = (await seed.store.listQuotes({ article: longArticle, limit: 1 })).total;
    expect(total).toBeGreaterThan(MAX_PAGE);
    const api = await get(`/api/articles/${longArticle}`);
    expect(api.body.quotes).toHaveLength(MAX_PAGE);
    expect(api.body.quotes_total).toBe(total);
    const page = await get(`/articles/${longArticle}`);
    expect(page.body).toContain(`Quotes <span class="meta">(the first ${MAX_PAGE} of ${total})</span>`);
    const seedArticle = await get(`/articles/${seeds.articles[0]}`);
    expect(seedArticle.body).toMatch(/Quotes <span class="meta">\(\d+\)<\/span>/);
  });

  it('the story page says its speakers are counted over the page shown', async () => {
    const total = (await seed.store.listQuotes({ story: long.id, limit: 1 })).total;
    const page = await get(`/stories/${long.id}?qoffset=200`);
    expect(page.body).toContain(
      `Quotes 201–400 of ${total}, oldest first: each speaker's count is of these.`,
    );
    const whole = await get(`/stories/${seeds.id}`);
    expect(whole.body).not.toContain('each speaker&#39;s count');
    expect(whole.body).not.toContain("each speaker's count");
  });
});
