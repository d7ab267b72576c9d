// Benchmark: ingest and clean N generated scraped-text articles into SQLite; articles/s per slice and memory as it grows.
// Usage: npx tsx bench/ingest/run.ts [N=100000]

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBatches, ingest } from '../../src/pipeline/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { generateCorpus } from './generate.js';

const total = Number(process.argv[2] ?? 100_000);
const work = mkdtempSync(join(tmpdir(), 'wiretrace-ingest-'));
const corpus = join(work, 'corpus');
const files = Math.max(1, Math.round(total / 10_000));
const paths = await generateCorpus(corpus, total, files);
console.log(`generated ${total} articles in ${files} JSONL files under ${corpus}`);

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

// Clean only (extract stage, no store): the capability the issue measures first.
// CPU seconds as well as wall seconds: on a shared machine the CPU figure is the one-core rate.
const cpuSecs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
let t0 = performance.now();
let c0 = process.cpuUsage();
let cleaned = 0;
for await (const batch of extractBatches([corpus])) cleaned += batch.length;
const cleanSecs = (performance.now() - t0) / 1000;
const cleanCpu = cpuSecs(c0);
console.log(
  `extract only: ${cleaned} articles in ${cleanSecs.toFixed(1)} s wall = ${(cleaned / cleanSecs).toFixed(0)} articles/s; ${cleanCpu.toFixed(1)} s CPU = ${(cleaned / cleanCpu).toFixed(0)} articles/CPU-s`,
);

// Ingest: read, clean and store, one file (slice) at a time so that time and memory per slice can be tabulated.
const store = new SqliteStore(join(work, 'bench.db'));
console.log('slice  articles  wall_s  cpu_s  articles/s  articles/CPU-s  rss_MB  heap_MB');
let done = 0;
t0 = performance.now();
c0 = process.cpuUsage();
for (const [i, path] of paths.entries()) {
  const t = performance.now();
  const c = process.cpuUsage();
  const s = await ingest(store, [path]);
  done += s.ingested;
  const secs = (performance.now() - t) / 1000;
  const cpu = cpuSecs(c);
  const mem = process.memoryUsage();
  console.log(
    `${String(i + 1).padStart(5)}  ${String(done).padStart(8)}  ${secs.toFixed(1).padStart(6)}  ${cpu.toFixed(1).padStart(5)}  ${(s.ingested / secs).toFixed(0).padStart(10)}  ${(s.ingested / cpu).toFixed(0).padStart(14)}  ${mb(mem.rss).padStart(6)}  ${mb(mem.heapUsed).padStart(7)}`,
  );
}
const secs = (performance.now() - t0) / 1000;
const cpu = cpuSecs(c0);
console.log(
  `ingest total: ${done} articles in ${secs.toFixed(1)} s wall = ${(done / secs).toFixed(0)} articles/s; ${(done / cpu).toFixed(0)} articles/CPU-s (one thread, SQLite, no NLP stages)`,
);
const again = await ingest(store, [corpus]);
console.log(`re-ingest: ${again.ingested} new, ${again.unchanged} unchanged`);
await store.close();
if (existsSync(work) && !process.env.KEEP) rmSync(work, { recursive: true, force: true });
