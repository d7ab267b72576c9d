// The tagger's weights: a hashed-feature averaged perceptron, its Viterbi BILOU decoder and its binary form.

import * as feat from './features.js';
import {
  documentAttributes,
  emptyResources,
  gazetteerPrefixes,
  indexResources,
  type NerResources,
  PASS2_SALT,
  type SentenceAttributes,
  saltFeatures,
  staticFeatures,
  transitionFeature,
  type WordAttributes,
} from './features.js';
import { mix, unmix } from './hash.js';
import * as tagSet from './tags.js';
import { ENTITY_TYPES, type TokenSpan, tagsToSpans } from './tags.js';
import * as decoder from './viterbi.js';

const ENTITY_COUNT = ENTITY_TYPES.length;

// Bound once: where modules are compiled to CommonJS (tsx runs the bench and the scripts that way) every read of an
// import goes through a getter, and the loops below read these per token.
const { documentFeatures, documentWordFeatures, historyFeatures, pairFeatures, roleFeatures, WORD_ROLES } =
  feat;
const { NUM_TAGS, tagType } = tagSet;
const { viterbi, viterbiWork } = decoder;

/** A loaded recognizer; treat as opaque outside this folder. */
export interface NerModel {
  readonly kind: 'wiretrace-ner';
  readonly version: number;
  readonly resources: NerResources;
  /**
   * Open-addressing table of (feature hash, entries offset << 5 | entry count) pairs, interleaved so that one
   * probe touches one cache line.
   */
  readonly table: Int32Array;
  readonly mask: number;
  /** Sparse quantized weights: (int16 weight << 8) | tag. Integer sums keep the argmax of the float ones. */
  readonly entries: Int32Array;
  /** Float value of one integer weight step. */
  readonly scale: number;
  /** Whether a second, document-aware pass runs after the first. */
  readonly twoPass: boolean;
  /** Whether the (first) pass reads the prediction history of earlier sentences (historyFeatures). */
  readonly history: boolean;
  /**
   * The same weights keyed by unsalted feature f, for the tagger: slots (f, offset << 10 | countA << 5 | countB)
   * whose entries hold f's first-pass row then mix(f, PASS2_SALT)'s second-pass row, so that one probe scores a
   * static feature for both passes and the second pass never rescores them.
   */
  readonly paired: Int32Array;
  readonly pairedMask: number;
  readonly pairedEntries: Int32Array;
  /** Integer transition scores of each pass, NUM_TAGS x NUM_TAGS (row = previous tag), for Viterbi. */
  readonly transitions: readonly [Float64Array, Float64Array];
  /** What the tagger learns about word forms once and reuses across documents (see WordMemo). */
  readonly memo: WordMemo;
}

/**
 * Per word form, what does not depend on the document: its attributes, and both passes' sums of its role features
 * (roleFeatures, lexical and shape parts, WORD_ROLES x (2 x NUM_TAGS)). News repeats its vocabulary from one story
 * to the next, so most words of a document were scored in an earlier one. Emptied when it holds MEMO_WORDS.
 */
export interface WordMemo {
  /** Word form -> attributes, whose `row` is the offset of its scores in `rows` (WORD_ROLES x roleWidth). */
  attributes: Map<string, WordAttributes>;
  /** One arena for every row, so that a new word allocates nothing; `used` integers of it are taken. */
  rows: Int32Array;
  used: number;
  /** Row of the sentence boundary in the neighbour roles, -1 until scored. */
  boundary: number;
}

/** About 1 KB per word form (attributes and a 170-integer row): a bound of some tens of MB. */
export const MEMO_WORDS = 1 << 15;

/** Forgets the memo (the bench does so before each timed run, so that runs over the same text are not free). */
export function clearWordMemo(m: NerModel): void {
  m.memo.attributes.clear();
  m.memo.used = 0;
  m.memo.boundary = -1;
}

/** Anything that can score a feature list; the trainer and the loaded model both are. */
export interface Scorer {
  score(features: number[], out: Float64Array): void;
}

export function modelScorer(m: NerModel): Scorer {
  const { table, mask, entries, scale } = m;
  const wide = mask * 2 + 1;
  return {
    score(features, out) {
      out.fill(0);
      for (let k = 0; k < features.length; k++) {
        const f = features[k];
        let idx = (f & mask) << 1;
        let packed = table[idx + 1];
        while (packed !== 0) {
          if (table[idx] === f) {
            const end = (packed >>> 5) + (packed & 31);
            for (let e = packed >>> 5; e < end; e++) {
              const v = entries[e];
              out[v & 255] += v >> 8;
            }
            break;
          }
          idx = (idx + 2) & wide;
          packed = table[idx + 1];
        }
      }
      // Back to float units, so that scores of different models (first pass, folds) can be added.
      for (let t = 0; t < NUM_TAGS; t++) out[t] *= scale;
    },
  };
}

/** Builds the lookup table from dense float rows (quantized to int16 on the way, zeros dropped). */
export function buildModel(
  featureKeys: Int32Array,
  weights: Float32Array,
  resources: NerResources,
  twoPass: boolean,
  version = MODEL_FORMAT_VERSION,
  history = false,
): NerModel {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const list: number[] = [];
  const rowAt: number[] = [];
  const rowCount: number[] = [];
  for (let r = 0; r < featureKeys.length; r++) {
    const at = list.length;
    for (let t = 0; t < NUM_TAGS; t++) {
      const q = Math.round(weights[r * NUM_TAGS + t] / scale);
      if (q !== 0) list.push((q << 8) | t);
    }
    rowAt.push(at);
    rowCount.push(list.length - at);
  }
  let size = 1;
  // Load factor up to 0.7: a smaller table misses the cache less, and linear probes stay within a line.
  while (size < featureKeys.length * 1.4) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  for (let r = 0; r < featureKeys.length; r++) {
    if (rowCount[r] === 0) continue;
    const f = featureKeys[r];
    let idx = f & mask;
    while (table[idx * 2 + 1] !== 0) idx = (idx + 1) & mask;
    table[idx * 2] = f;
    table[idx * 2 + 1] = (rowAt[r] << 5) | rowCount[r];
  }
  const entries = Int32Array.from(list);
  const model = {
    kind: 'wiretrace-ner' as const,
    version,
    resources,
    table,
    mask,
    entries,
    scale,
    twoPass,
    history,
    ...pairTable(table, mask, entries),
    transitions: [new Float64Array(NUM_TAGS * NUM_TAGS), new Float64Array(NUM_TAGS * NUM_TAGS)] as const,
    memo: { attributes: new Map(), rows: new Int32Array(0), used: 0, boundary: -1 },
  };
  const first = new Int32Array(NUM_TAGS * NUM_TAGS);
  const second = new Int32Array(NUM_TAGS * NUM_TAGS);
  for (let prev = 0; prev < NUM_TAGS; prev++)
    pairedScoreBoth(model, [transitionFeature(prev)], first, prev * NUM_TAGS, second, prev * NUM_TAGS);
  model.transitions[0].set(first);
  model.transitions[1].set(second);
  return model;
}

/** The plain table's (offset << 5 | count) for feature f, 0 when absent. */
function plainRow(table: Int32Array, mask: number, f: number): number {
  let idx = f & mask;
  let packed = table[idx * 2 + 1];
  while (packed !== 0) {
    if (table[idx * 2] === f) return packed;
    idx = (idx + 1) & mask;
    packed = table[idx * 2 + 1];
  }
  return 0;
}

/**
 * Re-keys the plain table by unsalted feature. Which rows belong to which pass is not stored, so every key is taken
 * both ways (as a first-pass feature, and as the salted twin of unmix(key)); a pairing that no feature produces is
 * never probed, so the lookups give exactly the sums of the plain table.
 */
function pairTable(
  table: Int32Array,
  mask: number,
  entries: Int32Array,
): { paired: Int32Array; pairedMask: number; pairedEntries: Int32Array } {
  const has = (f: number): boolean => plainRow(table, mask, f) !== 0;
  // Candidates, sorted for the layout of the entries: rows that real features hit (dense, frequent ones first)
  // packed together for the cache, and pairings that only exist because a key was also read the other way (a
  // first-pass key as a salted twin, a second-pass key as a first-pass feature) at the end, where nothing but a
  // hash collision reads them. One float64 per candidate: cold bit, 63 - entries, then the key as unsigned.
  const order: number[] = [];
  const consider = (f: number): void => {
    const a = plainRow(table, mask, f);
    const b = plainRow(table, mask, mix(f, PASS2_SALT));
    const n = (a & 31) + (b & 31);
    if (n === 0) return;
    const aIsSecondPass = a !== 0 && has(unmix(f, PASS2_SALT));
    const bIsFirstPass = b !== 0 && has(mix(mix(f, PASS2_SALT), PASS2_SALT));
    const cold = (a === 0 || aIsSecondPass) && (b === 0 || bIsFirstPass) ? 1 : 0;
    order.push(cold * 2 ** 38 + (63 - n) * 2 ** 32 + (f >>> 0));
  };
  for (let idx = 0; idx <= mask; idx++) {
    if (table[idx * 2 + 1] === 0) continue;
    const k = table[idx * 2];
    consider(k);
    // unmix is a bijection: its values are distinct, and one that is itself a key was considered as that key.
    const f = unmix(k, PASS2_SALT);
    if (!has(f)) consider(f);
  }
  const sorted = Float64Array.from(order).sort();
  let size = 1;
  while (size < sorted.length * 1.4) size <<= 1;
  const paired = new Int32Array(size * 2);
  const pairedMask = size - 1;
  const out = new Int32Array(2 * entries.length);
  let at = 0;
  for (let s = 0; s < sorted.length; s++) {
    const f = (sorted[s] % 2 ** 32) | 0;
    const a = plainRow(table, mask, f);
    const b = plainRow(table, mask, mix(f, PASS2_SALT));
    if (at >= 1 << 21) throw new Error('NER model too large for the paired table');
    const start = at;
    for (let e = a >>> 5; e < (a >>> 5) + (a & 31); e++) out[at++] = entries[e];
    for (let e = b >>> 5; e < (b >>> 5) + (b & 31); e++) out[at++] = entries[e];
    let idx = f & pairedMask;
    while (paired[idx * 2 + 1] !== 0) idx = (idx + 1) & pairedMask;
    paired[idx * 2] = f;
    paired[idx * 2 + 1] = (start << 10) | ((a & 31) << 5) | (b & 31);
  }
  return { paired, pairedMask, pairedEntries: out.slice(0, at) };
}

const NT = NUM_TAGS;

/** Adds both passes' integer weights of `features`: the first's at first[at ..], the second's at second[at2 ..]. */
function pairedScoreBoth(
  m: NerModel,
  features: number[],
  first: Int32Array,
  at: number,
  second: Int32Array | null,
  at2: number,
): void {
  const { paired, pairedMask, pairedEntries } = m;
  const wide = pairedMask * 2 + 1;
  for (let k = 0; k < features.length; k++) {
    const f = features[k];
    let idx = (f & pairedMask) << 1;
    let packed = paired[idx + 1];
    while (packed !== 0) {
      if (paired[idx] === f) {
        let e = packed >>> 10;
        const endA = e + ((packed >>> 5) & 31);
        for (; e < endA; e++) {
          const v = pairedEntries[e];
          first[at + (v & 255)] += v >> 8;
        }
        if (second) {
          const endB = e + (packed & 31);
          for (; e < endB; e++) {
            const v = pairedEntries[e];
            second[at2 + (v & 255)] += v >> 8;
          }
        }
        break;
      }
      idx = (idx + 2) & wide;
      packed = paired[idx + 1];
    }
  }
}

const ROW = 2 * NUM_TAGS;

/**
 * Width of one role in a memo row: the first pass's NUM_TAGS scores, then the second pass's for a two-pass model
 * (a one-pass model has no second-pass weights, so its rows stay half as wide).
 */
const roleWidth = (m: NerModel): number => (m.twoPass ? 2 * NT : NT);

/**
 * Reserves a zeroed memo row (WORD_ROLES roles) and returns its offset; the arena doubles when full, so the caller
 * must read m.memo.rows again afterwards.
 */
function memoRow(m: NerModel): number {
  const memo = m.memo;
  const size = WORD_ROLES * roleWidth(m);
  if (memo.used + size > memo.rows.length) {
    const grown = new Int32Array(Math.max(2 * memo.rows.length, 64 * size));
    grown.set(memo.rows.subarray(0, memo.used));
    memo.rows = grown;
  }
  const at = memo.used;
  memo.used += size;
  // The arena is reused after clearWordMemo: rows are accumulated into, so they must start at zero.
  memo.rows.fill(0, at, at + size);
  return at;
}

/** Both passes' sums of roleFeatures of word j (j < 0: the sentence boundary) into a new memo row. */
function scoreRoles(m: NerModel, a: SentenceAttributes, j: number, buf: number[]): number {
  const at = memoRow(m);
  const rows = m.memo.rows;
  const width = roleWidth(m);
  // The boundary has no role of its own (role 0).
  for (let role = j < 0 ? 1 : 0; role < WORD_ROLES; role++) {
    buf.length = 0;
    roleFeatures(a, j, role, false, buf);
    roleFeatures(a, j, role, true, buf);
    const base = at + role * width;
    pairedScoreBoth(m, buf, rows, base, m.twoPass ? rows : null, base + NT);
  }
  return at;
}

/**
 * Scratch of tagDocument, shared by every call (tagging is synchronous) and grown as needed, so that a document
 * allocates no typed arrays per word or sentence: allocating small typed arrays was a fifth of the tagger's time.
 */
const scratch = {
  /** Per distinct word of the document: both passes' sums of its documentWordFeatures (roleWidth each). */
  own: new Int32Array(256 * 2 * NT),
  /** Per memo word (row / row size): the document that last gave it a slot in `own`, and that slot. */
  stamp: new Int32Array(1024),
  slot: new Int32Array(1024),
  /** Per token of the sentence at hand: its word's memo row and its word's own row. */
  roleAt: new Int32Array(256),
  ownAt: new Int32Array(256),
  /** Static scores of every token of the document: the first pass's, then the second pass's. */
  base: new Int32Array(4096 * NT),
};

/** The document being tagged: its stamp (unique per tagDocument call) and how many slots of scratch.own it took. */
const current = { stamp: 0, slots: 0 };

/** Largest score arena (scratch.base) kept between documents: 4M scores (16 MB), some 120,000 tokens in two passes. */
const KEEP_BASE = 1 << 22;

/** Grows a scratch array to hold index `at`, keeping its contents. */
function grow(a: Int32Array<ArrayBuffer>, at: number): Int32Array<ArrayBuffer> {
  if (at < a.length) return a;
  const grown = new Int32Array(2 * (at + 1));
  grown.set(a);
  return grown;
}

/** Word j's memo row (scored on first sight of its form) and, on its first sight in the document, its own scores. */
function documentWord(m: NerModel, a: SentenceAttributes, j: number, two: boolean, buf: number[]): void {
  const form = a.forms[j];
  // Both passes always, whatever this call needs: the row is reused by calls that may run the second pass.
  if (form.row < 0) form.row = scoreRoles(m, a, j, buf);
  const width = roleWidth(m);
  const k = (form.row / (WORD_ROLES * width)) | 0;
  if (k >= scratch.stamp.length) {
    scratch.stamp = grow(scratch.stamp, k);
    scratch.slot = grow(scratch.slot, k);
  }
  if (scratch.stamp[k] !== current.stamp) {
    scratch.stamp[k] = current.stamp;
    const slot = current.slots++;
    scratch.slot[k] = slot;
    const at = slot * width;
    scratch.own = grow(scratch.own, at + width);
    const own = scratch.own;
    own.fill(0, at, at + width);
    buf.length = 0;
    documentWordFeatures(a, j, buf);
    pairedScoreBoth(m, buf, own, at, two ? own : null, at + NT);
  }
  scratch.roleAt[j] = form.row;
  scratch.ownAt[j] = scratch.slot[k] * width;
}

/**
 * Integer scores of the static features of a sentence's tokens for the first pass at base[first ..] and, when
 * `second` >= 0, the second at base[second ..] (n x NUM_TAGS each). What a word form brings (itself and as a
 * neighbour) is scored once (`m.memo`, across documents) and its document-level features once per document
 * (scratch.own), since most tokens repeat an earlier word; only the features that combine neighbours are looked up
 * per token.
 */
function cachedStaticScores(
  m: NerModel,
  a: SentenceAttributes,
  first: number,
  second: number,
  boundary: number,
  buf: number[],
): void {
  const n = a.n;
  const two = second >= 0;
  if (scratch.roleAt.length < n) {
    scratch.roleAt = new Int32Array(2 * n);
    scratch.ownAt = new Int32Array(2 * n);
  }
  for (let i = 0; i < n; i++) documentWord(m, a, i, two, buf);
  const { roleAt, ownAt } = scratch;
  const width = roleWidth(m);
  const rows = m.memo.rows;
  const own = scratch.own;
  const base = scratch.base;
  const r1 = width;
  const r2 = 2 * width;
  const r3 = 3 * width;
  const r4 = 4 * width;
  for (let i = 0; i < n; i++) {
    const self = roleAt[i];
    const o = ownAt[i];
    const left = (i > 0 ? roleAt[i - 1] : boundary) + r1;
    const right = (i + 1 < n ? roleAt[i + 1] : boundary) + r2;
    const left2 = (i > 1 ? roleAt[i - 2] : boundary) + r3;
    const right2 = (i + 2 < n ? roleAt[i + 2] : boundary) + r4;
    const at = first + i * NT;
    for (let t = 0; t < NT; t++)
      base[at + t] =
        rows[self + t] + own[o + t] + rows[left + t] + rows[right + t] + rows[left2 + t] + rows[right2 + t];
    const at2 = second + i * NT;
    if (two)
      for (let t = NT; t < ROW; t++)
        base[at2 + t - NT] =
          rows[self + t] + own[o + t] + rows[left + t] + rows[right + t] + rows[left2 + t] + rows[right2 + t];
    buf.length = 0;
    pairFeatures(a, i, buf);
    pairedScoreBoth(m, buf, base, at, two ? base : null, at2);
  }
}

/** Adds one pass's integer weights of `features` to `out` (pass 2 reads the salted twins). */
function pairedScore(m: NerModel, features: number[], secondPass: boolean, out: Int32Array): void {
  const { paired, pairedMask, pairedEntries } = m;
  const wide = pairedMask * 2 + 1;
  for (let k = 0; k < features.length; k++) {
    const f = features[k];
    let idx = (f & pairedMask) << 1;
    let packed = paired[idx + 1];
    while (packed !== 0) {
      if (paired[idx] === f) {
        let e = packed >>> 10;
        const na = (packed >>> 5) & 31;
        let end = e + na;
        if (secondPass) {
          e = end;
          end += packed & 31;
        }
        for (; e < end; e++) {
          const v = pairedEntries[e];
          out[v & 255] += v >> 8;
        }
        break;
      }
      idx = (idx + 2) & wide;
      packed = paired[idx + 1];
    }
  }
}

/** The decoder's buffers, shared by every tagDocument call (tagging is synchronous), so small documents allocate none. */
const work = viterbiWork();
/** Per-token scores of the features added at decoding time (history, second-pass document features). */
const scores = new Int32Array(NT);

/** Viterbi decoding of one sentence over cached static scores `base`, plus (with hints) the document features. */
function decodePaired(
  m: NerModel,
  a: SentenceAttributes,
  base: Int32Array,
  from: number,
  hints: Int32Array | null,
  buf: number[],
  scores: Int32Array,
  work: decoder.ViterbiWork,
  history: Int32Array | null = null,
): Uint8Array {
  if (work.emit.length < a.n * NT) work.emit = new Float64Array(2 * a.n * NT);
  const emit = work.emit;
  for (let i = 0; i < a.n; i++) {
    const at = i * NT;
    const b = from + at;
    if (history && history[i] !== 0) {
      buf.length = 0;
      historyFeatures(history, a, i, buf);
      scores.fill(0);
      pairedScore(m, buf, false, scores);
      for (let t = 0; t < NT; t++) emit[at + t] = base[b + t] + scores[t];
    } else if (hints) {
      buf.length = 0;
      documentFeatures(hints, a, i, buf);
      scores.fill(0);
      pairedScore(m, buf, true, scores);
      for (let t = 0; t < NT; t++) emit[at + t] = base[b + t] + scores[t];
    } else for (let t = 0; t < NT; t++) emit[at + t] = base[b + t];
  }
  return viterbi(a.n, emit, m.transitions[hints ? 1 : 0], work);
}

export const emptyModel = (): NerModel =>
  buildModel(new Int32Array(0), new Float32Array(0), emptyResources(), false);

/** Per word (hash of its lowercased form): how often the tagger gave it no type (O) and each type. */
export type TagVotes = Map<number, Int32Array>;

/** Counts the types a sentence's tags give its words; only capitalized words and tagged ones carry identity. */
export function addVotes(votes: TagVotes, a: SentenceAttributes, tags: Uint8Array): void {
  for (let i = 0; i < a.n; i++) {
    const t = tagType(tags[i]);
    // Only capitalized words carry document-wide identity ("Clinton", "Leeds").
    if (t < 0 && a.lower[i] === a.words[i]) continue;
    let v = votes.get(a.w[i]);
    if (!v) {
      v = new Int32Array(5);
      votes.set(a.w[i], v);
    }
    v[t + 1]++;
  }
}

/** Hint per token from the votes: 1..5 = majority type (1 = O), +8 when also seen with another label; 0 = none. */
export function votedHints(votes: TagVotes, a: SentenceAttributes): Int32Array {
  const out = new Int32Array(a.n);
  if (votes.size === 0) return out;
  for (let i = 0; i < a.n; i++) {
    const v = votes.get(a.w[i]);
    if (!v) continue;
    let best = 0;
    let total = 0;
    for (let t = 0; t < 5; t++) {
      total += v[t];
      if (v[t] > v[best]) best = t;
    }
    out[i] = best + 1 + (v[best] < total ? 8 : 0);
  }
  return out;
}

/** Document hint per token: the type the first pass gave this word elsewhere in the document (most frequent). */
export function documentHints(sentences: SentenceAttributes[], firstPass: Uint8Array[]): Int32Array[] {
  const votes: TagVotes = new Map();
  for (let s = 0; s < sentences.length; s++) addVotes(votes, sentences[s], firstPass[s]);
  const hints = sentences.map((a) => votedHints(votes, a));
  entityHints(sentences, firstPass, hints);
  return hints;
}

/** Code of a type count: 1 + the majority type (0 = none counted), +8 when some other type was counted too. */
function majorityCode(counts: Int32Array): number {
  let best = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    total += counts[t];
    if (counts[t] > counts[best]) best = t;
  }
  return total === 0 ? 0 : best + 1 + (counts[best] < total ? 8 : 0);
}

/**
 * Entity-level document hints (Krishnan & Manning 2006), in bits 4-7 and 8-11 of each token's hint: for a token in a
 * span the first pass found, the types it gave the same phrase elsewhere in the document, and the types of the longer
 * spans that contain the phrase ("Bank of America" for "America").
 */
function entityHints(sentences: SentenceAttributes[], firstPass: Uint8Array[], hints: Int32Array[]): void {
  const found = firstPass.map((t) => tagsToSpans(t));
  const counts = new Map<string, Int32Array>();
  const keys: string[][] = found.map((spans, s) =>
    spans.map((sp) => {
      const key = sentences[s].lower.slice(sp.start, sp.end).join(' ');
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(ENTITY_COUNT);
        counts.set(key, c);
      }
      c[ENTITY_TYPES.indexOf(sp.type)]++;
      return key;
    }),
  );
  if (counts.size === 0) return;
  // Longer phrases that contain a phrase (whole words), summed per type.
  const within = new Map<string, Int32Array>();
  for (const key of counts.keys()) {
    const sum = new Int32Array(ENTITY_COUNT);
    for (const [other, c] of counts)
      if (other.length > key.length && ` ${other} `.includes(` ${key} `))
        for (let t = 0; t < ENTITY_COUNT; t++) sum[t] += c[t];
    within.set(key, sum);
  }
  const others = new Int32Array(ENTITY_COUNT);
  for (let s = 0; s < found.length; s++)
    for (let k = 0; k < found[s].length; k++) {
      const sp = found[s][k];
      const key = keys[s][k];
      others.set(counts.get(key) as Int32Array);
      others[ENTITY_TYPES.indexOf(sp.type)]--;
      const code = (majorityCode(others) << 4) | (majorityCode(within.get(key) as Int32Array) << 8);
      for (let i = sp.start; i < sp.end; i++) hints[s][i] |= code;
    }
}

/**
 * Decodes a document sentence by sentence, in order, each sentence reading the prediction history of its words in the
 * sentences before it: `decode(s, history)` tags sentence s.
 */
export function decodeWithHistory(
  sentences: SentenceAttributes[],
  decode: (s: number, history: Int32Array) => Uint8Array,
): Uint8Array[] {
  const votes: TagVotes = new Map();
  const tags: Uint8Array[] = new Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    tags[s] = decode(s, votedHints(votes, sentences[s]));
    addVotes(votes, sentences[s], tags[s]);
  }
  return tags;
}

/** History hint per token: as documentHints, from the given tags of the sentences before it only. */
export function historyHints(sentences: SentenceAttributes[], tags: Uint8Array[]): Int32Array[] {
  const hints: Int32Array[] = new Array(sentences.length);
  decodeWithHistory(sentences, (s, h) => {
    hints[s] = h;
    return tags[s];
  });
  return hints;
}

/** Static features of every token of a sentence, computed once and shared by both passes. */
export interface SentenceFeatures {
  data: Int32Array;
  /** Token i's features are data[offsets[i]] .. data[offsets[i + 1]]. */
  offsets: Int32Array;
}

export function sentenceFeatures(a: SentenceAttributes, buf: number[] = []): SentenceFeatures {
  buf.length = 0;
  const offsets = new Int32Array(a.n + 1);
  for (let i = 0; i < a.n; i++) {
    offsets[i] = buf.length;
    staticFeatures(a, i, buf);
  }
  offsets[a.n] = buf.length;
  return { data: Int32Array.from(buf), offsets };
}

/** First-pass scores of the static features of every token (n x NUM_TAGS), shared by both passes. */
export function staticScores(
  scorer: Scorer,
  a: SentenceAttributes,
  statics: SentenceFeatures = sentenceFeatures(a),
): Float64Array {
  const base = new Float64Array(a.n * NUM_TAGS);
  const scores = new Float64Array(NUM_TAGS);
  const buf: number[] = [];
  const { data, offsets } = statics;
  for (let i = 0; i < a.n; i++) {
    buf.length = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) buf.push(data[k]);
    scorer.score(buf, scores);
    base.set(scores, i * NUM_TAGS);
  }
  return base;
}

/**
 * Viterbi decoding of one sentence with any Scorer (the trainer's, and the reference that tagDocument's faster path
 * must match). First pass (no hints): the static scores `base`. Second pass: every static feature again plus the
 * document features, in the second pass's hash space.
 */
export function decodeSentence(
  scorer: Scorer,
  a: SentenceAttributes,
  hints: Int32Array | null,
  statics: SentenceFeatures = sentenceFeatures(a),
  base: Float64Array | null = hints ? null : staticScores(scorer, a, statics),
  history: Int32Array | null = null,
): Uint8Array {
  const buf: number[] = [];
  const scores = new Float64Array(NUM_TAGS);
  const trans = new Float64Array(NUM_TAGS * NUM_TAGS);
  for (let prev = 0; prev < NUM_TAGS; prev++) {
    buf.length = 0;
    buf.push(transitionFeature(prev));
    if (hints) saltFeatures(buf, 0);
    scorer.score(buf, scores);
    trans.set(scores, prev * NUM_TAGS);
  }
  let emit = base;
  if (!emit || history) {
    emit = new Float64Array(a.n * NUM_TAGS);
    const { data, offsets } = statics;
    for (let i = 0; i < a.n; i++) {
      buf.length = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) buf.push(data[k]);
      if (history) historyFeatures(history, a, i, buf);
      if (hints) {
        documentFeatures(hints, a, i, buf);
        saltFeatures(buf, 0);
      }
      scorer.score(buf, scores);
      emit.set(scores, i * NUM_TAGS);
    }
  }
  return viterbi(a.n, emit, trans, viterbiWork());
}

export interface TagOptions {
  /** 1 = first pass only, for a two-pass model (about 1.3x as fast); default: what the model has (one pass, committed). */
  passes?: 1 | 2;
}

/** Tags a document given as sentences of words; returns token spans per sentence. */
export function tagDocument(model: NerModel, sentences: string[][], options: TagOptions = {}): TokenSpan[][] {
  const two = model.twoPass && options.passes !== 1;
  const { memo } = model;
  if (memo.attributes.size >= MEMO_WORDS) clearWordMemo(model);
  const attrs = documentAttributes(sentences, model.resources, memo.attributes);
  const buf: number[] = [];
  // Static features are extracted and looked up once; the second pass adds only tag and document features.
  // Sentence s's first-pass scores start at firstAt[s] in scratch.base, its second-pass ones secondAt tokens later.
  const firstAt = new Int32Array(attrs.length);
  let tokens = 0;
  for (let s = 0; s < attrs.length; s++) {
    firstAt[s] = tokens * NT;
    tokens += attrs[s].n;
  }
  const secondAt = two ? tokens * NT : -1;
  if (scratch.base.length < (two ? 2 : 1) * tokens * NT) scratch.base = new Int32Array(4 * tokens * NT);
  if (memo.boundary < 0 && attrs.length) memo.boundary = scoreRoles(model, attrs[0], -1, buf);
  current.stamp++;
  current.slots = 0;
  for (let s = 0; s < attrs.length; s++)
    cachedStaticScores(model, attrs[s], firstAt[s], two ? secondAt + firstAt[s] : -1, memo.boundary, buf);
  const base = scratch.base;
  let tags: Uint8Array[];
  if (model.history)
    tags = decodeWithHistory(attrs, (s, history) =>
      decodePaired(model, attrs[s], base, firstAt[s], null, buf, scores, work, history),
    );
  else tags = attrs.map((a, s) => decodePaired(model, a, base, firstAt[s], null, buf, scores, work));
  if (two) {
    const hints = documentHints(attrs, tags);
    tags = attrs.map((a, s) =>
      decodePaired(model, a, base, secondAt + firstAt[s], hints[s], buf, scores, work),
    );
  }
  // An outsized document's scores (68 bytes a token a pass) are not kept for the rest of the process.
  if (scratch.base.length > KEEP_BASE) scratch.base = new Int32Array(4096 * NT);
  return tags.map((t) => tagsToSpans(t));
}

// Binary layout (little-endian), gzipped on disk by the writer:
// "WTNER1\0\0" | u32 headerBytes | header JSON | pad to 4 | i32 keys[rows] | u8 counts[rows] | pad |
// u8 tags[nnz] | pad | i16 weights[nnz]
const MAGIC = 'WTNER1\0\0';
/** Format 2: weights for Viterbi decoding (tag transitions, no greedy tag history). Format 1 files decode wrongly. */
export const MODEL_FORMAT_VERSION = 2;

interface Header {
  version: number;
  rows: number;
  nnz: number;
  scale: number;
  twoPass: boolean;
  /** Absent in files written before the prediction history: false. */
  history?: boolean;
  gazetteerMaxLength: number;
  gazetteer: [string, number][];
  clusters: [string, number[]][];
  capitalization: [string, number][];
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Serializes weights, dropping entries whose magnitude is below `threshold`, quantized to int16. */
export function serializeModel(
  featureKeys: Int32Array,
  weights: Float32Array,
  resources: NerResources,
  twoPass: boolean,
  threshold: number,
  history = false,
): Uint8Array {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keepRows: number[] = [];
  const counts: number[] = [];
  const tagList: number[] = [];
  const wList: number[] = [];
  for (let r = 0; r < featureKeys.length; r++) {
    let c = 0;
    for (let t = 0; t < NUM_TAGS; t++) {
      const v = weights[r * NUM_TAGS + t];
      const q = Math.round(v / scale);
      if (Math.abs(v) >= threshold && q !== 0) {
        tagList.push(t);
        wList.push(q);
        c++;
      }
    }
    if (c > 0) {
      keepRows.push(r);
      counts.push(c);
    }
  }
  // Sorted keys make the file independent of training order details and compress better.
  const order = keepRows.map((_, i) => i).sort((x, y) => featureKeys[keepRows[x]] - featureKeys[keepRows[y]]);
  const offsets: number[] = [];
  let acc = 0;
  for (const c of counts) {
    offsets.push(acc);
    acc += c;
  }
  const header: Header = {
    version: MODEL_FORMAT_VERSION,
    rows: keepRows.length,
    nnz: tagList.length,
    scale,
    twoPass,
    ...(history ? { history } : {}),
    gazetteerMaxLength: resources.gazetteerMaxLength,
    gazetteer: [...resources.gazetteer.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    clusters: [...resources.clusters.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    capitalization: [...resources.capitalization.entries()].sort((x, y) =>
      x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0,
    ),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const rows = keepRows.length;
  const nnz = tagList.length;
  let size = pad4(12 + headerBytes.length);
  const keysAt = size;
  size += rows * 4;
  const countsAt = size;
  size = pad4(size + rows);
  const tagsAt = size;
  size = pad4(size + nnz);
  const weightsAt = size;
  size += nnz * 2;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let e = 0;
  order.forEach((src, dst) => {
    view.setInt32(keysAt + dst * 4, featureKeys[keepRows[src]], true);
    out[countsAt + dst] = counts[src];
    for (let k = 0; k < counts[src]; k++) {
      out[tagsAt + e] = tagList[offsets[src] + k];
      view.setInt16(weightsAt + e * 2, wList[offsets[src] + k], true);
      e++;
    }
  });
  return out;
}

/** Reads the binary form back; returns null when the bytes are not a model, throws on a model of another format. */
export function deserializeModel(bytes: Uint8Array): NerModel | null {
  if (bytes.length < 12) return null;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as Header;
  if (header.version !== MODEL_FORMAT_VERSION)
    throw new Error(
      `NER model format ${header.version} is not the one this version reads (${MODEL_FORMAT_VERSION}); retrain it with \`npx tsx scripts/train-ner.ts\``,
    );
  const { rows, nnz, scale } = header;
  let at = pad4(12 + hlen);
  const keysAt = at;
  at += rows * 4;
  const countsAt = at;
  at = pad4(at + rows);
  const tagsAt = at;
  at = pad4(at + nnz);
  const weightsAt = at;
  const featureKeys = new Int32Array(rows);
  const weights = new Float32Array(rows * NUM_TAGS);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    featureKeys[r] = view.getInt32(keysAt + r * 4, true);
    const c = bytes[countsAt + r];
    for (let k = 0; k < c; k++) {
      weights[r * NUM_TAGS + bytes[tagsAt + e]] = view.getInt16(weightsAt + e * 2, true) * scale;
      e++;
    }
  }
  const resources: NerResources = {
    gazetteer: new Map(header.gazetteer),
    gazetteerMaxLength: header.gazetteerMaxLength,
    gazetteerPrefixes: gazetteerPrefixes(new Map(header.gazetteer)),
    clusters: new Map(header.clusters),
    capitalization: new Map(header.capitalization),
  };
  // A loaded model's resources never change: index them for the tagger.
  resources.index = indexResources(resources);
  return buildModel(featureKeys, weights, resources, header.twoPass, header.version, header.history ?? false);
}
