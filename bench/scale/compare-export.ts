// Checks that a store filled by queue workers exports exactly what a single process exports for the same inputs.

import { createAnalyzer } from '../../src/analyze/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { exportJson } from '../../src/report/export.js';
import { openStore, SqliteStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const [db, ...inputs] = process.argv.slice(2);
if (!db || inputs.length === 0) {
  console.error('usage: npx tsx bench/scale/compare-export.ts <db filled by workers> <inputs...>');
  process.exit(2);
}
const text = async (store: Store) => {
  let out = '';
  for await (const chunk of exportJson(store)) out += chunk;
  return out;
};
const reference = new SqliteStore(':memory:');
await ingest(reference, inputs, { analyzer: createAnalyzer() });
await link(reference);
const expected = await text(reference);
const store = await openStore(db);
const got = await text(store);
await store.close();
await reference.close();
console.log(
  got === expected
    ? `identical (${expected.length} bytes)`
    : `DIFFERENT (${got.length} vs ${expected.length} bytes)`,
);
process.exitCode = got === expected ? 0 : 1;
