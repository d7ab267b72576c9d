// Speed of findQuotes in two trees (an older copy against this one, or any two), on identical input.
//
//   mkdir -p /tmp/old && git archive main src models package.json | tar -x -C /tmp/old
//   ln -s "$PWD/node_modules" /tmp/old/node_modules
//   npx tsx bench/quotes/speed-ab.ts /tmp/old [<new tree, default this one>] [--split dev] [--passes 20] [--names fallback]
//
// - Each tree is built with `tsc -p tsconfig.build.json` into its own dist/ (a tree without the tsconfig files gets
//   this tree's) and its `dist/analyze/quotes/index.js` is timed: neither side runs through tsx's transform (timing
//   this tree from src/ through tsx made it read ~10% slow whichever tree it was: an A/A read 0.90).
// - The split is tagged once (benchTagger): both sides get the same mentions and entities.
// - Each tree runs in a worker thread of its own (its own V8 isolate), one pass at a time, never both at once. With
//   both trees imported into one isolate, whichever was imported second read 3–10% slow (2026-12-06, A/A).
// - Passes alternate old new new old …, and the whole round is run twice, the old side opening the first and the
//   new side the second. Two readings of new/old, each the geometric mean of the two rounds: each side's best pass
//   (CPU time), and the sum over articles of each article's fastest run (CPU time), the steadier one on a loaded
//   machine: there an A/A (a tree against a copy of itself) reads 1.00 ± 0.02 (bench/quotes/RESULTS.md, qspeed24).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { builtQuotes, thisTree } from './built-tree.js';
import { benchTagger } from './names.js';
import { option, polnearDir } from './options.js';
import { loadSplit } from './polnear.js';

const trees = process.argv.slice(2, 4).filter((a) => !a.startsWith('--'));
if (trees.length === 0) {
  console.error('usage: speed-ab.ts <old tree> [<new tree>] [--split dev] [--passes 20] [--names fallback]');
  process.exit(1);
}
const roots = [resolve(trees[0]), resolve(trees[1] ?? thisTree)];
const passes = Number(option('passes', '20'));
const modules = roots.map(builtQuotes);
const tag = await benchTagger();
const docs = loadSplit(polnearDir(), option('split', 'dev')).map((a) => ({ body: a.text, ...tag(a.text) }));

/** One pass over the docs on each message; answers the pass's CPU ms and each article's. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
import(workerData.module).then(({ findQuotes }) => {
  const docs = workerData.docs;
  parentPort.on('message', () => {
    const each = new Array(docs.length);
    const t0 = cpuMs();
    let t = t0;
    for (let i = 0; i < docs.length; i++) {
      findQuotes({ ...docs[i], sentences: [] });
      const t1 = cpuMs();
      each[i] = t1 - t;
      t = t1;
    }
    parentPort.postMessage({ ms: t - t0, each });
  });
  parentPort.postMessage('ready');
});`;

const workers = modules.map(
  (module) =>
    new Worker(WORKER, {
      eval: true,
      workerData: { module: pathToFileURL(module).href, docs },
    }),
);
const next = (w: Worker) => new Promise<{ ms: number; each: number[] }>((ok) => w.once('message', ok));
await Promise.all(workers.map((w) => new Promise((ok) => w.once('message', ok))));
const pass = (k: number) => {
  const answer = next(workers[k]);
  workers[k].postMessage('pass');
  return answer;
};

/** Each side's best pass and its sum of fastest articles, over `passes` alternated pairs opened by `first`. */
async function round(first: number): Promise<{ best: number[]; fastest: number[] }> {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const fastest = [docs.map(() => Number.POSITIVE_INFINITY), docs.map(() => Number.POSITIVE_INFINITY)];
  for (let p = 0; p < passes; p++) {
    for (const k of p % 2 === 0 ? [first, 1 - first] : [1 - first, first]) {
      const { ms, each } = await pass(k);
      best[k] = Math.min(best[k], ms);
      for (let i = 0; i < docs.length; i++) fastest[k][i] = Math.min(fastest[k][i], each[i]);
    }
  }
  return { best, fastest: fastest.map((ms) => ms.reduce((a, b) => a + b, 0)) };
}

for (let p = 0; p < 3; p++) for (const k of [0, 1]) await pass(k); // warm-up
const rate = (ms: number) => (docs.length / ms) * 1000;
let byPass = 1;
let byArticle = 1;
for (const first of [0, 1]) {
  const { best, fastest } = await round(first);
  byPass *= best[0] / best[1];
  byArticle *= fastest[0] / fastest[1];
  console.log(
    `${first === 0 ? 'old' : 'new'} first: best pass old ${rate(best[0]).toFixed(0)}, new ${rate(best[1]).toFixed(0)} articles/CPU-s, new/old ${(best[0] / best[1]).toFixed(3)}; fastest articles old ${rate(fastest[0]).toFixed(0)}, new ${rate(fastest[1]).toFixed(0)}, new/old ${(fastest[0] / fastest[1]).toFixed(3)}`,
  );
}
console.log(
  `findQuotes new/old over both rounds: ${Math.sqrt(byPass).toFixed(3)} (best pass), ${Math.sqrt(byArticle).toFixed(3)} (fastest articles), ${docs.length} articles, ${passes} passes a side a round`,
);
await Promise.all(workers.map((w) => w.terminate()));
