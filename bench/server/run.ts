// Server benchmark: story page of 1,000 articles (server time) and API p99 at 200 requests/s on a 100,000-article store.
// Peer, in the same run: a bare node:http server running the same queries (no Hono, zod, CSP or rate limit).

import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createApp } from '../../src/server/index.js';
import { BIG_STORY, buildBenchStore } from './generate.js';

const COUNT = Number(process.env.WIRETRACE_BENCH_ARTICLES ?? 100_000);
const DB = process.env.WIRETRACE_BENCH_DB ?? join(tmpdir(), `wiretrace-server-bench-${COUNT}.db`);
const RATE = Number(process.env.WIRETRACE_BENCH_RATE ?? 200);
const DURATION = Number(process.env.WIRETRACE_BENCH_SECONDS ?? 20);

const ms = (t: bigint) => Number(t) / 1e6;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

console.log(`server bench: ${COUNT} articles in ${DB}`);
const store = await buildBenchStore(DB, COUNT);
const stats = await store.stats();
console.log(
  `store: ${stats.articles} articles, ${stats.stories} stories, ${stats.quotes} quotes, ${stats.citations} citations, ${stats.reuse} reuse, ${stats.claims} claims`,
);

// 1. Story page of 1,000 articles, server time (render included, no socket).
// No response cache here: these are the costs of a cold request.
const app = createApp({ store, rateLimit: 1_000_000, cacheSeconds: 0 });
const big = await store.getStory(BIG_STORY);
console.log(`big story: ${big?.articles.length} articles`);
/** CPU milliseconds per request of the last `time` call: steadier than wall time on a shared machine. */
const cpuPerRequest = new Map<string, number>();
async function time(path: string, runs = 10): Promise<number[]> {
  for (let i = 0; i < 2; i++) await (await app.request(path)).text();
  const out: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const res = await app.request(path);
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    out.push(ms(process.hrtime.bigint() - t));
  }
  const cpu = process.cpuUsage(cpu0);
  cpuPerRequest.set(path, (cpu.user + cpu.system) / 1000 / runs);
  return out;
}
const cpuOf = (path: string) => `, ${cpuPerRequest.get(path)?.toFixed(1)} ms CPU per request`;
const fmt = (xs: number[]) =>
  `median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
const page = await time(`/stories/${BIG_STORY}`);
const api = await time(`/api/stories/${BIG_STORY}`);
const floor: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = process.hrtime.bigint();
  await store.listArticles({ story: BIG_STORY, limit: 1000 });
  floor.push(ms(process.hrtime.bigint() - t));
}
console.log(
  `story page (1,000 articles), HTML: ${fmt(page)}${cpuOf(`/stories/${BIG_STORY}`)}  [goal < 300 ms]`,
);
console.log(`story API  (1,000 articles), JSON: ${fmt(api)}${cpuOf(`/api/stories/${BIG_STORY}`)}`);
console.log(`  floor: the store's one query for the 1,000 article rows: ${fmt(floor)}`);
const other = await time('/');
console.log(`stories list page: ${fmt(other)}`);

// 2. Load: API mix at RATE requests/s for DURATION s, wiretrace vs the bare peer, each in a child process.
const sample = (await store.listArticles({ limit: 50, offset: Math.floor(stats.articles / 2) })).items;
const smallStories = (await store.listStories({ limit: 20, offset: 100 })).items;
// Selective terms (a few hundred to a few thousand hits in 100,000 articles); a very common term is timed apart below.
const words = ['oscar', 'navy', 'kills', 'drug', 'acquired', 'bank', 'nominated', 'minister'];
const paths: string[] = [];
for (let i = 0; i < 40; i++) {
  paths.push(`/api/articles/${sample[i % sample.length].id}`);
  paths.push(`/api/articles?q=${words[i % words.length]}&limit=20`);
  paths.push(`/api/stories/${smallStories[i % smallStories.length].id}`);
  paths.push('/api/stories?limit=25&sort=recent');
  paths.push(`/api/quotes?story=${smallStories[(i + 7) % smallStories.length].id}&limit=20`);
}
console.log('single requests, one at a time (10 runs each):');
for (const path of [
  `/api/articles/${sample[0].id}`,
  `/articles/${sample[0].id}`,
  `/api/articles?q=${words[0]}&limit=20`,
  '/api/articles?q=police&limit=20',
  `/api/stories/${smallStories[0].id}`,
  '/api/stories?limit=25&sort=recent',
  `/api/quotes?story=${smallStories[1].id}&limit=20`,
  `/api/citations?story=${smallStories[1].id}&limit=20`,
  '/api/citations?kind=agency&by=outlet&limit=20',
  '/api/stats',
  '/outlets/Outlet%207',
  '/entities/ent-bench-5',
  '/quotes',
  '/quotes?q=police',
  '/quotes?speaker=ent-bench-5',
  '/sources',
  '/sources?kind=agency&by=outlet',
  '/?q=oscar',
  '/?from=2020-03-01&to=2020-03-07',
  `/api/stories/${BIG_STORY}/export?format=html`,
]) {
  console.log(`  ${path}: ${fmt(await time(path))}`);
}
const police = (await store.listArticles({ search: 'police', limit: 1 })).total;
console.log(
  `  ("police" matches ${police} articles: the store's search cost grows with the number of matches)`,
);
await store.close();

const child = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./child.ts', import.meta.url)), DB],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const urls = await new Promise<{ wiretrace: string; uncached: string; bare: string }>((resolve) => {
  createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
});

async function load(name: string, url: string) {
  // Warm the page cache and the JIT before measuring.
  await autocannon({
    url,
    connections: 4,
    amount: 400,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const r = await autocannon({
    url,
    connections: 10,
    overallRate: RATE,
    duration: DURATION,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const line = `${name}: ${r.requests.total} requests, ${r.requests.average} req/s, latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`;
  console.log(line);
  return r;
}
console.log(
  `load: ${paths.length} distinct API requests in rotation (article, search, story, stories list, quotes of a story), ${RATE} req/s for ${DURATION} s`,
);
const ours = await load('wiretrace (Hono + zod + CSP + rate limit, 5 s list cache)', urls.wiretrace);
const cold = await load('wiretrace without the list cache', urls.uncached);
const peer = await load('bare node:http peer (same queries)', urls.bare);
const ratio = (a: number) => (a / Math.max(peer.latency.p99, 0.01)).toFixed(2);
console.log(
  `p99 ratio to the bare peer: wiretrace ${ratio(ours.latency.p99)}, without the list cache ${ratio(cold.latency.p99)}  [goal: p99 < 50 ms]`,
);
child.kill('SIGTERM');
