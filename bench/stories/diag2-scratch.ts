// Scratch: per-topic outcome on held-out halves.
import { loadEcb } from './ecb.js';
import { stream, trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';
const docs = loadEcb(true);
const folds = [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
for (let k = 0; k < 2; k++) {
  const test = folds[1 - k];
  const model = trainModel(folds[k], {}, FIXED_WEIGHTS);
  for (const seed of [1, 2]) {
    const pred = stream(test, seed, { model });
    const byTopic = new Map<number, string[]>();
    const out: string[] = [];
    for (const t of [...new Set(test.map((d) => d.topic))]) {
      const idx = test.map((d, i) => [d, i] as const).filter(([d]) => d.topic === t);
      const clusters = new Map<string, Map<string, number>>();
      for (const [d, i] of idx) {
        const m = clusters.get(pred[i]) ?? new Map();
        m.set(d.cluster.split('_')[1], (m.get(d.cluster.split('_')[1]) ?? 0) + 1);
        clusters.set(pred[i], m);
      }
      out.push(`${t}:` + [...clusters.values()].map((m) => [...m.entries()].map(([a, b]) => `${a[3] ?? 'e'}${b}`).join('+')).join(','));
      void byTopic;
    }
    console.log(`fold${k} seed${seed}`, out.join('  '));
  }
}
