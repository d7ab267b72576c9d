// The queue door: enqueue documents, run workers that extract, analyze, store and link them, and watch the queue.

export {
  type EnqueueOptions,
  type EnqueueSummary,
  type ExtractJob,
  enqueue,
  enqueueDocuments,
  JOB_OPTIONS,
  jobIdOf,
} from './enqueue.js';
export { INGEST_QUEUE, keysOf, type QueueLocation } from './keys.js';
export { type ProfileSnapshot, SnapshotProfile, snapshotProfile } from './snapshot.js';
export { clearQueue, type QueueStatus, queueStatus } from './status.js';
export {
  LostLockError,
  partitionView,
  processDocument,
  type QueueWorker,
  startWorker,
  type WorkerEvent,
  type WorkerOptions,
} from './worker.js';
