// The tagger's weights: a hashed-feature averaged perceptron, its greedy BILOU decoder and its binary form.

import {
  documentFeatures,
  emptyResources,
  gazetteerPrefixes,
  type NerResources,
  type SentenceAttributes,
  saltFeatures,
  sentenceAttributes,
  staticFeatures,
  tagFeatures,
} from './features.js';
import { ALLOWED, CLOSING, NUM_TAGS, type TokenSpan, tagsToSpans, tagType } from './tags.js';

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
  version = 1,
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
  return {
    kind: 'wiretrace-ner',
    version,
    resources,
    table,
    mask,
    entries: Int32Array.from(list),
    scale,
    twoPass,
  };
}

export const emptyModel = (): NerModel =>
  buildModel(new Int32Array(0), new Float32Array(0), emptyResources(), false);

/** Document hint per token: the type the first pass gave this word elsewhere in the document (most frequent). */
export function documentHints(sentences: SentenceAttributes[], firstPass: Uint8Array[]): Int32Array[] {
  const votes = new Map<number, Int32Array>();
  for (let s = 0; s < sentences.length; s++) {
    const a = sentences[s];
    const tags = firstPass[s];
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
  return sentences.map((a) => {
    const out = new Int32Array(a.n);
    for (let i = 0; i < a.n; i++) {
      const v = votes.get(a.w[i]);
      if (!v) continue;
      let best = 0;
      let total = 0;
      for (let t = 0; t < 5; t++) {
        total += v[t];
        if (v[t] > v[best]) best = t;
      }
      // 1..5 = majority type (0 = O); 8+ = also seen with another label.
      out[i] = best + 1 + (v[best] < total ? 8 : 0);
    }
    return out;
  });
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
 * Greedy left-to-right BILOU decoding of one sentence. First pass (no hints): the cached static scores `base` plus
 * tag-history features. Second pass: every feature again plus document features, in the second pass's hash space.
 */
export function decodeSentence(
  scorer: Scorer,
  a: SentenceAttributes,
  hints: Int32Array | null,
  statics: SentenceFeatures = sentenceFeatures(a),
  base: Float64Array | null = hints ? null : staticScores(scorer, a, statics),
  buf: number[] = [],
  scores: Float64Array = new Float64Array(NUM_TAGS),
): Uint8Array {
  const tags = new Uint8Array(a.n);
  const { data, offsets } = statics;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < a.n; i++) {
    buf.length = 0;
    if (hints) {
      for (let k = offsets[i]; k < offsets[i + 1]; k++) buf.push(data[k]);
      documentFeatures(hints, a, i, buf);
    }
    tagFeatures(a, i, p1, p2, buf);
    if (hints) saltFeatures(buf, 0);
    scorer.score(buf, scores);
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    const last = i === a.n - 1;
    const row = p1 * NUM_TAGS;
    const at = i * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) {
      if (!ALLOWED[row + t]) continue;
      // At the end of the sentence only tags that close an entity are well formed.
      if (last && !CLOSING[t]) continue;
      const v = base ? scores[t] + base[at + t] : scores[t];
      if (v > bestScore) {
        bestScore = v;
        best = t;
      }
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

export interface TagOptions {
  /** 1 = first pass only (about twice as fast, about one F1 point lower on CoNLL); default: what the model has. */
  passes?: 1 | 2;
}

/** Tags a document given as sentences of words; returns token spans per sentence. */
export function tagDocument(model: NerModel, sentences: string[][], options: TagOptions = {}): TokenSpan[][] {
  const scorer = modelScorer(model);
  const attrs = sentences.map((s) => sentenceAttributes(s, model.resources));
  const buf: number[] = [];
  const scores = new Float64Array(NUM_TAGS);
  const statics = attrs.map((a) => sentenceFeatures(a, buf));
  let tags = attrs.map((a, s) => decodeSentence(scorer, a, null, statics[s], undefined, buf, scores));
  if (model.twoPass && options.passes !== 1) {
    const hints = documentHints(attrs, tags);
    tags = attrs.map((a, s) => decodeSentence(scorer, a, hints[s], statics[s], null, buf, scores));
  }
  return tags.map((t) => tagsToSpans(t));
}

// Binary layout (little-endian), gzipped on disk by the writer:
// "WTNER1\0\0" | u32 headerBytes | header JSON | pad to 4 | i32 keys[rows] | u8 counts[rows] | pad |
// u8 tags[nnz] | pad | i16 weights[nnz]
const MAGIC = 'WTNER1\0\0';

interface Header {
  version: number;
  rows: number;
  nnz: number;
  scale: number;
  twoPass: boolean;
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
    version: 1,
    rows: keepRows.length,
    nnz: tagList.length,
    scale,
    twoPass,
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

/** Reads the binary form back; returns null when the bytes are not a model. */
export function deserializeModel(bytes: Uint8Array): NerModel | null {
  if (bytes.length < 12) return null;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as Header;
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
  return buildModel(featureKeys, weights, resources, header.twoPass, header.version);
}
