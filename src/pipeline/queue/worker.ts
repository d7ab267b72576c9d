// A queue worker: extracts and analyzes documents, stores them in enqueue order, and links them once, per language.

import { randomUUID } from 'node:crypto';
import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Analyzer } from '../../analyze/index.js';
import { extractDocument } from '../../extract/index.js';
import type { CorpusLinker } from '../../link/index.js';
import type { Analysis, Article } from '../../model/index.js';
import type { LinkedKey, Store } from '../../store/types.js';
import { oversizedArticle } from '../article-size.js';
import { type ExtractJob, jobIdOf } from './enqueue.js';
import {
  addRate,
  bullConnection,
  countRate,
  EXTEND_LOCK,
  INGEST_QUEUE,
  keysOf,
  type QueueKeys,
  type QueueLocation,
  RELEASE_LOCK,
  redisClient,
} from './keys.js';
import { SnapshotProfile } from './snapshot.js';

export interface WorkerOptions {
  queue: QueueLocation;
  /** Where analyzed documents go; the worker does not close it. */
  store: Store;
  /** Without one, documents are stored unanalyzed (as `ingest` does without an analyzer). */
  analyzer?: Analyzer;
  /** Jobs processed at once by this process; extract and analyze are CPU-bound, so scale with processes. */
  concurrency?: number;
  /** Also store and link (the default); false makes a pure extract + analyze worker. */
  link?: boolean;
  /** Linking partitions: one linker per language (the default), or one for everything. */
  partition?: 'lang' | 'none';
  /** How long a job stays locked to a worker that stops answering before it is retried. */
  jobLockMs?: number;
  stalledIntervalMs?: number;
  /** How long the storing lock outlives a worker killed while holding it. Default 15 s. */
  dutyLockMs?: number;
  /**
   * The same for a partition's linking lock. Linking a batch keeps the event loop busy (the lock cannot be
   * renewed meanwhile), so this must exceed the time one link batch takes. Default 120 s.
   */
  linkLockMs?: number;
  /** How often the worker looks for documents to store and link. */
  tickMs?: number;
  /** Documents stored per transaction. */
  commitBatch?: number;
  /**
   * Keep each partition's linker in memory between link runs instead of rebuilding it from the store (see
   * LinkerCache). Much cheaper for live feeds, but only as exact as `CorpusLinker.open`'s restore: today a
   * restored linker does not decide exactly as the live one did, so results then depend on which worker ran
   * and on crashes. Off by default: every run rebuilds, exactly as `wiretrace link` does.
   */
  keepLinker?: boolean;
  /** Articles linked per transaction (default 200: short enough to renew the linking lock in time). */
  linkBatch?: number;
  /** Largest clean text an article may have (UTF-8 bytes); a larger one's job fails with the reason. Default 5 MiB. */
  maxArticleBytes?: number;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { kind: 'analyzed'; id: string }
  | { kind: 'failed'; id: string; reason: string; final: boolean }
  | { kind: 'stored'; inserted: number; unchanged: number; failed: number }
  | { kind: 'linked'; partition: string; articles: number }
  | { kind: 'error'; message: string };

export interface QueueWorker {
  /** Stops taking jobs, finishes the current ones, and lets go of its locks. */
  close(): Promise<void>;
}

/** What a worker leaves for the storing step: the result of one job, or why it was given up. */
type JobResult = { article: Article; analysis: Analysis | null } | { failed: string };

/**
 * Extract + analyze one job: pure, so any worker gives the same article a single process would. An article over the
 * per-article limit throws before analysis (see article-size.ts), so its job fails with the reason and the worker
 * lives on, as `analyze` skips it.
 */
export function processDocument(
  job: ExtractJob,
  analyzer?: Analyzer,
  maxArticleBytes?: number,
): { article: Article; analysis: Analysis | null } {
  const article = extractDocument(job.raw, job.profile ? { profile: new SnapshotProfile(job.profile) } : {});
  const oversized = oversizedArticle(article, maxArticleBytes);
  if (oversized) throw new Error(`${oversized.uri}: ${oversized.reason}`);
  return { article, analysis: analyzer ? analyzer.analyze(article) : null };
}

/** A lock held in Redis with an expiry, renewed while its holder lives: a killed holder frees it by expiring. */
class DutyLock {
  private readonly token = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly ttlMs: number,
  ) {}

  async acquire(): Promise<boolean> {
    const ok = (await this.redis.set(this.key, this.token, 'PX', this.ttlMs, 'NX')) === 'OK';
    if (ok) {
      this.timer = setInterval(
        () => void this.redis.eval(EXTEND_LOCK, 1, this.key, this.token, this.ttlMs).catch(() => {}),
        Math.max(100, Math.floor(this.ttlMs / 3)),
      );
    }
    return ok;
  }

  /**
   * Renews the lock and says whether it was still ours. Called right before a write: a holder whose event
   * loop was too busy to renew in time, and whose lock another worker took, finds out here and writes nothing.
   */
  async extend(): Promise<boolean> {
    return Number(await this.redis.eval(EXTEND_LOCK, 1, this.key, this.token, this.ttlMs)) === 1;
  }

  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.redis.eval(RELEASE_LOCK, 1, this.key, this.token).catch(() => {});
  }
}

/**
 * The store as one language partition sees it: linking reads and restores only that partition's articles.
 * With a guard, every write first checks that this worker may still write (its lock is still its own).
 */
export function partitionView(
  store: Store,
  lang: string | null | '*',
  guard?: () => Promise<boolean>,
): Store {
  const iterate: Store['iterateArticles'] = (options) => ({
    async *[Symbol.asyncIterator]() {
      for await (const a of store.iterateArticles(options)) if (lang === '*' || a.lang === lang) yield a;
    },
  });
  // Its linked articles' keys and its articles by id, for a restart from a saved reuse index (a partition loads none,
  // so it reads its articles whole, filtered above; these keep the view whole for any other caller).
  const linkedKeys: Store['linkedKeys'] = (options) => ({
    async *[Symbol.asyncIterator]() {
      let keys: LinkedKey[] = [];
      for await (const { id, published, story } of iterate({
        linked: true,
        order: 'linked',
        fields: 'link',
      })) {
        keys.push({ id, published, story });
        if (keys.length >= (options?.batchSize ?? 4096)) {
          yield keys;
          keys = [];
        }
      }
      if (keys.length > 0) yield keys;
    },
  });
  const readArticles: Store['readArticles'] = async (ids, options) =>
    (await store.readArticles(ids, options)).filter((a) => a.lang === lang);
  const saveLinks: Store['saveLinks'] = async (batch) => {
    if (guard && !(await guard()))
      throw new LostLockError('lost the linking lock to another worker; stopping');
    return store.saveLinks(batch);
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'iterateArticles') return lang === '*' ? target.iterateArticles.bind(target) : iterate;
      if (prop === 'saveLinks') return saveLinks;
      if (lang !== '*' && prop === 'linkedKeys') return linkedKeys;
      if (lang !== '*' && prop === 'readArticles') return readArticles;
      // The store keeps one reuse index, the whole store's (wiretrace link's): a partition builds its own.
      if (lang !== '*' && prop === 'loadReuseSnapshot') return async () => null;
      if (lang !== '*' && prop === 'saveReuseSnapshot') return async () => {};
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export class LostLockError extends Error {}

export function startWorker(options: WorkerOptions): QueueWorker {
  const keys = keysOf(options.queue.prefix);
  const redis = redisClient(options.queue.url);
  const emit = (event: WorkerEvent) => options.onEvent?.(event);
  const queue = new Queue<ExtractJob>(INGEST_QUEUE, {
    connection: bullConnection(options.queue.url),
    prefix: keys.prefix,
  });

  const worker = new Worker<ExtractJob>(
    INGEST_QUEUE,
    async (job: Job<ExtractJob>) => {
      const result = processDocument(job.data, options.analyzer, options.maxArticleBytes);
      // Written before the job completes: a completed job always has its result waiting (see orphans below).
      await redis.hset(keys.results, job.data.id, JSON.stringify(result));
      await countRate(redis, keys, 'analyzed', 1, Date.now());
      emit({ kind: 'analyzed', id: job.data.id });
      return { id: result.article.id };
    },
    {
      connection: bullConnection(options.queue.url),
      prefix: keys.prefix,
      concurrency: options.concurrency ?? 1,
      lockDuration: options.jobLockMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: 3,
    },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    emit({ kind: 'failed', id: job.data.id, reason: error.message, final });
    if (final) void giveUp(redis, keys, job.data.id, error.message).catch(() => {});
  });
  worker.on('error', (error) => emit({ kind: 'error', message: error.message }));

  let stopping = false;
  let running: Promise<void> = Promise.resolve();
  const linkers: LinkerCache = new Map();
  const commitLock = new DutyLock(redis, keys.commitLock, options.dutyLockMs ?? 15_000);
  const tick = async () => {
    try {
      await storeReady(redis, queue, keys, options, commitLock, emit);
      if (!stopping) await linkWhenQuiet(redis, keys, options, emit, linkers);
    } catch (error) {
      emit({ kind: 'error', message: (error as Error).message });
    }
  };
  const loop = async () => {
    await countUnlinked(options.store, redis, keys, options).catch((error: Error) =>
      emit({ kind: 'error', message: error.message }),
    );
    while (!stopping) {
      running = tick();
      await running;
      if (!stopping) await new Promise((resolve) => setTimeout(resolve, options.tickMs ?? 250));
    }
  };
  if (options.link !== false) void loop();

  return {
    async close() {
      stopping = true;
      await worker.close();
      await running;
      await queue.close();
      redis.disconnect();
    },
  };
}

async function giveUp(redis: Redis, keys: QueueKeys, id: string, reason: string): Promise<void> {
  await redis
    .multi()
    .hset(keys.results, id, JSON.stringify({ failed: reason } satisfies JobResult))
    .hset(keys.failures, id, reason)
    .exec();
}

/**
 * Stores analyzed documents in enqueue order, under one lock: the store's ingest order is then the same as
 * a single process's. Each batch is one store transaction; it leaves the queue's books only after it is
 * committed, so a worker killed in between makes the next one store it again, which adds nothing twice.
 */
async function storeReady(
  redis: Redis,
  queue: Queue<ExtractJob>,
  keys: QueueKeys,
  options: WorkerOptions,
  lock: DutyLock,
  emit: (event: WorkerEvent) => void,
): Promise<void> {
  if ((await redis.zcard(keys.pending)) === 0) return;
  if (!(await lock.acquire())) return;
  try {
    for (;;) {
      const head = await redis.zrange(keys.pending, '0', String((options.commitBatch ?? 200) - 1));
      if (head.length === 0) return;
      // Which of the first in line have a result: only that prefix is fetched (results are not small).
      const exists = redis.pipeline();
      for (const id of head) exists.hexists(keys.results, id);
      const flags = ((await exists.exec()) ?? []).map(([, v]) => Number(v) === 1);
      let ready = flags.indexOf(false);
      if (ready === -1) ready = head.length;
      if (ready === 0) {
        if (await isOrphan(redis, queue, keys, head[0])) continue;
        return;
      }
      const ids = head.slice(0, ready);
      const values = await redis.hmget(keys.results, ...ids);
      if (values.includes(null)) continue;
      const results = values.map((v) => JSON.parse(v!) as JobResult);
      const items = results.filter((r): r is Exclude<JobResult, { failed: string }> => !('failed' in r));
      // Another worker may have taken the lock while this one was busy: then it stores these, not us.
      if (!(await lock.extend())) return;
      // A storer killed after its write but before the bookkeeping below left its batch in `storing`: those
      // articles now come back unchanged, yet they were stored for the first time and still need linking.
      const interrupted = new Set(await redis.smembers(keys.storing));
      if (items.length) await redis.sadd(keys.storing, ...items.map((r) => r.article.id));
      const put = items.length ? await options.store.putArticles(items) : { inserted: [], unchanged: [] };
      const resumed = put.unchanged
        .filter((u) => u.id === u.duplicateOf && interrupted.has(u.id))
        .map((u) => u.id);
      const firstStored = [...put.inserted, ...resumed];
      const partitionOf = new Map(items.map((r) => [r.article.id, partitionKey(options, r.article.lang)]));
      // One transaction, so that a kill leaves either all of this undone (and `storing` set) or all of it done.
      const bookkeeping = redis.multi();
      for (const id of firstStored) bookkeeping.hincrby(keys.toLink, partitionOf.get(id)!, 1);
      bookkeeping
        .zrem(keys.pending, ...ids)
        .hdel(keys.results, ...ids)
        .del(keys.storing);
      await addRate(bookkeeping, keys, 'stored', firstStored.length, Date.now()).exec();
      emit({
        kind: 'stored',
        inserted: firstStored.length,
        unchanged: put.unchanged.length - resumed.length,
        failed: results.length - items.length,
      });
    }
  } finally {
    await lock.release();
  }
}

/**
 * A document in line with no result and no live job (its enqueuer or every worker died at the wrong
 * moment, or its job failed for good) would hold the line forever: it is recorded as failed and passed.
 */
async function isOrphan(
  redis: Redis,
  queue: Queue<ExtractJob>,
  keys: QueueKeys,
  id: string,
): Promise<boolean> {
  const job = await queue.getJob(jobIdOf(id));
  const state = job ? await job.getState() : 'missing';
  if (state !== 'missing' && state !== 'unknown' && state !== 'failed') return false;
  // The job may have completed (and been removed) since the result was read.
  if ((await redis.hexists(keys.results, id)) === 1) return false;
  await giveUp(redis, keys, id, job?.failedReason || `job ${state}: no result`);
  return true;
}

/**
 * Links once nothing is in line and no enqueue is running, so that a whole input is linked in publication
 * order. One linker per partition at a time (a lock); a linker killed mid-run loses only its uncommitted
 * batch, and the next one rebuilds its state from the store and goes on: each article is linked once.
 */
/**
 * A partition's linker kept in memory between runs: reopening it reads every linked article of the
 * partition, which a live feed would pay on every poll. It is reused only when no other run happened since
 * (same epoch in Redis, same number of linked articles in the store), else rebuilt from the store.
 */
type LinkerCache = Map<string, { linker: CorpusLinker; epoch: number; linkedCount: number }>;

async function linkWhenQuiet(
  redis: Redis,
  keys: QueueKeys,
  options: WorkerOptions,
  emit: (event: WorkerEvent) => void,
  linkers: LinkerCache = new Map(),
): Promise<void> {
  if ((await redis.zcard(keys.pending)) > 0) return;
  await redis.zremrangebyscore(keys.enqueuing, '-inf', Date.now());
  if ((await redis.zcard(keys.enqueuing)) > 0) return;
  // Idle workers look here, not in the store: reading every unlinked article to find their languages on
  // every tick would cost more than the linking itself.
  const counts = await redis.hgetall(keys.toLink);
  const partitions = Object.entries(counts)
    .filter(([, n]) => Number(n) > 0)
    .map(([name]) => name);
  if (partitions.length === 0) return;
  // The link stage is loaded when first needed, so that a pure extract + analyze worker does without it.
  const [{ CorpusLinker }, { linkUnlinked }] = await Promise.all([
    import('../../link/index.js'),
    import('../link.js'),
  ]);
  const linkedCount = async () => {
    const stats = await options.store.stats();
    return stats.articles - stats.unlinked;
  };
  for (const name of partitions) {
    const lock = new DutyLock(redis, keys.linkLock(name), options.linkLockMs ?? 120_000);
    if (!(await lock.acquire())) continue;
    // Taken out of the cache while in use: a run that fails midway leaves no half-updated linker behind.
    const cached = linkers.get(name);
    linkers.delete(name);
    try {
      // Read under the lock: what is stored from now on counts for the next run.
      const before = Number((await redis.hget(keys.toLink, name)) ?? 0);
      if (before <= 0) continue;
      const lang = name === '*' ? '*' : name === '_' ? null : name;
      const view = partitionView(options.store, lang, () => lock.extend());
      const epoch = Number((await redis.get(keys.linkEpoch(name))) ?? 0);
      const reuse =
        options.keepLinker &&
        cached &&
        cached.epoch === epoch &&
        cached.linkedCount === (await linkedCount());
      const linker = reuse ? cached.linker : await CorpusLinker.open(view);
      // The same walk as `link` (pipeline/link.ts): unlinked articles in publication order, a transaction a batch.
      let linked = 0;
      await linkUnlinked(linker, view, options.linkBatch ?? 200, (batch) => {
        linked += batch.articles.length;
      });
      if (!(await lock.extend()))
        throw new LostLockError('lost the linking lock to another worker; stopping');
      const next = await redis.incr(keys.linkEpoch(name));
      if (options.keepLinker) linkers.set(name, { linker, epoch: next, linkedCount: await linkedCount() });
      await redis.hincrby(keys.toLink, name, -before);
      await countRate(redis, keys, 'linked', linked, Date.now());
      if (linked) emit({ kind: 'linked', partition: name, articles: linked });
    } finally {
      await lock.release();
    }
  }
}

/** The linking partition of an article: its language, "_" without one, or "*" when linking is not partitioned. */
function partitionKey(options: WorkerOptions, lang: string | null): string {
  if (options.partition === 'none') return '*';
  return lang ?? '_';
}

/**
 * Articles stored by other means (a plain `wiretrace ingest` into the same store, or a store from before
 * this queue) are counted once when a worker starts, so that they get linked too.
 */
export async function countUnlinked(
  store: Store,
  redis: Redis,
  keys: QueueKeys,
  options: WorkerOptions,
): Promise<void> {
  if ((await store.stats()).unlinked === 0) return;
  const counts = new Map<string, number>();
  for await (const a of store.iterateArticles({ linked: false })) {
    const key = partitionKey(options, a.lang);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const known = await redis.hgetall(keys.toLink);
  const fix = redis.multi();
  for (const [key, n] of counts) if (Number(known[key] ?? 0) < n) fix.hset(keys.toLink, key, n);
  await fix.exec();
}
