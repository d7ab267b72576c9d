// The speaker of ", said he had …" when the words after the verb open the reported clause: "One pastor supporting
// Mr. Cruz, Darran Whiting of Liberty Baptist Church, said he had made …", "Mr. Manafort, citing ''the unique magic
// of Trump,'' said the candidate could …". The inverted-subject search reads the pronoun or phrase after the verb
// as the speaker; it is the reported clause's own subject ("he had", "the candidate could"), so the speaker stands
// before the verb, in a shape the aside searches leave: a nameless phrase with the name set off after it, or a
// name whose aside holds a quotation.

import type { Span } from '../../../model/index.js';
import { isSpace } from '../text.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import type { Subject } from './types.js';

/** An auxiliary or modal right after the phrase after the verb: that phrase opens a clause of its own. */
const CLAUSE_VERB_AFTER_RE =
  /^\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|might|must|may|did|does|do)\s/;

/** Whether the phrase after the verb, ending at `end`, is the reported clause's subject ("he had", "the candidate could"). */
export const opensReportedClause = (fx: Finder, end: number): boolean =>
  CLAUSE_VERB_AFTER_RE.test(fx.masked.slice(end, end + 10));

/** A nameless phrase opening the sentence: a determiner and a lower-case word, no punctuation or quotation. */
const NAMELESS_OPENING_RE = /^\s*(?:One|A|An|Another|The)\s+\p{Ll}[^,;:"~()—–]*$/u;

/** What may follow the set-off name before its comma: nothing, or where the person works ("of Liberty Baptist Church"). */
const AFFILIATION_TAIL_RE = /^(?:\s+(?:of|from|at)\s+\p{Lu}[^,;:"~()—–]*)?$/u;

/** The end of a quotation whose comma stands inside its closing marks. */
const COMMA_IN_CLOSING_QUOTE_RE = /,(?:''|["”’'])$/;

/** A participle opening an aside ("citing …", "noting …"). */
const PARTICIPLE_ASIDE_RE = /^\s*\p{Ll}+ing\s/u;

/**
 * The person who said the clause after the verb at verbAt, when the words before the verb end in a comma and read:
 * - "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said": a nameless phrase
 *   opening the sentence, then a person's name set off by commas (with where the person works at most); the name
 *   inside the nameless phrase ("Mr. Cruz") is whom it tells of;
 * - "Mr. Manafort, citing ''…,'' said": a person's name opening the sentence, then a participle's aside.
 * Else null.
 */
export function speakerBeforeReportedClause(fx: Finder, sent: Span, verbAt: number): Subject | null {
  let close = verbAt;
  while (close > sent.start && isSpace(fx.masked[close - 1])) close--;
  // ", said", or a quotation in the aside closing with its comma inside the marks ("citing ''…,'' said").
  const quoteClosed =
    fx.masked[close - 1] === '"' && COMMA_IN_CLOSING_QUOTE_RE.test(fx.body.slice(close - 4, close));
  if (fx.masked[close - 1] !== ',' && !quoteClosed) return null;
  close--;
  const first = fx.masked.indexOf(',', sent.start);
  if (first < 0 || first >= close) return null;
  // A name set off after a nameless phrase, the last comma-closed piece before the verb.
  const prev = fx.masked.lastIndexOf(',', close - 1);
  if (!quoteClosed && prev === first && NAMELESS_OPENING_RE.test(fx.masked.slice(sent.start, prev))) {
    let s = prev + 1;
    while (s < close && isSpace(fx.masked[s])) s++;
    const m = fx.index.byStart.get(s);
    if (
      m &&
      m.end <= close &&
      typeOfMention(fx, m) === 'person' &&
      AFFILIATION_TAIL_RE.test(fx.masked.slice(m.end, close))
    )
      return fromMention(fx, m);
  }
  // A name opening the sentence, then a participle's aside up to the verb.
  let s = sent.start;
  while (s < first && isSpace(fx.masked[s])) s++;
  const opening = fx.index.byStart.get(s) ?? titledMentionEndingAt(fx, s, first);
  if (
    opening &&
    opening.end === first &&
    typeOfMention(fx, opening) === 'person' &&
    PARTICIPLE_ASIDE_RE.test(fx.masked.slice(first + 1, close))
  )
    return fromMention(fx, opening);
  return null;
}

/** The mention ending at `end` after a title opening at s ("Mr. Manafort", "Sen. Jane Doe"). */
function titledMentionEndingAt(fx: Finder, s: number, end: number) {
  const m = fx.index.byEnd.get(end);
  if (!m || m.start <= s) return undefined;
  return /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+$/.test(fx.masked.slice(s, m.start)) ? m : undefined;
}
