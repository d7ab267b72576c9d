// Reuse benchmark: PAN 2013 text alignment (plagdet, pairs/s vs a naive peer) and a generated 1M-article corpus.
// Usage: npx tsx bench/reuse/run.ts [--split test|train] [--docs 1000000] [--block 100000] [--skip-pan] [--skip-scale]
// Data: ../shared/data relative to the repo root, or WIRETRACE_DATA.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTexts, fingerprint, tokenize } from '../../src/link/reuse/index.js';
import { Corpus } from './generate.js';
import { loadSplit, naiveAligner, type PanRun, runPan } from './pan.js';
import { plagdet } from './plagdet.js';
import { runScale } from './scale.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const value = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.WIRETRACE_DATA ?? join(repo, '../shared/data');
const f3 = (x: number): string => x.toFixed(3);

function printPan(r: PanRun): void {
  console.log(
    `  ${r.name.padEnd(10)} plagdet ${f3(r.overall.plagdet)}  P ${f3(r.overall.precision)}  R ${f3(r.overall.recall)}  gran ${f3(r.overall.granularity)}  ${r.pairsPerSecond.toFixed(0)} pairs/s wall (${r.seconds.toFixed(1)} s), ${r.pairsPerCpuSecond.toFixed(0)} pairs/CPU-s`,
  );
  for (const [s, x] of r.bySubset) {
    const score =
      x.cases === 0
        ? `${x.detections} false detections`
        : `plagdet ${f3(x.plagdet)}  P ${f3(x.precision)}  R ${f3(x.recall)}  gran ${f3(x.granularity)}`;
    console.log(`      ${s.padEnd(28)} ${score}`);
  }
}

// The reference script's own unit cases (vitest does not collect bench/, so they are checked here on every run).
{
  const c = (a: number, b: number) => ({ pair: 'p', suspStart: a, suspEnd: b, srcStart: a, srcEnd: b });
  const g2 = plagdet([c(0, 100)], [c(0, 50), c(50, 100)]).plagdet;
  const half = plagdet([c(0, 100)], [c(0, 100), c(500, 600)]).plagdet;
  if (Math.abs(g2 - 0.6309) > 1e-3 || Math.abs(half - 2 / 3) > 1e-3)
    throw new Error(`plagdet self-check failed: ${g2} ${half}`);
}

if (!flag('skip-pan')) {
  const split = value('split', 'test');
  const root = join(dataDir, 'text-reuse/pan13-text-alignment', split);
  if (!existsSync(root)) {
    console.log(`PAN 2013: ${root} not found (set WIRETRACE_DATA); skipped`);
  } else {
    const pairs = loadSplit(root);
    console.log(`PAN 2013 text alignment, ${split} split, ${pairs.length} pairs (one core, texts preloaded)`);
    const ours = runPan(root, pairs, 'wiretrace', (a, b) => alignTexts(a, b));
    const peer = runPan(root, pairs, 'naive-8gram', naiveAligner);
    printPan(ours);
    printPan(peer);
    console.log(
      `  ratio wiretrace/naive: plagdet ${f3(ours.overall.plagdet / peer.overall.plagdet)}, speed (CPU) ${f3(ours.pairsPerCpuSecond / peer.pairsPerCpuSecond)}`,
    );
    console.log('  published (test): PAN 2013 winner 0.822, Sanchez-Perez et al. 2014 0.878');
  }
}

if (!flag('skip-scale')) {
  const docs = Number(value('docs', '1000000'));
  const block = Number(value('block', '100000'));
  console.log(
    `\nGenerated corpus: ${docs} articles, planted passages, time per ${block} (generation and scoring excluded)`,
  );
  const r = runScale(docs, block);
  console.log(
    `  recall (planted >= 200 chars) ${f3(r.found200 / r.planted200)} (${r.found200}/${r.planted200}); all planted ${f3(r.foundAll / r.plantedAll)}`,
  );
  console.log(`  precision ${f3(r.correct / r.detections)} (${r.correct}/${r.detections} passages)`);
  console.log(
    `  whole copies flagged ${r.wholeCopiesFlagged}/${r.wholeCopies}, false whole-copy flags ${r.falseWholeCopies}`,
  );
  console.log(`  total ${r.seconds.toFixed(0)} s wall including generation and scoring`);

  // The peer: candidate generation without an index, every new article against every earlier one (quadratic).
  const n = Number(value('peer-docs', '4000'));
  const corpus = new Corpus();
  const sets: Set<number>[] = [];
  const t0 = process.hrtime.bigint();
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const fp = new Set(fingerprint(tokenize(corpus.article(i).body), 3, 6).hashes);
    for (const s of sets) {
      let shared = 0;
      for (const h of fp) if (s.has(h)) shared++;
      if (shared >= 2) pairs++;
    }
    sets.push(fp);
  }
  const peerSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const first = r.blocks[0];
  const oursPerDoc = first ? (first.lookupSeconds + first.indexSeconds) / first.docs : Number.NaN;
  console.log(
    `  peer all-pairs candidate generation: ${n} docs in ${peerSeconds.toFixed(1)} s (${((peerSeconds / n) * 1e6).toFixed(0)} us/doc at this size, growing with n; ${pairs} candidate pairs); index lookup+add ${(oursPerDoc * 1e6).toFixed(0)} us/doc over the first block`,
  );
}
