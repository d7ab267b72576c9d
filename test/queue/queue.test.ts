// Queue workers across processes: one killed with SIGKILL mid-run, and the export still equals one process's.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clearQueue,
  enqueue,
  queueStatus,
  startWorker,
  type WorkerEvent,
} from '../../src/pipeline/queue/index.js';
import { exportJson } from '../../src/report/export.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { collect, fakeAnalyzer, loadLink, REDIS_URL, REPO_ROOT, redisUnavailable } from '../store/helpers.js';
import { ingestReference, watchAllLinked, writeCorpus } from './corpus.js';

const redisSkip = await redisUnavailable();
if (redisSkip) console.warn(`queue tests skipped: ${redisSkip}`);

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-queue-'));
const prefixes: string[] = [];
const children: ChildProcess[] = [];
const newPrefix = () => {
  const prefix = `wiretrace-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  prefixes.push(prefix);
  return prefix;
};

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (!redisSkip) for (const prefix of prefixes) await clearQueue({ url: REDIS_URL, prefix });
  rmSync(dir, { recursive: true, force: true });
});

function spawnWorker(prefix: string, db: string, delayMs: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(REPO_ROOT, 'test/queue/worker-entry.ts'),
      REDIS_URL,
      prefix,
      db,
      String(delayMs),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const listen of listeners) listen(line);
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const waitFor = (pred: (line: string) => boolean, ms: number) =>
    new Promise<void>((ok, fail) => {
      if (lines.some(pred)) return ok();
      const timer = setTimeout(
        () => fail(new Error(`worker ${child.pid}: no such line in ${ms} ms; stderr: ${stderr}`)),
        ms,
      );
      listeners.add((line) => {
        if (pred(line)) {
          clearTimeout(timer);
          ok();
        }
      });
    });
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  return { child, lines, waitFor, exited, stderr: () => stderr };
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(redisSkip !== null)('queue', () => {
  it('adds a document once however often it is enqueued', async () => {
    const queue = { url: REDIS_URL, prefix: newPrefix() };
    const corpus = join(dir, 'once');
    writeCorpus(corpus, 1);
    const first = await enqueue([corpus], { queue });
    expect(first).toMatchObject({ read: 10, enqueued: 10, alreadyQueued: 0, skipped: 0 });
    const again = await enqueue([corpus], { queue });
    expect(again).toMatchObject({ read: 10, enqueued: 0, alreadyQueued: 10 });
    const status = await queueStatus(queue);
    expect(status.jobs.waiting).toBe(10);
    expect(status.pending).toBe(10);
    expect(status.enqueuing).toBe(0);
  });

  it('links articles that were stored without the queue, once a worker starts', async () => {
    const linker = await loadLink();
    if ('reason' in linker) return console.warn(`skipped: ${linker.reason}`);
    const store = new SqliteStore(':memory:');
    const corpus = join(dir, 'plain');
    writeCorpus(corpus, 1);
    expect(await ingestReference(store, [corpus])).toBe(10);
    const worker = startWorker({ queue: { url: REDIS_URL, prefix: newPrefix() }, store, tickMs: 50 });
    try {
      await until('the stored articles linked', async () => (await store.stats()).unlinked === 0, 30_000);
      expect((await store.stats()).stories).toBeGreaterThan(0);
    } finally {
      await worker.close();
      await store.close();
    }
  });

  it('counts and links a batch whose storer died between its store write and its bookkeeping', async () => {
    const linker = await loadLink();
    if ('reason' in linker) return console.warn(`skipped: ${linker.reason}`);
    const queue = { url: REDIS_URL, prefix: newPrefix() };
    const corpus = join(dir, 'torn');
    writeCorpus(corpus, 1);
    const store = new SqliteStore(':memory:');
    // The first write goes through and then "dies" before the worker can record it, as a SIGKILL would.
    let torn = false;
    const tearing = new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'putArticles' || torn) return Reflect.get(target, key, receiver);
        return async (...args: Parameters<SqliteStore['putArticles']>) => {
          await target.putArticles(...args);
          torn = true;
          throw new Error('killed after the store write');
        };
      },
    });
    await enqueue([corpus], { queue });
    const worker = startWorker({ queue, store: tearing, analyzer: fakeAnalyzer, tickMs: 50 });
    try {
      await until(
        'the batch counted and linked',
        async () => (await queueStatus(queue)).totals.stored === 10 && (await store.stats()).unlinked === 0,
        30_000,
      );
      expect(torn).toBe(true);
      const status = await queueStatus(queue);
      expect(status.pending).toBe(0);
      expect(status.totals.stored).toBe(10);
      expect((await store.stats()).articles).toBe(10);
    } finally {
      await worker.close();
      await store.close();
    }
  });

  it('links a second delivery as one process linking twice would (linker rebuilt from the store)', async () => {
    const linker = await loadLink();
    if ('reason' in linker) return console.warn(`skipped: ${linker.reason}`);
    const first = join(dir, 'two-a');
    const second = join(dir, 'two-b');
    writeCorpus(first, 1);
    writeCorpus(second, 2);
    const reference = new SqliteStore(':memory:');
    await ingestReference(reference, [first]);
    await linker.link(reference);
    await ingestReference(reference, [second]);
    await linker.link(reference);
    const expected = await collect(exportJson(reference));
    const expectedCount = (await reference.stats()).articles;
    await reference.close();

    const queue = { url: REDIS_URL, prefix: newPrefix() };
    const db = join(dir, 'two.db');
    const store = new SqliteStore(db);
    const events: WorkerEvent[] = [];
    const worker = startWorker({
      queue,
      store,
      analyzer: fakeAnalyzer,
      tickMs: 50,
      linkBatch: 4,
      onEvent: (e) => events.push(e),
    });
    // The worker reports a link run only after saving it, so wait for the report as well as the stored state.
    const linkedReported = () => events.reduce((sum, e) => sum + (e.kind === 'linked' ? e.articles : 0), 0);
    try {
      const linkedAll = async (n: number) => {
        const stats = await store.stats();
        return stats.articles === n && stats.unlinked === 0 && linkedReported() === n;
      };
      await enqueue([first], { queue });
      await until('the first delivery linked', () => linkedAll(10), 30_000);
      const runsForFirst = events.filter((e) => e.kind === 'linked').length;
      await enqueue([second], { queue });
      await until('the second delivery linked', () => linkedAll(expectedCount), 30_000);
      expect(await collect(exportJson(store))).toBe(expected);
      // The second delivery was linked by at least one later run, on a linker rebuilt from the store.
      expect(events.filter((e) => e.kind === 'linked').length).toBeGreaterThan(runsForFirst);
      expect(events.map((e) => e.kind)).not.toContain('error');
    } finally {
      await worker.close();
      await store.close();
    }
  });

  it('stores the final story summaries of a link run by the time every article reads as linked', async () => {
    // The multi-process test below exports as soon as nothing is unlinked: a run that wrote its final summaries
    // in a later transaction than its last articles was caught between the two on a loaded machine.
    const linker = await loadLink();
    if ('reason' in linker) return console.warn(`skipped: ${linker.reason}`);
    const corpus = join(dir, 'last');
    writeCorpus(corpus, 3);
    const reference = new SqliteStore(':memory:');
    await ingestReference(reference, [corpus]);
    await linker.link(reference);
    const expected = await collect(exportJson(reference));
    await reference.close();

    const queue = { url: REDIS_URL, prefix: newPrefix() };
    const store = new SqliteStore(':memory:');
    const { store: watched, firstAllLinked } = watchAllLinked(store);
    await enqueue([corpus], { queue });
    // Batches of 7, as the worker processes below: the story of 20 articles is last summarised at 14 within the run.
    const worker = startWorker({ queue, store: watched, analyzer: fakeAnalyzer, tickMs: 50, linkBatch: 7 });
    try {
      await until('every document linked', async () => firstAllLinked() !== null, 30_000);
      expect(firstAllLinked()).toBe(expected);
    } finally {
      await worker.close();
      await store.close();
    }
  });

  it('several worker processes, one killed with SIGKILL mid-job, give the export of a single process', async () => {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, 3);
    const linker = await loadLink();
    if ('reason' in linker) console.warn(`queue export compared without linking: ${linker.reason}`);

    // The single-process reference.
    const reference = new SqliteStore(':memory:');
    const expectedArticles = await ingestReference(reference, [corpus]);
    if ('link' in linker) await linker.link(reference);
    const expected = await collect(exportJson(reference));
    await reference.close();

    const queue = { url: REDIS_URL, prefix: newPrefix() };
    const db = join(dir, 'queue.db');
    new SqliteStore(db).close(); // migrate once, before several processes open it
    const summary = await enqueue([corpus], { queue });
    expect(summary.enqueued).toBe(20);

    const workers = [0, 1, 2].map(() => spawnWorker(queue.prefix, db, 400));
    await Promise.all(workers.map((w) => w.waitFor((l) => l === 'ready', 30_000)));
    // Kill the first worker while it is inside its second job: that job must be retried elsewhere.
    const victim = workers[0];
    await victim.waitFor((l) => l.includes('"analyzed"'), 30_000);
    await victim.waitFor(() => victim.lines.filter((x) => x.startsWith('start')).length >= 2, 30_000);
    victim.child.kill('SIGKILL');
    await victim.exited;

    const store = new SqliteStore(db);
    try {
      await until(
        'every document stored and linked',
        async () => {
          const stats = await store.stats();
          const status = await queueStatus(queue);
          return (
            status.pending === 0 &&
            stats.articles === expectedArticles &&
            (!('link' in linker) || stats.unlinked === 0)
          );
        },
        90_000,
      );
      const status = await queueStatus(queue);
      expect(status.failures).toEqual([]);
      expect(status.totals.stored).toBe(expectedArticles);
      const got = await collect(exportJson(store));
      expect(got).toBe(expected);
    } finally {
      for (const w of workers.slice(1)) w.child.kill('SIGTERM');
      await Promise.all(workers.slice(1).map((w) => w.exited));
      await store.close();
    }
    // The killed worker's job really was taken over by another worker.
    const killedJob = victim.lines.filter((l) => l.startsWith('start ')).at(-1);
    const survivors = workers.slice(1).flatMap((w) => w.lines);
    expect(survivors).toContain(killedJob);
  }, 150_000);
});
