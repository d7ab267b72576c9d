// Averaged-perceptron training for the tagger: deterministic (seeded shuffles), pure, no I/O.

import {
  documentFeatures,
  historyFeatures,
  PASS2_SALT,
  type SentenceAttributes,
  saltFeatures,
  staticFeatures,
  transitionFeature,
} from './features.js';
import { mix } from './hash.js';
import type { Scorer } from './model.js';
import { NUM_TAGS } from './tags.js';
import { viterbi, viterbiWork } from './viterbi.js';

export interface TrainingSentence {
  attrs: SentenceAttributes;
  gold: Uint8Array;
  /** Document hints for the second pass (null for the first). */
  hints: Int32Array | null;
  /** Prediction history of the sentence's words in earlier sentences (historyHints), for a history model. */
  history?: Int32Array | null;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far (for tuning on a dev set). */
  onEpoch?: (epoch: number, trainer: Perceptron) => void;
}

/** Small seeded PRNG (mulberry32) so shuffles are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron implements Scorer {
  private index = new Map<number, number>();
  private keys = new Int32Array(1 << 16);
  private w = new Float64Array((1 << 16) * NUM_TAGS);
  private u = new Float64Array((1 << 16) * NUM_TAGS);
  private count = 0;
  /** Sentences seen (one structured update each at most); the averaging clock. */
  c = 1;

  get rows(): number {
    return this.count;
  }

  private row(f: number): number {
    let r = this.index.get(f);
    if (r !== undefined) return r;
    r = this.count++;
    if (r >= this.keys.length) {
      const k = new Int32Array(this.keys.length * 2);
      k.set(this.keys);
      this.keys = k;
      const w = new Float64Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    this.keys[r] = f;
    this.index.set(f, r);
    return r;
  }

  score(features: number[], out: Float64Array): void {
    out.fill(0);
    const w = this.w;
    for (let k = 0; k < features.length; k++) {
      const r = this.index.get(features[k]);
      if (r === undefined) continue;
      const base = r * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) out[t] += w[base + t];
    }
  }

  update(features: number[], good: number, bad: number): void {
    const c = this.c;
    for (let k = 0; k < features.length; k++) {
      const base = this.row(features[k]) * NUM_TAGS;
      this.w[base + good] += 1;
      this.u[base + good] += c;
      this.w[base + bad] -= 1;
      this.u[base + bad] -= c;
    }
  }

  /** Adds `delta` to one weight: feature f's score for tag t. */
  bump(f: number, t: number, delta: number): void {
    const at = this.row(f) * NUM_TAGS + t;
    this.w[at] += delta;
    this.u[at] += delta * this.c;
  }

  /** Averaged weights as float32 rows, with their feature keys. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const n = this.count;
    const weights = new Float32Array(n * NUM_TAGS);
    for (let i = 0; i < n * NUM_TAGS; i++) weights[i] = this.w[i] - this.u[i] / this.c;
    return { keys: this.keys.slice(0, n), weights };
  }
}

/**
 * Trains one pass of the tagger as a structured perceptron: each sentence is decoded with Viterbi (the decoder the
 * tagger uses), and when the best sequence differs from the gold one, the features of the tokens whose tag differs
 * and the transitions of both sequences are updated.
 */
export function trainPerceptron(data: TrainingSentence[], options: TrainOptions): Perceptron {
  const p = new Perceptron();
  const random = rng(options.seed);
  // Static (and document) features are computed once; between epochs only the weights change.
  const statics: Int32Array[][] = data.map((s) => {
    const out: Int32Array[] = [];
    const buf: number[] = [];
    for (let i = 0; i < s.attrs.n; i++) {
      buf.length = 0;
      staticFeatures(s.attrs, i, buf);
      if (s.history) historyFeatures(s.history, s.attrs, i, buf);
      if (s.hints) {
        documentFeatures(s.hints, s.attrs, i, buf);
        saltFeatures(buf, 0);
      }
      out.push(Int32Array.from(buf));
    }
    return out;
  });
  const order = data.map((_, i) => i);
  const scores = new Float64Array(NUM_TAGS);
  const trans = new Float64Array(NUM_TAGS * NUM_TAGS);
  let emit = new Float64Array(64 * NUM_TAGS);
  const work = viterbiWork();
  const feats: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const s of order) {
      const { attrs, gold, hints } = data[s];
      const transition = (prev: number): number =>
        hints ? mix(transitionFeature(prev), PASS2_SALT) : transitionFeature(prev);
      for (let prev = 0; prev < NUM_TAGS; prev++) {
        feats.length = 0;
        feats.push(transition(prev));
        p.score(feats, scores);
        trans.set(scores, prev * NUM_TAGS);
      }
      if (emit.length < attrs.n * NUM_TAGS) emit = new Float64Array(2 * attrs.n * NUM_TAGS);
      for (let i = 0; i < attrs.n; i++) {
        feats.length = 0;
        const st = statics[s][i];
        for (let k = 0; k < st.length; k++) feats.push(st[k]);
        p.score(feats, scores);
        emit.set(scores, i * NUM_TAGS);
      }
      const pred = viterbi(attrs.n, emit, trans, work);
      for (let i = 0; i < attrs.n; i++) {
        const g = gold[i];
        const b = pred[i];
        const gp = i > 0 ? gold[i - 1] : 0;
        const bp = i > 0 ? pred[i - 1] : 0;
        if (g !== b) {
          feats.length = 0;
          const st = statics[s][i];
          for (let k = 0; k < st.length; k++) feats.push(st[k]);
          p.update(feats, g, b);
        }
        if (g !== b || gp !== bp) {
          p.bump(transition(gp), g, 1);
          p.bump(transition(bp), b, -1);
        }
      }
      p.c++;
    }
    options.onEpoch?.(epoch, p);
  }
  return p;
}

/**
 * The mean of several models' weights (each from `Perceptron.averaged`), over the union of their features: models
 * trained on different shuffles disagree on noise, which the mean damps. Rows follow the first model's order, then
 * each further model's new features in its order, so the result is deterministic.
 */
export function meanWeights(models: { keys: Int32Array; weights: Float32Array }[]): {
  keys: Int32Array;
  weights: Float32Array;
} {
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const m of models)
    for (const k of m.keys)
      if (!rowOf.has(k)) {
        rowOf.set(k, keys.length);
        keys.push(k);
      }
  const sum = new Float64Array(keys.length * NUM_TAGS);
  for (const m of models)
    for (let r = 0; r < m.keys.length; r++) {
      const at = (rowOf.get(m.keys[r]) as number) * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) sum[at + t] += m.weights[r * NUM_TAGS + t];
    }
  const weights = new Float32Array(sum.length);
  for (let i = 0; i < sum.length; i++) weights[i] = sum[i] / models.length;
  return { keys: Int32Array.from(keys), weights };
}
