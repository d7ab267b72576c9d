// API tests against the seed store, through app.request (no socket): every endpoint, bad parameters, safety.

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/index.js';
import type { SqliteStore } from '../../src/store/sqlite/index.js';
import type { ArticleSummary, StoryRecord } from '../../src/store/types.js';
import { buildSeedStore, nullAnalyzer, type SeedStore } from './seed-store.js';

let seed: SeedStore;
let app: ReturnType<typeof createApp>;
let stories: StoryRecord[];
let articles: ArticleSummary[];
const TOKEN = 'test-token-123';

beforeAll(async () => {
  seed = await buildSeedStore();
  app = createApp({ store: seed.store, token: TOKEN, analyzer: nullAnalyzer });
  stories = (await seed.store.listStories({ limit: 100 })).items;
  articles = (await seed.store.listArticles({ limit: 100 })).items;
});
afterAll(async () => seed?.cleanup());

const get = async (path: string) => {
  const res = await app.request(path);
  const type = res.headers.get('content-type') ?? '';
  return { res, status: res.status, type, body: type.includes('json') ? await res.json() : await res.text() };
};

describe('JSON API', () => {
  it('reports store counts', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body.articles).toBe(5);
  });

  it('lists stories with sizes and finds them by full-text search', async () => {
    const { status, body } = await get('/api/stories?sort=size&limit=10');
    expect(status).toBe(200);
    expect(body.stories.total).toBe(stories.length);
    expect(body.stories.items.reduce((n: number, s: { size: number }) => n + s.size, 0)).toBe(5);
    const search = await get('/api/stories?q=Zakharova');
    expect(search.body.articles.total).toBeGreaterThan(0);
    expect(search.body.stories.items.length).toBeGreaterThan(0);
    const none = await get('/api/stories?q=zzzqqqxxx');
    expect(none.body.stories.total).toBe(0);
  });

  it('filters stories by date and language through the article index', async () => {
    const first = (await seed.store.stats()).firstPublished!.slice(0, 10);
    const { body } = await get(`/api/stories?from=${first}&to=${first}&lang=en`);
    expect(body.articles.items.every((a: ArticleSummary) => a.published?.startsWith(first))).toBe(true);
    const empty = await get('/api/stories?from=1990-01-01&to=1990-12-31');
    expect(empty.body.stories.total).toBe(0);
  });

  it('filters stories by entity, given by name or id', async () => {
    const putin = (await seed.store.listEntities({ search: 'Putin', limit: 5 })).items.find(
      (e) => e.name === 'Vladimir Putin',
    );
    expect(putin, 'the seeds know Vladimir Putin').toBeDefined();
    const byName = await get('/api/stories?entity=Vladimir%20Putin');
    const byId = await get(`/api/stories?entity=${putin!.id}`);
    expect(byName.body.stories.total).toBeGreaterThan(0);
    expect(byName.body.stories.items).toEqual(byId.body.stories.items);
    expect(byName.body.articles.items.length).toBe(putin!.articles.length);
    expect((await get('/api/stories?entity=Nobody%20Atall')).body.stories.total).toBe(0);
  });

  it('serves a story with its articles, quotes by speaker, copied passages and claims', async () => {
    const s = stories[0];
    const { status, body } = await get(`/api/stories/${s.id}`);
    expect(status).toBe(200);
    expect(body.story.id).toBe(s.id);
    expect(body.articles.total).toBe(s.articles.length);
    expect(body.timeline.map((a: { id: string }) => a.id).sort()).toEqual([...s.articles].sort());
    expect(body.quotes.total).toBeGreaterThanOrEqual(body.quotes.items.length);
    expect(Array.isArray(body.speakers)).toBe(true);
    expect(Array.isArray(body.reuse.items)).toBe(true);
    expect(Array.isArray(body.claims.items)).toBe(true);
  });

  it('lists and serves articles, with the removed lines and the analysis', async () => {
    const list = await get('/api/articles?limit=2');
    expect(list.body.total).toBe(5);
    expect(list.body.items).toHaveLength(2);
    const { status, body } = await get(`/api/articles/${articles[0].id}`);
    expect(status).toBe(200);
    expect(body.article.id).toBe(articles[0].id);
    expect(typeof body.article.body).toBe('string');
    expect(Array.isArray(body.article.removed)).toBe(true);
    const search = await get('/api/articles?q=Zakharova');
    expect(search.body.total).toBeGreaterThan(0);
  });

  it('serves outlets, entities, quotes, reuse and claims lists', async () => {
    const outlet = articles.find((a) => a.outlet)?.outlet;
    if (outlet) {
      const o = await get(`/api/outlets/${encodeURIComponent(outlet)}`);
      expect(o.status).toBe(200);
      expect(o.body.articles.total).toBeGreaterThan(0);
      expect(o.body.volume.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBeLessThanOrEqual(
        o.body.articles.total,
      );
    }
    const entities = await get('/api/entities?limit=5');
    expect(entities.status).toBe(200);
    if (entities.body.items.length) {
      const e = await get(`/api/entities/${entities.body.items[0].id}`);
      expect(e.status).toBe(200);
      expect(e.body.entity.id).toBe(entities.body.items[0].id);
    }
    for (const path of ['/api/quotes', '/api/reuse', '/api/claims']) {
      const r = await get(`${path}?limit=3`);
      expect(r.status, path).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(3);
    }
  });

  it('counts the sources the articles cite, over all outlets or per outlet, and on an outlet page', async () => {
    const agencies = await get('/api/citations?kind=agency');
    expect(agencies.status).toBe(200);
    expect(agencies.body.items.map((s: { source: string }) => s.source).sort()).toEqual([
      'AFP',
      'Interfax',
      'TASS',
    ]);
    const perOutlet = await get('/api/citations?kind=agency&by=outlet');
    expect(new Set(perOutlet.body.items.map((s: { outlet: string }) => s.outlet))).toEqual(
      new Set(['Press TV']),
    );
    const officials = await get('/api/citations?kind=official&limit=50');
    const putin = officials.body.items.find((s: { source: string }) => s.source === 'Vladimir Putin');
    expect(putin?.entity, 'an official source links to its entity').toMatch(/./);
    const outlet = await get('/api/outlets/Press%20TV');
    const ofOutlet = await get('/api/citations?outlet=Press%20TV&limit=15');
    expect(outlet.body.sources).toEqual(ofOutlet.body.items);
    expect(ofOutlet.body.items[0]).toMatchObject({ source: 'European Union', kind: 'official' });
    expect((await get('/api/citations?kind=rumour')).status).toBe(400);
  });

  it('finds quotes by their words, speaker, kind and outlet', async () => {
    const words = await get('/api/quotes?q=COMMON%20SENSE');
    expect(words.status).toBe(200);
    expect(words.body.items.map((q: { speaker: string }) => q.speaker)).toEqual(['Vladimir Putin']);
    expect(words.body.items[0].text).toContain('enough common sense to find a way out');
    const direct = await get('/api/quotes?speaker=Zakharova&kind=direct&outlet=Press%20TV');
    expect(direct.body.total).toBe(2);
    expect(direct.body.items.every((q: { kind: string }) => q.kind === 'direct')).toBe(true);
    expect((await get('/api/quotes?speaker=Zakharova&outlet=teleSUR')).body.total).toBe(0);
    expect((await get('/api/quotes?kind=rumour')).status).toBe(400);
  });

  it('exports a story as JSON, CSV, Markdown and a self-contained HTML report', async () => {
    const s = stories[0];
    const json = await get(`/api/stories/${s.id}/export?format=json`);
    expect(json.status).toBe(200);
    expect(json.body.version).toBe(1);
    expect(json.body.articles).toHaveLength(s.articles.length);
    const csv = await get(`/api/stories/${s.id}/export?format=csv`);
    expect(csv.type).toContain('text/csv');
    expect((csv.body as string).split('\n')[0]).toBe('id,published,outlet,title,url,source,lang');
    expect((csv.body as string).trim().split('\n')).toHaveLength(s.articles.length + 1);
    const md = await get(`/api/stories/${s.id}/export?format=md`);
    expect(md.body).toMatch(/^# /);
    const report = await get(`/api/stories/${s.id}/export?format=html`);
    expect(report.res.headers.get('content-disposition')).toContain('attachment');
    expect(report.body).toContain('<style>');
    expect(report.body).not.toMatch(/<script|src="\/|href="\/(?!\/)/);
  });

  it('describes itself in an OpenAPI document', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/stories',
      '/api/stories/{id}',
      '/api/articles',
      '/api/entities/{id}',
      '/api/outlets/{name}',
    ])
      expect(body.paths[path], path).toBeDefined();
    const params = body.paths['/api/stories'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['q', 'outlet', 'entity', 'lang', 'from', 'to', 'sort', 'limit']),
    );
  });
});

describe('errors', () => {
  it('answers unknown ids with 404 and a message', async () => {
    for (const path of [
      '/api/stories/nope',
      '/api/articles/nope',
      '/api/entities/nope',
      '/api/outlets/Nowhere%20Times',
      '/api/stories/nope/export',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(404);
      expect(body.error, path).toMatch(/not found: /);
    }
    const { status, body } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error).toContain('no such endpoint');
  });

  it('answers bad parameters with 400 and the issues', async () => {
    const cases = [
      '/api/stories?limit=abc',
      '/api/stories?limit=5000',
      '/api/stories?sort=sideways',
      '/api/stories?from=yesterday',
      '/api/stories?from=2026-13-45',
      '/api/articles?to=2026-02-30',
      '/api/articles?from=2026-01-01T25:00',
      '/api/articles?offset=-1',
      '/api/entities?type=planet',
      `/api/stories/${'x'.repeat(300)}`,
      '/api/stories/abc/export?format=pdf',
      `/api/articles?q=${'a'.repeat(300)}`,
    ];
    for (const path of cases) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error, path).toBeTruthy();
      expect(body.issues?.length, path).toBeGreaterThan(0);
      expect(JSON.stringify(body), path).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('shows HTML error pages for pages, without echoing markup', async () => {
    const { status, body, type } = await get('/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(status).toBe(404);
    expect(type).toContain('text/html');
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('&lt;script&gt;');
  });
});

describe('safety', () => {
  it('sends a strict CSP and no-sniff on pages and API', async () => {
    for (const path of ['/', '/api/stats', '/static/app.js']) {
      const { res } = await get(path);
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses ingest without the token, and when no token is configured', async () => {
    const body = JSON.stringify({ articles: [{ text: 'x' }] });
    const none = await app.request('/api/articles', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(none.status).toBe(401);
    const wrong = await app.request('/api/articles', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer wrong' },
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toContain('bearer token');
    const disabled = createApp({ store: seed.store, token: '' });
    const off = await disabled.request('/api/articles', {
      method: 'POST',
      body,
      headers: { Authorization: 'Bearer x' },
    });
    expect(off.status).toBe(403);
  });

  it('validates the ingest body and caps its size', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` };
    const bad = await app.request('/api/articles', { method: 'POST', body: '{"articles": []}', headers });
    expect(bad.status).toBe(400);
    const notJson = await app.request('/api/articles', { method: 'POST', body: 'hello', headers });
    expect(notJson.status).toBe(400);
    const small = createApp({ store: seed.store, token: TOKEN, maxBodyBytes: 100 });
    const big = await small.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ articles: [{ text: 'x'.repeat(500) }] }),
      headers,
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toContain('request body');
  });

  it('answers 503 saying so while another process holds the write lock, and stores nothing', async () => {
    const before = (await seed.store.stats()).articles;
    // Another writer (a `wiretrace analyze` on the same file, say) holds the lock for the whole request.
    const other = new Database((seed.store as SqliteStore).path);
    other.exec('BEGIN IMMEDIATE');
    let res: Response;
    try {
      res = await app.request('/api/articles', {
        method: 'POST',
        body: JSON.stringify({
          articles: [{ text: 'The lighthouse keeper said the lamp would be relit at dusk.' }],
        }),
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(res.status).toBe(503);
    expect((await res.json()).error).toMatch(/^the database is locked by another process/);
    expect((await seed.store.stats()).articles).toBe(before);
  });

  it('answers 503 with a message when the analyzer cannot load, and retries on the next request', async () => {
    let calls = 0;
    const broken = createApp({
      store: seed.store,
      token: TOKEN,
      loadAnalyzer: () => {
        calls++;
        throw new Error('NER model not found at models/ner/ner.bin.gz');
      },
    });
    const post = () =>
      broken.request('/api/articles', {
        method: 'POST',
        body: JSON.stringify({ articles: [{ text: 'Some text.' }] }),
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      });
    const res = await post();
    expect(res.status).toBe(503);
    expect((await res.json()).error).toBe(
      'ingest is unavailable: the analyzer could not be loaded (NER model not found at models/ner/ner.bin.gz)',
    );
    expect((await post()).status).toBe(503);
    expect(calls).toBe(2);
  });

  it('rate-limits a client that floods', async () => {
    const limited = createApp({ store: seed.store, rateLimit: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await limited.request('/healthz')).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 4).every((s) => s === 200)).toBe(true);
  });
});

describe('ingest over HTTP', () => {
  it('stores a posted hostile article and renders its markup as text', async () => {
    const { readFileSync } = await import('node:fs');
    const { HOSTILE } = await import('./seed-store.js');
    const text = readFileSync(HOSTILE, 'utf8');
    const res = await app.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({
        articles: [
          { text, outlet: 'Hostile <b>Wire</b>', url: 'javascript:alert(1)', published: '2020-09-03' },
        ],
      }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(201);
    const out = await res.json();
    expect(out.inserted).toHaveLength(1);
    const id = out.inserted[0];
    // The cached counts and story lists are dropped by an ingest.
    expect((await get('/api/stats')).body.articles).toBe(6);
    expect((await get('/api/articles?q=organiser')).body.total).toBe(1);
    const api = await get(`/api/articles/${id}`);
    expect(api.body.article.body).toContain('<script>');
    const page = await get(`/articles/${id}`);
    expect(page.status).toBe(200);
    const html = page.body as string;
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html.match(/<script/g)).toHaveLength(1); // only the layout's own /static/app.js
    expect(html).toContain('<script src="/static/app.js" defer></script>');
    expect(html).not.toMatch(/<img|<style|href="javascript:/i);
    expect(html).toContain('Hostile &lt;b&gt;Wire&lt;/b&gt;');
    // The same post again adds nothing twice.
    const again = await app.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ articles: [{ text, outlet: 'Hostile <b>Wire</b>', published: '2020-09-03' }] }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    });
    expect((await again.json()).inserted).toHaveLength(0);
  });

  it('skips a posted article over maxArticleBytes with a warning naming it and its size, and stores the rest', async () => {
    const capped = createApp({
      store: seed.store,
      token: TOKEN,
      analyzer: nullAnalyzer,
      maxArticleBytes: 2048,
    });
    const long = Array.from(
      { length: 60 },
      (_, i) => `The lighthouse keeper logged ${i + 3} passing trawlers before the fog lifted at dawn.`,
    ).join(' ');
    const res = await capped.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({
        articles: [
          {
            text: 'Gulls returned to the pier on Sunday after a week of storms, the harbour master said.',
            outlet: 'Pier Post',
          },
          { text: long, outlet: 'Pier Post', url: 'https://pier.example/lighthouse-log' },
        ],
      }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(201);
    const out = await res.json();
    expect(out.inserted).toHaveLength(1);
    expect(out.messages).toContainEqual(
      expect.objectContaining({
        kind: 'warning',
        message: expect.stringMatching(
          /^skipped https:\/\/pier\.example\/lighthouse-log: article has 4\.\d KiB of clean text, over the per-article limit of 2 KiB$/,
        ),
      }),
    );
  });
});
