// "Republicans on Capitol Hill seized on the message, arguing that …", "Two speechwriters implored her to bring it
// back, arguing that …": a participle set off after a main clause is said by that clause's subject, a nameless
// phrase too (outer38). The searches before this one take a named subject or an earlier frame's; this one reads the
// whole noun phrase that opens the main clause (np38's openingNounPhraseSubject), up to the main clause's verb.

import type { Span } from '../../../model/index.js';
import { PREDICATE_PASTS } from '../verb-forms.js';
import { openingAdjunctsEnd, openingSubject } from './content-start.js';
import type { Finder } from './finder.js';
import { openingNounPhraseSubject } from './opening-subjects.js';
import { FINITE, OPENING_ADJUNCT_RE } from './patterns.js';
import type { Subject } from './types.js';

const WORD_RE = /[\p{L}'’-]+/gu;

/** A word that reads as a main clause's finite verb: an auxiliary or modal, a past in "-ed", an irregular past. */
const isFiniteVerb = (w: string): boolean =>
  FINITE.test(w) || (w.length > 4 && w.endsWith('ed') && /^\p{Ll}+$/u.test(w)) || PREDICATE_PASTS.has(w);

/**
 * The noun phrase opening the main clause before the comma that sets off the participle at `cs`, or null: the
 * clause's first finite verb (not its first word) must close that phrase.
 */
export function mainClausePhraseSubject(fx: Finder, sent: Span, cs: number): Subject | null {
  let comma = cs - 1;
  while (comma > sent.start && fx.masked.charCodeAt(comma) === 32) comma--;
  if (fx.masked.charCodeAt(comma) !== 44) return null;
  // "In a widely read column, two speechwriters implored …": an opening adverbial closed by its comma comes first.
  const adjunct = OPENING_ADJUNCT_RE.exec(fx.masked.slice(sent.start, comma));
  const from = sent.start + (adjunct ? adjunct[0].length : 0);
  const clause = fx.masked.slice(from, comma);
  WORD_RE.lastIndex = 0;
  let first = true;
  for (let m = WORD_RE.exec(clause); m; m = WORD_RE.exec(clause)) {
    if (first) {
      first = false;
      continue;
    }
    if (!isFiniteVerb(m[0].replace('’', "'"))) continue;
    // "… has left many Republicans, including his supporters, wondering …": an aside between the verb and the
    // participle sets off the verb's object, which the participle then tells of.
    if (clause.includes(',', m.index)) return null;
    return openingNounPhraseSubject(fx, { start: from, end: sent.end }, from + m.index);
  }
  return null;
}

/**
 * "In a letter to Senate colleagues released Monday, Sanders rips the agreement …, arguing that …": the person
 * who opens the main clause after its opening adverbials. openingSubject skips only a short opening phrase (and only
 * the places in it), so a longer one, or one naming a body ("Senate"), hides the subject; null when no adverbial
 * opens the clause or no person follows it.
 */
export function subjectAfterOpeningAdjuncts(fx: Finder, from: number, cs: number): Subject | null {
  const at = openingAdjunctsEnd(fx, from, cs);
  return at > from ? openingSubject(fx, at, cs) : null;
}
