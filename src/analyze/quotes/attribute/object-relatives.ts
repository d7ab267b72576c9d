// Where PolNeAR's content opens when the frame's clause is a relative one with its object moved to the front ("what
// Mr. Vega has threatened to do", "which she has repeatedly said was a mistake", "whom they named Ada and Ben"): at
// the relative word, which stands for the part of what is said that the clause leaves out. The speaker is the
// clause's subject, as before: only the content the benchmark scores moves (Attribution.subjectFrom, contentSpan).
// PolNeAR train / dev at ≥80%: +14 / +2 contents; named speaker +2 / +1 (pairings that now find their gold).

import type { Finder } from './finder.js';
import type { Frame } from './types.js';

/** "what", "which" or "whom" right before the subject ("that" is as often the "that" of a reported clause). */
const OBJECT_RELATIVE_BEFORE_RE = /(?<!\p{L})(?:what|which|whom)\s+$/iu;

/** A preposition before "which" or "whom": the relative word is its object, not the verb's. */
const PREPOSITION_BEFORE_RE =
  /(?<!\p{L})(?:in|on|with|of|for|by|to|at|from|about|under|over|through|during|after|before)\s+$/iu;

/** The relative word's start when one opens the frame's clause right before its subject, else null. */
export function objectRelativeStart(fx: Finder, f: Frame): number | null {
  const { subject } = f;
  if (!verbRightAfterSubject(fx, f)) return null;
  const sentStart = fx.sentences[f.sentence].start;
  const before = fx.masked.slice(Math.max(sentStart, subject.start - 24), subject.start);
  const at = before.search(OBJECT_RELATIVE_BEFORE_RE);
  // ("in which he continued his assault", "on which he touched": a preposition's object is no part of what is said.)
  if (at < 0) return null;
  if (!/^what/i.test(before.slice(at)) && PREPOSITION_BEFORE_RE.test(before.slice(0, at))) return null;
  return subject.start - before.length + at;
}

/**
 * Whether the cue is the clause's own verb: only auxiliaries and adverbs between its subject and the cue, not a
 * later verb of the same subject ("…, mocking").
 */
export const verbRightAfterSubject = (fx: Finder, f: Frame): boolean =>
  /^[\s\p{Ll}’']*$/u.test(fx.masked.slice(f.subject.end, f.cue.start));
