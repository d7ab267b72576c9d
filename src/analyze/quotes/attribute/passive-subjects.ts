// Where PolNeAR's content opens for a passive that tells something of its subject ("Hollande is expected to run
// again", "Peacekeepers have been blamed for the outbreak"): at the subject, which its content holds in pieces
// around the cue (PolNeAR train: the subject is inside the content for 229 of 383 passive cues, and for nearly every
// participle of judging, expecting, naming or charging; not for "asked", "told", "pressed", whose subject is the one
// addressed, nor for feelings such as "worried" or "convinced", whose subject holds the view). Not "it is said" or
// "it was reported": an empty "it" stands for the content after it.

import { phraseBefore, VIEWED_BE_RE } from './cue-checks.js';
import type { Finder } from './finder.js';
import type { Frame } from './types.js';

/** Participles whose passive subject is what the words are about, not who said them nor whom they were put to. */
const TOLD_OF_SUBJECT_RE =
  /^(?:expected|projected|predicted|forecast|seen|considered|known|shown|declared|deemed|viewed|regarded|perceived|thought|believed|described|labell?ed|dubbed|billed|touted|rumou?red|recognized|recognised|listed|rated|ranked|treated|attributed|charged|accused|suspected|convicted|sentenced|indicted|implicated|criticized|criticised|blamed|challenged|named|nominated|appointed|elected|announced|identified|defined|mentioned|cited|singled|scheduled|slated)$/i;

const PRONOUN_RE = /^(?:he|she|they|we|it|i|you|which|who|whom|that)$/i;

/**
 * The start of the subject's noun phrase when the frame's content comes after a passive cue right after that
 * subject ("The embattled French president is expected to run …"), else null. Only where the content opens after
 * the cue: a passive whose subject the content already holds (see subjectInContent) has no more to take.
 */
export function passiveSubjectStart(fx: Finder, f: Frame, contentStart: number): number | null {
  const { subject, cue } = f;
  if (f.verbatim || contentStart < cue.end || subject.end <= subject.start || subject.end > cue.start)
    return null;
  // (The content right after the cue: "was announced, Trump's club was paid …" reports no announcement.)
  if (fx.body.slice(cue.end, contentStart).trim() !== '') return null;
  const word = fx.body.slice(cue.start, cue.end).split(/\s/, 1)[0];
  if (!TOLD_OF_SUBJECT_RE.test(word) || !VIEWED_BE_RE.test(fx.masked.slice(subject.end, cue.start)))
    return null;
  const said = fx.body.slice(subject.start, subject.end);
  // A pronoun is the whole phrase ("Eventually he was sentenced": not from "Eventually"); so is a relative one ("a
  // debate, which is expected to draw …": the head it stands for lies outside its clause).
  const start = PRONOUN_RE.test(said)
    ? subject.start
    : phraseBefore(fx, fx.sentences[f.sentence].start, subject.start, cue.start);
  return start < contentStart ? start : null;
}
