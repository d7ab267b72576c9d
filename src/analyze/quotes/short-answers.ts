// A short answer as what was said: "46 percent of voters said yes", "the candidate said no.", "after half said so in
// the earlier poll", "26 percent said the same.", "He said no to the Iraq war.", "Flake said he would." PolNeAR marks
// each as the content of its verb of saying; the clause tests of the complement search reject them as too short or
// as no clause ("yes", "no", "so" open none).

/**
 * A bare answer ("yes, yes, yes" said again), then the end of what was said: a mark, the text's end, or a time
 * the verb goes on with ("said so in December", "said yes on Tuesday"). A pronoun and its auxiliary end only at a
 * mark that closes the clause ("said she would, and the market did …" goes on). "said no one", "said so many" go on
 * as a clause, and are left to the clause tests.
 */
const BARE_ANSWER_RE =
  /^(?:(?:(?:yes|no)(?:,\s*(?:yes|no))*|so|the\s+same)(?=\s*(?:[,.;!?]|$)|\s+(?:in|on|during|last|this|earlier|when|after|before)\s)|(?:he|she|they|it|we|i)\s+(?:would|could|will|did|does|do|had|has|have|was|were|is|are|can|should|might|may|wasn't|didn't|wouldn't|couldn't|won't)(?:\s+not)?(?=\s*(?:[.;!?]|$)))/i;
/** An answer with what it is about: "said no to the Iraq war", "said the same of Mr. Trump". */
const LED_ANSWER_RE = /^(?:no\s+to|the\s+same\s+(?:for|of|about))\s/i;

/** Letters a short answer may open with (y, n, s, t, h, i, w, and their capitals): most clauses are skipped at once. */
const isAnswerInitial = (c: number): boolean => {
  const lower = c | 32;
  return (
    lower === 121 ||
    lower === 110 ||
    lower === 115 ||
    lower === 116 ||
    lower === 104 ||
    lower === 105 ||
    lower === 119
  );
};

/** The length of the bare answer that opens `text` (what follows a verb of saying), or 0 when it opens none. */
export function bareAnswerLength(text: string): number {
  if (text.length === 0 || !isAnswerInitial(text.charCodeAt(0))) return 0;
  const m = BARE_ANSWER_RE.exec(text.slice(0, 40));
  return m ? m[0].length : 0;
}

/** Whether `text` opens with a short answer, bare or with what it is about. */
export const opensWithShortAnswer = (text: string): boolean =>
  bareAnswerLength(text) > 0 || LED_ANSWER_RE.test(text.slice(0, 20));
