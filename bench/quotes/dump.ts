// Every quote, attribution and citation the quote finder gives on PolNeAR splits, as JSON lines: run against two
// trees and compare the files (md5) to check that a speed change leaves the output byte for byte the same.
//   npx tsx bench/quotes/dump.ts [<root of another tree>] [--splits train,dev,test] [--names fallback] > out.jsonl

import { resolve } from 'node:path';
import { benchTagger } from './names.js';
import { option, polnearDir } from './options.js';
import { loadSplit } from './polnear.js';

const rootArg = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
const quotesModule = rootArg
  ? resolve(rootArg, 'src/analyze/quotes/index.ts')
  : new URL('../../src/analyze/quotes/index.ts', import.meta.url).pathname;
const { findQuotes, findAttributions } = await import(quotesModule);

const tag = await benchTagger();
for (const split of option('splits', 'train,dev,test').split(',')) {
  for (const a of loadSplit(polnearDir(), split)) {
    const { mentions, entities } = tag(a.text);
    const q = findQuotes({ body: a.text, sentences: [], mentions, entities });
    const at = findAttributions(a.text, mentions, entities);
    process.stdout.write(
      `${JSON.stringify({ split, id: a.name, quotes: q.quotes, citations: q.citations, attributions: at.attributions })}\n`,
    );
  }
}
