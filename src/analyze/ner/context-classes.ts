// Word classes of a second family beside the exchange classes: words clustered by the company they keep in a ±2
// window (PPMI co-occurrence vectors, reduced by a randomized SVD, grouped by spherical k-means). Exchange classes
// see only the immediate neighbours through a class-bigram model; these see wider, position-aware context, and
// cluster families built differently add up as NER features (Turian et al. 2010, Ratinov & Roth 2009).

import { frequentVocabulary } from './exchange.js';
import { normalizeWord } from './features.js';
import { rng } from './train.js';

export interface ContextClassOptions {
  vocabulary: number;
  minCount: number;
  /** The most frequent words serve as contexts, each at four positions (-2, -1, +1, +2). */
  contexts: number;
  /** Dimensions kept by the SVD. */
  dimensions: number;
  /** Class counts, coarse to fine; each is a k-means of its own. */
  ks: number[];
  iterations: number;
  seed: number;
}

export const defaultContextClassOptions: ContextClassOptions = {
  vocabulary: 50000,
  minCount: 5,
  contexts: 2500,
  dimensions: 64,
  ks: [64, 256, 1024],
  iterations: 10,
  seed: 20201204,
};

const OFFSETS = [-2, -1, 1, 2];

/** Positive pointwise mutual information of word and positioned context, as a sparse matrix (CSR), rows = words. */
interface Sparse {
  rows: number;
  cols: number;
  at: Int32Array;
  col: Int32Array;
  value: Float64Array;
}

function ppmiMatrix(
  sentences: () => Iterable<string[]>,
  vid: Map<string, number>,
  V: number,
  C: number,
): Sparse {
  const cols = C * OFFSETS.length;
  // Every (word, positioned context) occurrence as one integer, sorted and run-length counted: no hash map of
  // millions of pairs.
  let keys = new Int32Array(1 << 22);
  let n = 0;
  const ids: number[] = [];
  for (const s of sentences()) {
    ids.length = 0;
    for (const w of s) ids.push(vid.get(normalizeWord(w)) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const v = ids[i];
      if (v < 0) continue;
      for (let o = 0; o < OFFSETS.length; o++) {
        const j = i + OFFSETS[o];
        if (j < 0 || j >= ids.length) continue;
        const c = ids[j];
        if (c < 0 || c >= C) continue;
        if (n === keys.length) {
          const grown = new Int32Array(keys.length * 2);
          grown.set(keys);
          keys = grown;
        }
        keys[n++] = v * cols + o * C + c;
      }
    }
  }
  const sorted = keys.subarray(0, n).sort();
  let distinct = 0;
  for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
  const at = new Int32Array(V + 1);
  const col = new Int32Array(distinct);
  const value = new Float64Array(distinct);
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(cols);
  let e = -1;
  for (let k = 0; k < n; k++) {
    const key = sorted[k];
    if (k === 0 || key !== sorted[k - 1]) {
      e++;
      const row = Math.floor(key / cols);
      col[e] = key - row * cols;
      at[row + 1]++;
    }
    value[e]++;
  }
  for (let v = 0; v < V; v++) at[v + 1] += at[v];
  for (let v = 0; v < V; v++)
    for (let k = at[v]; k < at[v + 1]; k++) {
      rowSum[v] += value[k];
      colSum[col[k]] += value[k];
    }
  // Context counts smoothed by the power 0.75 (Levy et al. 2015), which keeps rare contexts from dominating.
  let smoothedTotal = 0;
  const smoothed = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    smoothed[c] = colSum[c] ** 0.75;
    smoothedTotal += smoothed[c];
  }
  for (let v = 0; v < V; v++)
    for (let k = at[v]; k < at[v + 1]; k++) {
      const pmi = Math.log((value[k] * smoothedTotal) / (rowSum[v] * smoothed[col[k]]));
      value[k] = Math.max(pmi, 0);
    }
  return { rows: V, cols, at, col, value };
}

/** M × x (x: cols × d, dense row-major; out: rows × d), or with `transposed` Mᵀ × x (x: rows × d; out: cols × d). */
function multiply(m: Sparse, x: Float64Array, d: number, transposed = false): Float64Array {
  const out = new Float64Array((transposed ? m.cols : m.rows) * d);
  for (let r = 0; r < m.rows; r++)
    for (let k = m.at[r]; k < m.at[r + 1]; k++) {
      const v = m.value[k];
      if (v === 0) continue;
      const from = (transposed ? r : m.col[k]) * d;
      const to = (transposed ? m.col[k] : r) * d;
      for (let j = 0; j < d; j++) out[to + j] += v * x[from + j];
    }
  return out;
}

/** Orthonormalizes the d columns of y (n × d, row-major) in place by modified Gram-Schmidt. */
function orthonormalize(y: Float64Array, n: number, d: number): void {
  for (let j = 0; j < d; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += y[r * d + j] * y[r * d + p];
      for (let r = 0; r < n; r++) y[r * d + j] -= dot * y[r * d + p];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += y[r * d + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) y[r * d + j] /= norm;
  }
}

/** Eigenvectors (columns of the returned d × d matrix) and eigenvalues of a symmetric matrix, by cyclic Jacobi. */
function symmetricEigen(a: Float64Array, d: number): { vectors: Float64Array; values: Float64Array } {
  const m = Float64Array.from(a);
  const vec = new Float64Array(d * d);
  for (let i = 0; i < d; i++) vec[i * d + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += m[p * d + q] ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < d; p++)
      for (let q = p + 1; q < d; q++) {
        const apq = m[p * d + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * d + q] - m[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const mkp = m[k * d + p];
          const mkq = m[k * d + q];
          m[k * d + p] = c * mkp - s * mkq;
          m[k * d + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < d; k++) {
          const mpk = m[p * d + k];
          const mqk = m[q * d + k];
          m[p * d + k] = c * mpk - s * mqk;
          m[q * d + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = vec[k * d + p];
          const vkq = vec[k * d + q];
          vec[k * d + p] = c * vkp - s * vkq;
          vec[k * d + q] = s * vkp + c * vkq;
        }
      }
  }
  const values = new Float64Array(d);
  for (let i = 0; i < d; i++) values[i] = m[i * d + i];
  return { vectors: vec, values };
}

/** Unit-length word vectors (rows × dims): the top singular directions of M, scaled by the root of their values. */
function svdEmbedding(m: Sparse, dims: number, random: () => number): Float64Array {
  const d = dims + 16;
  const gaussian = (): number => {
    const u = random() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const omega = new Float64Array(m.cols * d);
  for (let k = 0; k < omega.length; k++) omega[k] = gaussian();
  let y = multiply(m, omega, d);
  orthonormalize(y, m.rows, d);
  // Two power iterations sharpen the spectrum the random range finder sees.
  for (let it = 0; it < 2; it++) {
    const z = multiply(m, y, d, true);
    orthonormalize(z, m.cols, d);
    y = multiply(m, z, d);
    orthonormalize(y, m.rows, d);
  }
  // B = Qᵀ M (d × cols) as its transpose Mᵀ Q; the left singular vectors of M are Q times the eigenvectors of B Bᵀ.
  const bt = multiply(m, y, d, true);
  const bbt = new Float64Array(d * d);
  for (let c = 0; c < m.cols; c++)
    for (let i = 0; i < d; i++) {
      const bi = bt[c * d + i];
      if (bi === 0) continue;
      for (let j = 0; j < d; j++) bbt[i * d + j] += bi * bt[c * d + j];
    }
  const { vectors, values } = symmetricEigen(bbt, d);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a] || a - b).slice(0, dims);
  const out = new Float64Array(m.rows * dims);
  for (let r = 0; r < m.rows; r++) {
    let norm = 0;
    for (let k = 0; k < dims; k++) {
      const e = order[k];
      let u = 0;
      for (let i = 0; i < d; i++) u += y[r * d + i] * vectors[i * d + e];
      // Singular value σ = sqrt(eigenvalue); the vectors are U σ^0.5.
      const x = u * Math.max(values[e], 0) ** 0.25;
      out[r * dims + k] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dims; k++) out[r * dims + k] /= norm;
  }
  return out;
}

/** Spherical k-means (cosine) of unit rows; seeded k-means++ start; returns each row's cluster. */
function kmeans(
  x: Float64Array,
  n: number,
  d: number,
  K: number,
  iterations: number,
  random: () => number,
): Int32Array {
  const centers = new Float64Array(K * d);
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < K; c++) {
    centers.set(x.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    const co = c * d;
    for (let r = 0; r < n; r++) {
      const ro = r * d;
      let dot = 0;
      for (let k = 0; k < d; k++) dot += x[ro + k] * centers[co + k];
      const dist = Math.max(1 - dot, 0);
      if (dist < best[r]) best[r] = dist;
      total += best[r];
    }
    let target = random() * total;
    pick = n - 1;
    for (let r = 0; r < n; r++) {
      target -= best[r];
      if (target <= 0) {
        pick = r;
        break;
      }
    }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < n; r++) {
      let top = -1;
      let topDot = Number.NEGATIVE_INFINITY;
      const ro = r * d;
      for (let c = 0; c < K; c++) {
        const co = c * d;
        let dot = 0;
        for (let k = 0; k < d; k++) dot += x[ro + k] * centers[co + k];
        if (dot > topDot) {
          topDot = dot;
          top = c;
        }
      }
      assign[r] = top;
    }
    centers.fill(0);
    for (let r = 0; r < n; r++) for (let k = 0; k < d; k++) centers[assign[r] * d + k] += x[r * d + k];
    for (let c = 0; c < K; c++) {
      let norm = 0;
      for (let k = 0; k < d; k++) norm += centers[c * d + k] ** 2;
      norm = Math.sqrt(norm);
      // An emptied cluster takes a random word again, so K stays K.
      if (norm === 0) {
        const r = Math.floor(random() * n);
        centers.set(x.subarray(r * d, r * d + d), c * d);
      } else for (let k = 0; k < d; k++) centers[c * d + k] /= norm;
    }
  }
  return assign;
}

/** Clusters the words of `sentences` (token texts); returns word -> class id per k, coarse to fine. */
export function buildContextClusters(
  sentences: () => Iterable<string[]>,
  opts: ContextClassOptions = defaultContextClassOptions,
  log: (m: string) => void = () => {},
): Map<string, number[]> {
  const vocab = frequentVocabulary(sentences, opts.vocabulary, opts.minCount);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const m = ppmiMatrix(sentences, vid, vocab.length, Math.min(opts.contexts, vocab.length));
  log(`context classes: vocabulary ${vocab.length}, ${m.col.length} word-context pairs`);
  const random = rng(opts.seed);
  const dims = Math.min(opts.dimensions, vocab.length);
  const x = svdEmbedding(m, dims, random);
  log(`context classes: ${dims}-dimensional vectors`);
  const result = new Map<string, number[]>(vocab.map((w) => [w, []]));
  for (const K of opts.ks) {
    const cls = kmeans(x, vocab.length, dims, Math.min(K, vocab.length), opts.iterations, random);
    for (let v = 0; v < vocab.length; v++) result.get(vocab[v])?.push(cls[v]);
    log(`context classes: k-means k=${K}`);
  }
  return result;
}
