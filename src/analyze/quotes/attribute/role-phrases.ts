// The role phrase ending a subject ("the former Ohio governor", "a No 10 spokesman"), read backwards from the
// sentence's words instead of a pattern tried at every start of the text before the verb.

import { ROLE_HEADS } from '../lexicon.js';
import { codeAt, isLetter } from '../text.js';
import type { Finder } from './finder.js';
import {
  EXOTIC,
  isPlainCode,
  lastWordBefore,
  lowerWord,
  PLAIN,
  type SentenceWords,
  wordsSpanning,
} from './sentence-words.js';

/** A role phrase: its start, its determiner (as written, if any), the words between, and the role's head. */
export interface RolePhrase {
  start: number;
  det: string | undefined;
  mods: string;
  head: string;
}

/** The heads as written out: "vice[- ]president" stands for "vice-president" and "vice president". */
const HEADS = new Set(
  ROLE_HEADS.split('|').flatMap((alternative) =>
    alternative
      .split(/(\[[^\]]*\])/)
      .reduce<string[]>(
        (forms, part) =>
          forms.flatMap((f) => (part.startsWith('[') ? [...part.slice(1, -1)] : [part]).map((o) => f + o)),
        [''],
      ),
  ),
);

const LONGEST_HEAD = Math.max(...[...HEADS].map((h) => h.length));

/** The last word of each head, letters a-z only ("minister" of "prime minister"): a role phrase ends in one. */
export const ROLE_LAST = new Set(
  ROLE_HEADS.replace(/\[[^\]]*\]/g, ' ')
    .split('|')
    .map((h) =>
      h
        .split(/\s+/)
        .pop()!
        .replace(/[^a-z]/g, ''),
    ),
);

const DETERMINERS = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that'];

/**
 * Words that cannot sit inside a role phrase, so "after the European bloc" reads as "the European bloc". A number
 * may ("A No 10 spokesman").
 */
const MODIFIER_STOPS =
  'after before with of to in on for by from and or but that as at when while than said says told added is was has had have the a an'.split(
    ' ',
  );

/**
 * What the walk reads, as a pattern: the phrase starting leftmost (a determiner, up to three modifiers, a head) that
 * ends at the end. Text the walk does not read (letters beyond the BMP, the long s, which case folding reads as
 * "s") is still given to it.
 */
const ROLE_NP_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(${DETERMINERS.join('|')})\\s+)?((?:(?!(?:${MODIFIER_STOPS.join('|')})\\s)[\\p{L}\\p{N}.’'-]+\\s+){0,3}?)(${ROLE_HEADS}))$`,
  'iu',
);

const DETERMINER_SET = new Set(DETERMINERS);
const STOP_SET = new Set(MODIFIER_STOPS);

const isLetterOrNumber = (c: number): boolean =>
  isLetter(c) || (c >= 48 && c <= 57) || (c > 127 && /\p{N}/u.test(String.fromCharCode(c)));

/** The role phrase ending at x, starting at `from` or after it. */
export function rolePhraseEndingAt(fx: Finder, from: number, x: number): RolePhrase | null {
  const words = wordsSpanning(fx, from, x);
  const last = lastWordBefore(words, x);
  let first = lastWordBefore(words, from + 1);
  if (first < 0 || words.end[first] <= from) first++;
  for (let w = first; w <= last; w++) if ((words.flags[w] & EXOTIC) !== 0) return fromPattern(fx, from, x);
  // The leftmost start first, as the pattern tries them: where a word starts, or after a mark within it.
  for (let w = first; w <= last; w++) {
    const hi = Math.min(words.end[w], x);
    for (let g = Math.max(from, words.start[w]); g < hi; g++) {
      if (g > from && isLetterOrNumber(codeAt(fx.masked, g - 1))) continue;
      const found = phraseAt(fx.masked, words, w, g, last, x);
      if (found) return found;
    }
  }
  return null;
}

/** The phrase from g (within word w) to x: a determiner where there is one, then the fewest modifiers before a head. */
function phraseAt(
  text: string,
  words: SentenceWords,
  w: number,
  g: number,
  last: number,
  x: number,
): RolePhrase | null {
  let det: string | undefined;
  let k = w;
  let at = g;
  if (w < last && words.end[w] < x && DETERMINER_SET.has(wordFrom(text, words, w, g))) {
    det = text.slice(g, words.end[w]);
    k = w + 1;
    at = words.start[k];
  }
  const modsStart = at;
  for (let n = 0; ; n++) {
    if (x - at <= LONGEST_HEAD && HEADS.has(text.slice(at, x).toLowerCase()))
      return { start: g, det, mods: text.slice(modsStart, at), head: text.slice(at, x) };
    // A modifier: a whole word of letters, digits and . ’ ' -, not a stop word, with a space after it.
    if (n === 3 || k >= last || words.end[k] >= x) return null;
    if (!plainFrom(text, words, k, at) || STOP_SET.has(wordFrom(text, words, k, at))) return null;
    k++;
    at = words.start[k];
  }
}

/** Word w from `at` on, lower-cased. */
const wordFrom = (text: string, words: SentenceWords, w: number, at: number): string =>
  at === words.start[w] ? lowerWord(words, w) : text.slice(at, words.end[w]).toLowerCase();

/** Whether word w from `at` on is made of letters, digits and . ’ ' - only. */
function plainFrom(text: string, words: SentenceWords, w: number, at: number): boolean {
  if (at === words.start[w] || (words.flags[w] & PLAIN) !== 0) return (words.flags[w] & PLAIN) !== 0;
  for (let i = at; i < words.end[w]; i++) if (!isPlainCode(codeAt(text, i))) return false;
  return true;
}

function fromPattern(fx: Finder, from: number, x: number): RolePhrase | null {
  const rn = ROLE_NP_RE.exec(fx.masked.slice(from, x));
  return rn ? { start: x - rn[1].length, det: rn[2], mods: rn[3] ?? '', head: rn[4] } : null;
}
