// Features of one candidate cue word for the learned cue detector, read from the quote-masked text.
// The trainer (scripts/train-quotes.ts) and the reader (cue-model.ts) both call cueFeatures, so the two can
// never drift apart. The detector runs on many words of every article, so features are integers hashed
// straight from the text's character codes: no token or feature string is ever built.

/** FNV-1a over text[start, end), lowercasing A–Z on the way. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

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
/** Function words by their hash, with the shape they give a neighbour. */
const FUNCTION_SHAPES = new Map<number, number>();
for (const w of 'he she they it we i who which you'.split(' ')) FUNCTION_SHAPES.set(hashWord(w), SHAPE_PRON);
for (const w of 'the a an his her their its this that our my'.split(' '))
  FUNCTION_SHAPES.set(hashWord(w), SHAPE_DET);
for (const w of 'is was are were be been being has have had will would could should can may might did does do to not'.split(
  ' ',
))
  FUNCTION_SHAPES.set(hashWord(w), SHAPE_AUX);

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
  const f = FUNCTION_SHAPES.get(h);
  if (f !== undefined) tok.shape[k] = f;
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

const P1 = 0;
const P2 = 1;
const N1 = 2;
const N2 = 3;

/**
 * Hashed features of the word text[cs, ce) as a cue of reported speech: the word and its ending, two tokens
 * either side and their shapes, whether a capitalised name stands just left, quotation marks either side, and
 * how far into its sentence the word sits. Written to `out` (cleared first), each below 2^bits.
 */
export function cueFeatures(
  text: string,
  cs: number,
  ce: number,
  sentenceStart: number,
  bits: number,
  out: number[],
): void {
  out.length = 0;
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
  out.push(
    mix(1, 0) & mask,
    mix(2, w) & mask,
    mix(3, suffix) & mask,
    mix(4, tok.hash[P1]) & mask,
    mix(5, tok.hash[P2]) & mask,
    mix(6, tok.hash[N1]) & mask,
    mix(7, tok.hash[N2]) & mask,
    mix(8, sp1) & mask,
    mix(9, sn1) & mask,
    mix(mix(10, tok.shape[P2]), sp1) & mask,
    mix(mix(11, sn1), tok.shape[N2]) & mask,
    mix(mix(12, w), tok.hash[P1]) & mask,
    mix(mix(13, w), tok.hash[N1]) & mask,
    mix(mix(14, w), sp1) & mask,
    mix(mix(15, w), sn1) & mask,
    mix(mix(mix(16, suffix), sp1), sn1) & mask,
    mix(17, pos) & mask,
    mix(mix(18, w), pos) & mask,
    mix(19, capsLeft) & mask,
    mix(mix(20, w), capsLeft) & mask,
    mix(21, q) & mask,
    mix(mix(22, w), q) & mask,
    mix(mix(mix(23, suffix), pos), q) & mask,
  );
}
