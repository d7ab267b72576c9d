// Whose voice a quotation alone goes on in after a sentence that a stance or learned word frames, not a verb of
// speech: "Clinton touted her credentials as a co-sponsor of the bill. “We need to find ways …”".

import type { Finder } from './finder.js';
import { OPENING_LEAD_RE } from './patterns.js';
import { openingAdverbialEnd } from './pronouns.js';
import type { Frame } from './types.js';

/**
 * The frame of a stance or learned word in the sentence right before `sIdx`, in paragraph `para`, whose named
 * subject opens that sentence ("Clinton touted …", "At Brazile's direction, the DNC issued a statement …"): the
 * holder the story turns to, whose words the quotation after it then gives. Not one inside a clause of the
 * sentence ("…, when the White House was eager to …"), which only mentions its holder in passing; several such
 * frames must share that holder. Null when there is none.
 */
export function stanceOpeningSentenceBefore(
  fx: Finder,
  bySentence: Map<number, Frame[]>,
  sIdx: number,
  para: number,
): Frame | null {
  const before = bySentence.get(sIdx - 1);
  if (!before) return null;
  const sent = fx.sentences[sIdx - 1];
  const named = before.filter(
    (g) =>
      g.paragraph === para &&
      g.learnedCue &&
      g.subject.entity &&
      g.region &&
      (OPENING_LEAD_RE.test(fx.masked.slice(sent.start, g.subject.start)) ||
        openingAdverbialEnd(fx, sent.start) === g.subject.start),
  );
  return named.length > 0 && named.every((g) => g.subject.entity === named[0].subject.entity)
    ? named[0]
    : null;
}
