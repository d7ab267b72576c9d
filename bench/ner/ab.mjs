// A/B timing of two compiled builds of the tagger in one process (e.g. before/after a change), CoNLL testb.
// Usage: BEFORE=/tmp/olddist AFTER=/tmp/newdist [MODEL_BEFORE=..] [MODEL_AFTER=..] node bench/ner/ab.mjs
// (each dist is `tsc --outDir` of a checkout; data from WIRETRACE_DATA or ../shared/data).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const data = process.env.WIRETRACE_DATA ?? resolve(root, '../shared/data');
const B = await import(join(process.env.BEFORE, 'src/analyze/ner/index.js'));
const A = await import(join(process.env.AFTER, 'src/analyze/ner/index.js'));
const mb = B.loadNerModel(process.env.MODEL_BEFORE ?? join(root, 'models/ner/ner.bin.gz'));
const ma = A.loadNerModel(process.env.MODEL_AFTER ?? join(root, 'models/ner/ner.bin.gz'));
const docs = A.parseConll(readFileSync(join(data, 'ner/conll2003/eng.testb'), 'utf8'));
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.words.length, 0), 0);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const runs = { before2: [], after2: [], before1: [], after1: [] };
for (let r = 0; r < Number(process.env.RUNS ?? 8); r++)
  for (const k of Object.keys(runs)) {
    const passes = k.endsWith('1') ? 1 : 2;
    const [mod, model] = k.startsWith('before') ? [B, mb] : [A, ma];
    const t = cpu();
    for (const d of docs)
      mod.tagDocument(
        model,
        d.sentences.map((s) => s.words),
        { passes },
      );
    runs[k].push(cpu() - t);
  }
for (const [k, v] of Object.entries(runs)) {
  const s = [...v].sort((x, y) => x - y);
  console.log(
    `${k}: best ${Math.round(tokens / s[0])}, median ${Math.round(tokens / s[s.length >> 1])} tokens per CPU-second`,
  );
}
