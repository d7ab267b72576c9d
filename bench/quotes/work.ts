// findQuotes' work counted in instructions, for speed steps too small for wall-clock on a shared machine (speed-ab
// reads an A/A anywhere in 0.91–1.00 there). Three steps:
//
//   npx tsx bench/quotes/work.ts /tmp/dev.bin /tmp/old [more trees] [--split dev]
//       tags the split once (benchTagger) into /tmp/dev.bin and builds each tree's dist/ (as speed-ab.ts does);
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/old.4.6.out \
//     node --single-threaded bench/quotes/work-passes.mjs /tmp/old 4 6 /tmp/dev.bin
//       W warm + P findQuotes passes (here 4 + 6) over the tagged docs; run it with 0 0 for the startup alone;
//   npx tsx bench/quotes/work-split.ts /tmp/old.4.6.out /tmp/old.0.0.out
//       the instructions of the first run less the second's, split into what V8 compiles (TurboFan, regexps) and
//       what runs (optimized code, builtins, the rest).
//
// Read the split before the total: a 4 + 6 run of the quote code is about two thirds compiling (the code has ~900
// patterns and hundreds of functions, compiled over the first passes), so its total says more about how much code
// there is than about how much each article costs. Steady-state work is the difference of two runs with the same
// warm passes (4 + 16 less 4 + 6: ten later passes). Cachegrind counts every thread; `--single-threaded` keeps
// TurboFan's compiles on the main thread so that they land in the same passes from run to run.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serialize } from 'node:v8';
import { builtQuotes } from './built-tree.js';
import { benchTagger } from './names.js';
import { option, polnearDir } from './options.js';
import { loadSplit } from './polnear.js';

const [out, ...trees] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (!out) {
  console.error('usage: work.ts <tagged docs out> [<tree to build> …] [--split dev]');
  process.exit(1);
}
const tag = await benchTagger();
const docs = loadSplit(polnearDir(), option('split', 'dev')).map((a) => ({ body: a.text, ...tag(a.text) }));
writeFileSync(out, serialize(docs));
for (const tree of trees) console.log(builtQuotes(resolve(tree)));
console.log(`${docs.length} articles tagged into ${out}`);
