// A link run's last transaction also brings its stories' summaries up to date: once every article reads as linked,
// the store already holds what the run ends with (the multi-process queue test exports at that moment).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { link } from '../../src/pipeline/link.js';
import { exportJson } from '../../src/report/export.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { collect } from '../store/helpers.js';
import { ingestReference, watchAllLinked, writeCorpus } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-last-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the last link transaction', () => {
  it('stores the final story summaries with the last articles linked', async () => {
    writeCorpus(dir, 3);
    const store = new SqliteStore(':memory:');
    await ingestReference(store, [dir]);
    const { store: watched, firstAllLinked } = watchAllLinked(store);
    // Batches of 7: the one story of 20 articles is summarised at 7 and 14 in the run, and 20 only at its end.
    await link(watched, { batchSize: 7 });
    const final = await collect(exportJson(store));
    expect(final).toContain('"key_entities":["Russia","Belarus"');
    expect(firstAllLinked()).toBe(final);
    await store.close();
  });
});
