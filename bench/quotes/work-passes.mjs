// node --single-threaded bench/quotes/work-passes.mjs TREE W P DOCS: W warm + P findQuotes passes of TREE's built
// dist/ over the docs work.ts tagged (plain JavaScript, so that nothing but node starts under cachegrind). See work.ts.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';

const [tree, warm, passes, tagged] = process.argv.slice(2);
const docs = deserialize(readFileSync(tagged));
const { findQuotes } = await import(pathToFileURL(join(resolve(tree), 'dist/analyze/quotes/index.js')).href);
let quotes = 0;
for (let p = 0; p < Number(warm) + Number(passes); p++)
  for (const doc of docs) quotes += findQuotes({ ...doc, sentences: [] }).quotes.length;
console.log(`${quotes} quotes`);
