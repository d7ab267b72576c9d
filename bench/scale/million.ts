// The store and link stages at scale: generated articles, analyzed by the test suite's deterministic analyzer, stored
// and linked, timed per 100k as the store grows; then a small incremental run, to time the restore at full size.
// Usage: node --expose-gc --import tsx bench/scale/million.ts <sqlite-file|postgres-url> [total=1000000] [step=100000]
// Extraction is skipped (the articles are built clean), so this times the store and the linker, not the cleaner.

import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import type { Analysis, Article } from '../../src/model/index.js';
import { link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { fakeAnalyzer } from '../../test/store/helpers.js';
import { type GeneratedArticle, generateArticles } from './generate.js';

const [location, totalArg, stepArg] = process.argv.slice(2);
const total = Number(totalArg ?? 1_000_000);
const step = Number(stepArg ?? 100_000);
/** Articles of the incremental run at the end, linked against everything stored before them. */
const INCREMENT = 1000;
const PUT_BATCH = 500;

/** The article the extractor would make of a generated page, without running it. */
function articleOf(g: GeneratedArticle): Article {
  const body = g.paragraphs.join('\n\n');
  return {
    id: createHash('sha256').update(`${g.id}\u0000${body}`).digest('hex').slice(0, 16),
    source: `generated#${g.id}`,
    outlet: g.outlet,
    title: g.title,
    published: g.published,
    modified: null,
    lang: 'en',
    url: null,
    section: null,
    bylines: [],
    body,
    paragraphs: g.paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
    captions: [],
    removed: [],
    meta: {},
    messages: [],
  };
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return {
    heapMB: Math.round(m.heapUsed / 1048576),
    rssMB: Math.round(m.rss / 1048576),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
};

async function databaseMB(): Promise<number> {
  if (location.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    const { rows } = await client.query('SELECT pg_database_size(current_database()) AS b');
    await client.end();
    return Math.round(Number(rows[0].b) / 1048576);
  }
  let bytes = 0;
  for (const suffix of ['', '-wal'])
    if (existsSync(location + suffix)) bytes += statSync(location + suffix).size;
  return Math.round(bytes / 1048576);
}

/** Times one block of work, wall and CPU seconds. */
function clock() {
  const w = performance.now();
  const c = cpuNow();
  return () => ({ seconds: (performance.now() - w) / 1000, cpuSeconds: cpuNow() - c });
}
const log = (phase: string, row: Record<string, unknown>) =>
  console.log(
    JSON.stringify({
      phase,
      ...row,
      load: +loadavg()[0].toFixed(1),
      at: new Date().toISOString().slice(11, 19),
    }),
  );

const store = await openStore(location);
const source = generateArticles(total + INCREMENT, 13);
log('start', { backend: store.kind, total, step });

/** Stores `n` generated articles; generating and analyzing are not in the put timing (the same for every backend). */
async function put(n: number) {
  let stored = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  let batch: { article: Article; analysis: Analysis }[] = [];
  const flush = async () => {
    const t = clock();
    stored += (await store.putArticles(batch)).inserted.length;
    const d = t();
    seconds += d.seconds;
    cpuSeconds += d.cpuSeconds;
    batch = [];
  };
  for (let i = 0; i < n; i++) {
    const next = source.next();
    if (next.done) break;
    const article = articleOf(next.value);
    batch.push({ article, analysis: fakeAnalyzer.analyze(article) });
    if (batch.length >= PUT_BATCH) await flush();
  }
  if (batch.length) await flush();
  return { stored, seconds, cpuSeconds };
}

// 1. Store everything, 100k at a time, as the store grows.
let stored = 0;
for (let done = 0; done < total; done += step) {
  const p = await put(Math.min(step, total - done));
  stored += p.stored;
  log('put', {
    stored,
    perSecond: Math.round(p.stored / p.seconds),
    cpuMsPerArticle: +((p.cpuSeconds * 1000) / p.stored).toFixed(3),
    dbMB: await databaseMB(),
    ...memory(),
  });
}

// 2. One link run over all of it, reported per 100k linked.
let mark = clock();
let lastLinked = 0;
const run = clock();
const summary = await link(store, {
  onProgress: (s) => {
    if (s.linked - lastLinked < step && s.linked < stored) return;
    const d = mark();
    log('link', {
      linked: s.linked,
      perSecond: Math.round((s.linked - lastLinked) / d.seconds),
      cpuMsPerArticle: +((d.cpuSeconds * 1000) / (s.linked - lastLinked)).toFixed(3),
      stories: s.stories,
      reuse: s.reuse,
      ...memory(),
    });
    lastLinked = s.linked;
    mark = clock();
  },
});
const whole = run();
log('link-total', {
  linked: summary.linked,
  seconds: +whole.seconds.toFixed(1),
  cpuSeconds: +whole.cpuSeconds.toFixed(1),
  perSecond: Math.round(summary.linked / whole.seconds),
  dbMB: await databaseMB(),
  ...memory(),
});

// 3. An incremental run at full size: what a daily batch, a feed poll or a queue worker pays to link a few articles.
const inc = await put(INCREMENT);
const t = clock();
let restore = { seconds: 0, cpuSeconds: 0 };
const incSummary = await link(store, { onOpened: () => (restore = t()) });
const d = t();
log('incremental', {
  linked: incSummary.linked,
  stored: stored + inc.stored,
  restoreSeconds: +restore.seconds.toFixed(1),
  restoreCpuSeconds: +restore.cpuSeconds.toFixed(1),
  linkSeconds: +(d.seconds - restore.seconds).toFixed(1),
  ...memory(),
});
const stats = await store.stats();
log('end', { ...stats, dbMB: await databaseMB() });
await store.close();
