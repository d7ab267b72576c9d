// Subjects mended after they are found: relatives, possessors, light verbs, passives, lists.

import type { Mention } from '../../../model/index.js';
import { isFemaleFirstName, isMaleFirstName } from '../../entities/index.js';
import { TITLE_ABBREVIATIONS } from '../../text/index.js';
import { endsInBracket } from '../gates.js';
import { cueExact } from '../lexicon.js';
import { isSpace, lastWord, lettersBeforeEnd, splitAtSpaces } from '../text.js';
import { personBeforeApposition } from './apposition-conjuncts.js';
import { subjectStartingAt } from './clause-subjects.js';
import { distinctNames, fromMention, joinNames, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { FINITE, PREPOSITIONS, RELATIVE_WORD, SUBORDINATORS } from './patterns.js';
import { resolvePronoun } from './pronouns.js';
import { beforeParty, descriptorStart } from './subject-edges.js';
import { mentionFrom, subjectEndingAt } from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';

const LIGHT_VERB_BEFORE_RE =
  /\s(?:made|makes|issued|issues|released|releases|gave|gives|delivered|offered|posted|shared)\s+$/;

/** The prepositions that tie a person to a body: "X of the Y", "X, the director for the Y". */
const AFFILIATING_WORDS = new Set(['of', 'for', 'at', 'with']);

/** ", the communications director for the " before a body's name: an apposition whose closing comma is missing. */
const UNCLOSED_APPOSITION_RE = /,\s+(?:the|a|an)\s+[^,;:"~()]{1,70}?\s(?:of|for|at|with)\s+(?:the\s+)?$/;

/** "Ms. Epstein", "April Mellody": a courtesy title or a first name, then one capitalised surname. */
const UNRECOGNIZED_NAME_RE = /^(?:(Mr|Mrs|Ms|Dr)\.\s+|(\p{Lu}\p{Ll}+)\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** One to three capitalised words, then a party tag in brackets: "Price (D-Newport News)", "Hoyer (D-Md.)". */
const PARTY_TAGGED_NAME_RE =
  /^((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s*\([RDI](?:-[^()"~]{1,30})?\)$/u;

/** The subject pronoun a possessive one stands for. */
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** What joins the last of several people named together to the one before: " and ", ", and ", "(D-Ohio) and ". */
const LAST_CONJUNCT_LINK_RE = /(?:,\s*[RDI]-[A-Z][A-Za-z.]{1,5})?,?\s+(?:and|&)\s+$/;

/** What joins the others: a comma, after a party tag or not ("Bob Corker, R-Tenn., "), or another "and". */
const CONJUNCT_LINK_RE = /(?:,\s*[RDI]-[A-Z][A-Za-z.]{1,5})?(?:,\s+|\s+(?:and|&)\s+)$/;

/** ", a South Carolina native " before a "who": an apposition opened by an article, no clause of its own. */
const APPOSITION_BEFORE_WHO_RE = /,\s+(?:a|an|the)\s+[^,;:"~()—–]{1,60}?\s+$/;

/** What links a name to its relative "who": a comma, a spaced hyphen or a dash, an age ("Rogan, 52, "). */
const RELATIVE_LINK_RE = /(?:,\s*\d{1,3}\s*,|,|\s-|\s*[—–])\s*$/;

/**
 * "Donald Trump - who previously said …", "Mr. Rogan, 52, who said …": a relative "who" speaks for the person
 * named right before it (the subject's span stays on "who"), unless a preposition puts that name inside a longer
 * phrase. Any other subject comes back as it is.
 */
export function relativeResolved(fx: Finder, subject: Subject): Subject {
  if (!/^who$/i.test(fx.masked.slice(subject.start, subject.end))) return subject;
  const before = fx.masked.slice(Math.max(0, subject.start - 12), subject.start);
  const link = RELATIVE_LINK_RE.exec(before);
  if (!link) return appositionBeforeRelative(fx, subject);
  const name = fx.index.byEnd.get(subject.start - link[0].length);
  if (!name || typeOfMention(fx, name) !== 'person') return subject;
  // "a longtime adviser to Trump, who declined to be identified": the phrase the name ends is the antecedent.
  // ("…, with Hillary Clinton — who’s called for …" is hers: that preposition follows no noun.)
  if (
    /\p{Ll}\s+(?:to|for|of|with|at|from|in|on|by)\s+$|\s(?:and|or)\s+$/u.test(
      fx.masked.slice(Math.max(0, name.start - 8), name.start),
    )
  )
    return subject;
  return spanning(fromMention(fx, name), subject.start, subject.end);
}

/**
 * "Braynard, a South Carolina native who writes fiction": a "who" right after an apposition speaks for the person
 * the apposition describes.
 */
function appositionBeforeRelative(fx: Finder, subject: Subject): Subject {
  const before = fx.masked.slice(Math.max(0, subject.start - 70), subject.start);
  const appos = APPOSITION_BEFORE_WHO_RE.exec(before);
  if (!appos) return subject;
  const name = fx.index.byEnd.get(beforeParty(fx, subject.start - appos[0].length, 0));
  if (!name || typeOfMention(fx, name) !== 'person') return subject;
  return spanning(fromMention(fx, name), subject.start, subject.end);
}

/**
 * A nameless subject ending in a possessive names who holds the noun cue after it: "Mr. Trump's attacks on",
 * "Despite Mr. Trump's claims", "ratcheted up his attacks on" (the pronoun resolved). The span is cut to the
 * possessor. Any other subject comes back as it is.
 */
export function possessorResolved(fx: Finder, subject: Subject, sentence: number): Subject {
  const last = fx.masked.charCodeAt(subject.end - 1);
  // Only an apostrophe's "s" or a pronoun's last letter ("his", "her", "their", "its") can end a possessive.
  if (last !== 115 && last !== 114) return subject;
  const tail = fx.masked.slice(Math.max(subject.start, subject.end - 8), subject.end);
  const apostrophe = /(?:’s|'s)$/.exec(tail);
  if (apostrophe) {
    const name = fx.index.byEnd.get(subject.end - apostrophe[0].length);
    const type = name ? typeOfMention(fx, name) : null;
    if (!name || (type !== 'person' && type !== 'organization')) return subject;
    return spanning(fromMention(fx, name), Math.max(subject.start, descriptorStart(fx, name)), subject.end);
  }
  const pronoun = /(?:^|\s)(his|her|their)$/i.exec(tail);
  if (!pronoun) return subject;
  const at = subject.end - pronoun[1].length;
  const word = POSSESSIVE_PRONOUN[pronoun[1].toLowerCase()];
  const who = resolvePronoun(fx, word, at, subject.end, sentence);
  return who?.speaker ? spanning(who, at, subject.end) : subject;
}

/**
 * "Sanders made the following comment:", "Clinton issued this statement:": a noun cue that is the object of a
 * light verb belongs to that verb's subject. Any other subject comes back as it is.
 */
export function lightVerbSubject(fx: Finder, subject: Subject, floor: number, sentence: number): Subject {
  const verb = LIGHT_VERB_BEFORE_RE.exec(fx.masked.slice(Math.max(floor, subject.start - 16), subject.start));
  if (
    !verb ||
    !/^(?:the\s+following|this|these|a|an|the)\b/i.test(fx.masked.slice(subject.start, subject.end))
  )
    return subject;
  const who = subjectEndingAt(fx, subject.start - verb[0].length, floor, sentence, false);
  return who?.speaker ? who : subject;
}

/**
 * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told …": a body or place after "of" a person
 * is where the person works or lives; the person speaks. Any other subject comes back as it is.
 */
export function personOfBody(fx: Finder, subject: Subject, floor: number): Subject {
  // The words before the subject, or before the first name inside it, end in "of (the)" after a person's name.
  const inside = fx.index.mentions[mentionFrom(fx, subject.start)];
  const starts = [subject.start];
  if (inside && inside.start < subject.end && typeOfMention(fx, inside) !== 'person')
    starts.push(inside.start);
  for (const at of starts) {
    // Most subjects follow no preposition: one look at the word before (past "the") settles that first.
    const tail = fx.masked.slice(Math.max(floor, at - 12), at).trimEnd();
    const word = lastWord(tail);
    if (!AFFILIATING_WORDS.has(word === 'the' ? lastWord(tail.slice(0, -3).trimEnd()) : word)) continue;
    const before = fx.masked.slice(Math.max(floor, at - 90), at);
    // "Aris Shirvanian of the Armenian Patriarchate told", or an apposition its writer never closed: "Sam Lau, the
    // communications director for the Iowa Democratic Party said".
    const of = /\s+of\s+(?:the\s+)?$/.exec(before) ?? UNCLOSED_APPOSITION_RE.exec(before);
    const person = of ? fx.index.byEnd.get(at - of[0].length) : undefined;
    if (person && person.start >= floor && typeOfMention(fx, person) === 'person')
      return spanning(fromMention(fx, person), Math.min(subject.start, person.start), subject.end);
  }
  return subject;
}

/** Where a clause opens: the sentence's start, after a comma, or after a connective opening the sentence. */
const CLAUSE_OPENS_BEFORE_RE = /(?:^\s*|[,;:]\s+|^\s*(?:But|And|So|Yet|Then)\s+)$/;

/**
 * A nameless second conjunct ending the subject found: "and the Harbor newspaper chain", "and other Democrats on the
 * stage", "and his rivals for the nomination" (a possessive: the first one's own people).
 */
const NAMELESS_CONJUNCT_RE =
  /\s(?:and|&)\s+(?:the|other|some|many|several|his|her|their)\s+(?:(?!(?:that|who|which|what|and|or|but|they|he|she|it|we)\s)[^\s,;:"~]+\s+){0,6}[^\s,;:"~]+$/;

/**
 * "The Daily Ledger and the Harbor newspaper chain filed", "she and other Democrats on the stage refused": the
 * subject search stops inside the nameless phrase after "and", or takes it whole without a speaker, while the one
 * named first speaks for them all; the source runs from that name. Only where the name or "he"/"she" opens its
 * clause: after a preposition ("a deal between Smith and the unions") the phrase is no subject. Any other subject
 * comes back as it is.
 */
export function namedFirstConjunct(fx: Finder, subject: Subject, sentStart: number, sIdx: number): Subject {
  const floor = Math.max(sentStart, subject.end - 120);
  const conjunct = NAMELESS_CONJUNCT_RE.exec(fx.masked.slice(floor, subject.end));
  if (!conjunct) return subject;
  const nameEnd = floor + conjunct.index;
  // "Trump and other Republicans pointed at what they called": inside the phrase, the subject found is a noun
  // phrase of it ("the stage"), not a pronoun of another clause.
  if (
    subject.start > nameEnd &&
    !/^(?:the|other|some|many|several|his|her|their|a|an)\s/.test(
      fx.masked.slice(subject.start, subject.start + 8),
    )
  )
    return subject;
  const m = fx.index.byEnd.get(nameEnd);
  if (m) {
    if (typeOfMention(fx, m) === 'place') return subject;
    const start = /^the\s$/i.test(fx.masked.slice(Math.max(sentStart, m.start - 4), m.start))
      ? m.start - 4
      : m.start;
    if (subject.start < start || !CLAUSE_OPENS_BEFORE_RE.test(fx.masked.slice(sentStart, start)))
      return subject;
    return spanning(fromMention(fx, m), start, subject.end);
  }
  const pronoun = /(?:^|\s)(he|she|He|She)$/.exec(fx.masked.slice(sentStart, nameEnd));
  if (!pronoun) return subject;
  const at = nameEnd - pronoun[1].length;
  if (subject.start < at || !CLAUSE_OPENS_BEFORE_RE.test(fx.masked.slice(sentStart, at))) return subject;
  const who = resolvePronoun(fx, pronoun[1].toLowerCase(), at, nameEnd, sIdx);
  return who?.speaker ? spanning(who, at, subject.end) : subject;
}

/**
 * A subject that is plainly a person's name although the entity stage missed it: a title and a surname ("Ms.
 * Epstein"), or a known first name and a surname ("April Mellody"). Its words are the speaker, with no entity.
 */
export function unrecognizedName(fx: Finder, subject: Subject): Subject {
  const text = fx.masked.slice(subject.start, subject.end);
  // "Marcia “Cia” Price (D-Newport News) shouted": a party and district in brackets follow a legislator's name.
  const party = endsInBracket(text) ? PARTY_TAGGED_NAME_RE.exec(text) : null;
  if (party)
    return { start: subject.start, end: subject.end, speaker: party[1], entity: null, kind: 'person' };
  const m = UNRECOGNIZED_NAME_RE.exec(text);
  if (!m) return subject;
  const titled = m[1] !== undefined;
  if (!titled && !isFemaleFirstName(m[2]) && !isMaleFirstName(m[2])) return subject;
  return { start: subject.start, end: subject.end, speaker: text, entity: null, kind: 'person' };
}

/** A time after "by": "by March", "by Friday", "by the end of the year", "by 2020". */
export const BY_TIME_RE =
  /^(?:the\s+(?:end|middle|start|beginning)\b|early|late|mid|next|this|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)/;

/**
 * The agent of a passive verb of saying or stance ("The meeting was first reported by Politico", "Her view is shared
 * by Sen. Elizabeth Warren"): whoever is named after "by", when only a form of "be" and adverbs stand between the
 * verb's subject and the verb. Null for any other verb.
 */
export function passiveAgent(
  fx: Finder,
  subject: Subject,
  cs: number,
  ce: number,
  sentEnd: number,
  sIdx: number,
): Subject | null {
  if (!fx.masked.startsWith(' by ', ce) || subject.end > cs || cs - subject.end > 30) return null;
  if (!PASSIVE_BE_RE.test(fx.masked.slice(subject.end, cs))) return null;
  // "It was declared by …", "he was pressed by …": a personal pronoun is the topic, seldom what was said.
  if (PERSONAL_PRONOUN_RE.test(fx.masked.slice(subject.start, subject.end))) return null;
  return agentAfterBy(fx, ce, sentEnd, sIdx);
}

/**
 * Whoever is named after "by" right after a verb at `ce` ("was first reported by Politico", "was asked by host
 * John Dickerson whether …"); null when no "by" follows.
 */
export function agentAfterBy(fx: Finder, ce: number, sentEnd: number, sIdx: number): Subject | null {
  if (!fx.masked.startsWith(' by ', ce)) return null;
  // "The ruling is expected by March": a time, not who expects it.
  if (BY_TIME_RE.test(fx.masked.slice(ce + 4, ce + 24))) return null;
  // "was first reported by the Miami Herald": the article opens the agent's name, as after "according to".
  return subjectStartingAt(fx, ce + 4, sentEnd, sIdx, false, true);
}

/**
 * The phrase a subject ends, back to the comma that opens it, when the verb of speech after it closes an aside with a
 * comma of its own ("…, a wide array of economists say, …", "And yet, Mrs. Clinton's aides say, …"); else the
 * subject as found. The words between may hold no verb.
 */
export function asideSubjectPhrase(fx: Finder, floor: number, subject: Subject, ce: number): Subject {
  if (fx.masked[ce] !== ',' || subject.start - floor < 3) return subject;
  const comma = fx.masked.lastIndexOf(',', subject.start - 1);
  if (comma < floor) return subject;
  const between = fx.masked.slice(comma + 1, subject.start);
  if (!ASIDE_SUBJECT_LEAD_RE.test(between)) return subject;
  const words = splitAtSpaces(between.trim());
  // "…, as Comey noted, …", "…, after the interview concluded, …": an aside of its own, or an adverbial.
  const first = words[0].toLowerCase();
  if (PREPOSITIONS.has(first) || ASIDE_OPENER.has(first)) return subject;
  for (const w of words)
    if (FINITE.test(w) || cueExact(w.toLowerCase()) || RELATIVE_WORD.test(w)) return subject;
  let start = comma + 1;
  while (isSpace(fx.masked[start])) start++;
  // "the former CEO of Hewlett-Packard": a name after a preposition only says whose; the phrase names nobody.
  if (PREPOSITIONS.has(lettersBeforeEnd(fx.masked, comma + 1, subject.start).toLowerCase()))
    return namelessSubject(start, subject.end);
  return spanning(subject, start, subject.end);
}

/** The person named right after a comma at `at` and closed by a comma or a stop: ", James B. Comey, ". */
export function personSetOffAfter(fx: Finder, at: number): Mention | null {
  let k = at;
  if (fx.masked[k] !== ',') return null;
  k++;
  while (k < fx.masked.length && isSpace(fx.masked[k])) k++;
  const p = fx.index.byStart.get(k);
  if (!p || typeOfMention(fx, p) !== 'person') return null;
  return /^\s*(?:[,.;]|$)/.test(fx.masked.slice(p.end, p.end + 3)) ? p : null;
}

/** "known as", "identified only as" between a role and the name it goes by. */
const KNOWN_AS_RE = /^\s+(?:known|identified)\s+(?:only\s+|publicly\s+)?as\s+/;

/**
 * "said the base chief known as Bob, speaking …": a person named after the role by "known as" (or "identified
 * as"), the name closing the phrase, is who spoke.
 */
export function personKnownAsAfter(fx: Finder, at: number): Mention | null {
  const m = KNOWN_AS_RE.exec(fx.masked.slice(at, at + 40));
  if (!m) return null;
  const p = fx.index.byStart.get(at + m[0].length);
  if (!p || typeOfMention(fx, p) !== 'person') return null;
  return /^\s*(?:[,.;]|$)/.test(fx.masked.slice(p.end, p.end + 3)) ? p : null;
}

/**
 * "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested …": people named
 * together speak together, so the speaker is all their names and no one entity ("Jeff Merkley, Sherrod Brown and
 * Robert Menendez"), never the last name alone. Any other subject comes back as it is.
 */
export function coordinatedPeople(fx: Finder, subject: Subject): Subject {
  const last = fx.index.byEnd.get(subject.end);
  if (!last || typeOfMention(fx, last) !== 'person') return subject;
  // Most names stand alone: no "and" or "&" just before the name, no list.
  const lead = fx.masked.slice(Math.max(0, last.start - 30), last.start);
  if (!lead.includes(' and ') && !lead.includes('&')) return subject;
  const people = [last];
  // "Sen. Hillary Clinton and former Maryland Gov. Martin O’Malley": each name's titles come between it and the
  // link to the name before it.
  let at = titleStart(fx, last);
  for (let link = LAST_CONJUNCT_LINK_RE; ; link = CONJUNCT_LINK_RE) {
    const joined = link.exec(fx.masked.slice(Math.max(0, at - 30), at));
    if (!joined) break;
    let m = fx.index.byEnd.get(beforeParty(fx, at - joined[0].length, 0));
    // "Kurt Volker, the former special envoy to Ukraine, and Tim Morrison": a name set off by its apposition.
    if (!m || typeOfMention(fx, m) !== 'person')
      m = personBeforeApposition(fx, at - joined[0].length) ?? undefined;
    if (!m || typeOfMention(fx, m) !== 'person') break;
    people.unshift(m);
    at = titleStart(fx, m);
  }
  const names = distinctNames(fx, people);
  if (names.length < 2) return subject;
  // "Richard Cross, a former staff member for Republicans such as Bob Ehrlich and Helen Bentley, wrote": the subject
  // found is someone else, whom the names only describe.
  if (subject.entity && !people.some((m) => m.entity === subject.entity)) return subject;
  // "… had agreed to play Rose-Lynn Harlan, and Harper knew …": a comma before the "and" of two names joins two
  // clauses, not two speakers.
  if (people.length === 2 && /^,\s+(?:and|&)\s/.test(fx.masked.slice(people[0].end, last.start)))
    return subject;
  const speaker = joinNames(names);
  return {
    start: Math.min(subject.start, descriptorStart(fx, people[0])),
    end: subject.end,
    speaker,
    entity: null,
    kind: 'person',
  };
}

/**
 * A word of a title before a name: "former", "Maryland", "Gov." (an abbreviation, not a sentence's last word). Not an
 * owner ("MSNBC’s Alex Seitz-Wald"): measured with owners, a transcript's line after "Matthews, MSNBC’s … and
 * Reuters’ Luciana Lopez argued" lost its frame.
 */
const isTitleWord = (w: string): boolean =>
  /^(?:former|then|acting)$/.test(w) ||
  /^\p{Lu}[\p{L}-]*$/u.test(w) ||
  (w.endsWith('.') && TITLE_ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()));

/**
 * Where the titles right before a name start, on its line ("former Maryland Gov. Martin O’Malley", four words at
 * most), else where the name does.
 */
function titleStart(fx: Finder, m: Mention): number {
  let at = m.start;
  for (let n = 0; n < 4; n++) {
    const t = /(\S+)[ \t]+$/.exec(fx.masked.slice(Math.max(0, at - 30), at));
    if (!t || !isTitleWord(t[1])) break;
    at -= t[0].length;
  }
  return at;
}

/** What stands between a passive verb and its subject: a form of "be" and adverbs ("was first", "has been"). */
export const PASSIVE_BE_RE =
  /^,?\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:first|also|initially|originally|widely|\p{Ll}+ly)\s+)?$/u;

/** Pronouns that name a person or a thing, not a clause's relative ("who", "which", "that" stay). */
const PERSONAL_PRONOUN_RE = /^(?:he|she|it|they|we|i|you)$/i;

/** Up to six words of a phrase before its subject's last words (see asideSubjectPhrase). */
const ASIDE_SUBJECT_LEAD_RE = /^\s+(?:[\p{L}\p{N}’'.&-]+\s+){1,6}$/u;

/**
 * Words that open an aside of its own ("…, as Comey noted, …", "…, though it was late, …"): the subordinators, and
 * the coordinators and "as" that join a clause. (SUBORDINATORS' "after" and "before" are PREPOSITIONS as well.)
 */
const ASIDE_OPENER = new Set([...SUBORDINATORS, ...'whenever as and but or nor so yet then than'.split(' ')]);

/**
 * A name's own verb in the past, then "by" or "in" before a participle: "Garrett responded by". (Not a present
 * "-s", which a plural noun shares: "Hart started winning Senate campaigns by denouncing …".)
 */
const NAME_VERB_BY_RE = /\s(\p{Ll}{3,}ed)\s+(?:by|in)\s+$/u;

/**
 * "Rudolph tried to remove Garrett's helmet before Garrett responded by hitting Rudolph": a participle after "by"
 * or "in" that follows a name and its verb is that name's act, not the act of the sentence's earlier subject.
 */
export function meansClauseActor(fx: Finder, sentStart: number, cs: number): Subject | null {
  if (fx.masked.charCodeAt(cs - 2) !== 121 && fx.masked.charCodeAt(cs - 2) !== 110) return null;
  const verb = NAME_VERB_BY_RE.exec(fx.masked.slice(Math.max(sentStart, cs - 32), cs));
  if (!verb) return null;
  const name = fx.index.byEnd.get(cs - verb[0].length);
  if (!name || typeOfMention(fx, name) === 'place') return null;
  // "the altercation with Garrett responded by …" never parses; "with Garrett" is no subject.
  const before = fx.masked.slice(Math.max(sentStart, name.start - 12), name.start);
  if (/(?:^|\s)(?:with|to|for|of|by|from|at|on|against|about|and|or)\s+$/.test(before)) return null;
  return fromMention(fx, name);
}

/**
 * "A source familiar with ", "Sources close to ", "two people briefed on ", "an official with knowledge of ": the
 * unnamed people whose link to a matter the phrase after them names.
 */
const SOURCE_LINKED_TO_RE =
  /(?:^|[\s"(])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|\d+)\s+)*(?:(?!(?:and|or|but|yet|so)\s)[\p{Ll}-]+\s+){0,2}(?:[Ss]ources?|[Pp]ersons?|[Pp]eople|[Oo]fficials?|[Aa]ides?|[Aa]dvis[eo]rs?|[Dd]iplomats?|[Ii]nsiders?|[Ee]xecutives?|[Mm]embers?|[Ss]omeone)\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|knowledgeable\s+about|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of)\s+)$/u;

/** The last letters of "with", "to", "on", "in", "about", "of". */
const LINK_LAST_LETTERS = new Set(['h', 'o', 'n', 't', 'f']);

/**
 * The subject search stops at the object of "familiar with", "close to", … ("the matter", "Carl Icahn"); the
 * people the phrase describes are who spoke, unnamed. Any other subject comes back as it is.
 */
export function linkedSourceSubject(fx: Finder, subject: Subject, sentStart: number): Subject {
  // Cheap tests first (this is asked of every frame): a space, then a linking word's last letter before it.
  const k = subject.start - 2;
  if (k <= sentStart || !isSpace(fx.masked[k + 1]) || !LINK_LAST_LETTERS.has(fx.masked[k])) return subject;
  if (!/(?:with|to|on|in|about|of)\s+$/.test(fx.masked.slice(Math.max(sentStart, k - 5), subject.start)))
    return subject;
  const linked = SOURCE_LINKED_TO_RE.exec(
    fx.masked.slice(Math.max(sentStart, subject.start - 80), subject.start),
  );
  if (!linked) return subject;
  return {
    start: subject.start - linked[1].length,
    end: subject.end,
    speaker: null,
    entity: null,
    kind: 'anonymous',
  };
}
