// Whose words a partial quotation is when its sentence has no frame of its own: the person who opens the sentence
// ("Beck, who has described Trump as “a pathological narcissistic sociopath” …", "Dr. Muhammad Babar pondered
// who, without Ali, might “testify for our innocence …”", "Sam Solovey … said his boss was “always kind …”").

import type { Span } from '../../../model/index.js';
import { openingSubject } from './content-start.js';
import type { Finder } from './finder.js';
import { type Frame, newFrame } from './types.js';

/** Before the opening name: only titles and capitalised words ("Former US secretary of state" reads as one). */
const TITLES_ONLY_LEAD_RE = /^[\s"“]*(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*$/u;

/** A first word that opens a phrase or clause before the subject, not a title: "Of Sanders, …", "When Ms. …". */
const PHRASE_OPENER_RE = /^(?:of|the|to|when|as|for|in|on|at)$/i;

/**
 * A frame for the partial quotation opening at `open` in sentence `sIdx`, which holds no frame: the person who
 * opens the sentence, after titles at most (not after an opening phrase or clause: "Of Sanders, McCaskill said",
 * "When Ms. Schifano moved …, Freddy confided"), named in the body's own letters (not a digest's heading in
 * capitals), outside the article's heading paragraph (whose quoted words are titles and slogans). Its cue is empty
 * at the quotation: no word of the sentence tells it. Null when no such person opens the sentence.
 */
export function partialQuoteOpener(fx: Finder, sIdx: number, open: number): Frame | null {
  const sent: Span = fx.sentences[sIdx];
  const paragraph = fx.paragraphAt(open);
  if (paragraph === 0) return null;
  const opener = openingSubject(fx, sent.start, open);
  if (!opener?.speaker || opener.kind !== 'person') return null;
  const lead = fx.masked.slice(sent.start, opener.start);
  if (!TITLES_ONLY_LEAD_RE.test(lead) || PHRASE_OPENER_RE.test(lead.trim().split(/\s+/)[0])) return null;
  if (!/\p{Ll}/u.test(fx.body.slice(opener.start, opener.end))) return null;
  return newFrame({
    cue: { start: open, end: open },
    subject: opener,
    region: null,
    via: null,
    sentence: sIdx,
    paragraph,
    statement: false,
  });
}
