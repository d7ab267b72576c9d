// Scratch: held-out CV of the linker only (deleted before hand-off).
import { loadEcb } from './ecb.js';
import { meanF1, trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';
const docs = loadEcb(true);
const folds = [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
const t0 = performance.now();
let s = 0;
for (let k = 0; k < 2; k++) {
  const model = trainModel(folds[k], {}, FIXED_WEIGHTS);
  const f = meanF1(folds[1 - k], [1, 2, 3, 4, 5], { model });
  console.log(`fold ${k}: thr ${model.threshold} F1 ${f.toFixed(3)} w ${model.weights.map((x) => x.toFixed(2)).join(' ')}`);
  s += f;
}
console.log(`held-out ${(s / 2).toFixed(3)}  in-sample(shipped) ${meanF1(docs, [1, 2, 3, 4, 5], {}).toFixed(3)}  ${((performance.now() - t0) / 1000).toFixed(1)}s`);
