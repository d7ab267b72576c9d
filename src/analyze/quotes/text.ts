// Characters and words, read with hand loops over character codes: these run for every word or candidate frame.

/**
 * s.charCodeAt(i), the method called straight from String.prototype. These helpers are handed strings of every
 * representation V8 has (slices, joins, concatenations; one- and two-byte), so looking `charCodeAt` up on each
 * is a megamorphic property load: 4–7× slower in a loop than this call (2026-12-05, microbenchmark).
 */
export const codeAt = (s: string, i: number): number => String.prototype.charCodeAt.call(s, i);

/** A letter of any script (one UTF-16 unit). */
export const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/** Whitespace as a regular expression's \s reads it. */
export const isWhitespace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
/**
 * The letters right before the whitespace that ends text[from, to), or '' where there are none: what
 * /([\p{L}]+)\s*$/u finds in the slice (a letter beyond the BMP read as one), without trying it at every start.
 */
export function lettersBeforeEnd(text: string, from: number, to: number): string {
  let end = Math.min(to, text.length);
  while (end > from && isWhitespace(codeAt(text, end - 1))) end--;
  let i = end;
  while (i > from) {
    const c = codeAt(text, i - 1);
    const pairStart = i - 2 >= from && c >= 0xdc00 && c <= 0xdfff ? codeAt(text, i - 2) : 0;
    if (pairStart >= 0xd800 && pairStart <= 0xdbff) {
      if (!/\p{L}/u.test(text.slice(i - 2, i))) break;
      i -= 2;
    } else if (isLetter(c)) i--;
    else break;
  }
  return text.slice(i, end);
}
/** No closure made per call: under tsx each named inner function is also given its name at run time. */
const isWhitespaceOrHyphen = (c: number): boolean => isWhitespace(c) || c === 45;
/**
 * s.split(/\s+/, limit) (with `hyphens`: s.split(/[\s-]+/, limit)), read from the codes: the same parts, empty ones
 * at either end included, without the pattern object a split makes on every call.
 */
export function splitAtSpaces(s: string, limit = Number.POSITIVE_INFINITY, hyphens = false): string[] {
  const parts: string[] = [];
  if (limit === 0) return parts;
  const isSeparator = hyphens ? isWhitespaceOrHyphen : isWhitespace;
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (!isSeparator(codeAt(s, i))) {
      i++;
      continue;
    }
    parts.push(s.slice(start, i));
    if (parts.length === limit) return parts;
    while (i < n && isSeparator(codeAt(s, i))) i++;
    start = i;
  }
  parts.push(s.slice(start));
  return parts;
}
/**
 * Whether text[from, to) holds nothing but whitespace, straight double quotes and masked quotations ("~"): what
 * /^[\s"~]*$/ asks of the slice, without cutting it out.
 */
export const onlySpacesAndQuotes = (text: string, from: number, to: number): boolean => {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = codeAt(text, i);
    if (c !== 34 && c !== 126 && !isWhitespace(c)) return false;
  }
  return true;
};
/**
 * The code of the last character of text[from, end) that is not whitespace, or -1: what a pattern such as
 * /,\s*$/ asks of a slice, without the slice, and without trying the pattern at every comma.
 */
export const lastNonSpaceCode = (text: string, from: number, end: number): number => {
  let i = end;
  while (i > from && isWhitespace(codeAt(text, i - 1))) i--;
  return i > from ? codeAt(text, i - 1) : -1;
};
/** A–Z, a–z, 0–9 and _: a word character as a pattern's \b reads it (without the u flag). */
const isPatternWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** /\bword\s*$/.test(text.slice(from, end)) for a word of pattern word characters, without the slice. */
export const endsWithWord = (text: string, from: number, end: number, word: string): boolean => {
  let i = end;
  while (i > from && isWhitespace(codeAt(text, i - 1))) i--;
  const at = i - word.length;
  return at >= from && text.startsWith(word, at) && (at === from || !isPatternWordChar(codeAt(text, at - 1)));
};
/** End of the word that follows whitespace at `from`, both within `limit`; -1 when there is none. */
export const nextWordEnd = (text: string, from: number, limit: number): number => {
  const end = Math.min(limit, text.length);
  let j = from;
  while (j < end && isWhitespace(codeAt(text, j))) j++;
  if (j === from) return -1;
  let k = j;
  while (k < end && isLetter(codeAt(text, k))) k++;
  return k > j ? k : -1;
};
/** Start of the word ending at `end`, which follows whitespace after `from`. */
export const lastSpace = (text: string, from: number, end: number): number => {
  let j = end;
  while (j > from && !isWhitespace(codeAt(text, j - 1))) j--;
  return j;
};

/** 0 to 9. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * s.toLowerCase(), without the call where s has no capital nor any letter past ASCII (most words asked: "said",
 * "the"): a word cut from an article with curly quotes is a two-byte string, which V8 lower-cases through ICU at
 * some hundred instructions a call, however plain the word.
 */
export const lowerCased = (s: string): string => {
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
};

/**
 * The last index at or after `from` and at or before `to` where text has the character code `code`, or -1: a
 * lastIndexOf that stops at `from` (String.prototype.lastIndexOf is a runtime call in V8, and reads on to the
 * text's start where the character is not near).
 */
export const lastCodeBetween = (text: string, code: number, from: number, to: number): number => {
  for (let i = Math.min(to, text.length - 1); i >= from; i--) if (codeAt(text, i) === code) return i;
  return -1;
};

/** A to Z, either case. */
export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The last word of s, titles' full stops, apostrophes and hyphens included ("Sen.", "O’Rourke"). */
export const lastWord = (s: string): string => {
  let i = s.length;
  for (; i > 0; i--) {
    const c = codeAt(s, i - 1);
    const ok =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      c === 39 ||
      c === 46 ||
      c === 45 ||
      c === 0x2019 ||
      (c > 127 && /\p{L}/u.test(s[i - 1]));
    if (!ok) break;
  }
  return s.slice(i);
};

/** The spaces that separate words in news text. */
export const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\u00a0';
/** isSpace of a character code. */
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 160;
/**
 * The end of s that holds its last k whitespace-separated words and the space before them. A pattern anchored at
 * the end that spans at most k words finds the same match there, trying a few starts instead of every one.
 */
export const lastWords = (s: string, k: number): string => {
  let i = s.length;
  for (let t = 0; t < k; t++) {
    while (i > 0 && isSpaceCode(codeAt(s, i - 1))) i--;
    while (i > 0 && !isSpaceCode(codeAt(s, i - 1))) i--;
    if (i === 0) return s;
  }
  return s.slice(i - 1);
};

/** A character of a word in a heading: letters, apostrophes and hyphens. */
export const isWordPart = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 39 ||
  c === 45 ||
  c === 0x2019 ||
  (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
/**
 * A heading line: 4 to 25 words (letters, apostrophes, hyphens), ≥ 80% of those of 4+ characters capitalised. The
 * line is text[from, to) (all of it by default), read in place: a slice's codes are read through its parent.
 */
export const looksTitleCase = (text: string, from = 0, to = text.length): boolean => {
  let words = 0;
  let long = 0;
  let capitalised = 0;
  const n = Math.min(to, text.length);
  for (let i = from; i < n; ) {
    if (!isWordPart(codeAt(text, i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordPart(codeAt(text, i))) i++;
    if (++words > 25) return false;
    if (i - start >= 4) {
      long++;
      const c = codeAt(text, start);
      if (c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[start])) capitalised++;
      // At most 25 words, so more than 5 lowercase long ones already rule the line out.
      else if (long - capitalised > 5) return false;
    }
  }
  return words >= 4 && capitalised >= 0.8 * long;
};
/** Curly quotes, dashes and no-break spaces: the non-ASCII characters news text is full of, none a letter. */
export const isPunctuationOrSpace = (c: number): boolean => c === 0xa0 || (c >= 0x2000 && c <= 0x206f);
/**
 * Words (runs of letters or digits), counted up to cap: callers compare with a small number, and content spans
 * can be long. A hand loop, as this runs for every candidate frame.
 */
/** Whether s[i] is part of a word as wordCount reads words: a letter or a digit (one UTF-16 unit). */
const isWordCharAt = (s: string, i: number): boolean => {
  const c = codeAt(s, i);
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c > 127 && !isPunctuationOrSpace(c) && /[\p{L}\p{N}]/u.test(s[i]))
  );
};

export const wordCount = (s: string, cap = Number.POSITIVE_INFINITY): number => {
  let n = 0;
  let inWord = false;
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const word = isWordCharAt(s, i);
    if (word && !inWord && ++n >= cap) return n;
    inWord = word;
  }
  return n;
};

/** Where the run /"~*"?/ that opens at text[at] (a straight double quote) ends, at `end` at most. */
export function quoteRunEnd(text: string, at: number, end: number): number {
  let j = at + 1;
  while (j < end && codeAt(text, j) === 126) j++;
  return j < end && codeAt(text, j) === 34 ? j + 1 : j;
}

/**
 * wordCount(text.slice(start, end).replace(/"~*"?/g, gap ? ' ' : ''), cap), read in place in the quote-masked
 * text: each masked quotation (a straight quote, its tildes, the closing quote) is left out, the words either side
 * joining as the deletion would join them, or with `gap` it parts them as a space would. No slice or rewritten
 * copy of the text is made (this runs for every frame with a quotation).
 */
export function wordCountOutsideQuotes(
  text: string,
  start: number,
  end: number,
  cap: number,
  gap: boolean,
): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; ) {
    if (codeAt(text, i) === 34) {
      i = quoteRunEnd(text, i, end);
      if (gap) inWord = false;
      continue;
    }
    const word = isWordCharAt(text, i);
    if (word && !inWord && ++n >= cap) return n;
    inWord = word;
    i++;
  }
  return n;
}

/** A space within a line; a no-break space counts, as scraped pages are full of them ("too long.\u00a0About 270 …"). */
export const isInlineSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';
/** Marks that may close a quotation before the space that follows its sentence. */
const CLOSING_MARKS = '"”’\'';

/**
 * Whether the quotation opening at `open` starts its sentence: nothing but space before it on its line, or the
 * end of a sentence ("… in 2009. “The reason …”").
 */
export function quoteOpensSentence(text: string, open: number): boolean {
  let k = open;
  while (k > 0 && isInlineSpace(text[k - 1])) k--;
  if (k === 0 || codeAt(text, k - 1) === 10) return true;
  // A closing quotation mark after the full stop: "… he said.” “Next …". (Reads stay within the text: one out of
  // range deoptimizes the caller.)
  let e = k;
  while (e > 0 && CLOSING_MARKS.includes(text[e - 1])) e--;
  if (e === 0) return false;
  const c = codeAt(text, e - 1);
  return k < open && (c === 46 || c === 33 || c === 63);
}

/**
 * Whether a paragraph opens with a hyphen and then a space or a capital, as /\n\s*-(?:[ \t]|[A-Z])/ reads it: a
 * look after each newline, where the pattern was tried at every character of the article.
 */
export function hasParagraphHyphen(text: string): boolean {
  const n = text.length;
  let i = text.indexOf('\n');
  while (i >= 0) {
    let k = i + 1;
    while (k < n && isWhitespace(codeAt(text, k))) k++;
    if (k + 1 < n && codeAt(text, k) === 45) {
      const c = codeAt(text, k + 1);
      if (c === 32 || c === 9 || (c >= 65 && c <= 90)) return true;
    }
    // Any newline among the spaces just passed leads to the same character k.
    i = text.indexOf('\n', k);
  }
  return false;
}

/**
 * Whether the text holds a dash (―, — or –). One character class, not three includes: on two-byte text (most
 * articles, with their curly quotes) each includes of a character above Latin-1 walks the whole text, and the
 * three took ~5× the pattern's time (dev, 2026-12-05: 3.1 against 0.6 µs an article; the includes had been chosen
 * by instruction counts).
 */
const DASH_RE = /[–—―]/;
export const hasDash = (text: string): boolean => DASH_RE.test(text);
