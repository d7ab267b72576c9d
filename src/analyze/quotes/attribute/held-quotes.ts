// Quotations held in another attribution's report: who-said-what lists them, the attributions do not count them.

import { type Attribution, speakerOf } from './types.js';

/** The cue of a report told on someone else's word ("…,” Walker said, according to an Associated Press account). */
const ACCORDING_RE = /^according\s+to$/i;

/** A source written as an owner ("Donald Trump’s", "the Clintons’"). */
const POSSESSIVE_RE = /['’]s?$/;

/** Whether an attribution's source owns its noun cue ("Donald Trump’s claim that …"): its words stay that owner's. */
export const sourceOwnsNounCue = (a: Attribution, body: string): boolean =>
  a.source !== null && POSSESSIVE_RE.test(body.slice(a.source.start, a.source.end));

export interface HeldQuotes {
  /** The attributions, each a statement of its own. */
  attributions: Attribution[];
  /** Quotations that are part of another attribution's statement, as who-said-what lists them. */
  held: Attribution[];
}

/**
 * Whether a tagged quotation's tag lies in another report's content that tells the quotation as part of its own
 * statement:
 * - "“…,” O’Malley said at a press conference, according to the Las Vegas Sun", "According to White House pool
 *   reports, Obama said “there is love” in Orlando": the whole is one attribution on the outlet's word (PolNeAR
 *   train: 20 of 23 such quotations unmarked), and the quotation is still O’Malley's or Obama's;
 * - "Mr. Ross said Mr. Obama had told Jewish leaders that he would not continue … ''no daylight''": a partial quote
 *   whose tag lies in a named speaker's paraphrase at a listed verb is part of that one attribution as PolNeAR marks
 *   it (train: 22 of 28 unmarked). A noun cue's owner's quotation stays apart ("Pence blamed the media for Trump’s
 *   claim that Obama “founded ISIS”"), and so does one in a learned stance word's paraphrase, which PolNeAR marks
 *   apart about as often as not.
 */
function holdsQuotation(q: Attribution, all: Attribution[], body: string): boolean {
  const cue = q.cue;
  if (q.kind === 'indirect' || cue === null || speakerOf(q) === null) return false;
  for (const o of all) {
    if (o.start > cue.start) break;
    if (o === q || o.kind !== 'indirect' || o.cue === null || o.cue === cue || cue.end > o.end) continue;
    if (ACCORDING_RE.test(body.slice(o.cue.start, o.cue.end))) return true;
    if (
      q.kind === 'partial' &&
      !o.learnedCue &&
      speakerOf(o) !== null &&
      speakerOf(o) !== speakerOf(q) &&
      !sourceOwnsNounCue(q, body)
    )
      return true;
  }
  return false;
}

/**
 * Splits off the quotations held in another attribution's report (see holdsQuotation). `sorted` is sorted by start.
 * Each is listed as its own frame's speaker's: read by hand over PolNeAR train and dev, the inner subject was the
 * right speaker of 18 of 25 partial quotes inside a named paraphrase ("Mr. Ross said Mr. Obama had told Jewish
 * leaders … ''no daylight''", "McCain … viewed Obama as “directly responsible”"), the outer one of 7.
 */
export function withHeldQuotesApart(sorted: Attribution[], body: string): HeldQuotes {
  const attributions: Attribution[] = [];
  const held: Attribution[] = [];
  for (const q of sorted) (holdsQuotation(q, sorted, body) ? held : attributions).push(q);
  return { attributions, held };
}
