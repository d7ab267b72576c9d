// The words and punctuation marks of a stretch of text, as opening-subjects.ts reads a clause's opening phrase.
//
// A scan over character codes that finds exactly what the regular expression
// /[\p{L}\p{N}$][\p{L}\p{N}.’'&$-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:"~()—–]|(?<=\s)-+(?=\s)/gu found, read from
// `from` while its matches end by `to`: that expression, run once or more per cue over the sentence before the verb,
// took most of the opening phrase's time (qspeed39).

export interface Word {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/;

/** \p{L} or \p{N}: ASCII by its code, anything else by the pattern. */
function letterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(c));
}

/** \s of a character code. */
function space(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(String.fromCharCode(c));
}

/** What may join letters inside a word: . ’ ' & $ - */
const joiner = (c: number): boolean =>
  c === 46 || c === 0x2019 || c === 39 || c === 38 || c === 36 || c === 45;

/** A mark that is a word of its own: , ; : " ~ ( ) — – */
const mark = (c: number): boolean =>
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 34 ||
  c === 126 ||
  c === 40 ||
  c === 41 ||
  c === 0x2014 ||
  c === 0x2013;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * The words of [from, to): a run of letters, digits and joiners from a letter, digit or "$" to its last letter or
 * digit; a lone letter or digit; one of the marks; or hyphens set off by spaces, which stand for a dash ("Some
 * measures - deemed weak - have …"). Stops at the first word that would end past `to`.
 */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const n = text.length;
  // (In unicode mode the expression read a surrogate pair whole from its second half.)
  let p =
    from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))
      ? from - 1
      : from;
  while (p < to) {
    const c = text.codePointAt(p) as number;
    const width = c > 0xffff ? 2 : 1;
    const letter = letterOrDigit(c);
    let end = -1;
    if (letter || c === 36) {
      // The longest run of word characters, cut back to its last letter or digit.
      let lastEnd = -1;
      for (let q = p + width; q < n; ) {
        const d = text.codePointAt(q) as number;
        const dWidth = d > 0xffff ? 2 : 1;
        if (letterOrDigit(d)) lastEnd = q + dWidth;
        else if (!joiner(d)) break;
        q += dWidth;
      }
      end = lastEnd > 0 ? lastEnd : letter ? p + width : -1;
    } else if (mark(c)) end = p + 1;
    else if (c === 45 && p > 0 && space(text.charCodeAt(p - 1))) {
      let q = p + 1;
      while (q < n && text.charCodeAt(q) === 45) q++;
      if (q < n && space(text.charCodeAt(q))) end = q;
    }
    if (end < 0) {
      p += width;
      continue;
    }
    if (end > to) break;
    out.push({ text: text.slice(p, end), start: p, end });
    p = end;
  }
  return out;
}
