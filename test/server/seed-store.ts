// Builds a store from examples/ with whatever pipeline stages exist, for the API and browser tests.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyzer } from '../../src/analyze/index.js';
import { emptyAnalysis } from '../../src/model/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES = join(root, 'examples');
export const HOSTILE = join(root, 'test', 'server', 'fixtures', 'hostile.txt');

export interface SeedStore {
  store: Store;
  /** The real analyzer when it loads, else one that finds nothing (the UI must cope with both). */
  analyzer: Analyzer;
  realAnalyzer: boolean;
  /** What could not run, for skip reasons. */
  notes: string[];
  cleanup(): Promise<void>;
}

export const nullAnalyzer: Analyzer = { analyze: () => emptyAnalysis() };

export async function buildSeedStore(inputs: string[] = [EXAMPLES]): Promise<SeedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-server-test-'));
  const store = new SqliteStore(join(dir, 'seed.db'));
  const notes: string[] = [];
  let analyzer = nullAnalyzer;
  let realAnalyzer = false;
  try {
    const { createAnalyzer } = await import('../../src/analyze/index.js');
    analyzer = createAnalyzer();
    realAnalyzer = true;
  } catch (error) {
    notes.push(`analyzer unavailable: ${(error as Error).message}`);
  }
  const { ingest, link } = await import('../../src/pipeline/index.js');
  await ingest(store, inputs, { analyzer });
  try {
    await link(store);
  } catch (error) {
    notes.push(`link failed: ${(error as Error).message}`);
  }
  return {
    store,
    analyzer,
    realAnalyzer,
    notes,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
