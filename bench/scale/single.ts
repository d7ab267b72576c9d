// The peer of the worker runs: one process, `ingest` then `link` (what `wiretrace analyze` does), timed.
// Usage (from run.ts): npx tsx bench/scale/single.ts <corpus.jsonl> <db>

import { createAnalyzer } from '../../src/analyze/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

const [corpus, db] = process.argv.slice(2);
const store = await openStore(db);
const analyzer = createAnalyzer();
const c0 = process.cpuUsage();
const t0 = performance.now();
const summary = await ingest(store, [corpus], { analyzer });
const t1 = performance.now();
await link(store);
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
const cpuSeconds = () => (cpu.user + cpu.system) / 1e6;
const stats = await store.stats();
await store.close();
console.log(
  JSON.stringify({
    articles: summary.ingested,
    ingestSeconds: (t1 - t0) / 1000,
    linkSeconds: (t2 - t1) / 1000,
    seconds: (t2 - t0) / 1000,
    cpuSeconds: cpuSeconds(),
    stories: stats.stories,
    reuse: stats.reuse,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
