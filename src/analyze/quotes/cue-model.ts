// The learned cue detector: an averaged perceptron that tells, from a word and its neighbours, whether the word
// is the cue of an attribution ("slammed", "cited", "declined to …"). Weights come from PolNeAR train
// (scripts/train-quotes.ts); the file format is read and written here only.

import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../package-root.js';
import { cueFeatures } from './cue-features.js';

export interface CueModel {
  /** Width of the feature hash: the weight table has 2^bits entries. */
  bits: number;
  weights: Float32Array;
  /** The only words the model is asked about: those seen as cues in training, and the hand-written cues. */
  vocab: Set<string>;
  /** A word is a cue when its score passes this. */
  threshold: number;
  /** Whether the weights are for cueFeatures' rich set (files marked WTCUE3) or its plain one (WTCUE2). */
  rich: boolean;
}

const MAGIC = 'WTCUE2';
const MAGIC_RICH = 'WTCUE3';

/**
 * Sparse and small on disk: vocabulary, threshold, then the non-zero weights as gaps between their slots
 * (variable-length integers) and as 16-bit steps of a common scale.
 */
export function serializeCueModel(m: CueModel): Uint8Array {
  const vocab = Buffer.from([...m.vocab].sort().join('\n'), 'utf8');
  let maxAbs = 0;
  for (const w of m.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const slots: number[] = [];
  for (let i = 0; i < m.weights.length; i++) if (Math.round(m.weights[i] / scale) !== 0) slots.push(i);
  const gaps: number[] = [];
  let prev = 0;
  for (const i of slots) {
    let gap = i - prev;
    prev = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  const buf = Buffer.alloc(
    MAGIC.length + 1 + 4 + 4 + 4 + vocab.length + 4 + 4 + gaps.length + slots.length * 2,
  );
  let at = buf.write(m.rich ? MAGIC_RICH : MAGIC, 0, 'latin1');
  at = buf.writeUInt8(m.bits, at);
  at = buf.writeFloatLE(m.threshold, at);
  at = buf.writeFloatLE(scale, at);
  at = buf.writeUInt32LE(vocab.length, at);
  at += vocab.copy(buf, at);
  at = buf.writeUInt32LE(slots.length, at);
  at = buf.writeUInt32LE(gaps.length, at);
  for (const g of gaps) at = buf.writeUInt8(g, at);
  for (const i of slots) at = buf.writeInt16LE(Math.round(m.weights[i] / scale), at);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function deserializeCueModel(bytes: Uint8Array): CueModel | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = buf.toString('latin1', 0, MAGIC.length);
  if (buf.length < MAGIC.length + 21 || (magic !== MAGIC && magic !== MAGIC_RICH)) return null;
  let at = MAGIC.length;
  const bits = buf.readUInt8(at++);
  const threshold = buf.readFloatLE(at);
  const scale = buf.readFloatLE(at + 4);
  const vocabLen = buf.readUInt32LE(at + 8);
  at += 12;
  const vocab = new Set(buf.toString('utf8', at, at + vocabLen).split('\n'));
  at += vocabLen;
  const n = buf.readUInt32LE(at);
  const gapBytes = buf.readUInt32LE(at + 4);
  at += 8;
  const slots = new Uint32Array(n);
  let slot = 0;
  for (let k = 0, end = at + gapBytes; k < n && at < end; k++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = buf[at++];
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    slot += gap;
    slots[k] = slot;
  }
  const weights = new Float32Array(1 << bits);
  for (let k = 0; k < n; k++, at += 2) weights[slots[k]] = buf.readInt16LE(at) * scale;
  return { bits, weights, vocab, threshold, rich: magic === MAGIC_RICH };
}

export const CUE_MODEL_PATH = modelPath('quotes', 'cues.bin.gz');

let loaded: CueModel | null | undefined;

/** The committed model, read once; null when the file is missing (the hand-written cues still work). */
export function cueModel(): CueModel | null {
  if (loaded === undefined) {
    loaded = existsSync(CUE_MODEL_PATH)
      ? deserializeCueModel(gunzipSync(readFileSync(CUE_MODEL_PATH)))
      : null;
  }
  return loaded;
}

const scratch: number[] = [];

/** The model's score for text[cs, ce) as a cue; above `threshold` means cue. */
export function cueScore(m: CueModel, text: string, cs: number, ce: number, sentenceStart: number): number {
  cueFeatures(text, cs, ce, sentenceStart, m.bits, scratch, m.rich);
  let s = 0;
  for (const f of scratch) s += m.weights[f];
  return s;
}
