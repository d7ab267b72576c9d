// "his demands have made China wary", "their claims were false": after a possessive the word heads a noun phrase,
// and the finite verb right after it is that phrase's own (the NYT's "Mr. Trump’s tendency to waver and increase
// his demands have made China wary …, people familiar with … said" credited the rest of the sentence to Trump).
// The learned detector's words pass a like test in scan.ts (FINITE_AFTER_NOUN_RE); this one is for the listed verbs.

/** A possessive determiner closing the words before the cue. */
const POSSESSIVE_BEFORE_RE = /(?:^|[^\p{L}])(?:his|her|its|their|our|my|your)\s+$/iu;

/** A finite auxiliary or "be" right after the cue: the noun phrase's own verb. */
const FINITE_AFTER_RE =
  /^\s+(?:have|has|had|are|were|is|was|will|would|could|can|should|may|might|must|do|does|did)\b/;

/**
 * Whether the cue word at [cs, ce) is a plural noun after a possessive that a finite verb follows ("his demands
 * have", "their claims were"), not the verb of speech its form also spells. Only -s forms: "his saying" and "her
 * claimed" are read elsewhere, and "their claims that …" with no verb after the noun is left to the noun cues.
 */
export function possessedNounWithVerb(
  masked: string,
  floor: number,
  cs: number,
  ce: number,
  word: string,
): boolean {
  if (!word.endsWith('s')) return false;
  if (!POSSESSIVE_BEFORE_RE.test(masked.slice(Math.max(floor, cs - 7), cs))) return false;
  return FINITE_AFTER_RE.test(masked.slice(ce, ce + 8));
}
