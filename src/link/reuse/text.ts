// Turns a body into comparable units (stemmed content-word ids with offsets, grouped in sentences) for reuse.
// Words are hashed with the tagger's FNV-1a (32 bits, signed, so an id fits an Int32Array).

import { hashString } from '../../analyze/ner/hash.js';

/** Content words of one text: parallel arrays, offsets into the original string. */
export interface TokenizedText {
  /** Hashed normalised stem of each content word. */
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** Per sentence: first token (inclusive) and last token (exclusive). */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  length: number;
  sentences: number;
}

/** Function words: no content unit of their own (the claim tracker leaves them out of a sentence's context too). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves also s t d ll re ve m said says say'
  ).split(' '),
);

/** Multi-word names that outlets spell out or abbreviate at will: both spellings become one unit. */
const PHRASE_ALIASES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['european', new Map([['union', 'eu']])],
  [
    'united',
    new Map([
      ['states', 'us'],
      ['kingdom', 'uk'],
      ['nations', 'un'],
      ['arab', 'uae'],
    ]),
  ],
  ['per', new Map([['cent', 'percent']])],
]);

const WORD_ALIASES: ReadonlyMap<string, string> = new Map([
  ['usa', 'us'],
  ['america', 'us'],
  ['%', 'percent'],
  ['pct', 'percent'],
  ['britain', 'uk'],
]);

/** A crude suffix stripper: enough to make "accused"/"accuses"/"accusing" one unit on both sides. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  // Plural first, so "votes" and "vote" meet at the same stem.
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const LETTER = /\p{L}|\p{N}/u;

function isSentenceBreak(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // A blank line ends a paragraph; a single line break is often only hard wrapping inside a sentence.
  if (c === 10) {
    let j = i + 1;
    while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 13 || s.charCodeAt(j) === 9)) j++;
    return s.charCodeAt(j) === 10;
  }
  if (c !== 46 && c !== 33 && c !== 63) return false;
  // "3.5", "e.g." stay inside the sentence; a stop needs whitespace (or an immediately glued capital) after it.
  const next = s.charCodeAt(i + 1);
  if (Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 13 || next === 160) {
    // A single capital before the stop is an initial ("J. Smith"), not an end.
    const p1 = s.charCodeAt(i - 1);
    const p2 = s.charCodeAt(i - 2);
    if (p1 >= 65 && p1 <= 90 && !(p2 >= 65 && p2 <= 90) && !(p2 >= 97 && p2 <= 122)) return false;
    return true;
  }
  return next >= 65 && next <= 90 && s.charCodeAt(i - 1) >= 97;
}

/**
 * Every word with a special role (stopword, alias, first word of a phrase alias) in one small open-addressing table
 * keyed by the word's lowercase hash: one typed-array probe per word instead of several Map lookups.
 */
const SPECIAL_BITS = 10;
const SPECIAL_MASK = (1 << SPECIAL_BITS) - 1;
const specialKeys = new Int32Array(1 << SPECIAL_BITS);
/** 1 stopword, 2 alias (value in specialValue), +4 starts a phrase alias. */
const specialKind = new Uint8Array(1 << SPECIAL_BITS);
const specialValue = new Int32Array(1 << SPECIAL_BITS);

function specialSlot(h: number): number {
  let i = Math.imul(h, 0x9e3779b1) >>> (32 - SPECIAL_BITS);
  while (specialKind[i] !== 0 && specialKeys[i] !== h) i = (i + 1) & SPECIAL_MASK;
  return i;
}
function markSpecial(word: string, kind: number, value = 0): void {
  const h = hashString(word);
  const i = specialSlot(h);
  specialKeys[i] = h;
  specialKind[i] |= kind;
  if (kind === 2) specialValue[i] = value;
}
for (const w of STOPWORDS) markSpecial(w, 1);
for (const [w, v] of WORD_ALIASES) markSpecial(w, 2, hashString(v));
for (const w of PHRASE_ALIASES.keys()) markSpecial(w, 4);

const PHRASE_ALIAS_HASHES = new Map(
  [...PHRASE_ALIASES].map(([k, m]) => [
    hashString(k),
    new Map([...m].map(([w, v]) => [hashString(w), hashString(v)])),
  ]),
);
const PERCENT = hashString('percent');

/** ASCII character classes: 1 word character, 2 a possible sentence end (. ! ? newline), 0 anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ASCII_CLASS[c] = 1;
}
for (const c of [10, 33, 46, 63]) ASCII_CLASS[c] = 2;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The id of an ASCII word straight from its character codes: the FNV hash of `stem(lowercase(word))` without
 * building a string (tokenising is most of the cost of aligning a pair). Must mirror `stem`.
 */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function asciiStemHash(text: string, a: number, n: number, full: number): number {
  if (n <= 3) return full;
  const z = a + n;
  let e = n;
  let ySuffix = false;
  const c1 = lowerAt(text, z - 1);
  const c2 = lowerAt(text, z - 2);
  const c3 = lowerAt(text, z - 3);
  if (n > 4 && c3 === 105 && c2 === 101 && c1 === 115) {
    e = n - 3;
    ySuffix = true;
  } else {
    if (c1 === 115 && c2 !== 115 && c2 !== 117 && c2 !== 105) e--;
    const d1 = lowerAt(text, a + e - 1);
    const d2 = lowerAt(text, a + e - 2);
    if (e > 5 && d1 === 103 && d2 === 110 && lowerAt(text, a + e - 3) === 105) e -= 3;
    else if (e > 4 && d1 === 100 && d2 === 101) e -= 2;
    else if (e > 4 && d1 === 121 && d2 === 108) e -= 2;
    if (e > 4 && lowerAt(text, a + e - 1) === 101) e--;
  }
  if (e === n) return full;
  let h = FNV_OFFSET;
  for (let k = 0; k < e; k++) h = Math.imul(h ^ lowerAt(text, a + k), FNV_PRIME);
  if (ySuffix) h = Math.imul(h ^ 121, FNV_PRIME);
  return h | 0;
}

/** Splits text into content words and sentences; sentences with fewer than `minWords` words join the next. */
export function tokenize(text: string, minWords = 3): TokenizedText {
  const cap = (text.length >> 2) + 8;
  let ids = new Int32Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let sent = new Int32Array(cap);
  const sFirst: number[] = [];
  const sLast: number[] = [];
  let n = 0;
  let sIdx = 0;
  let sStart = 0;
  /** Lowercase hash of the previous word, and where it started when it was kept (-1 after a stopword). */
  let prevHash = 0;
  let prevStart = -1;
  let prevPhrase = false;
  const n0 = text.length;
  let i = 0;
  const push = (id: number, a: number, b: number): void => {
    if (n === ids.length) {
      const grow = (x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      ids = grow(ids);
      starts = grow(starts);
      ends = grow(ends);
      sent = grow(sent);
    }
    ids[n] = id;
    starts[n] = a;
    ends[n] = b;
    sent[n] = sIdx;
    n++;
  };
  const closeSentence = (): void => {
    if (n - sStart >= minWords) {
      sFirst.push(sStart);
      sLast.push(n);
      sStart = n;
      sIdx++;
    }
  };
  while (i < n0) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      push(PERCENT, i, i + 1);
      prevHash = PERCENT;
      prevPhrase = false;
      prevStart = i;
      i++;
      continue;
    }
    const cls = c < 128 ? ASCII_CLASS[c] : LETTER.test(text[i]) ? 1 : 0;
    if (cls !== 1) {
      if (cls === 2 && isSentenceBreak(text, i)) closeSentence();
      i++;
      continue;
    }
    const a = i;
    let full = FNV_OFFSET;
    let ascii = true;
    for (; i < n0; i++) {
      let d = text.charCodeAt(i);
      if (d < 128) {
        if (ASCII_CLASS[d] !== 1) break;
        if (d <= 90 && d >= 65) d += 32;
      } else {
        if (!LETTER.test(text[i])) break;
        ascii = false;
      }
      full = Math.imul(full ^ d, FNV_PRIME);
    }
    full |= 0;
    let lower = '';
    if (!ascii) {
      lower = text.slice(a, i).toLowerCase();
      full = hashString(lower);
    }
    if (prevPhrase) {
      const follow = PHRASE_ALIAS_HASHES.get(prevHash)?.get(full);
      if (follow !== undefined && n > 0 && starts[n - 1] === prevStart && sent[n - 1] === sIdx) {
        ids[n - 1] = follow;
        ends[n - 1] = i;
        prevHash = follow;
        prevPhrase = false;
        continue;
      }
    }
    const slot = specialSlot(full);
    const kind = specialKind[slot];
    prevHash = full;
    prevPhrase = (kind & 4) !== 0;
    if ((kind & 1) !== 0) {
      prevStart = -1;
      continue;
    }
    const id =
      (kind & 2) !== 0
        ? specialValue[slot]
        : ascii
          ? asciiStemHash(text, a, i - a, full)
          : hashString(stem(lower));
    push(id, a, i);
    prevStart = a;
  }
  if (n > sStart) {
    if (n - sStart < minWords && sFirst.length > 0) {
      // A short tail joins the previous sentence.
      sLast[sLast.length - 1] = n;
      for (let k = sStart; k < n; k++) sent[k] = sIdx - 1;
    } else {
      sFirst.push(sStart);
      sLast.push(n);
    }
  }
  return {
    ids: ids.subarray(0, n),
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    sentence: sent.subarray(0, n),
    sentenceFirst: Int32Array.from(sFirst),
    sentenceLast: Int32Array.from(sLast),
    length: n,
    sentences: sFirst.length,
  };
}
