// Rebuilds bench/RESULTS.md: the hand-written header and summary table stay as they are (everything above the
// first "---" line); below it, each harness's own record (bench/<name>/RESULTS.md) is copied in, so that the one
// file a reader opens has every figure with its command and date, and no record is edited in two places.
// Usage: node scripts/collect-bench-results.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bench = join(import.meta.dirname, '..', 'bench');
/** In the order of the flow: sources → extract → analyze → link → serve → scale. */
const HARNESSES = ['ingest', 'extraction', 'ner', 'quotes', 'stories', 'reuse', 'claims', 'server', 'scale'];

const target = join(bench, 'RESULTS.md');
const current = readFileSync(target, 'utf8');
const cut = current.indexOf('\n---\n');
if (cut < 0) throw new Error(`${target}: no "---" line after the summary; cannot tell what is hand-written`);
const records = HARNESSES.map((name) => join(bench, name, 'RESULTS.md'))
  .filter((record) => existsSync(record))
  .map((record) => {
    const from = record.slice(bench.length + 1);
    return `\n<!-- from bench/${from} -->\n${readFileSync(record, 'utf8').trimEnd()}\n`;
  });
writeFileSync(target, `${current.slice(0, cut + 1)}---\n${records.join('\n---\n')}`);
console.log(`wrote ${target}`);
