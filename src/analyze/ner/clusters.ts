// Distributional word clusters from raw text: context counts, PPMI, random projection, seeded spherical k-means.

import { normalizeWord } from './features.js';
import { rng } from './train.js';

export interface ClusterOptions {
  vocabulary: number;
  minCount: number;
  /** Context words kept for positions -1/+1 and for -2/+2. */
  near: number;
  far: number;
  dimensions: number;
  /** Cluster counts, coarse to fine. */
  ks: number[];
  iterations: number;
  seed: number;
}

export const defaultClusterOptions: ClusterOptions = {
  vocabulary: 50000,
  minCount: 5,
  near: 800,
  far: 200,
  dimensions: 128,
  ks: [64, 256, 1024],
  iterations: 8,
  seed: 7,
};

const byCountThenWord = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Clusters the words of `sentences` (token texts); returns word -> cluster id per k. */
export function buildClusters(
  sentences: () => Iterable<string[]>,
  opts: ClusterOptions = defaultClusterOptions,
  log: (m: string) => void = () => {},
): Map<string, number[]> {
  const counts = new Map<string, number>();
  for (const s of sentences())
    for (const w of s) {
      const k = normalizeWord(w);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  const ranked = [...counts.entries()].sort(byCountThenWord);
  const vocab = ranked
    .filter(([, c]) => c >= opts.minCount)
    .slice(0, opts.vocabulary)
    .map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const V = vocab.length;
  const D = 2 * opts.near + 2 * opts.far;
  log(`clusters: ${counts.size} word types, vocabulary ${V}, context dims ${D}`);
  const cooc = new Float32Array(V * D);
  for (const s of sentences()) {
    const ids = s.map((w) => vid.get(normalizeWord(w)) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const v = ids[i];
      if (v < 0) continue;
      const base = v * D;
      const l1 = i > 0 ? ids[i - 1] : -1;
      const r1 = i + 1 < ids.length ? ids[i + 1] : -1;
      const l2 = i > 1 ? ids[i - 2] : -1;
      const r2 = i + 2 < ids.length ? ids[i + 2] : -1;
      if (l1 >= 0 && l1 < opts.near) cooc[base + l1]++;
      if (r1 >= 0 && r1 < opts.near) cooc[base + opts.near + r1]++;
      if (l2 >= 0 && l2 < opts.far) cooc[base + 2 * opts.near + l2]++;
      if (r2 >= 0 && r2 < opts.far) cooc[base + 2 * opts.near + opts.far + r2]++;
    }
  }
  // Positive PMI so that frequent contexts ("the", ",") do not dominate.
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  let total = 0;
  for (let v = 0; v < V; v++)
    for (let d = 0; d < D; d++) {
      const c = cooc[v * D + d];
      rowSum[v] += c;
      colSum[d] += c;
      total += c;
    }
  const random = rng(opts.seed);
  const P = opts.dimensions;
  const proj = new Float32Array(D * P);
  for (let i = 0; i < proj.length; i++) proj[i] = random() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(V * P);
  for (let v = 0; v < V; v++) {
    const out = v * P;
    for (let d = 0; d < D; d++) {
      const c = cooc[v * D + d];
      if (c === 0) continue;
      const pmi = Math.log((c * total) / (rowSum[v] * colSum[d]));
      if (pmi <= 0) continue;
      const pb = d * P;
      for (let k = 0; k < P; k++) vecs[out + k] += pmi * proj[pb + k];
    }
    let norm = 0;
    for (let k = 0; k < P; k++) norm += vecs[out + k] * vecs[out + k];
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < P; k++) vecs[out + k] /= norm;
  }
  log('clusters: vectors ready');
  const result = new Map<string, number[]>(vocab.map((w) => [w, []]));
  for (const K of opts.ks) {
    const assign = kmeans(vecs, V, P, Math.min(K, V), opts.iterations, rng(opts.seed + K));
    for (let v = 0; v < V; v++) result.get(vocab[v])?.push(assign[v]);
    log(`clusters: k=${K} done`);
  }
  return result;
}

function kmeans(
  x: Float32Array,
  n: number,
  p: number,
  k: number,
  iterations: number,
  random: () => number,
): Int32Array {
  // Seeds spread over frequency ranks (vocabulary is frequency-sorted), deterministic.
  const cent = new Float32Array(k * p);
  for (let c = 0; c < k; c++) {
    const v = Math.min(n - 1, Math.floor((c + random()) * (n / k)));
    cent.set(x.subarray(v * p, v * p + p), c * p);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < n; v++) {
      let best = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      const vb = v * p;
      for (let c = 0; c < k; c++) {
        const cb = c * p;
        let dot = 0;
        for (let j = 0; j < p; j++) dot += x[vb + j] * cent[cb + j];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[v] = best;
    }
    cent.fill(0);
    for (let v = 0; v < n; v++) {
      const cb = assign[v] * p;
      const vb = v * p;
      for (let j = 0; j < p; j++) cent[cb + j] += x[vb + j];
    }
    for (let c = 0; c < k; c++) {
      const cb = c * p;
      let norm = 0;
      for (let j = 0; j < p; j++) norm += cent[cb + j] * cent[cb + j];
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An emptied cluster takes a random word so k stays k.
        const v = Math.floor(random() * n);
        cent.set(x.subarray(v * p, v * p + p), cb);
      } else for (let j = 0; j < p; j++) cent[cb + j] /= norm;
    }
  }
  return assign;
}
