// Two cues of one subject over one quotation: which of the two attributions is the statement.

import type { Attribution } from './types.js';

/** Share of each content the other must cover for the two to be one quotation. */
const SAME_WORDS = 0.8;

const shared = (a: Attribution, b: Attribution): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

const sameSubject = (a: Attribution, b: Attribution): boolean =>
  a.source !== null &&
  b.source !== null &&
  a.source.end > a.source.start &&
  a.source.start === b.source.start &&
  a.source.end === b.source.end;

/**
 * "The email went on to say, “…”", "Husted continued by saying, “…”", "he laughed and said, “…”", "Trump issued the
 * following statement: “…”": a verb that only leads into the saying ("went on", "continued", "laughed", "issued")
 * gets the quotation as its content too, so one statement was given twice, once as a paraphrase and once as a quote
 * (PolNeAR train: 22 of 26 such pairs mark one attribution). The quote stays: it is the one PolNeAR's content
 * and who-said-what both read. Pairs of two paraphrases are left to withoutRepeats.
 * `sorted` is sorted by start, as findAttributions leaves it.
 */
export function withoutCompoundCueRepeats(sorted: Attribution[]): Attribution[] {
  const quotes = sorted.filter((b) => b.kind === 'direct' && b.cue !== null && b.source !== null);
  if (quotes.length === 0) return sorted;
  let drop: Set<Attribution> | null = null;
  for (const a of sorted) {
    if (a.kind !== 'indirect' || a.cue === null) continue;
    for (const b of quotes) {
      if (b.start >= a.end) break;
      if (
        b.end <= a.start ||
        b.cue!.start === a.cue.start ||
        !sameSubject(a, b) ||
        shared(a, b) < SAME_WORDS * (a.end - a.start) ||
        shared(a, b) < SAME_WORDS * (b.end - b.start)
      )
        continue;
      drop ??= new Set();
      drop.add(a);
      break;
    }
  }
  return drop ? sorted.filter((a) => !drop.has(a)) : sorted;
}
