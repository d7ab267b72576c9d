// A/B of two compiled builds of the tagger in one process (before/after a change): same tags, and speed on CoNLL testb.
// Usage: BEFORE=/tmp/olddist AFTER=/tmp/newdist [MODEL_BEFORE=..] [MODEL_AFTER=..] [RUNS=12] [WARMUP=2]
//        [NO_DIFF=1] node bench/ner/ab.mjs
// Each dist is `tsc --outDir` of a checkout (with tsconfig.json: DIST/src/analyze/ner; with tsconfig.build.json:
// DIST/analyze/ner). Data from WIRETRACE_DATA or ../shared/data.
//
// Before timing, both builds tag testb, testa, wikigold, UNER EWT and GUM news; their tags must be byte-identical
// for a speed change (it says so per set). Timing: the word memo is emptied before every run (a run over text the
// memo already holds would be nearly free), runs alternate which build goes first, the first WARMUP pairs are not
// counted, and the figure is the median of CPU time (this machine is shared: best-of figures swing with the load).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const data = process.env.WIRETRACE_DATA ?? resolve(root, '../shared/data');

async function build(dist, modelFile) {
  const dir = existsSync(join(dist, 'src/analyze/ner/index.js')) ? 'src/analyze/ner' : 'analyze/ner';
  const ner = await import(join(dist, dir, 'index.js'));
  const internals = await import(join(dist, dir, 'model.js'));
  const model = ner.loadNerModel(modelFile ?? join(root, 'models/ner/ner.bin.gz'));
  const clear = () => internals.clearWordMemo?.(model);
  const tag = (docs) => {
    clear();
    return docs.map((d) =>
      ner.tagDocument(
        model,
        d.sentences.map((s) => s.words),
      ),
    );
  };
  return { ner, tag };
}

const before = await build(process.env.BEFORE, process.env.MODEL_BEFORE);
const after = await build(process.env.AFTER, process.env.MODEL_AFTER);
const { parseConll, parseGum, parseUner } = after.ner;
const read = (p) => readFileSync(join(data, p), 'utf8');
const testb = parseConll(read('ner/conll2003/eng.testb'));

if (!process.env.NO_DIFF) {
  const gumDir = join(data, 'ner/open/gum-news');
  const sets = {
    testb,
    testa: parseConll(read('ner/conll2003/eng.testa')),
    wikigold: parseConll(read('ner/open/wikigold/wikigold.conll.txt')),
    'UNER EWT test': parseUner(read('ner/open/uner-en-ewt/en_ewt-ud-test.iob2')),
    'GUM news': readdirSync(gumDir)
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => parseGum(readFileSync(join(gumDir, f), 'utf8'))),
  };
  for (const [name, docs] of Object.entries(sets)) {
    const a = JSON.stringify(before.tag(docs));
    const b = JSON.stringify(after.tag(docs));
    console.log(`${name}: tags ${a === b ? 'identical' : 'DIFFERENT'} (${b.length} bytes of spans)`);
  }
}

const tokens = testb.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.words.length, 0), 0);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const runs = Number(process.env.RUNS ?? 12);
const warmup = Number(process.env.WARMUP ?? 2);
const times = { before: [], after: [] };
for (let r = 0; r < warmup + runs; r++)
  for (const k of r % 2 ? ['after', 'before'] : ['before', 'after']) {
    const t = cpu();
    (k === 'before' ? before : after).tag(testb);
    if (r >= warmup) times[k].push(cpu() - t);
  }
const median = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
for (const [k, v] of Object.entries(times))
  console.log(
    `${k}: median ${Math.round(tokens / median(v))}, best ${Math.round(tokens / Math.min(...v))} tokens per CPU-second (testb, ${tokens} tokens, ${runs} runs)`,
  );
console.log(`after / before, median CPU time: ${(median(times.before) / median(times.after)).toFixed(2)}x`);
