// One million generated articles into the store and through the link stage, on SQLite or PostgreSQL: time per step
// and peak memory as the store grows. Resumable: a run stops after --limit articles (or when killed) and the next
// run on the same store picks up where it stopped.
//
// Usage: node --expose-gc --import tsx bench/scale/million.ts <sqlite-file|postgres-url>
//          [--total 1000000] [--step 100000] [--limit N] [--analysis-sample 1000]
//
// The articles are built clean (no extraction) and analyzed by the test suite's deterministic fake analyzer, so the
// figures time the store and the linker. What the real analysis would add is measured apart, per article, on the
// first --analysis-sample articles (0 skips it): it is embarrassingly parallel and does not grow with the store.
// Articles are stored and linked in chunks of 10,000, as a feed or a queue brings them: one linker stays open for
// the whole run, its restore from the store is timed at the start (what a resumed run pays).
// Progress (how many generated articles were consumed) is kept in <store>.progress.json (for a PostgreSQL URL, in
// the working directory under the database's name); it may lag the store, which is harmless: a re-put adds nothing.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CorpusLinker } from '../../src/link/index.js';
import { type Analysis, type Article, plainArticle } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';
import type { StoredArticle } from '../../src/store/types.js';
import { fakeAnalyzer } from '../../test/store/helpers.js';
import { type GeneratedArticle, generateArticles } from './generate.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    total: { type: 'string', default: '1000000' },
    step: { type: 'string', default: '100000' },
    limit: { type: 'string' },
    'analysis-sample': { type: 'string', default: '1000' },
  },
});
const location = positionals[0];
if (!location) {
  console.error('usage: million.ts <sqlite-file|postgres-url> [--total N] [--step N] [--limit N]');
  process.exit(2);
}
const total = Number(values.total);
const step = Number(values.step);
const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
const analysisSample = Number(values['analysis-sample']);
/** Articles stored, then linked, at a time: what one poll of a busy feed or a drained queue brings. */
const CHUNK = Math.min(10_000, step);
const BATCH = 500;
const SEED = 13;

const isPostgres = location.startsWith('postgres');
const progressFile = isPostgres
  ? `${new URL(location).pathname.slice(1) || 'postgres'}.progress.json`
  : `${location}.progress.json`;

/** The article the extractor would make of a generated page, without running it. */
function articleOf(g: GeneratedArticle): Article {
  const body = g.paragraphs.join('\n\n');
  return plainArticle({
    id: createHash('sha256').update(`${g.id}\u0000${body}`).digest('hex').slice(0, 16),
    source: `generated#${g.id}`,
    outlet: g.outlet,
    title: g.title,
    published: g.published,
    body,
    paragraphs: g.paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
  });
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** Wall and CPU seconds of one block of work. */
function clock() {
  const w = performance.now();
  const c = cpuNow();
  return () => ({ seconds: (performance.now() - w) / 1000, cpuSeconds: cpuNow() - c });
}
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
  if (isPostgres) {
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
const log = (phase: string, row: Record<string, unknown>) =>
  console.log(
    JSON.stringify({
      phase,
      ...row,
      load: +loadavg()[0].toFixed(1),
      at: new Date().toISOString().slice(11, 19),
    }),
  );
const perMs = (cpuSeconds: number, n: number) => +((cpuSeconds * 1000) / Math.max(1, n)).toFixed(3);

const source = generateArticles(total, SEED);

// The real analyzer's cost per article, apart: the stored articles carry the fake analysis.
if (analysisSample > 0 && !existsSync(progressFile)) {
  const { createAnalyzer } = await import('../../src/analyze/index.js');
  const analyzer = createAnalyzer();
  const sample = [...generateArticles(analysisSample, SEED)].map(articleOf);
  analyzer.analyze(sample[0]);
  const t = clock();
  for (const a of sample) analyzer.analyze(a);
  const d = t();
  log('analysis', { articles: sample.length, cpuMsPerArticle: perMs(d.cpuSeconds, sample.length) });
}

const store = await openStore(location);
let consumed = existsSync(progressFile) ? Number(JSON.parse(readFileSync(progressFile, 'utf8')).consumed) : 0;
const skip = clock();
for (let i = 0; i < consumed; i++) if (source.next().done) break;
log('start', {
  backend: store.kind,
  total,
  step,
  limit: Number.isFinite(limit) ? limit : null,
  resumedAt: consumed,
  skipSeconds: +skip().seconds.toFixed(1),
});

const opening = clock();
const linker = await CorpusLinker.open(store);
const opened = opening();
const before = await store.stats();
log('restore', {
  stored: before.articles,
  linked: before.articles - before.unlinked,
  seconds: +opened.seconds.toFixed(1),
  cpuSeconds: +opened.cpuSeconds.toFixed(1),
  ...memory(),
});

/** Totals over one step (reported, then reset). */
const acc = { put: 0, putSeconds: 0, putCpu: 0, linked: 0, linkSeconds: 0, linkCpu: 0, reuse: 0, claims: 0 };
const stepClock = { start: performance.now() };
let stored = before.articles;
let linkedTotal = before.articles - before.unlinked;
let thisRun = 0;

async function putChunk(n: number): Promise<number> {
  let taken = 0;
  let batch: { article: Article; analysis: Analysis }[] = [];
  const flush = async () => {
    const t = clock();
    const { inserted } = await store.putArticles(batch);
    const d = t();
    acc.put += inserted.length;
    acc.putSeconds += d.seconds;
    acc.putCpu += d.cpuSeconds;
    stored += inserted.length;
    consumed += batch.length;
    writeFileSync(progressFile, JSON.stringify({ consumed }));
    batch = [];
  };
  while (taken < n) {
    const next = source.next();
    if (next.done) break;
    taken++;
    const article = articleOf(next.value);
    batch.push({ article, analysis: fakeAnalyzer.analyze(article) });
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  return taken;
}

async function linkPending(): Promise<void> {
  const t = clock();
  let pending: StoredArticle[] = [];
  const flush = async () => {
    const batch = await linker.link(pending);
    await store.saveLinks(batch);
    acc.linked += batch.articles.length;
    acc.reuse += batch.reuse.length;
    acc.claims += batch.claims.length;
    linkedTotal += batch.articles.length;
    pending = [];
  };
  for await (const article of store.iterateArticles({ linked: false, order: 'published' })) {
    pending.push(article);
    if (pending.length >= BATCH) await flush();
  }
  if (pending.length) await flush();
  const d = t();
  acc.linkSeconds += d.seconds;
  acc.linkCpu += d.cpuSeconds;
}

async function report(): Promise<void> {
  log('step', {
    stored,
    linked: linkedTotal,
    seconds: +((performance.now() - stepClock.start) / 1000).toFixed(1),
    putPerSecond: Math.round(acc.put / acc.putSeconds),
    putCpuMs: perMs(acc.putCpu, acc.put),
    linkPerSecond: Math.round(acc.linked / acc.linkSeconds),
    linkCpuMs: perMs(acc.linkCpu, acc.linked),
    reusePerArticle: +(acc.reuse / Math.max(1, acc.linked)).toFixed(2),
    dbMB: await databaseMB(),
    ...memory(),
  });
  Object.assign(acc, {
    put: 0,
    putSeconds: 0,
    putCpu: 0,
    linked: 0,
    linkSeconds: 0,
    linkCpu: 0,
    reuse: 0,
    claims: 0,
  });
  stepClock.start = performance.now();
}

// Stored and linked chunk by chunk; a row per `step` stored articles.
let nextReport = (Math.floor(consumed / step) + 1) * step;
while (thisRun < limit && consumed < total) {
  const taken = await putChunk(Math.min(CHUNK, limit - thisRun, total - consumed));
  if (taken === 0) break;
  thisRun += taken;
  await linkPending();
  if (consumed >= nextReport) {
    await report();
    nextReport += step;
  }
}
if (acc.put > 0 || acc.linked > 0) await report();

// The stories whose stored titles were made from an earlier sample, brought up to date (what `link` does at its end).
const t = clock();
const last = linker.finish();
if (last.stories.length) await store.saveLinks(last);
const stats = await store.stats();
log('end', {
  consumed,
  ...stats,
  finishSeconds: +t().seconds.toFixed(1),
  dbMB: await databaseMB(),
  ...memory(),
});
await store.close();
