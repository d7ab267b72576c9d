// Quotations held in another attribution's report: who-said-what lists them, the attributions do not count them.

import type { Attribution } from './types.js';

/** The cue of a report told on someone else's word ("…,” Walker said, according to an Associated Press account). */
const ACCORDING_RE = /^according\s+to$/i;

/** A source that owns a noun cue ("Donald Trump’s claim that …"): the quotation stays that owner's. */
const POSSESSIVE_RE = /['’]s?$/;

const speakerOf = (a: Attribution): string | null => a.speakerEntity ?? a.speaker;

export interface HeldQuotes {
  /** The attributions, each a statement of its own. */
  attributions: Attribution[];
  /** Quotations that are part of another attribution's statement, as who-said-what lists them. */
  held: Attribution[];
}

/**
 * The report around a tagged quotation whose tag lies in its content, when that report tells the quotation as part
 * of its own statement:
 * - "“…,” O’Malley said at a press conference, according to the Las Vegas Sun", "According to White House pool
 *   reports, Obama said “there is love” in Orlando": the whole is one attribution on the outlet's word (PolNeAR
 *   train: 21 of 24 such quotations unmarked), and the quotation is still O’Malley's or Obama's;
 * - "McCaskill said Sanders has pushed her to be a “stronger” candidate": a partial quote inside a named speaker's
 *   paraphrase at a listed verb holds that speaker's words, not the inner subject's (train: 22 of 28 unmarked). A
 *   noun cue's owner keeps the quotation ("Pence blamed the media for Trump’s claim that Obama “founded ISIS”"), and
 *   so does a learned stance word's paraphrase around it, which PolNeAR marks apart about as often as not.
 * Returns the report and, for the second shape, whose words the quotation is.
 */
function holdingReport(q: Attribution, all: Attribution[], body: string): Attribution | null {
  const cue = q.cue;
  if (q.kind === 'indirect' || cue === null || speakerOf(q) === null) return null;
  for (const o of all) {
    if (o.start > cue.start) break;
    if (o === q || o.kind !== 'indirect' || o.cue === null || o.cue === cue || cue.end > o.end) continue;
    if (ACCORDING_RE.test(body.slice(o.cue.start, o.cue.end))) return o;
    if (
      q.kind === 'partial' &&
      !o.learnedCue &&
      speakerOf(o) !== null &&
      speakerOf(o) !== speakerOf(q) &&
      !(q.source && POSSESSIVE_RE.test(body.slice(q.source.start, q.source.end)))
    )
      return o;
  }
  return null;
}

/**
 * Splits off the quotations held in another attribution's report (see holdingReport). `sorted` is sorted by start.
 * A quotation inside a paraphrase is listed as the paraphrase's speaker's; one inside "according to" as its own tag's.
 */
export function withHeldQuotesApart(sorted: Attribution[], body: string): HeldQuotes {
  const attributions: Attribution[] = [];
  const held: Attribution[] = [];
  for (const q of sorted) {
    const o = holdingReport(q, sorted, body);
    if (o === null) attributions.push(q);
    else if (q.kind === 'partial' && !ACCORDING_RE.test(body.slice(o.cue!.start, o.cue!.end)))
      held.push({ ...q, speaker: o.speaker, speakerEntity: o.speakerEntity, via: o.via });
    else held.push(q);
  }
  return { attributions, held };
}
