// Scratch: per-topic confusion on held-out (deleted before hand-off).
import { loadEcb } from './ecb.js';
import { stream, trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';
const docs = loadEcb(true);
const folds = [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
for (let k = 0; k < 2; k++) {
  const model = trainModel(folds[k], {}, FIXED_WEIGHTS);
  const test = folds[1 - k];
  const pred = stream(test, 1, { model });
  const topics = [...new Set(test.map((d) => d.topic))];
  for (const t of topics) {
    const rows = new Map<string, Map<string, number>>();
    test.forEach((d, i) => {
      if (d.topic !== t) return;
      const r = rows.get(d.cluster) ?? new Map();
      r.set(pred[i], (r.get(pred[i]) ?? 0) + 1);
      rows.set(d.cluster, r);
    });
    const preds = new Map<string, string>();
    let n = 0;
    for (const r of rows.values()) for (const p of r.keys()) if (!preds.has(p)) preds.set(p, `P${n++}`);
    console.log(t, [...rows].map(([g, r]) => `${g}: ${[...r].map(([p, c]) => `${preds.get(p)}x${c}`).join(' ')}`).join(' || '));
  }
}
