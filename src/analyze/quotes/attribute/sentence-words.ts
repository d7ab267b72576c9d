// The words of one sentence, read once: where each starts and ends, its lower-case form and what it is made of.
// The subject search walks them backwards from its verb instead of slicing the text and trying patterns on it.

import { codeAt, isWhitespace } from '../text.js';
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
  readonly start: number[];
  readonly end: number[];
  readonly flags: number[];
  /** Each word lower-cased, filled in as it is asked for (lowerWord): most words are never compared. */
  readonly lower: (string | undefined)[];
  readonly text: string;
}

const isAsciiPlain = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
/** A character of a modifier word: [\p{L}\p{N}.’'-]. */
export const isPlainCode = (c: number): boolean =>
  c < 128 ? isAsciiPlain(c) : c === 0x2019 || /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
const isExotic = (c: number): boolean => c === 0x17f || (c >= 0xd800 && c <= 0xdfff);
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Flags of a word's character other than its first: PLAIN when it is one, EXOTIC when it is one. */
function charFlags(c: number): number {
  if (c < 128) return isAsciiPlain(c) ? PLAIN : 0;
  if (isExotic(c)) return EXOTIC;
  return isPlainCode(c) ? PLAIN : 0;
}

/** The words of text[from, to). */
export function readWords(text: string, from: number, to: number): SentenceWords {
  const start: number[] = [];
  const end: number[] = [];
  const flags: number[] = [];
  let i = from;
  while (i < to) {
    let c = codeAt(text, i);
    if (c < 128 ? isAsciiSpace(c) : isWhitespace(c)) {
      i++;
      continue;
    }
    start.push(i);
    const capital = (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
    // PLAIN stays while every character is plain; EXOTIC comes with any one character.
    let plain = PLAIN;
    let exotic = 0;
    for (; i < to; i++) {
      c = codeAt(text, i);
      if (c < 128 ? isAsciiSpace(c) : isWhitespace(c)) break;
      const f = charFlags(c);
      plain &= f;
      exotic |= f & EXOTIC;
    }
    end.push(i);
    flags.push((capital ? CAPITALISED : 0) | plain | exotic);
  }
  return { count: start.length, start, end, flags, lower: new Array(start.length), text };
}

/** Word w lower-cased. */
export function lowerWord(words: SentenceWords, w: number): string {
  const known = words.lower[w];
  if (known !== undefined) return known;
  const lower = words.text.slice(words.start[w], words.end[w]).toLowerCase();
  words.lower[w] = lower;
  return lower;
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
