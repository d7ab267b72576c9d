// Where PolNeAR's content opens before a frame's subject (Attribution.subjectFrom, read by contentSpan): at a passive
// subject, a fronted relative word, a relative clause's head phrase, or the opener before a tag set as an aside. The
// rules share what they need of the frame; only the content the benchmark scores moves, the span, its text and its
// speaker stay as they are.

import { contactRelativeStart } from './contact-relatives.js';
import type { Finder } from './finder.js';
import { objectRelativeStart } from './object-relatives.js';
import { passiveSubjectStart } from './passive-subjects.js';
import { tagAsideStart } from './tag-asides.js';
import type { Frame } from './types.js';

/**
 * The start of the content before the frame's subject, else null. Only for a frame whose content opens after its cue
 * and whose subject (not empty) stands before the cue; a verbatim quotation keeps its marks.
 */
export function subjectFromOf(fx: Finder, f: Frame, contentStart: number): number | null {
  const { subject, cue } = f;
  if (f.verbatim || contentStart < cue.end || subject.end <= subject.start || subject.end > cue.start)
    return null;
  return (
    passiveSubjectStart(fx, f, contentStart) ??
    objectRelativeStart(fx, f) ??
    contactRelativeStart(fx, f, contentStart) ??
    tagAsideStart(fx, f, contentStart)
  );
}
