// Whose finding a share of people reports when the sentence opens on the poll that counted them: "In a CNN/ORC poll
// the same month, 38 percent of voters said …", "In a poll conducted by The Times and ABC News, just 28 percent of
// voters said …". PolNeAR credits the poll, and the poll speaks for whoever made it (see findingOwner).

import type { Finder } from './finder.js';
import { findingOwner } from './finding-owners.js';
import { type Frame, namelessSubject, type Speaker } from './types.js';

/**
 * "In a … poll …, " or "In the latest survey …, " opening the sentence, up to its comma, and the share of the
 * people the subject names, if it stands before them: "41 percent of ", "just over half of ", "most ".
 */
const POLL_OPENING_RE =
  /^[\s"“]*In\s+((?:a|an|the)\s+[^,;:"“”~()]{0,80}?\b(?:[Pp]oll|[Ss]urvey)\b[^,;:"“”~()]{0,60}),\s+(?:[\p{Ll}\d\s%.-]{0,40}\sof\s+|(?:most|many|some)\s+)?$/u;

/** The people a poll counts, or a share of them: "38 percent of voters", "likely voters", "most respondents". */
const POLLED_PEOPLE_RE = /\b(?:voters|respondents|adults|people|residents|those\s+(?:polled|surveyed))\b/;

/**
 * The maker of the poll that opens the frame's sentence, when the frame's subject, right after that opening, is the
 * nameless people it polled; null when the opening is no poll, the subject names someone, or no maker is named.
 */
export function pollInOpening(fx: Finder, f: Frame): Speaker | null {
  if (f.cue.start < f.subject.end) return null;
  const phrase = fx.masked.slice(f.subject.start, f.subject.end);
  if (!POLLED_PEOPLE_RE.test(phrase) || /\p{Lu}/u.test(phrase)) return null;
  const sent = fx.sentences[f.sentence];
  const opening = POLL_OPENING_RE.exec(fx.masked.slice(sent.start, f.subject.start));
  if (!opening) return null;
  const pollStart = sent.start + opening[0].indexOf(opening[1]);
  const owner = findingOwner(fx, namelessSubject(pollStart, pollStart + opening[1].length));
  return owner?.speaker ? { speaker: owner.speaker, entity: owner.entity } : null;
}
