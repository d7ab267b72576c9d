// A queue worker process for the multi-process test: the fake analyzer, slowed down so that a kill lands mid-job.

import type { Analyzer } from '../../src/analyze/index.js';
import { startWorker } from '../../src/pipeline/queue/index.js';
import { openStore } from '../../src/store/index.js';
import { fakeAnalyzer } from '../store/helpers.js';

const [url, prefix, db, delay] = process.argv.slice(2);
const pause = new Int32Array(new SharedArrayBuffer(4));
const analyzer: Analyzer = {
  analyze(article) {
    // The title names the document in the test's log; the fake analyzer never reads it.
    process.stdout.write(`start ${article.title}\n`);
    // A synchronous wait, like a long analysis: the event loop is busy, as it would be.
    Atomics.wait(pause, 0, 0, Number(delay));
    return fakeAnalyzer.analyze(article);
  },
};

const store = await openStore(db);
const worker = startWorker({
  queue: { url, prefix },
  store,
  analyzer,
  jobLockMs: 1500,
  stalledIntervalMs: 500,
  dutyLockMs: 1500,
  linkLockMs: 5000,
  // Small link batches: the result must not depend on where batches end.
  linkBatch: 7,
  tickMs: 100,
  onEvent: (e) => process.stdout.write(`${JSON.stringify(e)}\n`),
});
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await worker.close();
  await store.close();
  process.exit(0);
});
