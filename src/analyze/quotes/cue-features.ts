// Features of one candidate cue word for the learned cue detector, read from the quote-masked text.
// The trainer (scripts/train-quotes.ts) and the reader (cue-model.ts) both call cueFeatures, so the two can
// never drift apart. The detector runs on many words of every article, so features are integers hashed
// straight from the text's character codes: no token or feature string is ever built.

import { hashRange } from './word-table.js';

export const hashWord = (w: string): number => hashRange(w, 0, w.length);

/** Folds one more value into a feature hash (a Murmur-style step). */
const mix = (h: number, x: number): number => {
  let k = Math.imul(h ^ x, 0x5bd1e995);
  k ^= k >>> 13;
  return Math.imul(k, 0x5bd1e995) ^ (k >>> 15);
};

const SHAPE_NONE = 1;
const SHAPE_PRON = 2;
const SHAPE_DET = 3;
const SHAPE_AUX = 4;
const SHAPE_CAP = 5;
const SHAPE_NUM = 6;
const SHAPE_ING = 7;
const SHAPE_ED = 8;
const SHAPE_LY = 9;
const SHAPE_WORD = 10;
// Function words by their hash, with the shape they give a neighbour: open-addressed tables of typed arrays
// (a Map keyed by 32-bit hashes would box most keys as heap numbers on every lookup).
const FN_SLOTS = 256;
/** An open-addressed table from word hashes to small non-zero codes. */
interface HashCodes {
  keys: Int32Array;
  codes: Uint8Array;
}
const hashCodes = (): HashCodes => ({ keys: new Int32Array(FN_SLOTS), codes: new Uint8Array(FN_SLOTS) });
function setCode(t: HashCodes, w: string, code: number): void {
  const h = hashWord(w) | 0;
  let i = h & (FN_SLOTS - 1);
  while (t.codes[i] !== 0 && t.keys[i] !== h) i = (i + 1) & (FN_SLOTS - 1);
  t.keys[i] = h;
  t.codes[i] = code;
}
/** The code of the word of hash h, or 0 when the table lacks it. */
function codeOf(t: HashCodes, h: number): number {
  const k = h | 0;
  for (let i = k & (FN_SLOTS - 1); t.codes[i] !== 0; i = (i + 1) & (FN_SLOTS - 1))
    if (t.keys[i] === k) return t.codes[i];
  return 0;
}
const FUNCTION_SHAPES = hashCodes();
const setFunctionShape = (w: string, shape: number): void => setCode(FUNCTION_SHAPES, w, shape);
/** The shape of the function word of hash h, or 0 when h is no function word. */
const functionShape = (h: number): number => codeOf(FUNCTION_SHAPES, h);
for (const w of 'he she they it we i who which you'.split(' ')) setFunctionShape(w, SHAPE_PRON);
for (const w of 'the a an his her their its this that our my'.split(' ')) setFunctionShape(w, SHAPE_DET);
for (const w of 'is was are were be been being has have had will would could should can may might did does do to not'.split(
  ' ',
))
  setFunctionShape(w, SHAPE_AUX);

/**
 * Words that open what a cue reports, or the object a stance word takes ("warned that …", "talked about …",
 * "asked whether …", "cited as …"): looked for a few words to the right of the candidate.
 */
const OPENERS = hashCodes();
for (const [i, w] of 'that whether if about to as of on for against how why what'.split(' ').entries())
  setCode(OPENERS, w, i + 1);
/** Right-context kinds for punctuation, after the opener words' codes. */
const OPEN_COMMA = 20;
const OPEN_COLON = 21;
const OPEN_QUOTE = 22;

const NO_TOKEN = 0x2545f491;
/** Letters, digits and apostrophes; ASCII answered without a regular expression (this runs for every character read). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 39 ||
  c === 0x2019 ||
  (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/** The neighbouring tokens of the current candidate: start, end, hash and shape of each (hash NO_TOKEN: none). */
const tok = {
  start: new Int32Array(4),
  end: new Int32Array(4),
  hash: new Uint32Array(4),
  shape: new Uint8Array(4),
};

function describe(text: string, k: number, s: number, e: number): void {
  tok.start[k] = s;
  tok.end[k] = e;
  const c = text.charCodeAt(s);
  if (!isWordChar(c)) {
    // A masked quotation ("~~~~") reads as its closing mark.
    const p = c === 126 ? 34 : c;
    tok.hash[k] = p;
    tok.shape[k] = 11 + (p & 63);
    return;
  }
  const h = hashRange(text, s, e);
  tok.hash[k] = h;
  const f = functionShape(h);
  if (f !== 0) tok.shape[k] = f;
  else if (c >= 65 && c <= 90) tok.shape[k] = SHAPE_CAP;
  else if (c >= 48 && c <= 57) tok.shape[k] = SHAPE_NUM;
  else {
    const a = text.charCodeAt(e - 2);
    const b = text.charCodeAt(e - 1);
    tok.shape[k] =
      e - s > 4 && a === 110 && b === 103 && text.charCodeAt(e - 3) === 105
        ? SHAPE_ING
        : a === 101 && b === 100
          ? SHAPE_ED
          : a === 108 && b === 121
            ? SHAPE_LY
            : SHAPE_WORD;
  }
}

const none = (k: number): void => {
  tok.start[k] = -1;
  tok.end[k] = -1;
  tok.hash[k] = NO_TOKEN;
  tok.shape[k] = SHAPE_NONE;
};

/** Token k: the one that ends before `pos` on the same line. */
function before(text: string, pos: number, k: number): void {
  let i = pos;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i <= 0 || text.charCodeAt(i - 1) === 10) {
    none(k);
    return;
  }
  const c = text.charCodeAt(i - 1);
  let j = i - 1;
  if (c === 126) while (j > 0 && text.charCodeAt(j - 1) === 126) j--;
  else if (isWordChar(c)) while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  describe(text, k, j, i);
}

/** Token k: the one that starts after `pos` on the same line. */
function after(text: string, pos: number, k: number): void {
  const n = text.length;
  let i = pos;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= n || text.charCodeAt(i) === 10) {
    none(k);
    return;
  }
  let j = i + 1;
  if (isWordChar(text.charCodeAt(i))) while (j < n && isWordChar(text.charCodeAt(j))) j++;
  describe(text, k, i, j);
}

/** How many features cueFeatures writes: the plain set, and with the rich set's four context features. */
const PLAIN_COUNT = 23;
const RICH_COUNT = 27;

/**
 * What opens the words after the cue, within four words on its line: an opener word's code, a comma, a colon or a
 * quotation mark (0: none), times 4, plus how many words come before it (0–3). "expressed deep concern that …"
 * reads as "that" two words on, which the neighbour tokens alone do not see.
 */
function rightOpener(text: string, ce: number): number {
  const n = text.length;
  let i = ce;
  for (let words = 0; words < 4; words++) {
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i >= n) return 0;
    const c = text.charCodeAt(i);
    if (c === 44) return OPEN_COMMA * 4 + words;
    if (c === 58) return OPEN_COLON * 4 + words;
    if (c === 126 || c === 34 || c === 0x201c) return OPEN_QUOTE * 4 + words;
    if (!isWordChar(c)) return 0;
    const s = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const code = codeOf(OPENERS, hashRange(text, s, i));
    if (code !== 0) return code * 4 + words;
  }
  return 0;
}

/**
 * Who may stand left of the cue, within four words of its sentence: the nearest pronoun (1), capitalised word
 * (2), comma (3) or quotation (4), times 4, plus how many words lie between (0–3); 0 when none. "He has long
 * argued", "Clinton, who has argued".
 */
function leftSubject(text: string, cs: number, sentenceStart: number): number {
  let i = cs;
  for (let words = 0; words < 4; words++) {
    while (i > sentenceStart && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
    if (i <= sentenceStart) return 0;
    const c = text.charCodeAt(i - 1);
    if (c === 44) return 3 * 4 + words;
    if (c === 126 || c === 34 || c === 0x201d) return 4 * 4 + words;
    if (!isWordChar(c)) return 0;
    const e = i;
    while (i > sentenceStart && isWordChar(text.charCodeAt(i - 1))) i--;
    if (functionShape(hashRange(text, i, e)) === SHAPE_PRON) return 1 * 4 + words;
    const d = text.charCodeAt(i);
    if (d >= 65 && d <= 90) return 2 * 4 + words;
  }
  return 0;
}

const P1 = 0;
const P2 = 1;
const N1 = 2;
const N2 = 3;

/**
 * Hashed features of the word text[cs, ce) as a cue of reported speech: the word and its ending, two tokens
 * either side and their shapes, whether a capitalised name stands just left, quotation marks either side, and
 * how far into its sentence the word sits; with `rich`, also what opens the words a few tokens to its right
 * ("that", "about", a comma, a quotation …) and who stands a few tokens to its left (a pronoun, a capitalised word),
 * each alone and with the word. Written to `out` (which ends up holding exactly these), each below 2^bits.
 */
export function cueFeatures(
  text: string,
  cs: number,
  ce: number,
  sentenceStart: number,
  bits: number,
  out: number[],
  rich = false,
): void {
  const mask = (1 << bits) - 1;
  const w = hashRange(text, cs, ce);
  const suffix = ce - cs > 4 ? hashRange(text, ce - 3, ce) : w;
  before(text, cs, P1);
  if (tok.start[P1] > 0) before(text, tok.start[P1], P2);
  else none(P2);
  after(text, ce, N1);
  if (tok.end[N1] > 0) after(text, tok.end[N1], N2);
  else none(N2);
  // Words before the cue in its sentence, and capitals among the last four: a subject needs room on the left.
  let words = 0;
  let capsLeft = 0;
  let quoteLeft = 0;
  for (let i = cs - 1; i >= sentenceStart && i >= cs - 120; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 && i + 1 < cs && text.charCodeAt(i + 1) !== 32) {
      words++;
      const d = text.charCodeAt(i + 1);
      if (d >= 65 && d <= 90 && words <= 4) capsLeft = 1;
    } else if (c === 126 || c === 34) quoteLeft = 1;
  }
  if (cs - sentenceStart < 2) words = 0;
  const pos = words === 0 ? 0 : words < 3 ? 1 : words < 8 ? 2 : 3;
  let quoteRight = 0;
  for (let i = ce; i < text.length && i < ce + 60; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 126 || c === 34) {
      quoteRight = 1;
      break;
    }
  }
  const q = quoteLeft * 2 + quoteRight;
  const sp1 = tok.shape[P1];
  const sn1 = tok.shape[N1];
  // Each template gets its own seed (its index), so equal values in different templates hash apart.
  // Written in place: the same slots each call, no array grown or arguments spread.
  const count = rich ? RICH_COUNT : PLAIN_COUNT;
  if (out.length !== count) {
    out.length = 0;
    for (let k = 0; k < count; k++) out.push(0);
  }
  out[0] = mix(1, 0) & mask;
  out[1] = mix(2, w) & mask;
  out[2] = mix(3, suffix) & mask;
  out[3] = mix(4, tok.hash[P1]) & mask;
  out[4] = mix(5, tok.hash[P2]) & mask;
  out[5] = mix(6, tok.hash[N1]) & mask;
  out[6] = mix(7, tok.hash[N2]) & mask;
  out[7] = mix(8, sp1) & mask;
  out[8] = mix(9, sn1) & mask;
  out[9] = mix(mix(10, tok.shape[P2]), sp1) & mask;
  out[10] = mix(mix(11, sn1), tok.shape[N2]) & mask;
  out[11] = mix(mix(12, w), tok.hash[P1]) & mask;
  out[12] = mix(mix(13, w), tok.hash[N1]) & mask;
  out[13] = mix(mix(14, w), sp1) & mask;
  out[14] = mix(mix(15, w), sn1) & mask;
  out[15] = mix(mix(mix(16, suffix), sp1), sn1) & mask;
  out[16] = mix(17, pos) & mask;
  out[17] = mix(mix(18, w), pos) & mask;
  out[18] = mix(19, capsLeft) & mask;
  out[19] = mix(mix(20, w), capsLeft) & mask;
  out[20] = mix(21, q) & mask;
  out[21] = mix(mix(22, w), q) & mask;
  out[22] = mix(mix(mix(23, suffix), pos), q) & mask;
  if (!rich) return;
  const opener = rightOpener(text, ce);
  const subject = leftSubject(text, cs, sentenceStart);
  out[23] = mix(24, opener) & mask;
  out[24] = mix(mix(25, w), opener >>> 2) & mask;
  out[25] = mix(26, subject) & mask;
  out[26] = mix(mix(27, w), subject >>> 2) & mask;
}
