// Scratch: quick ECB+ check while developing.
import { FEATURE_NAMES } from '../../src/link/stories/index.js';
import { loadEcb, score } from './ecb.js';
import { meanF1, stream, trainModel } from './learn.js';

const headline = process.argv.includes('--headline');
const docs = loadEcb(headline);
const gold = docs.map((d) => d.cluster);
const s0 = score(stream(docs, 1, {}), gold);
console.log('default model, all docs seed1', s0);
const folds = [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
const fixed = { 6: -0.35 };
const mAll = trainModel(docs, {}, fixed);
console.log('trained on all', mAll.bias.toFixed(2), mAll.weights.map((w, i) => `${FEATURE_NAMES[i]}=${w.toFixed(2)}`).join(' '), mAll.threshold);
console.log('in-sample all', meanF1(docs, [1, 2, 3, 4, 5], { model: mAll }));
for (let k = 0; k < 2; k++) {
  const m = trainModel(folds[k], {}, fixed);
  const test = folds[1 - k];
  console.log(`fold ${k} -> test`, meanF1(test, [1, 2, 3, 4, 5], { model: m }).toFixed(4), 'thr', m.threshold);
}
