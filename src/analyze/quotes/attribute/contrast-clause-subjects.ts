// "China said it is committed to …, while the city’s police deny accusations … and say they show utmost restraint":
// a verb joined by "and" to the verb of a clause that opens on "while", "whereas" or "but" inside an earlier
// speaker's words is that clause's subject's second verb. The search for a second verb's subject passes over frames
// reported inside an earlier content and prefers a frame that names somebody, so it gave the police's "say" to
// China (span59, a real page).

import type { Finder } from './finder.js';
import { possessorStart } from './subject-possessors.js';
import { type Subject, spanning } from './types.js';

/** A contrast that opens a clause of its own after a comma, right before that clause's subject. */
const CONTRAST_BEFORE_SUBJECT_RE = /,\s*(?:while|whereas|but|though|although)\s+$/i;

/**
 * The subject of the sentence's last listed frame (no learned cue: "accusations of") before the cue at `cs`, when
 * that frame's clause opens on a contrast after a comma and only its own words and "and" stand between its cue and
 * `cs` (no other frame, no clause break); else undefined.
 */
export function contrastClauseSubject(fx: Finder, sIdx: number, cs: number): Subject | undefined {
  let last = null;
  for (const f of fx.frames) {
    if (f.sentence !== sIdx || f.cue.start >= cs || f.learnedCue) continue;
    if (!last || f.cue.start > last.cue.start) last = f;
  }
  if (!last || last.subject.end > last.cue.start || last.subject.end <= last.subject.start) return undefined;
  const opens = possessorStart(fx.masked, last.subject.start, Math.max(0, last.subject.start - 80));
  if (!CONTRAST_BEFORE_SUBJECT_RE.test(fx.masked.slice(Math.max(0, opens - 20), opens))) return undefined;
  if (/[,;:.!?"—–]/.test(fx.masked.slice(last.cue.end, cs))) return undefined;
  return spanning(last.subject, last.subject.start, last.subject.end);
}
