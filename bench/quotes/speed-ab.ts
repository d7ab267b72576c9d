// Speed of findQuotes in two trees (an older copy against this one, or any two), on identical input.
//
//   mkdir -p /tmp/old && git archive main src models package.json tsconfig.json tsconfig.build.json | tar -x -C /tmp/old
//   ln -s "$PWD/node_modules" /tmp/old/node_modules
//   npx tsx bench/quotes/speed-ab.ts /tmp/old [<new tree, default this one>] [--split dev] [--passes 20] [--names fallback]
//
// Each tree is built first with `tsc -p tsconfig.build.json` (into its own dist/), and the two built
// `dist/analyze/quotes/index.js` are timed: neither side runs through tsx's transform (timing this tree from src/
// through tsx made it read ~10% slow whichever tree it was: an A/A read 0.90). The split is tagged once
// (benchTagger) and both sides get the same mentions and entities. Two child processes each load both trees, one
// the old tree first and one the new (whichever is imported second tended to read a few % slow), and alternate
// passes old new new old … (the other way round in the second); each side's best pass in CPU time counts, and the
// figure is the geometric mean of the two ratios. Each article's fastest run is summed as a second, steadier
// reading. An A/A (a tree against a copy of itself) reads 1.00 ± 0.02.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchTagger } from './names.js';
import { option, polnearDir } from './options.js';
import { loadSplit } from './polnear.js';

type Doc = { body: string; mentions: unknown[]; entities: unknown[] };
type FindQuotes = (input: Doc & { sentences: [] }) => unknown;

const trees = process.argv.slice(2, 4).filter((a) => !a.startsWith('--'));
if (trees.length === 0) {
  console.error('usage: speed-ab.ts <old tree> [<new tree>] [--split dev] [--passes 20] [--names fallback]');
  process.exit(1);
}
const thisTree = fileURLToPath(new URL('../..', import.meta.url));
const roots = [resolve(trees[0]), resolve(trees[1] ?? thisTree)];
const passes = Number(option('passes', '20'));
const child = process.env.SPEED_AB_CHILD; // set in the children: the side (0 old, 1 new) imported and run first

if (child === undefined) {
  for (const tree of roots) {
    if (!existsSync(join(tree, 'tsconfig.build.json'))) {
      console.error(
        `${tree} has no tsconfig.build.json (take it and tsconfig.json along in the git archive)`,
      );
      process.exit(1);
    }
    execFileSync(join(thisTree, 'node_modules/.bin/tsc'), ['-p', join(tree, 'tsconfig.build.json')], {
      stdio: 'inherit',
    });
  }
  const tag = await benchTagger();
  const docs: Doc[] = loadSplit(polnearDir(), option('split', 'dev')).map((a) => ({
    body: a.text,
    ...tag(a.text),
  }));
  const input = join(tmpdir(), `speed-ab-${process.pid}.json`);
  writeFileSync(input, JSON.stringify(docs));
  const ratios = [1, 1];
  for (const first of [0, 1]) {
    const out = execFileSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, SPEED_AB_CHILD: String(first), SPEED_AB_INPUT: input },
      encoding: 'utf8',
    });
    const { rate, perArticle } = JSON.parse(out);
    ratios[0] *= rate[1] / rate[0];
    ratios[1] *= perArticle[0] / perArticle[1];
    console.log(
      `${first === 0 ? 'old' : 'new'} imported and run first: old ${rate[0].toFixed(0)}, new ${rate[1].toFixed(0)} articles/CPU-s (best of ${passes}), new/old ${(rate[1] / rate[0]).toFixed(3)}; per article ${(perArticle[0] / perArticle[1]).toFixed(3)}`,
    );
  }
  rmSync(input);
  console.log(
    `findQuotes new/old, geometric mean of both orders: ${Math.sqrt(ratios[0]).toFixed(3)} (best pass), ${Math.sqrt(ratios[1]).toFixed(3)} (per article)`,
  );
} else {
  const docs: Doc[] = JSON.parse(readFileSync(process.env.SPEED_AB_INPUT!, 'utf8'));
  const first = Number(child);
  const load = async (k: number): Promise<FindQuotes> =>
    (await import(pathToFileURL(join(roots[k], 'dist/analyze/quotes/index.js')).href)).findQuotes;
  const finders: FindQuotes[] = [];
  finders[first] = await load(first);
  finders[1 - first] = await load(1 - first);

  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const fastest = [docs.map(() => Number.POSITIVE_INFINITY), docs.map(() => Number.POSITIVE_INFINITY)];
  // Passes first, other, other, first, first …; the first three pairs warm up.
  for (let p = 0; p < passes + 3; p++) {
    for (const side of p % 2 === 0 ? [first, 1 - first] : [1 - first, first]) {
      const t0 = cpuMs();
      let t = t0;
      for (let i = 0; i < docs.length; i++) {
        finders[side]({ ...docs[i], sentences: [] });
        const t1 = cpuMs();
        if (p >= 3) fastest[side][i] = Math.min(fastest[side][i], t1 - t);
        t = t1;
      }
      if (p >= 3) best[side] = Math.min(best[side], t - t0);
    }
  }
  const rate = best.map((ms) => (docs.length / ms) * 1000);
  const perArticle = fastest.map((ms) => ms.reduce((a, b) => a + b, 0));
  console.log(JSON.stringify({ rate, perArticle }));
}
