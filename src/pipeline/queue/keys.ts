// Where the queue lives in Redis: one BullMQ queue plus a few wiretrace keys, all under one prefix.

import { type ChainableCommander, Redis } from 'ioredis';

export interface QueueLocation {
  /** redis://[user:password@]host:port[/db] */
  url: string;
  /** Namespace of every key, so that several corpora (or test runs) share one Redis. Default "wiretrace". */
  prefix?: string;
}

/** The BullMQ queue that carries extract + analyze jobs. */
export const INGEST_QUEUE = 'ingest';

export const keysOf = (prefix = 'wiretrace') => ({
  prefix,
  /** Monotonic counter: the enqueue order of documents, which is the order they are stored in. */
  order: `${prefix}:wt:order`,
  /** Documents enqueued but not yet stored: member document id, score enqueue order. */
  pending: `${prefix}:wt:pending`,
  /** Analyzed documents waiting to be stored: field document id, value the JSON result. */
  results: `${prefix}:wt:results`,
  /** Set while an enqueue runs, so that linking waits for the whole input (publication order). */
  enqueuing: `${prefix}:wt:enqueuing`,
  commitLock: `${prefix}:wt:lock:commit`,
  /**
   * Article ids of the batch being stored, set before the store write and cleared with the bookkeeping after
   * it: a storer killed in between leaves them here, so its successor counts them as stored, not as repeats.
   */
  storing: `${prefix}:wt:storing`,
  linkLock: (partition: string) => `${prefix}:wt:lock:link:${partition}`,
  /** Totals and per-minute buckets for `wiretrace queue`. */
  counters: `${prefix}:wt:counters`,
  rate: (what: string) => `${prefix}:wt:rate:${what}`,
  /** Documents given up on (failed every attempt), with the reason. */
  failures: `${prefix}:wt:failures`,
  /**
   * Partitions with stored articles not yet linked: field partition ("_" for no language, "*" when not
   * partitioned), value how many were stored since its last link run. Lets idle workers find work cheaply.
   */
  toLink: `${prefix}:wt:to-link`,
  /** Bumped by every link run of a partition: a worker may reuse its in-memory linker only if nobody else ran. */
  linkEpoch: (partition: string) => `${prefix}:wt:link-epoch:${partition}`,
});

export type QueueKeys = ReturnType<typeof keysOf>;

/** BullMQ connection options for a redis:// address; BullMQ needs blocking commands never to time out. */
export const bullConnection = (url: string) => ({ url, maxRetriesPerRequest: null });

/** A plain client for wiretrace's own keys. */
export const redisClient = (url: string): Redis =>
  new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });

/** Frees a lock only if it is still ours (it may have expired and been taken by another worker). */
export const RELEASE_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/** Extends a lock only if it is still ours. */
export const EXTEND_LOCK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/** Adds n to this minute's bucket of a rate; buckets expire after an hour. */
export async function countRate(
  redis: Redis,
  keys: QueueKeys,
  what: string,
  n: number,
  now: number,
): Promise<void> {
  if (n <= 0) return;
  await addRate(redis.multi(), keys, what, n, now).exec();
}

/** The commands of `countRate`, added to a transaction that also does other bookkeeping. */
export function addRate(
  multi: ChainableCommander,
  keys: QueueKeys,
  what: string,
  n: number,
  now: number,
): ChainableCommander {
  if (n <= 0) return multi;
  const minute = Math.floor(now / 60_000);
  return multi
    .hincrby(keys.counters, what, n)
    .hincrby(keys.rate(what), String(minute), n)
    .expire(keys.rate(what), 3600);
}
