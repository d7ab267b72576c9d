// A queue worker whose link run stops mid-way (its lock lost, say) leaves stale story summaries listed in the store;
// its next link run brings them up to date first, so the export is the one of a single uninterrupted `wiretrace link`.

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { link } from '../../src/pipeline/link.js';
import { clearQueue, startWorker, type WorkerEvent } from '../../src/pipeline/queue/index.js';
import { exportJson } from '../../src/report/export.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { BATCH, staleStream, stoppingAfter } from '../helpers/stale-stream.js';
import { collect, REDIS_URL, redisUnavailable } from '../store/helpers.js';

const redisSkip = await redisUnavailable();

describe.skipIf(redisSkip !== null)('a queue worker whose link run stopped mid-way', () => {
  it('brings the stale stories up to date in its next run', { timeout: 120_000 }, async () => {
    const reference = new SqliteStore(':memory:');
    await reference.putArticles(staleStream);
    await link(reference, { batchSize: BATCH });
    const expected = await collect(exportJson(reference));
    await reference.close();

    const queue = {
      url: REDIS_URL,
      prefix: `wiretrace-test-${process.pid}-${randomBytes(4).toString('hex')}`,
    };
    const store = new SqliteStore(':memory:');
    // Stored by other means (the worker counts them when it starts), linked by the worker in batches of BATCH.
    await store.putArticles(staleStream);
    const events: WorkerEvent[] = [];
    let linked: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      linked = resolve;
    });
    const worker = startWorker({
      queue,
      store: stoppingAfter(store, 4),
      tickMs: 10,
      linkBatch: BATCH,
      onEvent: (event) => {
        events.push(event);
        if (event.kind === 'linked') linked();
      },
    });
    try {
      await done;
    } finally {
      await worker.close();
      await clearQueue(queue);
    }
    // The first run stopped in its fifth transaction; the next one linked the rest.
    expect(events.filter((e) => e.kind === 'error').map((e) => e.kind === 'error' && e.message)).toEqual([
      'stopped after 4 batches',
    ]);
    expect((await store.stats()).unlinked).toBe(0);
    expect(await store.staleStories()).toEqual([]);
    expect(await collect(exportJson(store))).toBe(expected);
    await store.close();
  });
});
