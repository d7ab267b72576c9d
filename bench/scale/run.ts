// Benchmark beyond one machine: articles/s raw text → stories and reuse with 1, 2, 4 queue workers against one
// process, and PostgreSQL against SQLite as the store, with peak memory. Scaled down to fit ~10 minutes on 2 cores.
// Usage: npx tsx bench/scale/run.ts [workerArticles=1000] [storeArticles=5000]
// Env: WIRETRACE_DATA (shared data), WIRETRACE_BENCH_REDIS, WIRETRACE_BENCH_PG (admin URL).

import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { clearQueue, enqueue, keysOf } from '../../src/pipeline/queue/index.js';
import { exportJson } from '../../src/report/export.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { dataRoot, REPO_ROOT, writeCorpus } from './generate.js';

// The working tree changes under our feet (others edit it all day): the whole run uses one frozen copy of the
// code, so that the single process and the workers run the same analyzer and linker.
if (!process.env.WIRETRACE_BENCH_SNAPSHOT) {
  const snapshot = mkdtempSync(join(tmpdir(), 'wiretrace-snapshot-'));
  for (const part of ['src', 'bench', 'test', 'models', 'examples', 'package.json', 'tsconfig.json'])
    cpSync(join(REPO_ROOT, part), join(snapshot, part), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(snapshot, 'node_modules'));
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(snapshot, 'bench/scale/run.ts'), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, WIRETRACE_BENCH_SNAPSHOT: snapshot, WIRETRACE_DATA: join(dataRoot(), '.') },
    },
  );
  rmSync(snapshot, { recursive: true, force: true });
  process.exit(child.status ?? 1);
}

const workerArticles = Number(process.argv[2] ?? 1000);
const storeArticles = Number(process.argv[3] ?? 5000);
const REDIS = process.env.WIRETRACE_BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const PG_ADMIN = process.env.WIRETRACE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'wiretrace-scale-'));
const tsx = (script: string, args: string[]) => [
  '--import',
  'tsx',
  join(REPO_ROOT, 'bench/scale', script),
  ...args,
];
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);
const fixed = (n: number, d = 1) => n.toFixed(d);

/** Peak resident memory of a live process, in MB (Linux: VmHWM). */
const peakRss = (pid: number): number => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
};

/** CPU seconds used so far by a live process (user + system; Linux clock ticks are 1/100 s). */
const cpuSeconds = (pid: number): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};

const exportText = async (store: Store) => {
  let out = '';
  for await (const chunk of exportJson(store)) out += chunk;
  return out;
};

console.log(
  `wiretrace scale benchmark · ${new Date().toISOString()} · ${cpus().length} cores · node ${process.version}`,
);
console.log(`code: a frozen copy of the working tree taken at the start of the run`);
console.log(
  `scaled down: ${workerArticles} articles for the worker runs, ${storeArticles} for the store runs (the issue names 1,000,000)`,
);

// ── 1. Workers: raw text → stories and reuse ─────────────────────────────────────────────────────────────
const corpusA = await writeCorpus(join(work, 'a'), workerArticles);
const singleDb = join(work, 'single.db');
const single = lastJson(
  (await run(process.execPath, tsx('single.ts', [corpusA, singleDb]), { maxBuffer: 1 << 26 })).stdout,
);
console.log('\n1. raw text → stored, analyzed, linked (stories, reuse, claims); SQLite store');
console.log(
  'run                     articles  seconds  articles/s  vs 1 process  CPU ms/article  peak RSS MB (per process)  export = 1 process',
);
console.log(
  `1 process (analyze)     ${String(single.articles).padStart(8)}  ${fixed(single.seconds).padStart(7)}  ${fixed(single.articles / single.seconds).padStart(10)}  ${'1.00'.padStart(12)}  ${fixed((single.cpuSeconds * 1000) / single.articles, 0).padStart(14)}  ${fixed(single.maxRssMB, 0).padStart(25)}  -`,
);
const singleStore = new SqliteStore(singleDb);
const expectedExport = await exportText(singleStore);
await singleStore.close();

const workerRows: Record<string, unknown>[] = [];
for (const k of [1, 2, 4]) {
  const prefix = `wiretrace-bench-${randomBytes(4).toString('hex')}`;
  const db = join(work, `workers-${k}.db`);
  new SqliteStore(db).close();
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  for (let i = 0; i < k; i++) {
    const child = spawn(
      process.execPath,
      tsx('cli.ts', ['worker', '--queue', REDIS, '--prefix', prefix, '--db', db]),
      { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(child);
    ready.push(
      new Promise((resolve) => {
        createInterface({ input: child.stderr! }).on('line', (line) => {
          if (line.includes(' on redis')) resolve();
          if (/error/i.test(line)) console.error(`  worker ${child.pid}: ${line}`);
        });
      }),
    );
  }
  await Promise.all(ready);
  const startCpu = children.reduce((n, c) => n + cpuSeconds(c.pid!), 0);
  const t0 = performance.now();
  await enqueue([corpusA], { queue: { url: REDIS, prefix } });
  const enqueueSeconds = (performance.now() - t0) / 1000;
  const store = new SqliteStore(db);
  // Polled lightly: on 2 shared cores the watcher must not steal time from the workers it measures.
  const redis = new Redis(REDIS);
  for (;;) {
    const pending = await redis.zcard(keysOf(prefix).pending);
    if (pending === 0) {
      const stats = await store.stats();
      if (stats.articles >= single.articles && stats.unlinked === 0) break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  redis.disconnect();
  const seconds = (performance.now() - t0) / 1000;
  const peaks = children.map((c) => peakRss(c.pid!));
  const cpu = children.reduce((n, c) => n + cpuSeconds(c.pid!), 0) - startCpu;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))),
  );
  const same = (await exportText(store)) === expectedExport;
  await store.close();
  await clearQueue({ url: REDIS, prefix });
  const rate = single.articles / seconds;
  workerRows.push({ workers: k, seconds, rate, enqueueSeconds, cpuSeconds: cpu, peaks, same });
  console.log(
    `${`${k} worker process${k > 1 ? 'es' : ''}`.padEnd(22)}  ${String(single.articles).padStart(8)}  ${fixed(seconds).padStart(7)}  ${fixed(rate).padStart(10)}  ${fixed(rate / (single.articles / single.seconds), 2).padStart(12)}  ${fixed((cpu * 1000) / single.articles, 0).padStart(14)}  ${peaks
      .map((p) => fixed(p, 0))
      .join(' / ')
      .padStart(25)}  ${same ? 'yes' : 'NO'}`,
  );
}
console.log(
  `  (1 process: ingest ${fixed(single.ingestSeconds)} s + link ${fixed(single.linkSeconds)} s; workers: enqueue overlaps processing; linking starts when the queue is drained)`,
);

// ── 2. Store: PostgreSQL vs SQLite ───────────────────────────────────────────────────────────────────────
const corpusB = await writeCorpus(join(work, 'b'), storeArticles, 11);
const dbName = `wiretrace_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: PG_ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const pgUrl = new URL(PG_ADMIN);
pgUrl.pathname = `/${dbName}`;
const results: Record<string, number | string>[] = [];
try {
  for (const location of [join(work, 'store.db'), pgUrl.toString()]) {
    const { stdout } = await run(process.execPath, tsx('store-bench.ts', [location, corpusB]), {
      maxBuffer: 1 << 26,
    });
    results.push(lastJson(stdout));
  }
  const size = await admin.query(`SELECT pg_database_size('${dbName}') AS b`);
  results[1].dbMB = Number(size.rows[0].b) / 1024 / 1024;
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
const { size: sqliteBytes } = await import('node:fs').then((fs) => fs.statSync(join(work, 'store.db')));
results[0].dbMB = sqliteBytes / 1024 / 1024;

console.log(
  `\n2. store on ${storeArticles} generated articles (fake analyzer: extraction and analysis are not timed here)`,
);
const [sq, pgr] = results as Record<string, number>[];
const row = (label: string, key: string, unit: string, digits = 1) =>
  console.log(
    `${label.padEnd(30)} ${`${fixed(sq[key], digits)} ${unit}`.padStart(14)} ${`${fixed(pgr[key], digits)} ${unit}`.padStart(14)}   ${fixed(pgr[key] / sq[key], 2)}×`,
  );
console.log(`${'measure'.padEnd(30)} ${'SQLite'.padStart(14)} ${'PostgreSQL'.padStart(14)}   PG/SQLite`);
console.log(
  `${'store articles (putArticles)'.padEnd(30)} ${`${fixed(sq.articles / sq.putSeconds, 0)} /s`.padStart(14)} ${`${fixed(pgr.articles / pgr.putSeconds, 0)} /s`.padStart(14)}   ${fixed(sq.putSeconds / pgr.putSeconds, 2)}× speed`,
);
console.log(
  `${'link (stories, reuse, claims)'.padEnd(30)} ${`${fixed(sq.linked / sq.linkSeconds, 0)} /s`.padStart(14)} ${`${fixed(pgr.linked / pgr.linkSeconds, 0)} /s`.padStart(14)}   ${fixed(sq.linkSeconds / pgr.linkSeconds, 2)}× speed`,
);
row('export (JSON)', 'exportSeconds', 's');
row('getArticle', 'getArticleMs', 'ms', 2);
row('full-text search', 'searchMs', 'ms', 2);
row('listStories (by size)', 'storiesMs', 'ms', 2);
row('listQuotes (page of 50)', 'quotesMs', 'ms', 2);
row('peak RSS of the process', 'maxRssMB', 'MB', 0);
row('database size', 'dbMB', 'MB', 1);
console.log(
  `same counts: ${sq.inserted === pgr.inserted && sq.stories === pgr.stories && sq.reuse === pgr.reuse ? 'yes' : 'NO'} (${sq.inserted} articles, ${sq.stories} stories, ${sq.reuse} reuse passages)`,
);
console.log(JSON.stringify({ single, workers: workerRows, stores: results }));
rmSync(work, { recursive: true, force: true });
