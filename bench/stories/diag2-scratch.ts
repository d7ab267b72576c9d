// Scratch: hard negatives vs positives (deleted before hand-off).
import { extractSignals, FEATURE_NAMES, StoryLinker } from '../../src/link/stories/index.js';
import { loadEcb, shuffled } from './ecb.js';
const docs = loadEcb(true);
const topicOf = new Map(docs.map((d) => [d.cluster, d.topic]));
const sums = [new Array(FEATURE_NAMES.length).fill(0), new Array(FEATURE_NAMES.length).fill(0), new Array(FEATURE_NAMES.length).fill(0)];
const cnt = [0, 0, 0];
for (const seed of [1, 2, 3]) {
  const l = new StoryLinker();
  for (const d of shuffled(docs, seed)) {
    for (const c of l.trainingStep(extractSignals(d.doc), d.cluster)) {
      const k = c.story === d.cluster ? 0 : topicOf.get(c.story) === d.topic ? 1 : 2;
      cnt[k]++;
      c.features.forEach((v, i) => { sums[k][i] += v; });
    }
  }
}
console.log('counts pos/hard/easy', cnt);
FEATURE_NAMES.forEach((n, i) => console.log(n.padEnd(24), sums.map((s, k) => (s[i] / cnt[k]).toFixed(3)).join('  ')));
