// "Sanders is getting an assist from two outside groups that have released online ads targeting Clinton": a participle
// right after a noun (no comma) inside a relative clause belongs to that clause, and the noun the clause tells of did
// it, not the main clause's subject (named58, issue #5: the relative-clause form of named57's subordinate-clause rule).

import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { PREPOSITIONS } from './patterns.js';
import { namelessSubject, type Subject, spanning } from './types.js';

/**
 * A relative pronoun after a word, then the clause's own verb ("that have released", "which funded", "who posts")
 * and its object up to the participle, with no mark between that could close the clause. After "that" or "which"
 * only a past form or an auxiliary: "require that doctors … have" opens a reported clause, not a relative one.
 */
const RELATIVE_CLAUSE_RE =
  /([\p{L}’'.-]+)\s+(?:(that|which)\s+(?:(?:has|had|have)\s+\p{Ll}+|\p{Ll}+ed)|(who)\s+(?:(?:has|had|have)\s+\p{Ll}+|\p{Ll}+(?:ed|s)))\s[^,;:"~—–()]*$/u;

/** Words after which "that" opens no relative clause on a noun ("said that", "so that", "now that"). */
const NO_ANTECEDENT_RE =
  /^(?:so|now|such|than|is|was|are|were|be|been|and|or|but|to|of|in|on|at|for|with|by|from|as|said|says|say|told|tells|believe|believes|believed|think|thinks|thought|know|knows|knew|mean|means|hope|hopes|fact|sure|all|this|these|those|it)$/i;

/** The noun phrase before the relative pronoun: the words after its last preposition, verb or mark, at most six. */
const ANTECEDENT_PHRASE_RE =
  /(?:^|[,;:"~—–()]\s*|\s(?:from|by|to|with|for|of|in|on|at|as|into|among|against|about|and|or|is|are|was|were|getting|gets|got)\s+)((?:[^\s,;:"~—–()]+\s+){0,5}[^\s,;:"~—–()]+)$/;

/**
 * The subject of a participle at `cs` right after a lower-case word, when it sits inside a relative clause of the
 * sentence that begins at `from`: the person or body named right before the relative pronoun, else that noun phrase
 * with no speaker. Null where no relative clause holds the participle.
 */
export function relativeClauseParticipleSubject(fx: Finder, from: number, cs: number): Subject | null {
  const lead = fx.masked.slice(from, cs);
  // A noun right before the participle ("ads targeting"); after a preposition it is a gerund whose doer the
  // clause around it names ("insults that ranged from hitting …", "who launched his campaign by declaring …").
  const noun = /(\p{Ll}+)\s+$/u.exec(lead);
  if (!noun || PREPOSITIONS.has(noun[1])) return null;
  const m = RELATIVE_CLAUSE_RE.exec(lead);
  if (!m || NO_ANTECEDENT_RE.test(m[1])) return null;
  const pronoun = m[2] ?? m[3];
  const antecedentEnd = from + m.index + m[1].length;
  const relativeEnd = from + lead.indexOf(pronoun, m.index + m[1].length) + pronoun.length;
  // Only a name right before the pronoun is its person: "a Washington lawyer who has filed" describes one.
  const named = /^\p{Lu}/u.test(m[1]) ? fx.index.byEnd.get(antecedentEnd) : undefined;
  const type = named ? typeOfMention(fx, named) : null;
  if (named && (type === 'person' || type === 'organization'))
    return spanning(fromMention(fx, named), named.start, relativeEnd);
  const phrase = ANTECEDENT_PHRASE_RE.exec(
    fx.masked.slice(Math.max(from, antecedentEnd - 80), antecedentEnd),
  );
  const start = phrase ? antecedentEnd - phrase[1].length : antecedentEnd - m[1].length;
  // "said Marc Ortiz, a harbor lawyer who has filed many of the suits challenging the rule": the phrase is an
  // apposition to the person named just before its comma, who is the one it tells of.
  const comma = /,\s*$/.exec(fx.masked.slice(Math.max(from, start - 4), start));
  const person = comma ? fx.index.byEnd.get(start - comma[0].length) : undefined;
  if (person && typeOfMention(fx, person) === 'person')
    return spanning(fromMention(fx, person), person.start, relativeEnd);
  return namelessSubject(start, antecedentEnd);
}
