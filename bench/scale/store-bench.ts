// One store backend on generated articles: write, link, export and query times, and this process's peak memory.
// Usage (from run.ts): npx tsx bench/scale/store-bench.ts <sqlite-file|postgres-url> <corpus.jsonl>

import type { Analysis, Article } from '../../src/model/index.js';
import { extractBatches, link } from '../../src/pipeline/index.js';
import { exportJson } from '../../src/report/export.js';
import { openStore } from '../../src/store/index.js';
import { fakeAnalyzer } from '../../test/store/helpers.js';

const [location, corpus] = process.argv.slice(2);
const seconds = (from: number) => (performance.now() - from) / 1000;

// Extraction and (fake) analysis happen before the clock starts: they cost the same on both backends.
const batches: { article: Article; analysis: Analysis }[][] = [];
for await (const articles of extractBatches([corpus])) {
  batches.push(articles.map((article) => ({ article, analysis: fakeAnalyzer.analyze(article) })));
}
const total = batches.reduce((n, b) => n + b.length, 0);

const store = await openStore(location);
let t = performance.now();
let inserted = 0;
for (const batch of batches) inserted += (await store.putArticles(batch)).inserted.length;
const putSeconds = seconds(t);
batches.length = 0;

t = performance.now();
const linked = await link(store);
const linkSeconds = seconds(t);

t = performance.now();
let bytes = 0;
for await (const chunk of exportJson(store)) bytes += chunk.length;
const exportSeconds = seconds(t);

const ids: string[] = [];
for await (const a of store.iterateArticles({ order: 'ingest', batchSize: 1000 }))
  if (ids.length < 2000) ids.push(a.id);
const time = async (n: number, fn: (i: number) => Promise<unknown>) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return (performance.now() - start) / n;
};
const queries = {
  getArticleMs: await time(200, (i) => store.getArticle(ids[(i * 7919) % ids.length])),
  searchMs: await time(20, (i) =>
    store.listArticles({ search: ['police', 'earthquake killed', 'court', 'fire'][i % 4] }),
  ),
  storiesMs: await time(20, () => store.listStories({ sort: 'size', limit: 50 })),
  quotesMs: await time(20, (i) => store.listQuotes({ limit: 50, offset: i * 50 })),
};
const stats = await store.stats();
await store.close();
console.log(
  JSON.stringify({
    backend: store.kind,
    articles: total,
    inserted,
    putSeconds,
    linkSeconds,
    linked: linked.linked,
    exportSeconds,
    exportMB: bytes / 1024 / 1024,
    stories: stats.stories,
    reuse: stats.reuse,
    ...queries,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
