// The subject of a participle (or "having" clause) that serves as an adverbial: in English news such a clause takes
// its subject from the main clause ("Despite challenging the leader, Cruz said …": Cruz challenged; "Trump began the
// day in a hole after questioning Israel's commitment …": Trump questioned), not from the noun phrase nearest to it.

import type { Mention, Span } from '../../../model/index.js';
import { openingSubject } from './content-start.js';
import { mainClauseStart } from './cue-checks.js';
import { NAME_AS_MODIFIER_RE } from './cue-patterns.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import type { Subject } from './types.js';

/**
 * What may come before a cue that opens its sentence inside an adverbial: a preposition or subordinator, "having",
 * a negation or a short adverb ("Despite ", "Besides ", "After first ", "Having ", "Without ever ", "In defending
 * …": "in" before a participle tells how the main clause's subject acted).
 */
const OPENING_ADJUNCT_LEAD_RE =
  /^[\s"“]*(?:(?:Despite|Besides|After|Before|While|Since|Upon|On|By|In|Without|When|Through|Instead\s+of|Rather\s+than|Aside\s+from|Apart\s+from|In\s+addition\s+to)\s+)?(?:(?:having|Having|not|Not|also|first|ever|repeatedly|publicly|previously|recently)\s+){0,2}$/;

/** "reading about": what one read of, not what one said. */
const READ_ABOUT_RE = /^[Rr]eading\s+about\s/;

/** A cue in the opening adverbial is at most this far from its sentence's start. */
const OPENING_REACH = 40;

/**
 * A comma, perhaps inside closing quotation marks, then titles the entity stage may leave out of the name, right
 * before the main clause's name (", Mr. Trump", ", Judge Berman", ", Texas Sen. Ted Cruz").
 */
const COMMA_BEFORE_NAME_RE = /,["”’']?\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

/** A lower-case word after the name that may be its verb: not "and" or "or" going on with a list. */
const VERB_AFTER_NAME_RE = /^\s+(?!and\s|or\s)\p{Ll}/u;

/**
 * "Despite challenging the trustworthiness of the majority leader, Cruz said …", "Having announced that …, Judge
 * Berman proceeded …": a participle (or a verb after "having") opening the sentence inside an adverbial; the person
 * who opens the main clause after its comma, before a lower-case verb, is its subject. Null when the cue does not
 * open such an adverbial or no person opens the main clause.
 */
export function openingAdjunctSubject(
  fx: Finder,
  sent: Span,
  cs: number,
  ce: number,
  participle: boolean,
): Subject | null {
  // Cheap tests first: near the sentence's start, and an "-ing" form or "having" before it.
  if (cs - sent.start > OPENING_REACH) return null;
  // "After reading about the findings, Vaughan began to wonder …": reading about something says nothing.
  if (READ_ABOUT_RE.test(fx.masked.slice(cs, ce + 7))) return null;
  const lead = fx.masked.slice(sent.start, cs);
  if (!participle && !/(?:^|\s)[Hh]aving\s+(?:\p{Ll}+\s+)?$/u.test(lead)) return null;
  if (!OPENING_ADJUNCT_LEAD_RE.test(lead)) return null;
  const m = mainClausePerson(fx, ce, sent.end);
  return m ? fromMention(fx, m) : null;
}

/**
 * The person who opens the main clause after an opening adverbial that ends somewhere after `from`: the first name
 * after a comma, before a lower-case verb ("…, Cruz said", "…, Mrs. Clinton added"); null when that first name is
 * no person or no verb follows it (the clause is not one this reads).
 */
export function mainClausePerson(fx: Finder, from: number, sentEnd: number): Mention | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, from); i < ms.length && ms[i].start < sentEnd; i++) {
    const m: Mention = ms[i];
    if (!COMMA_BEFORE_NAME_RE.test(fx.body.slice(Math.max(from, m.start - 30), m.start))) continue;
    if (typeOfMention(fx, m) !== 'person' || !VERB_AFTER_NAME_RE.test(fx.masked.slice(m.end, m.end + 5)))
      return null;
    return m;
  }
  return null;
}

/** A subordinator right before a participle: "… after questioning", "… before abruptly pivoting", "since accepting". */
const SUBORDINATOR_END_RE = /\s(?:after|before|since|while|when|upon|without)\s+(?:\p{Ll}+ly\s+)?$/u;

/** "spent much of the run-up to the caucuses ", "spends his days ": time spent, then what it was spent doing. */
const TIME_SPENT_RE = /\s(?:spent|spends|spend|spending)\s+[^,;:"~()]{2,70}$/;

/**
 * "Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as …": where "spent" (the verb whose
 * time the participle fills) starts, or -1.
 */
function timeSpentAt(fx: Finder, sent: Span, cs: number): number {
  const before = fx.masked.slice(Math.max(sent.start, cs - 80), cs);
  // Cheap test first: the verb's "spen" somewhere in the stretch.
  if (!before.includes('spen')) return -1;
  const spent = TIME_SPENT_RE.exec(before);
  return spent ? cs - before.length + spent.index : -1;
}

/**
 * "Trump began the day in a hole with this crowd after questioning …", "Clinton received her first briefing since
 * accepting …": a participle after a subordinator goes on from the main clause, whose opening person is its subject
 * (not the phrase before the subordinator); so does one that says how time was spent ("Sanders spent much of his
 * campaign railing against …"). Null when no subordinator comes right before or no person opens the
 * clause; a comma between leaves the reading to the frame searches.
 */
export function subordinateParticipleSubject(fx: Finder, sent: Span, cs: number): Subject | null {
  // Cheap test first: a space right before the participle, and a lower-case letter before that.
  const code = fx.masked.charCodeAt(cs - 2);
  if (fx.masked.charCodeAt(cs - 1) !== 32 || code < 97 || code > 122) return null;
  const before = fx.masked.slice(Math.max(sent.start, cs - 24), cs);
  const sub = SUBORDINATOR_END_RE.exec(before);
  const end = sub ? cs - before.length + sub.index : timeSpentAt(fx, sent, cs);
  return end < 0 ? null : mainClauseOpeningPerson(fx, sent, cs, end);
}

/**
 * "Reporter Anna Kowalski will come on the program to talk about …", "Grijalva was the first Democrat in Congress
 * to endorse …": a learned cue at "to" after a noun opens a clause of purpose or a noun's complement, whose doer is
 * the person who opens the main clause, not the noun the subject search stops at ("the program"). Null as for
 * subordinateParticipleSubject (a comma between may close an aside or a list: "Trump, Ryan and Priebus have …").
 */
export function purposeClauseSubject(fx: Finder, sent: Span, cs: number): Subject | null {
  // A space right before "to", and a lower-case letter before that (not "to" after a name or a mark).
  const code = fx.masked.charCodeAt(cs - 2);
  if (fx.masked.charCodeAt(cs - 1) !== 32 || code < 97 || code > 122) return null;
  // "Clinton has supplied ample reasons to question her judgment": others do what a reason is for.
  if (REASON_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 12), cs))) return null;
  const opening = mainClauseOpeningPerson(fx, sent, cs, cs);
  // "Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) became the first …": one of several named is not
  // the doer.
  return opening && !JOINED_NAME_AFTER_RE.test(fx.masked.slice(opening.end, cs)) ? opening : null;
}

/** A noun whose "to" clause is someone else's doing: "reasons to", "cause to", "grounds to". */
const REASON_BEFORE_RE = /\s(?:reasons?|cause|grounds|incentives?|license|permission)\s$/;

/** What follows a name that goes on to another one: "and", "or" or "&", after a bracketed party and state perhaps. */
const JOINED_NAME_AFTER_RE = /^\s*(?:\([^()]{1,30}\)\s*)?(?:and|or|&)\s/;

/** The person opening the main clause of the cue at `cs`, when its verb comes before `end` with no comma between. */
function mainClauseOpeningPerson(fx: Finder, sent: Span, cs: number, end: number): Subject | null {
  // "This is no small irony: Sanders spent …": a clause after a colon or semicolon opens with its own subject.
  const stop = Math.max(fx.masked.lastIndexOf(':', end), fx.masked.lastIndexOf(';', end));
  const from = Math.max(mainClauseStart(fx, sent, cs), stop >= sent.start ? stop + 1 : sent.start);
  const opening = openingSubject(fx, from, end);
  if (opening?.kind !== 'person') return null;
  // "The Sanders campaign wants …": a name that modifies a noun is not the subject.
  if (NAME_AS_MODIFIER_RE.test(fx.masked.slice(opening.end, opening.end + 16))) return null;
  // The main clause's verb comes before the subordinator, with no comma between (a comma may close an aside).
  if (fx.masked.slice(opening.end, end).includes(',')) return null;
  return opening;
}
