// What the checks on a cue ask of its word alone, worked out once for each word. A pass over the articles meets the
// same few hundred cue words again and again ("said", "told", "warned" …), and each check ran its pattern on the
// word at every cue (dev: ~21,600 tests a pass on 386 distinct words).

import {
  ADDRESSED_PASSIVE_RE,
  APPOINTED_PASSIVE_RE,
  HOPES_OR_FEARS_RE,
  REPORTED_ADVERB_RE,
} from './cue-patterns.js';

/** Verbs that take slogans as their object: "chanted", "shouted", "raised slogans" (Indian English). */
const SLOGANS_VERB_RE = /^(?:chant|shout|rais|yell|scream|sang|sing)/i;

/**
 * Passive participles that tell how the subject is seen, named or charged ("Pigs are considered unclean", "Manafort is
 * not known as a debate prep expert", "Three city commissioners were charged with receiving bribes"): PolNeAR marks
 * the subject as part of what is said, in pieces around the cue. Not "asked" or "told" (the subject is whom the words
 * were put to) nor "named"/"appointed" (see APPOINTED_PASSIVE_RE).
 */
const VIEWED_PASSIVE_RE =
  /^(?:seen|considered|known|shown|declared|deemed|viewed|regarded|perceived|thought|believed|described|labell?ed|dubbed|billed|touted|projected|predicted|rumou?red|recognized|recognised|listed|meant|intended|attributed|charged|accused|criticized|criticised|challenged)(?:\s+(?:as|to|for|with|of))?$/i;

/** One bit for each question asked of a cue word. */
export const ADMIT = 1; // "admit", "admitted" …
export const ASK = 2; // "ask", "asked" …
export const SLOGANS_VERB = 4; // SLOGANS_VERB_RE
export const REPORTED_ADVERB = 8; // REPORTED_ADVERB_RE
export const VIEWED_PASSIVE = 16; // VIEWED_PASSIVE_RE
export const APPOINTED_PASSIVE = 32; // APPOINTED_PASSIVE_RE
export const ADDRESSED_PASSIVE = 64; // ADDRESSED_PASSIVE_RE
export const HOPES_OR_FEARS = 128; // HOPES_OR_FEARS_RE
export const DENY = 256; // "deny", "denies", "denied"

const flagsOf = (word: string): number =>
  (/^admit/i.test(word) ? ADMIT : 0) |
  (/^ask/i.test(word) ? ASK : 0) |
  (SLOGANS_VERB_RE.test(word) ? SLOGANS_VERB : 0) |
  (REPORTED_ADVERB_RE.test(word) ? REPORTED_ADVERB : 0) |
  (VIEWED_PASSIVE_RE.test(word) ? VIEWED_PASSIVE : 0) |
  (APPOINTED_PASSIVE_RE.test(word) ? APPOINTED_PASSIVE : 0) |
  (ADDRESSED_PASSIVE_RE.test(word) ? ADDRESSED_PASSIVE : 0) |
  (HOPES_OR_FEARS_RE.test(word) ? HOPES_OR_FEARS : 0) |
  (/^den(?:y|ie[sd])$/i.test(word) ? DENY : 0);

/** Bounded: a long-running server meets new words without end; past the bound the table starts over. */
const MAX_WORDS = 4096;
const known = new Map<string, number>();

/** Whether `word` has every bit of `flag` (one of the constants above): the patterns run once a word. */
export function cueWordIs(word: string, flag: number): boolean {
  let flags = known.get(word);
  if (flags === undefined) {
    flags = flagsOf(word);
    if (known.size >= MAX_WORDS) known.clear();
    known.set(word, flags);
  }
  return (flags & flag) === flag;
}
