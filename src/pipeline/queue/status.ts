// What `wiretrace queue` shows: depth, rates and failures of one queue.

import { Queue } from 'bullmq';
import { bullConnection, INGEST_QUEUE, keysOf, type QueueLocation, redisClient } from './keys.js';

export interface QueueStatus {
  /** BullMQ job counts of the extract + analyze queue. */
  jobs: { waiting: number; active: number; delayed: number; failed: number; completed: number };
  /** Documents enqueued and not yet stored. */
  pending: number;
  /** Of those, analyzed and waiting for their turn to be stored (enqueue order). */
  analyzed: number;
  /** Enqueues running now (linking waits for them). */
  enqueuing: number;
  totals: { analyzed: number; stored: number; linked: number };
  /** Documents a minute over the last 1 and 5 minutes. */
  rates: Record<'analyzed' | 'stored' | 'linked', { last1m: number; last5m: number }>;
  /** Documents given up on, most recent first (at most 20). */
  failures: { id: string; reason: string }[];
}

export async function queueStatus(location: QueueLocation, now = Date.now()): Promise<QueueStatus> {
  const keys = keysOf(location.prefix);
  const queue = new Queue(INGEST_QUEUE, { connection: bullConnection(location.url), prefix: keys.prefix });
  const redis = redisClient(location.url);
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    await redis.zremrangebyscore(keys.enqueuing, '-inf', now);
    const [pending, analyzed, enqueuing, totals, failures] = await Promise.all([
      redis.zcard(keys.pending),
      redis.hlen(keys.results),
      redis.zcard(keys.enqueuing),
      redis.hgetall(keys.counters),
      redis.hgetall(keys.failures),
    ]);
    const minute = Math.floor(now / 60_000);
    const rate = async (what: string) => {
      const buckets = await redis.hgetall(keys.rate(what));
      const sum = (from: number) =>
        Object.entries(buckets)
          .filter(([m]) => Number(m) > minute - from)
          .reduce((n, [, v]) => n + Number(v), 0);
      // The current minute is partial: rates are per whole minute spanned, never inflated.
      return { last1m: sum(1), last5m: Math.round((sum(5) / 5) * 10) / 10 };
    };
    return {
      jobs: {
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
      },
      pending,
      analyzed,
      enqueuing,
      totals: {
        analyzed: Number(totals.analyzed ?? 0),
        stored: Number(totals.stored ?? 0),
        linked: Number(totals.linked ?? 0),
      },
      rates: { analyzed: await rate('analyzed'), stored: await rate('stored'), linked: await rate('linked') },
      failures: Object.entries(failures)
        .slice(-20)
        .reverse()
        .map(([id, reason]) => ({ id, reason })),
    };
  } finally {
    redis.disconnect();
    await queue.close();
  }
}

/** Deletes every key of a queue prefix: for tests and for starting a corpus over. */
export async function clearQueue(location: QueueLocation): Promise<void> {
  const keys = keysOf(location.prefix);
  const queue = new Queue(INGEST_QUEUE, { connection: bullConnection(location.url), prefix: keys.prefix });
  const redis = redisClient(location.url);
  try {
    await queue.obliterate({ force: true });
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${keys.prefix}:wt:*`, 'COUNT', 500);
      if (found.length) await redis.del(...found);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
    await queue.close();
  }
}
