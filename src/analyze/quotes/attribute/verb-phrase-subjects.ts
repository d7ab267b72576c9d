// A subject phrase that ran on past its verb: "McConnell met with her … and came away [convinced]", "Radio talk host
// Rush Limbaugh used his platform Friday to [discuss]". The person who opens such a phrase, right before a verb of
// their own, is the one who speaks; the words after the name belong to the predicate, not to the subject.

import { RUN_ON_SUBJECT_PASTS } from '../verb-forms.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { FINITE } from './patterns.js';
import { mentionFrom } from './subject-search.js';
import type { Subject } from './types.js';

/** Verbs in "-s" that open a predicate; not any "-s" word, which is as often a plural ("Clinton defenders argue"). */
const PRESENT_S =
  /^(?:holds|says|tells|wants|takes|makes|gives|keeps|goes|comes|uses|spends|seems|appears|remains|bristles|insists|argues|thinks|believes|hopes|plans)$/;

/** A word that is a verb's form here: a finite auxiliary, a common irregular past or "-s" form, or an "-ed" form. */
function isVerbForm(word: string): boolean {
  return (
    FINITE.test(word) ||
    RUN_ON_SUBJECT_PASTS.has(word) ||
    PRESENT_S.test(word) ||
    /^\p{Ll}{2,}ed$/u.test(word)
  );
}

/** A determiner ending the phrase: the cue after it is a noun ("secured the [endorsement of]", "has the [qualifications]"). */
const DETERMINER_END_RE = /\s(?:the|a|an|his|her|their|its|our|my|this|that|these|those)$/;

/** What may stand before the name inside the phrase: an article, capitalised titles and lower-case modifiers. */
const BEFORE_NAME_RE = /^(?:(?:the|a|an|[\p{Lu}][\p{L}.’'-]*|[\p{Ll}-]+)\s+){0,6}$/u;

/** A preposition among those words makes the name a complement ("a book by Smith", "a spokesman for Jones"). */
const PREPOSITION_RE =
  /(?:^|\s)(?:of|by|for|from|with|at|in|on|to|about|after|before|than|like|against|over|under|into|onto|through|during|despite|without|within|between|among|amid|toward|towards|around|behind|beyond|near|via|upon)\s/;

/** A word that opens a clause of its own before the name: "the record that Trump provided to quiet [questions]". */
const CLAUSE_WORD_RE =
  /\s(?:that|which|who|whom|whose|when|where|while|if|as|because|since|although|though|so|and|or|but)\s/i;

/**
 * The person opening subject phrase `subject` when a verb follows the name inside the phrase and no comma, quote or
 * clause break comes between ("The Slate technology columnist David Auerbach went so far as to"); null otherwise.
 * Only for a phrase that names nobody.
 */
export function nameBeforeVerbPhrase(fx: Finder, subject: Subject): Subject | null {
  // Cheap tests first: a phrase of some length, and no punctuation that would part a clause inside it.
  if (subject.speaker || subject.end - subject.start < 12) return null;
  const ms = fx.index.mentions;
  const i = mentionFrom(fx, subject.start);
  const m = ms[i];
  if (!m || m.end >= subject.end || typeOfMention(fx, m) !== 'person') return null;
  const before = fx.masked.slice(subject.start, m.start);
  if (!BEFORE_NAME_RE.test(before) || PREPOSITION_RE.test(` ${before}`) || CLAUSE_WORD_RE.test(` ${before}`))
    return null;
  const rest = fx.masked.slice(m.end, subject.end);
  if (/[,;:"~()—–]|\s-/.test(rest) || DETERMINER_END_RE.test(rest.trimEnd())) return null;
  const next = /^\s+(\p{Ll}+)\s/u.exec(rest);
  if (!next || !isVerbForm(next[1])) return null;
  return fromMention(fx, m);
}
