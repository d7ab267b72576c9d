// Pairwise passage alignment: sentence seeds, extension into passages, filtering (after Sanchez-Perez et al. 2014).

import { type TokenizedText, tokenize } from './text.js';

/** One passage shared by two texts, as half-open character ranges into each. */
export interface Alignment {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** Cosine of the two passages' weighted word bags, 0..1. */
  similarity: number;
}

export interface AlignOptions {
  /** A sentence pair is a seed when both its cosine and its Dice coefficient reach these. */
  seedCosine?: number;
  seedDice?: number;
  /** Weaker sentence pairs that may widen a passage anchored by real seeds (both measures must reach it). */
  weakSeed?: number;
  /** Seeds this many sentences apart (or fewer) on both sides may join one passage. */
  maxGap?: number;
  /** A passage must keep this cosine as a whole, else it is split with a smaller gap. */
  minPassageSimilarity?: number;
  /** Passages shorter than this (characters, on either side) are dropped. */
  minLength?: number;
  /**
   * Gap used when the pair looks like a summary (a short target passage standing for a much longer source one):
   * seeds far apart in the source then still form one passage. 0 turns the summary pass off.
   */
  summaryGap?: number;
  /** Source/target length ratio from which a passage is read as a summary. */
  summaryRatio?: number;
}

export interface ResolvedAlignOptions {
  seedCosine: number;
  seedDice: number;
  weakSeed: number;
  maxGap: number;
  minPassageSimilarity: number;
  minLength: number;
  summaryGap: number;
  summaryRatio: number;
}

export const defaultAlignOptions: ResolvedAlignOptions = {
  seedCosine: 0.33,
  seedDice: 0.33,
  weakSeed: 0.2,
  maxGap: 4,
  minPassageSimilarity: 0.34,
  minLength: 150,
  summaryGap: 24,
  summaryRatio: 3,
};

export function resolveAlignOptions(options?: AlignOptions): ResolvedAlignOptions {
  return { ...defaultAlignOptions, ...options };
}

/** Dense per-pair view of both texts: word ids renumbered 0..V-1 and sentence-frequency weights. */
interface PairSpace {
  src: TokenizedText;
  tgt: TokenizedText;
  srcLocal: Int32Array;
  tgtLocal: Int32Array;
  /** Inverse sentence frequency of each local word. */
  isf: Float64Array;
  vocab: number;
}

function buildSpace(src: TokenizedText, tgt: TokenizedText): PairSpace {
  const local = new Map<number, number>();
  const srcLocal = new Int32Array(src.length);
  const tgtLocal = new Int32Array(tgt.length);
  for (let i = 0; i < src.length; i++) {
    let v = local.get(src.ids[i]);
    if (v === undefined) {
      v = local.size;
      local.set(src.ids[i], v);
    }
    srcLocal[i] = v;
  }
  for (let i = 0; i < tgt.length; i++) {
    let v = local.get(tgt.ids[i]);
    if (v === undefined) {
      v = local.size;
      local.set(tgt.ids[i], v);
    }
    tgtLocal[i] = v;
  }
  const vocab = local.size;
  const df = new Int32Array(vocab);
  const lastSeen = new Int32Array(vocab).fill(-1);
  let sentenceNo = 0;
  for (const [tok, loc] of [
    [src, srcLocal],
    [tgt, tgtLocal],
  ] as const) {
    for (let s = 0; s < tok.sentences; s++, sentenceNo++) {
      for (let k = tok.sentenceFirst[s]; k < tok.sentenceLast[s]; k++) {
        const v = loc[k];
        if (lastSeen[v] !== sentenceNo) {
          lastSeen[v] = sentenceNo;
          df[v]++;
        }
      }
    }
  }
  const isf = new Float64Array(vocab);
  const total = sentenceNo;
  for (let v = 0; v < vocab; v++) isf[v] = Math.log((total + 1) / df[v]);
  return { src, tgt, srcLocal, tgtLocal, isf, vocab };
}

/** Sparse bag of one token range: unique local ids with their term frequency. */
interface Bag {
  ids: number[];
  tf: number[];
  norm: number;
}

function bagOf(loc: Int32Array, from: number, to: number, isf: Float64Array, scratch: Int32Array): Bag {
  const ids: number[] = [];
  const tf: number[] = [];
  for (let k = from; k < to; k++) {
    const v = loc[k];
    const at = scratch[v];
    if (at > 0) tf[at - 1]++;
    else {
      ids.push(v);
      tf.push(1);
      scratch[v] = ids.length;
    }
  }
  let norm = 0;
  for (let x = 0; x < ids.length; x++) {
    scratch[ids[x]] = 0;
    const w = tf[x] * isf[ids[x]];
    norm += w * w;
  }
  return { ids, tf, norm: Math.sqrt(norm) };
}

function cosine(a: Bag, b: Bag, isf: Float64Array, scratch: Float64Array): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  for (let x = 0; x < a.ids.length; x++) scratch[a.ids[x]] = a.tf[x] * isf[a.ids[x]];
  let dot = 0;
  for (let x = 0; x < b.ids.length; x++) dot += scratch[b.ids[x]] * b.tf[x] * isf[b.ids[x]];
  for (let x = 0; x < a.ids.length; x++) scratch[a.ids[x]] = 0;
  return Math.min(1, dot / (a.norm * b.norm));
}

interface Seed {
  s: number;
  t: number;
  /** Reaches the seed thresholds; weak seeds (above the weak ones only) may extend a passage, never start one. */
  strong: boolean;
}

interface Passage {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  seeds: Seed[];
  sim: number;
}

/** Sentence pairs similar enough to anchor a passage. */
function findSeeds(sp: PairSpace, o: ResolvedAlignOptions): Seed[] {
  const { src, tgt, srcLocal, tgtLocal, isf, vocab } = sp;
  const scratch = new Int32Array(vocab);
  const srcBags: Bag[] = [];
  for (let s = 0; s < src.sentences; s++) {
    srcBags.push(bagOf(srcLocal, src.sentenceFirst[s], src.sentenceLast[s], isf, scratch));
  }
  // Inverted lists: word -> source sentences holding it (with tf), so only sentence pairs sharing a word are scored.
  const head = new Int32Array(vocab).fill(-1);
  const next: number[] = [];
  const postSent: number[] = [];
  const postW: number[] = [];
  for (let s = 0; s < srcBags.length; s++) {
    const b = srcBags[s];
    for (let x = 0; x < b.ids.length; x++) {
      const v = b.ids[x];
      postSent.push(s);
      postW.push(b.tf[x] * isf[v]);
      next.push(head[v]);
      head[v] = postSent.length - 1;
    }
  }
  const dot = new Float64Array(srcBags.length);
  const shared = new Int32Array(srcBags.length);
  const touched: number[] = [];
  const seeds: Seed[] = [];
  for (let t = 0; t < tgt.sentences; t++) {
    const b = bagOf(tgtLocal, tgt.sentenceFirst[t], tgt.sentenceLast[t], isf, scratch);
    for (let x = 0; x < b.ids.length; x++) {
      const v = b.ids[x];
      const wt = b.tf[x] * isf[v];
      for (let p = head[v]; p !== -1; p = next[p]) {
        const s = postSent[p];
        if (shared[s] === 0) touched.push(s);
        shared[s]++;
        dot[s] += postW[p] * wt;
      }
    }
    for (const s of touched) {
      const a = srcBags[s];
      const cos = a.norm > 0 && b.norm > 0 ? dot[s] / (a.norm * b.norm) : 0;
      const dice = (2 * shared[s]) / (a.ids.length + b.ids.length);
      if (cos >= o.seedCosine && dice >= o.seedDice) seeds.push({ s, t, strong: true });
      else if (cos >= o.weakSeed && dice >= o.weakSeed) seeds.push({ s, t, strong: false });
      dot[s] = 0;
      shared[s] = 0;
    }
    touched.length = 0;
  }
  return seeds;
}

/** Groups seeds that lie within `gap` sentences of each other on both sides (connected components). */
function cluster(seeds: Seed[], gap: number): Seed[][] {
  const sorted = [...seeds].sort((a, b) => a.t - b.t || a.s - b.s);
  const parent = sorted.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const n = parent[x];
      parent[x] = r;
      x = n;
    }
    return r;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].t - sorted[i].t <= gap; j++) {
      if (Math.abs(sorted[j].s - sorted[i].s) <= gap) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Seed[]>();
  for (let i = 0; i < sorted.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(sorted[i]);
    else groups.set(r, [sorted[i]]);
  }
  return [...groups.values()];
}

function extend(sp: PairSpace, seeds: Seed[], o: ResolvedAlignOptions, maxGap: number): Passage[] {
  const scratchI = new Int32Array(sp.vocab);
  const scratchF = new Float64Array(sp.vocab);
  const out: Passage[] = [];
  const visit = (group: Seed[], gap: number): void => {
    for (const g of cluster(group, gap)) {
      if (!g.some((x) => x.strong)) continue;
      let s0 = Infinity;
      let s1 = -1;
      let t0 = Infinity;
      let t1 = -1;
      for (const x of g) {
        if (!x.strong) continue;
        s0 = Math.min(s0, x.s);
        s1 = Math.max(s1, x.s);
        t0 = Math.min(t0, x.t);
        t1 = Math.max(t1, x.t);
      }
      // Weak seeds widen the passage only step by step from its edges, so they cannot drag in distant sentences.
      for (let grew = true; grew; ) {
        grew = false;
        for (const x of g) {
          if (x.strong || (x.s >= s0 && x.s <= s1 && x.t >= t0 && x.t <= t1)) continue;
          if (x.s < s0 - 1 || x.s > s1 + 1 || x.t < t0 - 1 || x.t > t1 + 1) continue;
          s0 = Math.min(s0, x.s);
          s1 = Math.max(s1, x.s);
          t0 = Math.min(t0, x.t);
          t1 = Math.max(t1, x.t);
          grew = true;
        }
      }
      const a = bagOf(sp.srcLocal, sp.src.sentenceFirst[s0], sp.src.sentenceLast[s1], sp.isf, scratchI);
      const b = bagOf(sp.tgtLocal, sp.tgt.sentenceFirst[t0], sp.tgt.sentenceLast[t1], sp.isf, scratchI);
      const sim = cosine(a, b, sp.isf, scratchF);
      if (sim < o.minPassageSimilarity && gap > 0 && g.length > 1) visit(g, gap - 1);
      else if (sim >= o.minPassageSimilarity || g.length === 1) out.push({ s0, s1, t0, t1, seeds: g, sim });
    }
  };
  visit(seeds, maxGap);
  return out;
}

/** Two passages claiming the same sentences on one side: the better one keeps them. */
function resolveOverlaps(passages: Passage[]): Passage[] {
  const sorted = [...passages].sort((a, b) => b.sim - a.sim || b.t1 - b.t0 - (a.t1 - a.t0));
  const kept: Passage[] = [];
  for (const p of sorted) {
    // Only the target side is exclusive: one source passage may well be reused twice.
    const clash = kept.some((k) => p.t0 <= k.t1 && k.t0 <= p.t1);
    if (!clash) kept.push(p);
  }
  return kept.sort((a, b) => a.t0 - b.t0);
}

/** Narrows a token range to the words the other side also has, so edges do not carry unrelated text. */
function trim(loc: Int32Array, from: number, to: number, other: Uint8Array): [number, number] {
  let a = from;
  let b = to - 1;
  while (a < b && !(other[loc[a]] && other[loc[a + 1]])) a++;
  while (b > a && !(other[loc[b]] && other[loc[b - 1]])) b--;
  return [a, b + 1];
}

/** Word k-gram length, and how densely (and how much of a passage) exact matches must cover to set its edges. */
const EXACT_K = 4;
const EXACT_SHARE = 0.8;
const EXACT_MIN_SHARE = 0.6;
const EXACT_SLACK = 5;

/**
 * For (near-)verbatim passages, the exact k-gram matches mark the copied text to the word: the passage shrinks to
 * them. Matches follow the dominant diagonal, so text repeated elsewhere in the source does not stretch it.
 */
function exactBounds(
  sp: PairSpace,
  sa: number,
  sb: number,
  ta: number,
  tb: number,
): { s0: number; s1: number; t0: number; t1: number } | null {
  const k = EXACT_K;
  if (sb - sa < k || tb - ta < k) return null;
  const key = (loc: Int32Array, i: number): number => {
    let h = 0;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ loc[i + j], 0x9e3779b1) + j;
    return h | 0;
  };
  const grams = new Map<number, number[]>();
  for (let i = sa; i + k <= sb; i++) {
    const h = key(sp.srcLocal, i);
    const l = grams.get(h);
    if (l) l.push(i);
    else grams.set(h, [i]);
  }
  const ts: number[] = [];
  const cands: number[][] = [];
  const offsets = new Map<number, number>();
  for (let t = ta; t + k <= tb; t++) {
    const l = grams.get(key(sp.tgtLocal, t));
    if (!l) continue;
    ts.push(t);
    cands.push(l);
    for (const s of l) {
      // Offsets are bucketed, so a diagonal shifted by a dropped word still counts as the same one.
      const b = (s - t) >> 3;
      offsets.set(b, (offsets.get(b) ?? 0) + 1);
    }
  }
  if (ts.length === 0) return null;
  let best = 0;
  let bestN = -1;
  for (const [b, n] of offsets) {
    const m = n + (offsets.get(b - 1) ?? 0) + (offsets.get(b + 1) ?? 0);
    if (m > bestN) {
      bestN = m;
      best = b * 8 + 4;
    }
  }
  let s0 = Infinity;
  let s1 = -1;
  let t0 = Infinity;
  let t1 = -1;
  let covered = 0;
  let lastT = -1;
  for (let x = 0; x < ts.length; x++) {
    let pick = cands[x][0];
    for (const s of cands[x]) if (Math.abs(s - ts[x] - best) < Math.abs(pick - ts[x] - best)) pick = s;
    if (Math.abs(pick - ts[x] - best) > 64) continue;
    s0 = Math.min(s0, pick);
    s1 = Math.max(s1, pick + k);
    t0 = Math.min(t0, ts[x]);
    t1 = Math.max(t1, ts[x] + k);
    covered += Math.min(k, ts[x] + k - Math.max(lastT, ts[x]));
    lastT = ts[x] + k;
  }
  // Dense exact matches over a good part of the passage: verbatim copy, whose own edges are the true ones.
  if (t1 < 0 || covered < EXACT_SHARE * (t1 - t0) || covered < EXACT_MIN_SHARE * (tb - ta)) return null;
  return { s0, s1, t0, t1 };
}

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** Moves a passage start back over the stopwords that open its sentence ("The EU ..."), never past a stop. */
function widenStart(text: string, tok: TokenizedText, t: number): number {
  const limit = t > 0 ? tok.ends[t - 1] : 0;
  let a = tok.starts[t];
  if (t > 0 && tok.sentence[t - 1] === tok.sentence[t]) return a;
  let i = a - 1;
  while (i >= limit && !isStop(text.charCodeAt(i))) i--;
  // Skip the whitespace after the stop; keep an opening quote or bracket.
  i++;
  while (i < a && /\s/.test(text[i])) i++;
  if (i < a && /[\p{L}\p{N}"“‘'(]/u.test(text[i])) a = i;
  return a;
}

/** Moves a passage end forward to its sentence's closing stop (and quote), when the sentence ends there. */
function widenEnd(text: string, tok: TokenizedText, t: number): number {
  const limit = t + 1 < tok.length ? tok.starts[t + 1] : text.length;
  let b = tok.ends[t];
  if (t + 1 < tok.length && tok.sentence[t + 1] === tok.sentence[t]) return b;
  let i = b;
  while (i < limit && !isStop(text.charCodeAt(i))) i++;
  if (i < limit && text.charCodeAt(i) !== 10) {
    i++;
    while (i < limit && /["”’')]/.test(text[i])) i++;
    b = i;
  }
  return b;
}

/** Aligns two already tokenised texts (the reuse index tokenises a new article once, for fingerprints and alignment). */
export function alignTokenized(
  srcText: string,
  src: TokenizedText,
  tgtText: string,
  tgt: TokenizedText,
  options?: AlignOptions,
): Alignment[] {
  const o = resolveAlignOptions(options);
  if (src.sentences === 0 || tgt.sentences === 0) return [];
  const sp = buildSpace(src, tgt);
  const seeds = findSeeds(sp, o);
  if (seeds.length === 0) return [];
  let passages = resolveOverlaps(extend(sp, seeds, o, o.maxGap));
  if (o.summaryGap > o.maxGap) {
    // Sanchez-Perez et al.: a summary spreads its seeds over a long stretch of the source, so a wider gap is tried
    // and kept when what it yields is summary-shaped.
    const wide = resolveOverlaps(extend(sp, seeds, o, o.summaryGap));
    const charLen = (tok: TokenizedText, a: number, b: number): number =>
      tok.ends[tok.sentenceLast[b] - 1] - tok.starts[tok.sentenceFirst[a]];
    // A summary stands for most of its source; a wide pass over ordinary reuse only drags in distant noise.
    const srcChars = src.length > 0 ? src.ends[src.length - 1] - src.starts[0] : 0;
    const summaries = wide.filter(
      (p) =>
        charLen(src, p.s0, p.s1) >= o.summaryRatio * charLen(tgt, p.t0, p.t1) &&
        p.seeds.length >= 3 &&
        charLen(src, p.s0, p.s1) >= 0.5 * srcChars,
    );
    if (summaries.length > 0) {
      const clash = (p: Passage): boolean => summaries.some((w) => p.t0 <= w.t1 && w.t0 <= p.t1);
      passages = [...passages.filter((p) => !clash(p)), ...summaries].sort((a, b) => a.t0 - b.t0);
    }
  }
  const out: Alignment[] = [];
  const inSrc = new Uint8Array(sp.vocab);
  const inTgt = new Uint8Array(sp.vocab);
  for (const p of passages) {
    const sa = src.sentenceFirst[p.s0];
    const sb = src.sentenceLast[p.s1];
    const ta = tgt.sentenceFirst[p.t0];
    const tb = tgt.sentenceLast[p.t1];
    for (let k = sa; k < sb; k++) inSrc[sp.srcLocal[k]] = 1;
    for (let k = ta; k < tb; k++) inTgt[sp.tgtLocal[k]] = 1;
    const exact = exactBounds(sp, sa, sb, ta, tb);
    let [s0, s1] = trim(sp.srcLocal, sa, sb, inTgt);
    let [t0, t1] = trim(sp.tgtLocal, ta, tb, inSrc);
    if (exact) {
      // Exact edges win over sentence edges, except for a short edited tail ("the 65-year-old president but").
      if (exact.s0 - s0 > EXACT_SLACK || exact.t0 - t0 > EXACT_SLACK) [s0, t0] = [exact.s0, exact.t0];
      if (s1 - exact.s1 > EXACT_SLACK || t1 - exact.t1 > EXACT_SLACK) [s1, t1] = [exact.s1, exact.t1];
    }
    for (let k = sa; k < sb; k++) inSrc[sp.srcLocal[k]] = 0;
    for (let k = ta; k < tb; k++) inTgt[sp.tgtLocal[k]] = 0;
    const a: Alignment = {
      sourceStart: widenStart(srcText, src, s0),
      sourceEnd: widenEnd(srcText, src, s1 - 1),
      targetStart: widenStart(tgtText, tgt, t0),
      targetEnd: widenEnd(tgtText, tgt, t1 - 1),
      similarity: Math.round(p.sim * 1000) / 1000,
    };
    if (a.sourceEnd - a.sourceStart >= o.minLength && a.targetEnd - a.targetStart >= o.minLength) out.push(a);
  }
  return out;
}

/** Finds the passages `target` shares with `source`, verbatim or lightly edited. Pure. */
export function alignTexts(source: string, target: string, options?: AlignOptions): Alignment[] {
  return alignTokenized(source, tokenize(source), target, tokenize(target), options);
}
