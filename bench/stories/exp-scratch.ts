// Scratch: model variants, cross-fold.
import { FEATURE_NAMES } from '../../src/link/stories/index.js';
import { loadEcb } from './ecb.js';
import { meanF1, trainModel } from './learn.js';
const docs = loadEcb(true);
const folds = [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
const variants: Record<string, Record<number, number>> = JSON.parse(process.argv[2] ?? '{"base":{"6":-0.35}}');
for (const [name, fixed] of Object.entries(variants)) {
  const r: string[] = [];
  for (let k = 0; k < 2; k++) {
    const m = trainModel(folds[k], {}, fixed);
    r.push(meanF1(folds[1 - k], [1, 2, 3], { model: m }).toFixed(4));
  }
  const mAll = trainModel(docs, {}, fixed);
  const ins = meanF1(docs, [1, 2, 3], { model: mAll }).toFixed(4);
  console.log(name, 'cv', r.join(' '), 'in', ins, mAll.weights.map((w, i) => `${FEATURE_NAMES[i]}=${w.toFixed(2)}`).join(' '), mAll.threshold);
}
