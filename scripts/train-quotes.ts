// Trains the learned cue detector on PolNeAR train (dev picks the number of epochs and the threshold) and writes
// models/quotes/cues.bin.gz. Deterministic: same data, same model.
//   npx tsx scripts/train-quotes.ts [--epochs N] [--bits B] [--learner lr|perceptron] [--rate R] [--out FILE]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type GoldAttribution, loadSplit } from '../bench/quotes/polnear.js';
import { maskQuotes } from '../src/analyze/quotes/attribute.js';
import { cueFeatures } from '../src/analyze/quotes/cue-features.js';
import { CUE_MODEL_PATH, type CueModel, serializeCueModel } from '../src/analyze/quotes/cue-model.js';
import { cueExact, isHandCue } from '../src/analyze/quotes/lexicon.js';
import { findQuotedSpans } from '../src/analyze/quotes/marks.js';
import { quoteAwareSentences } from '../src/analyze/quotes/sentences.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = process.env.WIRETRACE_DATA ?? join(repoRoot, '..', 'shared', 'data');
const polnear = join(dataRoot, 'quotes', 'polnear');

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const MAX_EPOCHS = Number(arg('epochs', '8'));
/**
 * perceptron: the averaged perceptron (the committed model); lr: logistic regression, one gradient step of size RATE
 * per example, its weights averaged over all steps (tried 2026-12-06: better per-word dev F1, but see
 * bench/quotes/RESULTS.md for why it was not committed).
 */
const LEARNER = arg('learner', 'perceptron');
const RATE = Number(arg('rate', '0.03'));
const OUT = arg('out', CUE_MODEL_PATH);
const BITS = Number(arg('bits', '18'));
/** A word joins the vocabulary when train marks it a cue this many times, and this share of its uses. */
const MIN_CUES = 2;
const MIN_RATIO = Number(arg('min-ratio', '0.03'));
/** The reader asks about a word when the model fires on it this many times in train, and this share of its uses. */
const MIN_FIRED = 2;
const MIN_FIRE_RATE = Number(arg('min-fire-rate', '0.08'));

/** One candidate word of one article: its features and whether PolNeAR marks it (part of) a cue. */
interface Example {
  word: string;
  feats: Int32Array;
  cue: boolean;
}

/** Lowercase ASCII words outside quotations, each with the start of its sentence: what the reader scans. */
function* candidates(body: string): Generator<{ masked: string; cs: number; ce: number; sentStart: number }> {
  const quoted = findQuotedSpans(body);
  const masked = maskQuotes(body, quoted);
  const sentences = quoteAwareSentences(body, masked, quoted);
  let s = 0;
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const c = masked.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    const cs = i;
    while (i < n && isAscii(masked.charCodeAt(i))) i++;
    if (c < 97) continue;
    const prev = masked.charCodeAt(cs - 1);
    if (prev === 45 || (prev >= 48 && prev <= 57) || prev === 39 || prev === 0x2019) continue;
    while (s + 1 < sentences.length && sentences[s + 1].start <= cs) s++;
    yield { masked, cs, ce: i, sentStart: sentences[s]?.start ?? 0 };
  }
}
const isAscii = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

const cueMask = (len: number, gold: GoldAttribution[]): Uint8Array => {
  const m = new Uint8Array(len);
  for (const g of gold) for (const [a, b] of g.cue?.parts ?? []) m.fill(1, a, b);
  return m;
};

function main(): void {
  const train = loadSplit(polnear, 'train');
  const dev = loadSplit(polnear, 'dev');
  // Vocabulary: words PolNeAR marks as cues often enough, and every hand-written cue word.
  const seen = new Map<string, [number, number]>();
  for (const a of train) {
    const mask = cueMask(a.text.length, a.gold);
    for (const { masked, cs, ce } of candidates(a.text)) {
      const w = masked.slice(cs, ce);
      const t = seen.get(w) ?? [0, 0];
      t[1]++;
      if (mask[cs]) t[0]++;
      seen.set(w, t);
    }
  }
  const vocab = new Set<string>();
  for (const [w, [cue, all]] of seen)
    if ((cue >= MIN_CUES && cue / all >= MIN_RATIO) || isHandCue(w)) vocab.add(w);
  console.log(`vocabulary: ${vocab.size} words`);

  const examples = (split: typeof train): Example[] => {
    const out: Example[] = [];
    const f: number[] = [];
    for (const a of split) {
      const mask = cueMask(a.text.length, a.gold);
      for (const { masked, cs, ce, sentStart } of candidates(a.text)) {
        const word = masked.slice(cs, ce);
        if (!vocab.has(word)) continue;
        cueFeatures(masked, cs, ce, sentStart, BITS, f);
        out.push({ word, feats: Int32Array.from(f), cue: mask[cs] === 1 });
      }
    }
    return out;
  };
  const trainEx = examples(train);
  const devEx = examples(dev);
  console.log(
    `examples: train ${trainEx.length} (${trainEx.filter((e) => e.cue).length} cues), dev ${devEx.length} (${devEx.filter((e) => e.cue).length} cues)`,
  );

  // Averaged perceptron, examples in a fixed shuffled order; the averaged weights after each epoch are scored on dev.
  const size = 1 << BITS;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let step = 1;
  const order = trainEx.map((_, i) => i);
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  let best: { f1: number; epoch: number; weights: Float32Array; threshold: number } | null = null;
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = trainEx[k];
      let s = 0;
      for (const f of ex.feats) s += w[f];
      const y = ex.cue ? 1 : -1;
      // The step: the logistic loss's gradient for lr, ±1 on a mistake for the perceptron.
      const g = LEARNER === 'lr' ? RATE * ((ex.cue ? 1 : 0) - 1 / (1 + Math.exp(-s))) : y * s <= 0 ? y : 0;
      if (g !== 0) {
        for (const f of ex.feats) {
          total[f] += (step - stamp[f]) * w[f];
          stamp[f] = step;
          w[f] += g;
        }
      }
      step++;
    }
    const avg = new Float32Array(size);
    for (let f = 0; f < size; f++) avg[f] = (total[f] + (step - stamp[f]) * w[f]) / step;
    const scored = devEx.map((e) => ({ s: e.feats.reduce((a, f) => a + avg[f], 0), cue: e.cue }));
    // (The logistic scores are log-odds: a cue is rare, so the best threshold lies below even odds.)
    const thresholds =
      LEARNER === 'lr' ? [-1.5, -1.25, -1, -0.75, -0.5, -0.25, 0] : [-0.2, -0.1, 0, 0.1, 0.2];
    for (const threshold of thresholds) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const e of scored) {
        if (e.s > threshold && e.cue) tp++;
        else if (e.s > threshold) fp++;
        else if (e.cue) fn++;
      }
      const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
      if (threshold === 0)
        console.log(
          `epoch ${epoch}: dev cue P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} F1 ${f1.toFixed(3)}`,
        );
      if (!best || f1 > best.f1) best = { f1, epoch, weights: avg, threshold };
    }
  }
  if (!best) return;
  // Weights rounded to 1/1000: the file shrinks, the scores do not move.
  const weights = best.weights.map((x) => Math.round(x * 1000) / 1000);
  // The reader asks the model only about words it may call a cue: not the word lists' own cues (they are cues
  // anyway), nor words it almost never fires on in train ("of", "with": scoring them costs time, adds little).
  const fired = new Map<string, [number, number]>();
  for (const ex of trainEx) {
    const t = fired.get(ex.word) ?? [0, 0];
    t[0]++;
    if (ex.feats.reduce((a, f) => a + weights[f], 0) > best.threshold) t[1]++;
    fired.set(ex.word, t);
  }
  const asked = new Set<string>();
  for (const [w, [n, k]] of fired) if (!cueExact(w) && k >= MIN_FIRED && k / n >= MIN_FIRE_RATE) asked.add(w);
  console.log(`words the reader asks about: ${asked.size}`);
  const model: CueModel = { bits: BITS, weights, vocab: asked, threshold: best.threshold };
  mkdirSync(dirname(OUT), { recursive: true });
  const gz = gzipSync(serializeCueModel(model), { level: 9 });
  writeFileSync(OUT, gz);
  console.log(
    `best: epoch ${best.epoch}, threshold ${best.threshold}, dev cue F1 ${best.f1.toFixed(3)}; wrote ${OUT} (${gz.length} bytes)`,
  );
}

main();
