// Scratch: precision/recall by threshold and merge threshold.
import { loadEcb, score } from './ecb.js';
import { collectExamples, fitLogistic, stream } from './learn.js';
const docs = loadEcb(true);
const gold = docs.map((d) => d.cluster);
const ex = collectExamples(docs, [11, 12, 13]);
const { bias, weights } = fitLogistic(ex, 1, { 6: -0.35 });
for (const mt of [0.3, 0.5, 0.7, 0.9])
for (const t of [0.2, 0.4, 0.6, 0.8]) {
  const r = [1, 2, 3].map((s) => score(stream(docs, s, { mergeThreshold: mt, model: { bias, weights, threshold: t } }), gold));
  const m = (k: 'bcubedP' | 'bcubedR' | 'bcubedF1' | 'clusters') => (r.reduce((a, x) => a + x[k], 0) / r.length).toFixed(3);
  console.log(mt, t, 'P', m('bcubedP'), 'R', m('bcubedR'), 'F', m('bcubedF1'), 'k', m('clusters'));
}
