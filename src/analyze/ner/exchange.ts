// Word classes from raw text by the exchange algorithm (Martin et al. 1998; Uszkoreit & Brants 2008): each word is
// moved to the class that most raises the likelihood of a class-bigram model, pass after pass. Brown clusters, which
// Ratinov & Roth used for NER, optimize the same objective by greedy merging; exchange is what fits in minutes here.

import { normalizeWord } from './features.js';

export interface ExchangeOptions {
  vocabulary: number;
  minCount: number;
  /** Class counts, coarse to fine; each is clustered on its own. */
  ks: number[];
  iterations: number;
}

export const defaultExchangeOptions: ExchangeOptions = {
  vocabulary: 50000,
  minCount: 5,
  ks: [64, 256, 1024],
  iterations: 4,
};

const byCountThenWord = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** x log x, with 0 log 0 = 0. */
const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/** Word bigram counts as adjacency lists (CSR), in both directions. */
interface Bigrams {
  V: number;
  /** Right neighbours of w: rightWord[rightAt[w] .. rightAt[w + 1]], with counts rightCount. */
  rightAt: Int32Array;
  rightWord: Int32Array;
  rightCount: Float64Array;
  leftAt: Int32Array;
  leftWord: Int32Array;
  leftCount: Float64Array;
  /** Times w is a left / right member of a counted bigram. */
  asLeft: Float64Array;
  asRight: Float64Array;
  self: Float64Array;
}

function countBigrams(sentences: () => Iterable<string[]>, vid: Map<string, number>, V: number): Bigrams {
  const pairs = new Map<number, number>();
  for (const s of sentences()) {
    let prev = -1;
    for (const w of s) {
      const v = vid.get(normalizeWord(w)) ?? -1;
      // Out-of-vocabulary words break the chain: no bigram is counted across them.
      if (prev >= 0 && v >= 0) {
        const key = prev * V + v;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      prev = v;
    }
  }
  const keys = Float64Array.from(pairs.keys()).sort();
  const asLeft = new Float64Array(V);
  const asRight = new Float64Array(V);
  const self = new Float64Array(V);
  const rightAt = new Int32Array(V + 1);
  const leftAt = new Int32Array(V + 1);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k - a * V;
    rightAt[a + 1]++;
    leftAt[b + 1]++;
  }
  for (let v = 0; v < V; v++) {
    rightAt[v + 1] += rightAt[v];
    leftAt[v + 1] += leftAt[v];
  }
  const n = keys.length;
  const rightWord = new Int32Array(n);
  const rightCount = new Float64Array(n);
  const leftWord = new Int32Array(n);
  const leftCount = new Float64Array(n);
  const rFill = rightAt.slice(0, V);
  const lFill = leftAt.slice(0, V);
  for (const k of keys) {
    const a = Math.floor(k / V);
    const b = k - a * V;
    const c = pairs.get(k) as number;
    rightWord[rFill[a]] = b;
    rightCount[rFill[a]++] = c;
    leftWord[lFill[b]] = a;
    leftCount[lFill[b]++] = c;
    asLeft[a] += c;
    asRight[b] += c;
    if (a === b) self[a] = c;
  }
  return { V, rightAt, rightWord, rightCount, leftAt, leftWord, leftCount, asLeft, asRight, self };
}

/** Exchange clustering of the vocabulary into K classes; words in frequency order (deterministic). */
function exchange(g: Bigrams, K: number, iterations: number, log: (m: string) => void): Int32Array {
  const { V } = g;
  const cls = new Int32Array(V);
  // Start: the K - 1 most frequent words alone, the rest together (the passes spread them out).
  for (let v = 0; v < V; v++) cls[v] = Math.min(v, K - 1);
  const N = new Float64Array(K * K);
  const Nl = new Float64Array(K);
  const Nr = new Float64Array(K);
  for (let a = 0; a < V; a++)
    for (let e = g.rightAt[a]; e < g.rightAt[a + 1]; e++)
      N[cls[a] * K + cls[g.rightWord[e]]] += g.rightCount[e];
  for (let v = 0; v < V; v++) {
    Nl[cls[v]] += g.asLeft[v];
    Nr[cls[v]] += g.asRight[v];
  }
  // Bigram counts of the word being moved with each class (w itself excluded: its self-bigram is kept apart).
  const out = new Float64Array(K);
  const inn = new Float64Array(K);
  const outList = new Int32Array(K);
  const inList = new Int32Array(K);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      let no = 0;
      let ni = 0;
      for (let e = g.rightAt[w]; e < g.rightAt[w + 1]; e++) {
        const v = g.rightWord[e];
        if (v === w) continue;
        const c = cls[v];
        if (out[c] === 0) outList[no++] = c;
        out[c] += g.rightCount[e];
      }
      for (let e = g.leftAt[w]; e < g.leftAt[w + 1]; e++) {
        const u = g.leftWord[e];
        if (u === w) continue;
        const c = cls[u];
        if (inn[c] === 0) inList[ni++] = c;
        inn[c] += g.leftCount[e];
      }
      const self = g.self[w];
      const nl = g.asLeft[w];
      const nr = g.asRight[w];
      // Take w out of its class.
      const from = cls[w];
      for (let k = 0; k < no; k++) N[from * K + outList[k]] -= out[outList[k]];
      for (let k = 0; k < ni; k++) N[inList[k] * K + from] -= inn[inList[k]];
      N[from * K + from] -= self;
      Nl[from] -= nl;
      Nr[from] -= nr;
      // Gain of putting it into class j; the class it came from wins ties, so passes settle.
      let best = from;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < K; j++) {
        let gain = 0;
        const row = j * K;
        for (let k = 0; k < no; k++) {
          const d = outList[k];
          if (d === j) continue;
          const x = N[row + d];
          gain += xlogx(x + out[d]) - xlogx(x);
        }
        for (let k = 0; k < ni; k++) {
          const c = inList[k];
          if (c === j) continue;
          const x = N[c * K + j];
          gain += xlogx(x + inn[c]) - xlogx(x);
        }
        const jj = N[row + j];
        gain += xlogx(jj + out[j] + inn[j] + self) - xlogx(jj);
        gain -= xlogx(Nl[j] + nl) - xlogx(Nl[j]) + xlogx(Nr[j] + nr) - xlogx(Nr[j]);
        if (gain > bestGain + 1e-9 || (j === from && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          best = j;
        }
      }
      // Put it into the best class.
      for (let k = 0; k < no; k++) N[best * K + outList[k]] += out[outList[k]];
      for (let k = 0; k < ni; k++) N[inList[k] * K + best] += inn[inList[k]];
      N[best * K + best] += self;
      Nl[best] += nl;
      Nr[best] += nr;
      if (best !== from) moved++;
      cls[w] = best;
      for (let k = 0; k < no; k++) out[outList[k]] = 0;
      for (let k = 0; k < ni; k++) inn[inList[k]] = 0;
    }
    log(`exchange k=${K}: pass ${it + 1}, ${moved} words moved`);
  }
  return cls;
}

/** The `size` most frequent normalized words seen at least `minCount` times, most frequent first (ties by word). */
export function frequentVocabulary(
  sentences: () => Iterable<string[]>,
  size: number,
  minCount: number,
): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences())
    for (const w of s) {
      const k = normalizeWord(w);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  return [...counts.entries()]
    .sort(byCountThenWord)
    .filter(([, c]) => c >= minCount)
    .slice(0, size)
    .map(([w]) => w);
}

/** Clusters the words of `sentences` (token texts); returns word -> class id per k, coarse to fine. */
export function buildExchangeClusters(
  sentences: () => Iterable<string[]>,
  opts: ExchangeOptions = defaultExchangeOptions,
  log: (m: string) => void = () => {},
): Map<string, number[]> {
  const vocab = frequentVocabulary(sentences, opts.vocabulary, opts.minCount);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const g = countBigrams(sentences, vid, vocab.length);
  log(`exchange: vocabulary ${vocab.length}, ${g.rightWord.length} distinct bigrams`);
  const result = new Map<string, number[]>(vocab.map((w) => [w, []]));
  for (const K of opts.ks) {
    const cls = exchange(g, Math.min(K, vocab.length), opts.iterations, log);
    for (let v = 0; v < vocab.length; v++) result.get(vocab[v])?.push(cls[v]);
  }
  return result;
}
