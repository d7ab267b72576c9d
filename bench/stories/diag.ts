// Scratch: which gold clusters end up merged or split.
import { loadEcb } from './ecb.js';
import { stream, trainModel } from './learn.js';

const headline = process.argv.includes('--headline');
const docs = loadEcb(headline);
const m = trainModel(docs, {}, { 6: -0.35 });
const pred = stream(docs, 1, { model: m });
const byPred = new Map<string, Map<string, number>>();
pred.forEach((p, i) => {
  const g = byPred.get(p) ?? new Map();
  g.set(docs[i].cluster, (g.get(docs[i].cluster) ?? 0) + 1);
  byPred.set(p, g);
});
for (const [p, g] of byPred) if (g.size > 1 || [...g.values()][0] < 3) console.log(p, [...g.entries()].map(([k, v]) => `${k}:${v}`).join(' '));
