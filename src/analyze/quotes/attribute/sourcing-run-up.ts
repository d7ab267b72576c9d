// Where PolNeAR's content ends before a trailing "according to": at the cue. A content that stops short of it, at
// another report inside the sentence ("In the end, 12 members prevailed, and the remaining two pledged to support
// him, according to …", "“…,” Pence said during the session, according to …") or at a partial quotation's closing
// mark ("a nationwide “walk-in” at 2,000 schools, according to …"), leaves out words the source is credited with;
// PolNeAR's content takes the whole stretch up to the cue, a report inside it included (span53: of the 20 train and
// dev contents this runs on over words, the gold at the cue takes them in 18).
// Only the content the benchmark scores moves (Attribution.contentEnd): the span, its text and speaker stay.

import type { Attribution } from './types.js';

const SOURCING_CUE_RE = /^according\s+to$/i;

/** The closing mark of the content's own quotation, which may open the stretch up to the cue. */
const OWN_CLOSE_RE = /^(?:''|["”])/;

/**
 * What may not stand between the content's end and the cue: a line break, or a quotation mark (another quotation,
 * which keeps its own content). A "’" is left to owners and contractions ("Trump’s").
 */
const RUN_UP_STOP_RE = /\n|["“”‘]|''/;

/** Sets contentEnd of an attribution whose content stops short of its trailing "according to" to the cue's start. */
export function runUpToSourcing(body: string, a: Attribution): void {
  if (!a.cue || !SOURCING_CUE_RE.test(body.slice(a.cue.start, a.cue.end))) return;
  const end = a.contentEnd ?? a.end;
  if (end > a.cue.start) return;
  const gap = body.slice(end, a.cue.start);
  if (gap.length > 400 || RUN_UP_STOP_RE.test(gap.replace(OWN_CLOSE_RE, ''))) return;
  // (", according to": the comma and any dash before the cue are no content.)
  const to = end + gap.replace(/[\s,—–-]+$/u, '').length;
  if (to > end) a.contentEnd = to;
}
