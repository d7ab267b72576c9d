// Enqueues documents instead of processing them: one extract + analyze job per document, keyed by its id.

import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { BoilerplateProfile, documentId, observeDocument } from '../../extract/index.js';
import type { RawDocument } from '../../model/index.js';
import { readSources, type SourceOptions, type SourceProblem } from '../../sources/index.js';
import { bullConnection, INGEST_QUEUE, keysOf, type QueueLocation, redisClient } from './keys.js';
import { type ProfileSnapshot, snapshotProfile } from './snapshot.js';

/** What a worker needs to extract and analyze one document exactly as a single process would. */
export interface ExtractJob {
  id: string;
  raw: RawDocument;
  profile: ProfileSnapshot | null;
}

export interface EnqueueSummary {
  read: number;
  /** New in the queue. */
  enqueued: number;
  /** Already waiting in the queue (same document id): not added twice. */
  alreadyQueued: number;
  skipped: number;
  problems: SourceProblem[];
}

export interface EnqueueOptions {
  queue: QueueLocation;
  sources?: SourceOptions;
  /** Documents observed for the template profile before their jobs are built (as in the batch pipeline). */
  batchSize?: number;
  onProblem?: (problem: SourceProblem) => void;
  onProgress?: (summary: EnqueueSummary) => void;
}

/** Job options: a job killed with its worker is retried; a document that keeps failing is reported, not lost. */
export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { count: 1000 },
} as const;

/** BullMQ refuses integer-looking custom ids and some separators; a fixed prefix keeps hex ids safe. */
export const jobIdOf = (documentId: string): string => `doc-${documentId}`;

/**
 * Enqueues documents in windows. The window is observed by the template profile first (as `extractBatches`
 * does), and each job carries the template counts its document needs, so that workers clean it without the corpus.
 * Enqueue order is recorded: it becomes the store's ingest order.
 */
export async function enqueueDocuments(
  docs: AsyncIterable<RawDocument> | Iterable<RawDocument>,
  options: Omit<EnqueueOptions, 'sources' | 'onProblem'>,
  summary: EnqueueSummary = { read: 0, enqueued: 0, alreadyQueued: 0, skipped: 0, problems: [] },
): Promise<EnqueueSummary> {
  const keys = keysOf(options.queue.prefix);
  const queue = new Queue<ExtractJob>(INGEST_QUEUE, {
    connection: bullConnection(options.queue.url),
    prefix: keys.prefix,
  });
  const redis = redisClient(options.queue.url);
  const token = randomUUID();
  // Linkers wait while any enqueue is alive; a crashed enqueue stops counting once its mark expires.
  const alive = () => redis.zadd(keys.enqueuing, Date.now() + 30_000, token);
  const heartbeat = setInterval(() => void alive().catch(() => {}), 10_000);
  try {
    await alive();
    const profile = new BoilerplateProfile();
    const size = options.batchSize ?? 500;
    let window: RawDocument[] = [];
    const flush = async () => {
      for (const raw of window) observeDocument(profile, raw);
      const jobs: ExtractJob[] = window.map((raw) => ({
        id: documentId(raw),
        raw,
        profile: snapshotProfile(profile, raw),
      }));
      window = [];
      const last = await redis.incrby(keys.order, jobs.length);
      // The job first, then its place in line: a crash in between leaves a result that a re-run places.
      await queue.addBulk(
        jobs.map((data) => ({ name: 'extract', data, opts: { ...JOB_OPTIONS, jobId: jobIdOf(data.id) } })),
      );
      const pending = redis.multi();
      for (const [i, job] of jobs.entries())
        pending.zadd(keys.pending, 'NX', last - jobs.length + 1 + i, job.id);
      const added = ((await pending.exec()) ?? []).reduce((n, [, v]) => n + Number(v ?? 0), 0);
      summary.read += jobs.length;
      summary.enqueued += added;
      summary.alreadyQueued += jobs.length - added;
      options.onProgress?.(summary);
    };
    for await (const doc of docs) {
      window.push(doc);
      if (window.length >= size) await flush();
    }
    if (window.length) await flush();
    return summary;
  } finally {
    clearInterval(heartbeat);
    await redis.zrem(keys.enqueuing, token).catch(() => {});
    redis.disconnect();
    await queue.close();
  }
}

/** `wiretrace enqueue`: reads inputs like `ingest` does; unreadable ones are reported and skipped. */
export async function enqueue(inputs: string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, enqueued: 0, alreadyQueued: 0, skipped: 0, problems: [] };
  async function* documents() {
    for await (const item of readSources(inputs, options.sources)) {
      if (item.kind === 'problem') {
        summary.skipped++;
        summary.problems.push(item.problem);
        options.onProblem?.(item.problem);
        continue;
      }
      yield item.doc;
    }
  }
  return enqueueDocuments(documents(), options, summary);
}
