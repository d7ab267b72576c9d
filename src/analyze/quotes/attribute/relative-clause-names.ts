// "Many of the party leaders who would rather be working for Lopez or Tom Kessler said …": a name that closes a
// "who" clause is that clause's object, not the subject of the verb after it; the noun phrase the clause tells of
// is. openingPhraseOverInner does the same for a nameless phrase found inside such a clause; this one is for a
// named one, and only after "who"/"whose" with nothing that closes the clause (comma, dash, bracket, quotation)
// before the name: an aside set off by commas ends before its speaker ("Trump, who …, said").

import type { Span } from '../../../model/index.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import type { Subject } from './types.js';

/**
 * A noun phrase opening its clause (after the sentence's start, a comma or a conjunction), "who"/"whose", then at
 * least one word and nothing that closes the clause, up to the end of the slice.
 */
const HEAD_THEN_RELATIVE_RE =
  /(?:^|[,;:]\s+|\s(?:and|but|while)\s+)((?:(?:And|But|While)\s+)?(?:[\p{L}\p{N}’'.-]+\s+){0,7}?[\p{L}’'.-]+)\s+(?:who|whose|who['’]d|who['’]ve|who['’]s)\s+([^,;:"~()—–]*\p{L}[^,;:"~()—–]*\s)$/u;

/** Words that open a clause of their own inside the "who" clause: the name may be that clause's subject. */
const CLAUSE_WORD_RE =
  /(?:^|\s)(?:when|that|which|who|whom|because|after|before|while|as|if|and|but|so|than|where|said|says|say)\s|\s-\s/;

/** Words no head noun phrase holds: a finite verb or a relative word means the stretch is a clause of its own. */
const NOT_IN_HEAD_RE =
  /\s(?:is|are|was|were|has|have|had|said|says|say|told|who|which|that|will|would|did|does)\s/;

/**
 * The head noun phrase when the named subject found ends a "who" clause that tells of it: the head's own name
 * when a person's ends it ("Bernie Sanders who …"), else the nameless head; otherwise the subject as found.
 */
export function headOverRelativeName(fx: Finder, sent: Span, verbAt: number, subject: Subject): Subject {
  if (!subject.speaker || subject.start <= sent.start) return subject;
  // The name must stand right before the verb: a name further back is no subject of it anyway.
  if (fx.masked.slice(subject.end, verbAt).trim() !== '') return subject;
  // Cheap first: most sentences hold no "who" before their subject.
  const before = fx.masked.slice(Math.max(sent.start, subject.start - 200), subject.start);
  if (!before.includes('who')) return subject;
  const m = HEAD_THEN_RELATIVE_RE.exec(before);
  if (!m || NOT_IN_HEAD_RE.test(` ${m[1]} `) || CLAUSE_WORD_RE.test(` ${m[2]}`)) return subject;
  // A second finite "be" after the clause's own verb opens a clause of its own ("who can help broker this is a
  // question Democrats are asking").
  if (/\s(?:is|are|was|were)\s/.test(m[2].slice(m[2].indexOf(' ')))) return subject;
  const headStart = subject.start - before.length + m.index + m[0].indexOf(m[1]);
  const headEnd = headStart + m[1].length;
  const named = fx.index.byEnd.get(headEnd);
  if (named && typeOfMention(fx, named) === 'person') return fromMention(fx, named);
  return { start: headStart, end: headEnd, speaker: null, entity: null, kind: 'anonymous' };
}
