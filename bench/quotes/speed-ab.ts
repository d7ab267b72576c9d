// Speed of findQuotes against an earlier version of the code, in one process on the same input, passes
// alternated (old/new, then new/old) so that load on a shared machine hits both alike.
//
//   mkdir -p /tmp/old && git archive HEAD src models package.json | tar -x -C /tmp/old
//
// Take package.json along: without it ("type": "module") tsx loads the old copy as CommonJS, every imported
// function is then called through an export getter, and the old side runs ~17% slower with identical code
// (2026-12-03: e8fdcc4 against itself read new/old 1.17–1.21 without it, 0.96–1.03 with it).
//   npx tsx bench/quotes/speed-ab.ts /tmp/old [--split test] [--passes 30] [--names fallback]

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchTagger } from './names.js';
import { option, polnearDir } from './options.js';
import { loadSplit } from './polnear.js';

type FindQuotes = (input: {
  body: string;
  sentences: [];
  mentions: unknown[];
  entities: unknown[];
}) => unknown;

const oldRoot = process.argv[2];
if (!oldRoot || oldRoot.startsWith('--')) {
  console.error('usage: speed-ab.ts <root of the old src/> [--split test] [--passes 30] [--names fallback]');
  process.exit(1);
}

if (!existsSync(resolve(oldRoot, 'package.json')))
  console.error(`warning: no package.json in ${oldRoot}: the old side runs as CommonJS and reads ~17% slow`);

const older: FindQuotes = (await import(resolve(oldRoot, 'src/analyze/quotes/index.ts'))).findQuotes;
const newer: FindQuotes = (await import('../../src/analyze/quotes/index.js')).findQuotes as FindQuotes;

const tag = await benchTagger();
const docs = loadSplit(polnearDir(), option('split', 'test')).map((a) => ({ text: a.text, ...tag(a.text) }));
// Two readings: the best whole pass (CPU time), and the sum over articles of each article's fastest run (wall
// time, old and new alternated per article). On a loaded machine the second is far steadier: a pass of ~50 ms is
// rarely spared a preemption, a single article of ~0.5 ms mostly is (2026-12-04, load 5–8: A/A 0.999–1.008 per
// article, 0.84–1.18 per pass).
const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
const perArticle = [docs.map(() => Number.POSITIVE_INFINITY), docs.map(() => Number.POSITIVE_INFINITY)];
const finders: FindQuotes[] = [older, newer];
const passes = Number(option('passes', '30'));
for (let p = 0; p < passes; p++) {
  const order = p % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const c0 = process.cpuUsage();
    for (const d of docs)
      finders[k]({ body: d.text, sentences: [], mentions: d.mentions, entities: d.entities });
    const c = process.cpuUsage(c0);
    best[k] = Math.min(best[k], (c.user + c.system) / 1000);
  }
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    for (const k of (p + i) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      finders[k]({ body: d.text, sentences: [], mentions: d.mentions, entities: d.entities });
      perArticle[k][i] = Math.min(perArticle[k][i], performance.now() - t0);
    }
  }
}
const rate = best.map((ms) => (docs.length / ms) * 1000);
const sums = perArticle.map((ms) => ms.reduce((a, b) => a + b, 0));
const perRate = sums.map((ms) => (docs.length / ms) * 1000);
console.log(
  `findQuotes, best of ${passes} alternated passes, CPU time: old ${rate[0].toFixed(0)} articles/s, new ${rate[1].toFixed(0)} articles/s, new/old ${(rate[1] / rate[0]).toFixed(3)}`,
);
console.log(
  `findQuotes, each article's fastest of ${passes} alternated runs, wall time: old ${perRate[0].toFixed(0)} articles/s, new ${perRate[1].toFixed(0)} articles/s, new/old ${(perRate[1] / perRate[0]).toFixed(3)}`,
);
