// Trains the learned cue detector on PolNeAR train (cross-validation folds of train pick the number of epochs and
// the threshold; dev is only reported) and writes models/quotes/cues.bin.gz. Deterministic: same data, same model.
//   npx tsx scripts/train-quotes.ts [--epochs N] [--folds K] [--thresholds T1,T2,…] [--features plain|rich] [--bits B]
//     [--learner lr|perceptron] [--rate R] [--min-feature-count C1,C2,…] [--min-fire-rate R1,R2,…] [--weights FILE]
//     [--out FILE]
// The committed file keeps its weights and is rebuilt with `--features rich --weights models/quotes/cues.bin.gz`
// (models/quotes/README.md says why and with which fire rate).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type GoldAttribution, loadSplit } from '../bench/quotes/polnear.js';
import { maskQuotes } from '../src/analyze/quotes/attribute.js';
import { cueFeatures } from '../src/analyze/quotes/cue-features.js';
import {
  CUE_MODEL_PATH,
  type CueModel,
  deserializeCueModel,
  serializeCueModel,
} from '../src/analyze/quotes/cue-model.js';
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
const MAX_EPOCHS = Number(arg('epochs', '12'));
/**
 * perceptron: the averaged perceptron (the committed model); lr: logistic regression, one gradient step of size RATE
 * per example, its weights averaged over all steps (tried 2026-12-06: better per-word dev F1, but see
 * bench/quotes/RESULTS.md for why it was not committed).
 */
const LEARNER = arg('learner', 'perceptron');
const RATE = Number(arg('rate', '0.03'));
const OUT = arg('out', CUE_MODEL_PATH);
/**
 * A model file whose weights and threshold are kept: only the words the reader asks about are chosen again (at the
 * first --min-fire-rate). Used to re-choose the asked words of a committed model that the trainer no longer
 * reproduces (bench/quotes/RESULTS.md, cuefix60).
 */
const WEIGHTS = arg('weights', '');
/**
 * plain: cueFeatures' 23 features (the committed model); rich: four more, what opens the words right of the word
 * and who stands left of it (tried 2026-12-06, learncue34: see bench/quotes/RESULTS.md for why not committed).
 */
const RICH = arg('features', 'plain') === 'rich';
const BITS = Number(arg('bits', '18'));
/** A word joins the vocabulary when train marks it a cue this many times, and this share of its uses. */
const MIN_CUES = 2;
const MIN_RATIO = Number(arg('min-ratio', '0.03'));
/** The reader asks about a word when the model fires on it this many times in train, and this share of its uses. */
const MIN_FIREDS = arg('min-fired', '2').split(',').map(Number);
/**
 * Fire rates tried: with more than one, the folds pick it (each fold model asked only about the words it fires on at
 * this rate in its own fitted articles, scored on its held-out ones, where a word not asked counts as no cue).
 */
const MIN_FIRE_RATES = arg('min-fire-rate', '0.08').split(',').map(Number);

/** Folds of train for choosing the number of epochs, the threshold and the feature cut. */
const FOLDS = Number(arg('folds', '4'));
/**
 * Feature cuts tried (cueFeatures' hashed slots): a slot gets a weight only when this many training examples carry
 * it, counted on the examples it is fitted on (each fold's own, then all of train). 1 keeps every slot (the
 * committed model); the folds pick among the values given, so a cut is never chosen on dev.
 */
const MIN_FEATURE_COUNTS = arg('min-feature-count', '1').split(',').map(Number);
/** The thresholds tried (perceptron scores; logistic ones are log-odds, and a cue is rare, so they lie lower). */
const THRESHOLDS = arg(
  'thresholds',
  LEARNER === 'lr' ? '-1.5,-1.25,-1,-0.75,-0.5,-0.25,0' : '-1.5,-1.25,-1,-0.75,-0.5,-0.25,0,0.25',
)
  .split(',')
  .map(Number);

/** One candidate word of one article: its features and whether PolNeAR marks it (part of) a cue. */
interface Example {
  /** The article's index in its split (the cross-validation folds split train by article). */
  article: number;
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

const score = (weights: ArrayLike<number>, feats: Int32Array): number => {
  let s = 0;
  for (const f of feats) s += weights[f];
  return s;
};

/** Per-word precision, recall and F1 of scored examples at one threshold. */
function cueCounts(
  scored: { s: number; cue: boolean }[],
  threshold: number,
): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of scored) {
    if (e.s > threshold && e.cue) tp++;
    else if (e.s > threshold) fp++;
    else if (e.cue) fn++;
  }
  return {
    p: tp / Math.max(1, tp + fp),
    r: tp / Math.max(1, tp + fn),
    f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
  };
}

/**
 * The examples with only the feature slots that at least `min` of them carry (the bias slot always does). With
 * min 1, the examples themselves.
 */
function pruneRare(examples: Example[], min: number): Example[] {
  if (min <= 1) return examples;
  const count = new Uint32Array(1 << BITS);
  for (const ex of examples) for (const f of ex.feats) count[f]++;
  return examples.map((ex) => ({ ...ex, feats: ex.feats.filter((f) => count[f] >= min) }));
}

/**
 * Averaged perceptron (or averaged logistic regression, --learner lr) over `examples` in a fixed shuffled order;
 * after each epoch `onEpoch` gets the weights averaged over every step so far. Deterministic.
 */
function trainPerceptron(
  examples: Example[],
  epochs: number,
  onEpoch: (epoch: number, averaged: Float32Array) => void,
): void {
  const size = 1 << BITS;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let step = 1;
  const order = examples.map((_, i) => i);
  let seed = 7;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const ex = examples[k];
      const s = score(w, ex.feats);
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
    onEpoch(epoch, avg);
  }
}

/** Words fired on at least `minFired` times and at least `rate` of their uses among `examples` under `weights`. */
function firedWords(
  examples: Example[],
  weights: ArrayLike<number>,
  threshold: number,
  rate: number,
  minFired: number,
): Set<string> {
  const fired = new Map<string, [number, number]>();
  for (const ex of examples) {
    const t = fired.get(ex.word) ?? [0, 0];
    t[0]++;
    if (score(weights, ex.feats) > threshold) t[1]++;
    fired.set(ex.word, t);
  }
  const out = new Set<string>();
  for (const [w, [n, k]] of fired) if (k >= minFired && k / n >= rate) out.add(w);
  return out;
}

/** Which words the reader asks the model about: those it fires on `minFired` times and `rate` of their train uses. */
interface AskRule {
  rate: number;
  minFired: number;
}

/**
 * The ask rule among MIN_FIRE_RATES × MIN_FIREDS with the best pooled held-out F1, at the chosen epoch, threshold and
 * feature cut: each fold's model is asked only about the words the rule gives on its own fitted articles.
 */
function foldAskRule(
  trainEx: Example[],
  best: { epoch: number; threshold: number; minCount: number },
  asked: (e: Example) => boolean,
): AskRule {
  const rules = MIN_FIRE_RATES.flatMap((rate) => MIN_FIREDS.map((minFired) => ({ rate, minFired })));
  const pooled: { s: number; cue: boolean }[][] = rules.map(() => []);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = pruneRare(
      trainEx.filter((e) => e.article % FOLDS !== fold),
      best.minCount,
    );
    const held = trainEx.filter((e) => e.article % FOLDS === fold && asked(e));
    trainPerceptron(fit, best.epoch, (epoch, avg) => {
      if (epoch !== best.epoch) return;
      for (const [k, rule] of rules.entries()) {
        const words = firedWords(fit, avg, best.threshold, rule.rate, rule.minFired);
        // A word not asked about scores below any threshold.
        for (const e of held)
          pooled[k].push({ s: words.has(e.word) ? score(avg, e.feats) : -1e9, cue: e.cue });
      }
    });
  }
  let bestRule = rules[0];
  let bestF1 = -1;
  for (const [k, rule] of rules.entries()) {
    const r = cueCounts(pooled[k], best.threshold);
    console.log(
      `fire rate ${rule.rate}, fired ${rule.minFired}: fold P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(4)}`,
    );
    if (r.f1 > bestF1) {
      bestF1 = r.f1;
      bestRule = rule;
    }
  }
  return bestRule;
}

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
    for (const [article, a] of split.entries()) {
      const mask = cueMask(a.text.length, a.gold);
      for (const { masked, cs, ce, sentStart } of candidates(a.text)) {
        const word = masked.slice(cs, ce);
        if (!vocab.has(word)) continue;
        cueFeatures(masked, cs, ce, sentStart, BITS, f, RICH);
        out.push({ article, word, feats: Int32Array.from(f), cue: mask[cs] === 1 });
      }
    }
    return out;
  };
  const trainEx = examples(train);
  const devEx = examples(dev);
  console.log(
    `examples: train ${trainEx.length} (${trainEx.filter((e) => e.cue).length} cues), dev ${devEx.length} (${devEx.filter((e) => e.cue).length} cues)`,
  );

  // The number of epochs and the threshold are chosen on train alone, by FOLDS-fold cross-validation over its
  // articles (dev stays unseen: its cue P/R is printed as a check only). The threshold is chosen for the words
  // the reader asks the model about (those no word list knows), since listed cues never reach it.
  const asked = (e: Example): boolean => !cueExact(e.word);
  if (WEIGHTS) {
    // Another model's weights and threshold kept as they are; only the words the reader asks about are chosen.
    const kept = deserializeCueModel(gunzipSync(readFileSync(WEIGHTS)));
    if (!kept || kept.bits !== BITS || kept.rich !== RICH)
      throw new Error(`${WEIGHTS}: not a ${RICH ? 'rich' : 'plain'} ${BITS}-bit cue model`);
    writeModel(trainEx, kept.weights, kept.threshold, { rate: MIN_FIRE_RATES[0], minFired: MIN_FIREDS[0] });
    return;
  }
  let best = { f1: -1, epoch: 1, threshold: 0, minCount: 1 };
  for (const minCount of MIN_FEATURE_COUNTS) {
    const pooled: { s: number; cue: boolean }[][] = [];
    for (let e = 0; e < MAX_EPOCHS; e++) pooled.push([]);
    for (let fold = 0; fold < FOLDS; fold++) {
      const fit = pruneRare(
        trainEx.filter((e) => e.article % FOLDS !== fold),
        minCount,
      );
      const held = trainEx.filter((e) => e.article % FOLDS === fold && asked(e));
      trainPerceptron(fit, MAX_EPOCHS, (epoch, avg) => {
        for (const e of held) pooled[epoch - 1].push({ s: score(avg, e.feats), cue: e.cue });
      });
    }
    let bestHere = { f1: -1, epoch: 1, threshold: 0, minCount };
    for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
      for (const threshold of THRESHOLDS) {
        const r = cueCounts(pooled[epoch - 1], threshold);
        if (r.f1 > bestHere.f1) bestHere = { f1: r.f1, epoch, threshold, minCount };
      }
      const r = cueCounts(pooled[epoch - 1], 0);
      console.log(
        `${MIN_FEATURE_COUNTS.length > 1 ? `min count ${minCount}, ` : ''}epoch ${epoch}: train folds, asked words at 0: P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} F1 ${r.f1.toFixed(3)}`,
      );
    }
    console.log(
      `epoch ${bestHere.epoch}, fold F1 by threshold: ${THRESHOLDS.map((t) => `${t} ${cueCounts(pooled[bestHere.epoch - 1], t).f1.toFixed(3)}`).join(', ')}`,
    );
    if (bestHere.f1 > best.f1) best = bestHere;
  }
  const askRule =
    MIN_FIRE_RATES.length > 1 || MIN_FIREDS.length > 1
      ? foldAskRule(trainEx, best, asked)
      : { rate: MIN_FIRE_RATES[0], minFired: MIN_FIREDS[0] };
  let final: Float32Array | null = null;
  trainPerceptron(pruneRare(trainEx, best.minCount), best.epoch, (epoch, avg) => {
    if (epoch === best.epoch) final = avg;
  });
  if (!final) return;
  const finalWeights: Float32Array = final;
  const devAsked = devEx.filter(asked).map((e) => ({ s: score(finalWeights, e.feats), cue: e.cue }));
  const d = cueCounts(devAsked, best.threshold);
  const dAll = cueCounts(
    devEx.map((e) => ({ s: score(finalWeights, e.feats), cue: e.cue })),
    best.threshold,
  );
  console.log(
    `chosen on train folds: epoch ${best.epoch}, threshold ${best.threshold}, ${MIN_FEATURE_COUNTS.length > 1 ? `min count ${best.minCount}, ` : ''}fold F1 ${best.f1.toFixed(3)}; ` +
      `dev cue P/R/F1, asked words ${d.p.toFixed(3)}/${d.r.toFixed(3)}/${d.f1.toFixed(3)}, all words ${dAll.p.toFixed(3)}/${dAll.r.toFixed(3)}/${dAll.f1.toFixed(3)}`,
  );
  // Weights rounded to 1/1000: the file shrinks, the scores do not move.
  const weights = finalWeights.map((x) => Math.round(x * 1000) / 1000);
  writeModel(trainEx, weights, best.threshold, askRule);
}

/**
 * Writes the model of `weights` and `threshold` to OUT, asking the reader about the words it fires on at
 * `rule` in train.
 */
function writeModel(trainEx: Example[], weights: Float32Array, threshold: number, rule: AskRule): void {
  // The reader asks the model only about words it may call a cue: not the word lists' own cues (they are cues
  // anyway), nor words it almost never fires on in train ("of", "with": scoring them costs time, adds little).
  const askedWords = new Set(
    [...firedWords(trainEx, weights, threshold, rule.rate, rule.minFired)].filter((w) => !cueExact(w)),
  );
  console.log(`words the reader asks about: ${askedWords.size}`);
  const model: CueModel = { bits: BITS, weights, vocab: askedWords, threshold, rich: RICH };
  mkdirSync(dirname(OUT), { recursive: true });
  const gz = gzipSync(serializeCueModel(model), { level: 9 });
  writeFileSync(OUT, gz);
  console.log(`wrote ${OUT} (${gz.length} bytes)`);
}

main();
