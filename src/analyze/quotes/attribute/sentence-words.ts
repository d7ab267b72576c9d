// The words of one sentence, read once: where each starts and ends, its lower-case form and what it is made of.
// The subject search walks them backwards from its verb instead of slicing the text and trying patterns on it.

import { codeAt, isLetter, isWhitespace } from '../text.js';
import type { Finder } from './finder.js';

/** The word opens with a capital letter. */
export const CAPITALISED = 1;
/** Only letters, digits and . ’ ' -: a word a phrase's modifier may be ([\p{L}\p{N}.’'-]+). */
export const PLAIN = 2;
/**
 * A letter beyond the BMP (two UTF-16 units) or the long s (which case folding reads as "s", lower-casing does not):
 * a reader comparing code units or lower-case forms with a pattern's words cannot answer for it.
 */
export const EXOTIC = 4;

/** A sentence's words (runs of what a pattern's \s does not match), in order. */
export interface SentenceWords {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly lower: string[];
  readonly flags: Uint8Array;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isCapital = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
/** A character of a modifier word: [\p{L}\p{N}.’'-]. */
export const isPlainCode = (c: number): boolean =>
  isLetter(c) ||
  isDigit(c) ||
  c === 46 ||
  c === 0x2019 ||
  c === 39 ||
  c === 45 ||
  (c > 127 && /\p{N}/u.test(String.fromCharCode(c)));
const isExotic = (c: number): boolean => c === 0x17f || (c >= 0xd800 && c <= 0xdfff);

/** The words of text[from, to). */
export function readWords(text: string, from: number, to: number): SentenceWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  const flagList: number[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isWhitespace(codeAt(text, i))) i++;
    if (i >= to) break;
    const s = i;
    let f = isCapital(codeAt(text, s)) ? CAPITALISED | PLAIN : PLAIN;
    for (; i < to; i++) {
      const c = codeAt(text, i);
      if (isWhitespace(c)) break;
      if (c > 127 && isExotic(c)) f |= EXOTIC;
      if ((f & PLAIN) !== 0 && !isPlainCode(c)) f &= ~PLAIN;
    }
    starts.push(s);
    ends.push(i);
    lower.push(text.slice(s, i).toLowerCase());
    flagList.push(f);
  }
  return {
    count: starts.length,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    lower,
    flags: Uint8Array.from(flagList),
  };
}

/** The words of sentence s of the masked text, read on the first call and kept. */
export function sentenceWords(fx: Finder, s: number): SentenceWords {
  const known = fx.sentenceWords[s];
  if (known) return known;
  const span = fx.sentences[s];
  const words = readWords(fx.masked, span.start, span.end);
  fx.sentenceWords[s] = words;
  return words;
}

/** The words of the sentence holding text[from, to), or of that stretch alone when it runs over a sentence's edge. */
export function wordsSpanning(fx: Finder, from: number, to: number): SentenceWords {
  const s = fx.sentenceAt(from);
  const span = fx.sentences[s];
  return span && span.start <= from && span.end >= to ? sentenceWords(fx, s) : readWords(fx.masked, from, to);
}

/** Index of the last word that starts before x, or -1. */
export function lastWordBefore(words: SentenceWords, x: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.start[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
