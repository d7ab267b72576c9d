// The article routes given a prefix of an id: one that begins several ids says so and names them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainArticle } from '../../src/model/index.js';
import { createApp } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { nullAnalyzer } from './seed-store.js';

const IDS = ['4a00000000000001', '4b00000000000002', '4c00000000000003', '7d00000000000004'];
const store = new SqliteStore(':memory:');
const app = createApp({ store, analyzer: nullAnalyzer });

beforeAll(async () => {
  await store.putArticles(
    IDS.map((id) => ({
      article: plainArticle({
        id,
        source: `mem/${id}.txt`,
        title: `Ferry ${id}`,
        body: `The ferry to Kelmarsh Island left late on day ${id}.`,
      }),
      analysis: null,
    })),
  );
});
afterAll(async () => {
  await store.close();
});

describe('an article id prefix', () => {
  const ambiguous = `article id 4 is ambiguous: 3 articles have ids beginning with it (${IDS.slice(0, 3).join(', ')}); give more of the id`;

  it('answers 404 naming the ids an ambiguous prefix begins, in the API and on the page', async () => {
    const api = await app.request('/api/articles/4');
    expect(api.status).toBe(404);
    expect((await api.json()).error).toBe(ambiguous);
    const page = await app.request('/articles/4');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain(IDS[2]);
  });

  it('finds the article a unique prefix begins, and says "not found" for none', async () => {
    const api = await app.request('/api/articles/7');
    expect(api.status).toBe(200);
    expect((await api.json()).article.id).toBe(IDS[3]);
    const none = await app.request('/api/articles/9');
    expect((await none.json()).error).toBe('article not found: 9');
  });
});
