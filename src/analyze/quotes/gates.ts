// Cheap looks at a character or two that prove a pattern cannot match, so that the pattern runs only on the few
// inputs that may. The cue path tries ~120,000 patterns a dev pass (~1,400 an article), most of them anchored at one
// end and failing on the first character past the spaces; each call costs far more than the look.
//
// Each gate is a necessary condition of its pattern (named in its comment), or the pattern's exact answer where it
// says so: a gate that answers false where its pattern would match changes output, which gates.test.ts guards.

import { codeAt, isDigitCode, isWhitespace, lettersBeforeEnd, lowerCased } from './text.js';

/** The code of s's first character past whitespace (and, with `quotes`, straight double quotes and "~"), or -1. */
export const firstCodePast = (s: string, quotes = false): number => {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
    if (isWhitespace(c) || (quotes && (c === 34 || c === 126))) continue;
    return c;
  }
  return -1;
};

/**
 * A–Z to a–z; any other code unchanged. A case-insensitive pattern without the u flag matches an ASCII letter only
 * with an ASCII letter ("ſ" and the Kelvin sign fold to A–Z only under u), so this is all its folding of them.
 */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Needed by /^[\s"~]*(?:(?:when|after|before|if)\s+)?(?:asked|pressed|questioned)\s/i (ASKED_RE). */
export const mayOpenAsked = (s: string): boolean => {
  const c = lowerAscii(firstCodePast(s, true));
  return c === 97 || c === 98 || c === 105 || c === 112 || c === 113 || c === 119;
};

/**
 * Needed by /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s…/i (AS_OPENING_RE, AS_THEN_TITLES_RE); an opening
 * bracket ("(As Gupta noted at the time, …)") lets the pattern decide.
 */
export const mayOpenAs = (s: string): boolean => {
  const c = lowerAscii(firstCodePast(s, true));
  return c === 97 || c === 98 || c === 115 || c === 121 || c === 40;
};

/** Needed by /[,—–]\s*as\s+$/i (AS_ASIDE_RE): "as", then whitespace, ends s. */
export const endsInSpacedAs = (s: string): boolean => {
  let i = s.length;
  while (i > 0 && isWhitespace(codeAt(s, i - 1))) i--;
  return (
    i < s.length && i >= 2 && lowerAscii(codeAt(s, i - 1)) === 115 && lowerAscii(codeAt(s, i - 2)) === 97
  );
};

/** Needed by /^(?:declin|reject|endors|den(?:y|ie[sd]))/i: a d, r or e first. */
export const mayOpenShortObjectCue = (s: string): boolean => {
  const c = lowerAscii(s.length > 0 ? codeAt(s, 0) : -1);
  return c === 100 || c === 101 || c === 114;
};

/** Needed by /^\s+(?:by|as|in|on|at|during|after|before)\s/: whitespace, then a, b, d, i or o. */
export const mayOpenTimePreposition = (s: string): boolean => {
  if (s.length === 0 || !isWhitespace(codeAt(s, 0))) return false;
  const c = firstCodePast(s);
  return c === 97 || c === 98 || c === 100 || c === 105 || c === 111;
};

const CONTENT_NEXT_RE = /^(?:\s+|\s*:\s*)[\p{L}\p{N}"]/u;
/**
 * Exactly CONTENT_NEXT_RE.test(s) (whitespace or a colon, then a letter, a digit or a double quote), read from the
 * codes where the character there is ASCII.
 */
export const contentFollows = (s: string): boolean => {
  const n = s.length;
  let i = 0;
  while (i < n && isWhitespace(codeAt(s, i))) i++;
  if (i < n && codeAt(s, i) === 58) {
    i++;
    while (i < n && isWhitespace(codeAt(s, i))) i++;
  } else if (i === 0) return false;
  if (i >= n) return false;
  const c = codeAt(s, i);
  if (c >= 128) return CONTENT_NEXT_RE.test(s);
  return c === 34 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};

const OPENS_UPPER_RE = /^[\p{Lu}]/u;
/** Exactly /^[\p{Lu}]/u.test(s), read from the code where s opens with an ASCII character. */
export const opensUpper = (s: string): boolean => {
  if (s.length === 0) return false;
  const c = codeAt(s, 0);
  if (c < 128) return c >= 65 && c <= 90;
  return OPENS_UPPER_RE.test(s);
};

/** Whether every character of s is a–z: then s.replace(/[^a-z]/g, '') is s itself. */
export const onlyLowerAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

/** Whether every character of s is A–Z, a–z, a straight apostrophe or a hyphen (no ’ to respell, nothing to drop). */
export const onlyPlainWordChars = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) return false;
  }
  return true;
};

/** Needed by any pattern that asks for ['’] in s. */
export const hasApostrophe = (s: string): boolean => s.includes("'") || s.includes('’');

/** Exactly /[.;:!?"“”()]$/.test(s): s ends in a stop, a quotation mark or a bracket. */
export const endsInStopOrMark = (s: string): boolean => {
  if (s.length === 0) return false;
  const c = codeAt(s, s.length - 1);
  return (
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 40 ||
    c === 41
  );
};

/**
 * Needed by a wire dateline at text[at] (DATELINE_RE of datelines.ts): a capital, then either a capital, a full
 * stop, an apostrophe or a hyphen (a place in capitals: "WASHINGTON", "ST. LOUIS"), or lowercase letters, as a
 * month's ("Nov. 3 (Reuters) -") or a place's in title case, whose capitalised words run on to a comma or to its
 * agency's bracket ("Washington (AFP) –", "Port Ellis, Ore. (AP) —").
 */
export const mayOpenDateline = (text: string, at: number): boolean => {
  const n = text.length;
  if (at + 1 >= n) return false;
  const c = codeAt(text, at);
  if (c < 65 || c > 90) return false;
  const d = codeAt(text, at + 1);
  if ((d >= 65 && d <= 90) || d === 46 || d === 39 || d === 0x2019 || d === 45) return true;
  if (d < 97 || d > 122) return false;
  return mayGoOnAsMonthDay(text, at) || mayGoOnAsTitlePlace(text, at);
};

/** A month's lowercase letters after text[at] (two to eight), an optional full stop, a space or tab, and a digit. */
const mayGoOnAsMonthDay = (text: string, at: number): boolean => {
  const n = text.length;
  let j = at + 1;
  while (j < n && j - at <= 9) {
    const c = codeAt(text, j);
    if (c < 97 || c > 122) break;
    j++;
  }
  const letters = j - at - 1;
  if (letters < 2 || letters > 8) return false;
  if (j < n && codeAt(text, j) === 46) j++;
  const spaces = j;
  while (j < n && (codeAt(text, j) === 32 || codeAt(text, j) === 9)) j++;
  return j > spaces && j < n && isDigitCode(codeAt(text, j));
};

/**
 * Capitalised words from text[at] on, each of lowercase letters, full stops, apostrophes or hyphens after its
 * capital, then a comma (a state or date follows) or an opening bracket (the agency): a title-case place's shape.
 */
const mayGoOnAsTitlePlace = (text: string, at: number): boolean => {
  const n = text.length;
  let j = at + 1;
  for (;;) {
    while (j < n && isTitleWordCode(codeAt(text, j))) j++;
    while (j < n && (codeAt(text, j) === 32 || codeAt(text, j) === 9)) j++;
    if (j >= n) return false;
    const c = codeAt(text, j);
    if (c === 40 || c === 44) return true;
    if (c < 65 || c > 90) return false;
    j++;
  }
};

/** A letter a title-case place's word goes on with after its capital: a–z . ' ’ - */
const isTitleWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 0x2019 || c === 45;

/** How many whitespace characters open s: the length of what the pattern ^\s* matches there. */
export const leadingSpaces = (s: string): number => {
  let i = 0;
  while (i < s.length && isWhitespace(codeAt(s, i))) i++;
  return i;
};

const OPENS_LOWER_RE = /^\p{Ll}/u;
/** Exactly /^\p{Ll}/u.test(s), read from the code where s opens with an ASCII character. */
export const opensLower = (s: string): boolean => {
  if (s.length === 0) return false;
  const c = codeAt(s, 0);
  if (c < 128) return c >= 97 && c <= 122;
  return OPENS_LOWER_RE.test(s);
};

/** Exactly /[\s,]/.test(ch) for the character of code c (NaN, past a string's end, is neither). */
export const isWhitespaceOrComma = (c: number): boolean => c === 44 || isWhitespace(c);

const SPACES_BEFORE_WORD_RE = /^\s+(?=[\p{L}\p{N}"])/u;
/**
 * The length of what /^\s+(?=[\p{L}\p{N}"])/u matches in s (whitespace, then a letter, a digit or a double quote),
 * or -1 where it does not match; read from the codes where the character after the spaces is ASCII.
 */
export const spacesBeforeWord = (s: string): number => {
  const k = leadingSpaces(s);
  if (k === 0 || k >= s.length) return -1;
  const c = codeAt(s, k);
  if (c >= 128) return SPACES_BEFORE_WORD_RE.test(s) ? k : -1;
  return c === 34 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? k : -1;
};

/** A hyphen, an em dash or an en dash: needed by patterns such as /(?:\s-|[—–])\s*$/ at the last non-space. */
export const isDashCode = (c: number): boolean => c === 45 || c === 0x2014 || c === 0x2013;

const TIME_PREPOSITION_RE = /^\s+(?:by|in|on|at|during|after|before)\s/;
/** Exactly TIME_PREPOSITION_RE.test(s) ("… by", "… in", "… during"), the pattern run only past the gate. */
export const startsWithTimePreposition = (s: string): boolean =>
  mayOpenTimePreposition(s) && TIME_PREPOSITION_RE.test(s);

// Gates for patterns anchored at the end ("…\s+$"): such a pattern is tried at every start of its input, so even a
// failing call reads the whole tail many times over (dev: ~10 µs a call for WORD_THEN_THAT_RE on ~45 characters).

/**
 * Needed by /…\s+that\s*$/ (WORD_THEN_THAT_RE) and /…\s+be\s+$/ (MODAL_BE_RE): past s's trailing whitespace, s
 * ends in `word` (as written: the patterns have no i flag), whitespace right before it.
 */
export const endsInSpacedWord = (s: string, word: string): boolean => {
  let i = s.length;
  while (i > 0 && isWhitespace(codeAt(s, i - 1))) i--;
  const at = i - word.length;
  return at > 0 && s.startsWith(word, at) && isWhitespace(codeAt(s, at - 1));
};

/** The forms of "be" and the adverbs that PROGRESSIVE_BEFORE_RE lets end its chain ("-ly" adverbs aside). */
const BE_CHAIN_WORDS = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'be',
  'am',
  'also',
  'still',
  'now',
  'not',
  'already',
  'just',
]);

/**
 * Needed by /(?:^|[^\p{L}’'])(?:is|are|was|were|been|be|am)\s+(?:(?:also|…|\p{Ll}+ly)\s+)*$/u
 * (PROGRESSIVE_BEFORE_RE): whitespace ends s, and the letters before it are a form of "be" or an adverb of its
 * chain. (In a match the last word follows whitespace or no letter, so it is all the letters there.)
 */
export const mayEndInBeChain = (s: string): boolean => {
  if (s.length === 0 || !isWhitespace(codeAt(s, s.length - 1))) return false;
  const w = lettersBeforeEnd(s, 0, s.length);
  return BE_CHAIN_WORDS.has(w) || (w.length >= 3 && w.endsWith('ly'));
};

/** The professions of PROFESSION_BEFORE_RE (speakers.ts). */
const PROFESSIONS = new Set(['analyst', 'economist', 'strategist', 'professor']);

/**
 * Needed by /(?:^|[^\p{L}])(analyst|economist|strategist|professor)\s+$/iu (PROFESSION_BEFORE_RE): whitespace ends
 * s, and the letters before it are one of the words in either case; letters beyond ASCII let the pattern decide
 * (under u, "ſ" folds to "s").
 */
export const mayEndInProfession = (s: string): boolean => {
  if (s.length === 0 || !isWhitespace(codeAt(s, s.length - 1))) return false;
  const w = lettersBeforeEnd(s, 0, s.length);
  return PROFESSIONS.has(lowerCased(w)) || /[^\x00-\x7f]/.test(w);
};

/**
 * Needed by /…\([RDI](?:-[^()"~]{1,30})?\)$/u (PARTY_TAGGED_NAME_RE, subject-fixes.ts): a closing bracket ends s.
 */
export const endsInBracket = (s: string): boolean => s.length > 0 && codeAt(s, s.length - 1) === 41;
