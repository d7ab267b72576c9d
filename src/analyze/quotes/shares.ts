// A share of people standing as the subject of a verb of speech or stance, as polls report them: "58 percent of
// Florida Latino voters overall said …", "Only about 4 in 10 Republican voters in each state want …", "More than
// half the senators surveyed support …", or the share alone as polls list them ("42% say they are liberal; 26% say
// …"). PolNeAR marks each as an attribution whose source is the share.

/** How a share is counted: "58 percent", "6 in 10", "half", "a majority", "two-thirds", "a 54% majority". */
const SHARE =
  '(?:\\d+(?:\\.\\d+)?(?:\\s*percent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\\d+)\\s+(?:in|out\\s+of)\\s+(?:three|four|five|ten|\\d+)|half|a\\s+(?:majority|plurality|third|quarter|fifth)|an?\\s+(?:\\d+(?:\\.\\d+)?%|\\d+\\s+percent)\\s+majority|(?:one|two|three|four)[-\\s](?:thirds|fourths|quarters|fifths)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\\s+percent)';
/** Words that hedge or bound the share: "only about", "more than", "at least", "just shy of". */
const HEDGE =
  '(?:(?:only|just|more\\s+than|fewer\\s+than|less\\s+than|nearly|almost|about|roughly|around|approximately|at\\s+least|just\\s+over|just\\s+under|over|under|fully|a\\s+full)\\s+)*';
/**
 * The share, then what it is a share of when the text says (nothing in "42% say"), with its modifiers ("of Florida
 * Latino voters overall", "the senators surveyed", "of voters in each state"), at the start of a clause: the
 * sentence's, or after a punctuation mark or a conjunction. No verb, relative pronoun or comma may sit among the
 * words after the share: those would be a clause of their own ("half of the money went …", "a third who said …").
 */
const SHARE_SUBJECT_RE = new RegExp(
  `(?:^|[,;:.(—–]\\s*|(?:^|\\s)(?:and|but|while|whereas|though|although|yet|so|because)\\s+)(${HEDGE}${SHARE}(?:\\s+(?!(?:who|that|which|whom|whose|is|are|was|were|has|have|had|will|would|could|did|do|does|said|say|says|not)(?![\\p{L}’'-]))[\\p{L}\\p{N}’'.-]+){0,8})$`,
  'iu',
);
/**
 * What SHARE_SUBJECT_RE needs: "percent" or "%", a number before "in" or "out of", or a word for a share (a bare digit,
 * as in most tails' dates, is not enough; this runs on most subject searches).
 */
const SHARE_HINT =
  /percent|%|(?:\d|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out)\s|half|major|plural|third|quarter|fifth|fourth/i;

/** How big a share of people is said to be: "Large majorities of", "A growing number of". */
const SIZED = '(?:(?:large|vast|overwhelming|slim|narrow|clear|growing|small|increasing)\\s+)?';
/**
 * A share opening a phrase, up to what it is a share of: "58 percent of ", "Only about 4 in 10 ", "Some 56 percent of
 * ", "about a third of the ", "Large majorities of ". ("Some" before a number hedges it; before a noun it is a
 * determiner, LEAD in described.ts.)
 */
const SHARE_OPENING_RE = new RegExp(
  `^(?:some\\s+)?${HEDGE}(?:${SHARE}\\s+(?:of\\s+(?:the\\s+)?)?|(?:an?\\s+)?${SIZED}(?:majorit(?:y|ies)|minority|number|share)\\s+of\\s+(?:the\\s+)?)`,
  'iu',
);

/** The length of the share that opens `phrase` ("Nearly eight in 10 Democratic voters" → 18), or 0 when none does. */
export function shareOpeningLength(phrase: string): number {
  return SHARE_OPENING_RE.exec(phrase)?.[0].length ?? 0;
}

/**
 * The length of the share phrase that ends `tail` (the text before a verb, from the start of the sentence or at
 * most 90 characters back), or 0 when the tail ends in none. `fromSentenceStart` says whether the tail starts at
 * the sentence's start: only then may its first character open the clause.
 */
export function shareSubjectLength(tail: string, fromSentenceStart: boolean): number {
  if (!SHARE_HINT.test(tail)) return 0;
  const m = SHARE_SUBJECT_RE.exec(tail);
  // A match opened by the tail's own start opens no clause when the tail was cut short of the sentence's start.
  if (!m || (!fromSentenceStart && m[0].length === m[1].length)) return 0;
  return m[1].length;
}
