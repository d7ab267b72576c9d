// Partial quotes inside another attribution's content: part of that statement, listed by who-said-what, not counted.

import { type HeldQuotes, sourceOwnsNounCue } from './held-quotes.js';
import type { Attribution } from './types.js';

/**
 * Moves to `held` each framed partial quote, or whole quotation at a stance word, that lies wholly inside another
 * attribution's longer content, with a cue of its own: "Keller said the plan costs too much and that he fears the
 * board will approve “another money pit.”", "Pence said Trump favors free trade but wants “smarter and tougher”
 * deals". The outer content already holds the quoted words, and PolNeAR marks such a quote apart rarely (as scored,
 * quotes that share a cue counting as one: train 5 of 28, dev 0 of 3). Who-said-what still lists it as its own
 * frame's speaker's, as it lists the quotations withHeldQuotesApart holds. A whole direct quotation inside another
 * content stays an attribution: PolNeAR marks it apart too often (train 31 of 84, "…, adding, “…”" after a content
 * that runs on over it); not one at a stance word inside a paraphrase at a verb of saying, which tells the words
 * the stance only names ("Lund said he wants “a full audit of every contract.”", "Ruiz said that she and Lee
 * shared “almost all the same goals …”"): train and dev 0 of 11 paired with a gold of their own. (Inside another
 * stance word's content it stays: "The mayor likes “The Wire,” while her deputy loves “Deadwood.”", PolNeAR marks
 * it apart.) Pieces that share the outer content's cue are one attribution ("said the bridge could be
 * “a headache” for commuters"), not one inside another. As in withHeldQuotesApart, a noun cue's owner's quote stays
 * apart ("Trump’s claim that Obama “founded ISIS”"). `attributions` is sorted by start.
 */
export function withNestedQuotationsHeld({ attributions, held }: HeldQuotes, body: string): HeldQuotes {
  const inside = attributions.filter(
    (q) =>
      (q.kind === 'partial' || (q.kind === 'direct' && q.learnedCue)) &&
      q.cue !== null &&
      !sourceOwnsNounCue(q, body) &&
      insideOther(attributions, q, q.kind === 'direct'),
  );
  if (inside.length === 0) return { attributions, held };
  const moved = new Set(inside);
  return {
    attributions: attributions.filter((q) => !moved.has(q)),
    held: [...held, ...inside].sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

/**
 * Whether a longer attribution with another cue holds q; with `spoken`, only one at a verb of saying, not at a
 * stance word. `sorted` is sorted by start: the walk stops past q's start.
 */
function insideOther(sorted: Attribution[], q: Attribution, spoken: boolean): boolean {
  for (const o of sorted) {
    if (o.start > q.start) return false;
    if (
      o !== q &&
      q.end <= o.end &&
      o.end - o.start > q.end - q.start &&
      !sameCue(o, q) &&
      !(spoken && o.learnedCue)
    )
      return true;
  }
  return false;
}

/** Quotes that share a cue are one attribution in pieces ("“A,” he said, “B”"), not one inside another. */
const sameCue = (a: Attribution, b: Attribution): boolean =>
  a.cue !== null && b.cue !== null && a.cue.start === b.cue.start && a.cue.end === b.cue.end;
