// Tests on words, clauses and outlet names that several stages share: functions of a string alone.

import { hasApostrophe, onlyPlainWordChars } from '../gates.js';
import { nationalityOf } from '../lexicon.js';
import { isAbbreviation } from '../sentences.js';
import { codeAt, splitAtSpaces } from '../text.js';
import { CHANGE_PASTS } from '../verb-forms.js';
import { AGENCY_SET, CONTRACTED_PRONOUN_RE, FINITE, OUTLET_WORD } from './patterns.js';

const CLAUSE_HEAD_STOP_RE = /[;:.]/g;

/**
 * Where the words read for a clause end: the first ";", ":" or full stop, but not a title's or an initial's dot
 * ("suggest Mr. Trump is conducting …", "said U.S. troops would stay" read on to their verb).
 */
function clauseHeadEnd(text: string): number {
  CLAUSE_HEAD_STOP_RE.lastIndex = 0;
  for (let m = CLAUSE_HEAD_STOP_RE.exec(text); m; m = CLAUSE_HEAD_STOP_RE.exec(text))
    if (text.charCodeAt(m.index) !== 46 || !isAbbreviation(text, m.index)) return m.index;
  return -1;
}

export const looksLikeClause = (text: string): boolean => {
  const stop = clauseHeadEnd(text);
  const head = stop < 0 ? text : text.slice(0, stop);
  if (/^[^,]{0,60}"~/.test(head)) return true;
  // Only the first 16 words are read; a leading space splits off one empty word more.
  const words = splitAtSpaces(head, 18).filter((w) => w !== '');
  // "he’s staying", "they’ll vote": a pronoun with its auxiliary run into it opens a clause.
  if (words.length > 1 && hasApostrophe(words[0]) && CONTRACTED_PRONOUN_RE.test(words[0].toLowerCase()))
    return true;
  for (let i = 1; i < words.length && i < 16; i++) {
    // "they don’t expect": curly apostrophes spell the same verbs.
    const w = onlyPlainWordChars(words[i])
      ? words[i]
      : words[i].replace(/[^\p{L}’'-]/gu, '').replace(/’/g, "'");
    // "revenue rose 8%": a verb of change in the past (only those; CHANGE_PASTS says why).
    if (FINITE.test(w) || CHANGE_PASTS.has(w)) return true;
    // The two patterns below need a word of four letters or more ending in "d" or "s": most words are neither.
    const last = w.length >= 4 ? codeAt(w, w.length - 1) : 0;
    if (
      (last === 100 || last === 115) &&
      /^[\p{Ll}]{3,}(?:ed|es)$/u.test(w) &&
      !/^(?:the|a|an|its|his|her|their|this|that)$/i.test(words[i - 1])
    )
      return true;
    if (
      last === 115 &&
      /^[\p{Ll}]{3,}s$/u.test(w) &&
      !/(?:ss|us|is|ics)$/.test(w) &&
      /^(?:[\p{L}-]+)$/u.test(words[i - 1]) &&
      !/^(?:the|a|an|its|his|her|their|this|that|of|in|on|for|to|with)$/i.test(words[i - 1])
    )
      return true;
    // "believe this provides …", "thinks that helps …": a demonstrative opening the words, then a verb in "-s".
    if (
      i === 1 &&
      last === 115 &&
      /^(?:this|that)$/i.test(words[0]) &&
      /^\p{Ll}{3,}[^s]s$/u.test(w) &&
      !NOT_A_VERB_AFTER_THIS.test(w)
    )
      return true;
  }
  return false;
};

/** Nouns in "-s" a demonstrative takes: "this news", "that series". */
const NOT_A_VERB_AFTER_THIS =
  /^(?:news|series|species|lens|ethos|chaos|bus|gas|plus|campus|bonus|status|focus|census|virus|process|analysis|crisis|basis|thesis|emphasis|politics|economics|physics|ethics)$/;

/** Strips outlet furniture so "Russia’s Interfax news agency" reads "Interfax". */
export function outletName(np: string): string {
  let s = np.trim().replace(/^the\s+/i, '');
  const poss = s.match(/^([\p{L}.]+)(?:’s|'s|’|')\s+/u);
  if (poss && nationalityOf(poss[1])) s = s.slice(poss[0].length);
  const nat = s.match(/^([\p{L}.]+)\s+/u);
  if (nat && nationalityOf(nat[1]) && /[A-Z]/.test(s.slice(nat[0].length, nat[0].length + 1)))
    s = s.slice(nat[0].length);
  s = s.replace(/\s+(?:news agency|agency|news service|newspaper|daily|website)$/i, '');
  // "…, the ministry said in a statement carried by IRNA.": the sentence's full stop, not an abbreviation's
  // ("U.S.", "Inc.").
  s = s.trim().replace(/(^|\s)(?!(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros)\.$)([\p{L}’'-]{2,})\.$/u, '$1$2');
  return s;
}

export const isOutletLike = (name: string): boolean =>
  AGENCY_SET.has(name.toLowerCase()) || OUTLET_WORD.test(name);
