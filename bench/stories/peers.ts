// Scratch: TF-IDF peers on ECB+ with tuned thresholds.
import { averageLink, loadEcb, score, similarityMatrix, singlePass, shuffled, tfidfVectors } from './ecb.js';

const docs = loadEcb(process.argv.includes('--headline'));
const gold = docs.map((d) => d.cluster);
const vecs = tfidfVectors(docs);
const sim = similarityMatrix(vecs);
for (let t = 0.05; t < 0.5; t += 0.025) {
  let sp = 0;
  for (const seed of [1, 2, 3, 4, 5]) sp += score(singlePass(vecs, shuffled([...docs.keys()], seed), t), gold).bcubedF1;
  const al = score(averageLink(sim, docs.length, t), gold).bcubedF1;
  console.log(t.toFixed(3), (sp / 5).toFixed(4), al.toFixed(4));
}
