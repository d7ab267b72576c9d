// Pronoun subjects and the person they refer to, and subjects carried over from earlier sentences.

import type { Mention, Span } from '../../../model/index.js';
import { ensureFacts } from '../speakers.js';
import { codeAt, isLetter, isSpace } from '../text.js';
import { clauseSubject } from './clause-subjects.js';
import { isNamedGroup } from './coordinated-bodies.js';
import { mainClauseStart, SUBORDINATOR_BEFORE_RE, withinEarlierRegion } from './cue-checks.js';
import { distantReferent } from './distant-referents.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { AGE_AS_PRONOUN, OPENING_LEAD_RE, OPENING_SUBORDINATORS, PERFORMER_TRADES } from './patterns.js';
import { possessesView } from './possessed-views.js';
import { beforeParty, nameBeforeApposition, objectOfPersonHead } from './subject-edges.js';
import { mentionFrom } from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';

/** A credit line under a photo, named after the agency that sold it. */
const PHOTO_CREDIT_RE =
  /\bvia\s+(?:Getty|AP|Reuters|AFP|EPA)\b|\bGetty\s+Images\b|\bAP\s+Photo\b|\/\s*(?:Getty|AP|Reuters|AFP|EPA)\b/;

/** After an "it" with no referent: a passive of saying or knowing without its agent ("it is alleged", "it was said"). */
const EXPLETIVE_PASSIVE_AFTER_RE =
  /^\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|widely|now|often|generally)\s+)?(?:alleged|said|claimed|reported|rumou?red|understood|believed|thought|known|feared|expected|estimated|argued|suggested)\b(?!\s+by\b)/;

/** After a cleft's "it": "is this …", "was not … that", up to its "that" or "who" and the clause's subject. */
const CLEFT_AFTER_RE =
  /^\s+(?:is|was)\s+(?:this|these|that|those|not|only|precisely|exactly)\s[^.,;:"~]{0,80}?\s(?:that|who)\s/;

export function resolvePronoun(
  fx: Finder,
  p: string,
  start: number,
  end: number,
  sentence: number,
): Subject | null {
  const subject = pronounReferent(fx, p, start, end, sentence);
  // "“…,” she said in an email." tells the reader the lawyer is a woman, so a later "he said" is somebody
  // else: what the text says of a person's gender is kept for the pronouns after it.
  if (subject?.entity && (p === 'he' || p === 'she')) {
    const f = fx.entities.get(subject.entity);
    if (f && ensureFacts(fx.body, f).gender === null) f.gender = p === 'he' ? 'm' : 'f';
  }
  return subject;
}

/**
 * A description of the person a story follows ("the former Chelsea manager", "The 47-year-old Dane") at [start, end),
 * read as the pronoun `p` its head stands for: that person where the pronoun resolves to one, else a person the text
 * does not name; never the description's own words as a speaker's name.
 */
export function describedPersonSubject(
  fx: Finder,
  p: string,
  start: number,
  end: number,
  sentence: number,
): Subject {
  const person = resolvePronoun(fx, p, start, end, sentence);
  return person?.entity ? person : { start, end, speaker: null, entity: null, kind: 'person' };
}

/** " of ", " from " or " in " before a place, perhaps after a city and its comma ("from Englewood, "). */
const PLACE_OF_ORIGIN_RE = /\s+(?:of|from|in)\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*,\s+)?$/u;

/** The preposition (and city) before a place that says where someone is from, or null. */
const placeOfOrigin = (fx: Finder, place: Mention): RegExpExecArray | null =>
  PLACE_OF_ORIGIN_RE.exec(fx.masked.slice(Math.max(0, place.start - 40), place.start));

/** The person named right before "of"/"from" and the place, or null ("a gynecologist from Englewood"). */
function personFrom(fx: Finder, place: Mention): Mention | null {
  const from = placeOfOrigin(fx, place);
  const person = from ? fx.index.byEnd.get(place.start - from[0].length) : undefined;
  return person && typeOfMention(fx, person) === 'person' ? person : null;
}

/**
 * Whether a frame's subject is a "who" after a place of origin ("Sen. Ron Paul of Texas, who shared …"): a person
 * named in passing, whom a he or she of a later sentence does not look back to.
 */
function whoAfterPlaceOfOrigin(fx: Finder, subject: Subject): boolean {
  if (subject.end - subject.start !== 3 || !/^who$/i.test(fx.masked.slice(subject.start, subject.end)))
    return false;
  const place = mentionBeforeRelative(fx, subject.start);
  return place !== undefined && typeOfMention(fx, place) === 'place' && placeOfOrigin(fx, place) !== null;
}

/** The mention a relative pronoun at `start` follows: past a comma and a party tag ("Mike Pompeo (R-Kans.), who"). */
function mentionBeforeRelative(fx: Finder, start: number): Mention | undefined {
  let k = start;
  while (k > 0 && isSpace(fx.masked[k - 1])) k--;
  if (fx.masked[k - 1] === ',') k--;
  while (k > 0 && isSpace(fx.masked[k - 1])) k--;
  return fx.index.byEnd.get(beforeParty(fx, k, 0));
}

function pronounReferent(
  fx: Finder,
  p: string,
  start: number,
  end: number,
  sentence: number,
): Subject | null {
  // The writer or a group speaking of itself: an attribution PolNeAR marks, with no one to name.
  if (p === 'i' || p === 'we') return { start, end, speaker: null, entity: null, kind: 'anonymous' };
  // "on the same day it is alleged he raped …": an "it" that only holds the place of a passive's subject stands for
  // nobody, whoever the sentence before named.
  if (p === 'it' && EXPLETIVE_PASSIVE_AFTER_RE.test(fx.masked.slice(end, end + 40)))
    return namelessSubject(start, end);
  // "It is this vision of Obama that Clinton is tying her image to": a cleft's "it" stands for nobody either.
  if (p === 'it' && CLEFT_AFTER_RE.test(fx.masked.slice(end, end + 100))) return namelessSubject(start, end);
  const para = fx.paraOf[sentence];
  if (p === 'who' || p === 'which') {
    let m: Mention | null | undefined = mentionBeforeRelative(fx, start);
    // "Howard Rubel, a senior analyst at Jefferies, who notes": the analyst notes, not Jefferies.
    if (m && p === 'who' && objectOfPersonHead(fx, m)) m = nameBeforeApposition(fx, m.start);
    // "Sen. Bernie Sanders of Vermont, who", "a man from Englewood, New Jersey, who": "who" never stands for the
    // place a person is from; the person named before it does, or no one when a common noun is before it.
    if (m && p === 'who' && typeOfMention(fx, m) === 'place' && placeOfOrigin(fx, m)) m = personFrom(fx, m);
    // "Cook told Benioff, which ultimately meant …": "which" never stands for a person; after a person's name it
    // takes up the whole clause before, which speaks for no one.
    if (m && p === 'which' && typeOfMention(fx, m) === 'person') m = null;
    if (m) return spanning(fromMention(fx, m), start, end);
    return namelessSubject(start, end);
  }
  const wantPerson = p === 'he' || p === 'she' || p === AGE_AS_PRONOUN;
  // "Meloni said … . Von der Leyen took a more hopeful view. «…,» she said.": a person who opens the
  // sentence before, with no frame since, is whom the pronoun means.
  const introduced = subjectSinceLastFrame(fx, sentence, start);
  if (introduced && fitsPronoun(fx, introduced.entity, p)) return spanning(introduced, start, end);
  // "Carson defied the question. “…,” he said." read as one sentence: the person who opens it acts last.
  const opener = wantPerson ? subjectOpeningSentence(fx, sentence, start) : null;
  if (opener && fitsPronoun(fx, opener.entity, p)) return spanning(opener, start, end);
  // "The Conservative Party became embroiled … when it posted a video": "it" in a clause of when or why after the
  // main clause is that clause's institution, whoever spoke before.
  if (p === 'it' && SUBORDINATOR_BEFORE_RE.test(fx.masked.slice(Math.max(0, start - 10), start))) {
    const own = clauseSubject(fx, fx.sentences[sentence].start, start);
    if (own && own.kind === 'organization' && fitsPronoun(fx, own.entity, p))
      return spanning(own, start, end);
  }
  // "While the campaign did not appeal to Julie Graham, a state health officer, she said …": the one person a finite
  // clause opening the sentence names is whom the main clause's "she" means, not the speaker before.
  const named = wantPerson ? personOfOpeningClause(fx, p, start, sentence) : null;
  if (named) return spanning(named, start, end);
  // The speaker of the frame before wins over the last name seen: news repeats its speaker as "he".
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const fr = fx.frames[i];
    if (fr.cue.start >= start) continue;
    if (
      para - fr.paragraph > 2 &&
      (!noNameBefore(fx, sentence, start) || paragraphGap(fx, fr.paragraph, para) > 2)
    )
      break;
    // "Police reported ….\n\nGov. Holcomb and leaders of the Legislature have avoided …. However, they said …":
    // a group named together opening the pronoun's paragraph is whom "they" means, not the speaker before it.
    if (p === 'they' && fr.paragraph < para && groupOpensParagraph(fx, sentence)) break;
    if (fr.sentence < sentence && whoAfterPlaceOfOrigin(fx, fr.subject)) break;
    if (fr.subject.entity && fitsPronoun(fx, fr.subject.entity, p)) return spanning(fr.subject, start, end);
    // "The EU and the United States accused …. They said …": "they" after a group named together is the group.
    if (p === 'they' && isNamedGroup(fx, fr.subject)) return spanning(fr.subject, start, end);
    // "… . It said …" after such a group names neither member for sure: no speaker rather than a guess.
    if (p === 'it' && isNamedGroup(fx, fr.subject)) return namelessSubject(start, end);
    if (!wantPerson && fr.subject.kind === 'organization' && fr.subject.speaker && p === 'it') {
      return spanning(fr.subject, start, end);
    }
    // "Big Machine have twice denied …. ¶ “…,” they said": a body its writer made plural is what "they" means.
    if (
      p === 'they' &&
      fr.subject.kind === 'organization' &&
      fr.subject.speaker &&
      takesPluralVerb(fx, fr.subject)
    )
      return spanning(fr.subject, start, end);
    // "because she described him as sweating, …. But …, he explained": a "she" left unresolved is no "he".
    // (Resolved or not: "Harmon backed Mayor Reed. He thanked her. … “…,” she wrote" looks past Reed's "He".)
    if (isOtherGenderPronoun(fx, fr.subject, p)) continue;
    // "He notes that the Commission on Presidential Debates announced …. … He says, “…”": a report told inside an
    // earlier frame's content is the teller's, who is whom "he" or "she" may still mean; it closes no search.
    if (wantPerson && withinEarlierRegion(fx, fr, i)) continue;
    if (fr.subject.entity || fr.subject.kind === 'person') break;
  }
  // Otherwise the subject of this sentence or the one before.
  let stop = sentence - 1;
  for (let s = sentence; s >= stop; s--) {
    if (s < 0) continue;
    // "Billie Jean King remembered Ali … . She witnessed the fight … .\n\n“…” she said": a sentence opened by the
    // same "he" or "she" passes the question on to the one before it (twice at most); "they" may be a new group.
    // "Neilson Barnard via Getty Images." between a paragraph and the next: a photo credit, which acts in no story.
    if (s < sentence && stop > sentence - 3 && isPhotoCredit(fx, s)) {
      stop--;
      continue;
    }
    // "Despite the paucity of roles …, the actress wasn’t exactly itching to do something else. “…,” she said": a
    // sentence opened by a person's trade means the person of that gender who spoke last before it.
    if (wantPerson && s < sentence && opensWithDescription(fx, s, p)) {
      const described = speakerDescribedBefore(fx, fx.sentences[s].start, p);
      if (described) return spanning(described, start, end);
    }
    if (wantPerson && s < sentence && stop > sentence - 3 && opensWithPronoun(fx, s, p)) {
      stop--;
      continue;
    }
    // "Lynch announced on Monday the DOJ lawsuit …. “We are seeking a court order …” She further announced …": a
    // sentence of quotation alone names no one and passes the question on to the one before it (twice at most).
    if (wantPerson && s < sentence && stop > sentence - 3 && isQuotationSentence(fx, s)) {
      stop--;
      continue;
    }
    // "he"/"she" may look back over a blank line to the paragraph before ("On Sunday, Trump went on the
    // offensive.\n\n“…,” he said"), but only to the person who opens its sentence; "it"/"they" stay closer.
    const across = fx.paraOf[s] < para - 1;
    if (across && (!wantPerson || fx.paraOf[s] < fx.paragraphBefore(para))) continue;
    const found = clauseSubject(fx, fx.sentences[s].start, s === sentence ? start : fx.sentences[s].end);
    // "she was more nervous … than Rose-Lynn Harlan has ever been": whom a comparison names is not the subject.
    const sub =
      found && COMPARED_BEFORE_RE.test(fx.masked.slice(Math.max(0, found.start - 30), found.start))
        ? null
        : found;
    const lead = sub ? fx.masked.slice(fx.sentences[s].start, sub.start) : '';
    // ("The actress Emma Stone arrived …": a description before the name opens the sentence as a title does.)
    const opens =
      !across ||
      (sub &&
        (OPENING_LEAD_RE.test(lead) ||
          DESCRIPTION_LEAD_RE.test(lead) ||
          openingAdverbialEnd(fx, fx.sentences[s].start) === sub.start));
    if (sub && opens && fitsPronoun(fx, sub.entity, p)) return spanning(sub, start, end);
    // "Sanders's critique of an economic system that he said has favored …", "Warren told Stumpf, after he
    // admitted …": a "he" or "she" opening a clause inside its sentence means the one person of that gender the
    // sentence names before it.
    if (
      wantPerson &&
      s === sentence &&
      CLAUSE_WORD_BEFORE_RE.test(fx.masked.slice(Math.max(0, start - 10), start)) &&
      !AS_COMPARED_BEFORE_RE.test(fx.masked.slice(Math.max(0, start - 30), start))
    ) {
      const earlier = personCarriedOver(fx, s, p, start);
      if (earlier) return spanning(fromMention(fx, earlier), start, end);
    }
    // "Hillary Clinton took to Twitter to say thanks.\n\n“…,” she wrote": a paragraph that opens with a quotation
    // and its "he" or "she" carries on the last sentence of the paragraph before; the one person of that gender
    // it names is whom the pronoun means.
    if (wantPerson && across && s === sentence - 1 && quotationLeads(fx, sentence, start)) {
      const carried = personCarriedOver(fx, s, p);
      if (carried) return spanning(fromMention(fx, carried), start, end);
    }
    // "When Trump’s advisers suggested …, Mr. Trump wasn’t satisfied. … he said": a sentence before that opens
    // with a subordinate clause has the person of its main clause as its subject.
    if (wantPerson && s < sentence && !across) {
      const main = mainClauseSubject(fx, fx.sentences[s]);
      if (main && fitsPronoun(fx, main.entity, p)) return spanning(main, start, end);
      // "When Ford visited his editor Teresa Hayden at her office, he would leave poems for her. “…,” she
      // recalled": the one person of the pronoun's gender the sentence before names, wherever in it. Not when
      // that sentence's subject is a description ("The radio talker has filled his speeches for Cruz. He has
      // declared …": the talker, named before, not Cruz).
      // Nor after a frame in the pronoun's paragraph whose speaker may be meant, whatever the tagger made of the name.
      const only =
        (sub && !sub.entity) ||
        NAMELESS_OPENING_RE.test(fx.masked.slice(fx.sentences[s].start, fx.sentences[s].start + 24)) ||
        frameInParagraphBefore(fx, para, start, p)
          ? null
          : onlyPersonOfGender(fx, fx.sentences[s].start, fx.sentences[s].end, p);
      if (only) return spanning(fromMention(fx, only), start, end);
    }
  }
  const ahead = wantPerson ? personOpeningMainClause(fx, p, end, sentence) : null;
  if (ahead) return spanning(ahead, start, end);
  // "Opposition to the pact was at the heart of Sanders's critique of a system that he said …": with no one else to
  // stand for, "he" or "she" means the one person of that gender whose words the sentence names before it.
  const holder = wantPerson ? onlyPersonOfGender(fx, fx.sentences[sentence].start, start, p) : null;
  if (holder && possessesView(fx, holder)) return spanning(fromMention(fx, holder), start, end);
  // "The Portuguese boss had been out of work …. The 56-year-old said …": the person named paragraphs before.
  const distant = wantPerson ? distantReferent(fx, p, start, end) : null;
  if (distant) return distant;
  return { start, end, speaker: null, entity: null, kind: wantPerson ? 'person' : 'unknown' };
}

/**
 * "After struggling to persuade voters that he understands …, Emanuel said …", "Despite what he wrote in Smith's
 * speech, Cross said …": a "he" or "she" inside the clause or phrase that opens its sentence, with no one before it
 * to stand for, looks ahead to the person who opens the main clause after the comma.
 */
function personOpeningMainClause(fx: Finder, p: string, end: number, sentence: number): Subject | null {
  if (p !== 'he' && p !== 'she') return null;
  const sent = fx.sentences[sentence];
  if (!OPENING_CLAUSE_LEAD_RE.test(fx.masked.slice(sent.start, sent.start + 14))) return null;
  // The pronoun lies in the opening clause: the first comma of the sentence comes after it.
  const comma = fx.masked.indexOf(',', sent.start);
  if (comma < end || comma >= sent.end) return null;
  const sub = clauseSubject(fx, comma + 1, sent.end);
  if (!sub?.entity || sub.kind !== 'person' || !fitsPronoun(fx, sub.entity, p)) return null;
  // The person opens the main clause: titles at most between the comma and the name.
  return TITLES_ONLY_RE.test(fx.masked.slice(comma + 1, sub.start)) ? sub : null;
}

/**
 * The person named in a finite clause that opens the sentence ("While the plan did not appeal to Ann Roe, …,", "Although
 * Roe disliked it,") when the pronoun opens the main clause right after its comma: the only person named there, of
 * the pronoun's gender. Not after a participle or "despite" ("After meeting Obama, he said": he met Obama).
 */
function personOfOpeningClause(fx: Finder, p: string, start: number, sentence: number): Subject | null {
  if (p !== 'he' && p !== 'she') return null;
  const sent = fx.sentences[sentence];
  const lead = fx.masked.slice(sent.start, start);
  if (!FINITE_OPENING_CLAUSE_RE.test(lead) || !/,\s*$/.test(lead)) return null;
  // "When he took the stage after Mr. Vander Plaats's introduction, he said": the same pronoun in the opening clause
  // is the one person of both clauses, whom the text names elsewhere.
  if ((p === 'he' ? HE_RE : SHE_RE).test(lead)) return null;
  let only: Mention | null = null;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, sent.start); i < ms.length && ms[i].start < start; i++) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'person') continue;
    if (only && only.entity !== m.entity) return null;
    only = m;
  }
  if (!only || !fitsPronoun(fx, only.entity, p)) return null;
  return fromMention(fx, only);
}

/** A sentence opening on a nameless subject: "The radio talker …", "A spokesman …". */
const NAMELESS_OPENING_RE = /^[\s"]*(?:The|A|An)\s+\p{Ll}/u;

/** "he" or "she" as a word anywhere in a stretch (built once, not per pronoun read). */
const HE_RE = /\bhe\b/i;
const SHE_RE = /\bshe\b/i;

/**
 * A subordinator opening a sentence, then a word that is no participle: the clause has a subject of its own (a
 * quotation inside it, blanked in the masked text, included: "While the “Meth. We’re on it.” campaign …").
 */
const FINITE_OPENING_CLAUSE_RE = new RegExp(
  `^[\\s"]*(?:${OPENING_SUBORDINATORS})\\s+(?!\\p{Ll}+ing\\s)(?:[^,;:"~]|"~*")*(?:,(?:[^,;:"~]|"~*")*)?,\\s*$`,
  'u',
);

/** A subordinator or "despite" opening a sentence: the clause or phrase before its comma is not the main one. */
const OPENING_CLAUSE_LEAD_RE = new RegExp(`^[\\s"]*(?:${OPENING_SUBORDINATORS}|As|Despite)\\s`);

/** Nothing but spaces and capitalised title words ("Sen.", "Gov.", "Mr.") before a name. */
const TITLES_ONLY_RE = /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/**
 * How many paragraphs lie from paragraph `from` to `to`, leaving out each paragraph that is a quotation and nothing
 * else (with the blank line before it): "Taylor Swift said ….\n\n“That's it. …”\n\nShe also accused …" runs the
 * speaker's quote on without a frame of its own, so "She" still reaches the frame before it.
 */
function paragraphGap(fx: Finder, from: number, to: number): number {
  let gap = to - from;
  for (let q = from + 1; q < to; q++) {
    if (!isQuoteParagraph(fx, q)) continue;
    gap--;
    if (q - 1 > from && isBlankParagraph(fx, q - 1)) gap--;
  }
  return gap;
}

/**
 * Whether no name stands in the pronoun's sentence before it ("She also accused …", "“…,” he notes"); "If we're
 * hearing Rubio's strategy correctly when he says …" has its own referent nearer than any frame.
 */
function noNameBefore(fx: Finder, sentence: number, start: number): boolean {
  const ms = fx.index.mentions;
  const i = mentionFrom(fx, fx.sentences[sentence].start);
  return i >= ms.length || ms[i].start >= start;
}

/** Whether paragraph p holds a quotation only (masked, `"~~~"` with spaces around). */
function isQuoteParagraph(fx: Finder, p: number): boolean {
  const line = fx.masked.slice(fx.paraStartOf(p), fx.paraEndOf(p)).trim();
  return line.length > 2 && line.charCodeAt(0) === 34 && /^"~+"?[.,]?$/.test(line);
}

const isBlankParagraph = (fx: Finder, p: number): boolean =>
  fx.masked.slice(fx.paraStartOf(p), fx.paraEndOf(p)).trim() === '';

/** A plural verb right after a subject, an adverb at most between: "Big Machine have twice denied". */
const PLURAL_VERB_AFTER_RE =
  /^\s+(?:(?:also|twice|now|still|already|repeatedly|consistently|previously|\p{Ll}+ly)\s+)?(?:have|are|were)\s/u;

/** Whether an organization's name takes a plural verb, as British news writes it ("Tottenham are"). */
const takesPluralVerb = (fx: Finder, subject: Subject): boolean =>
  PLURAL_VERB_AFTER_RE.test(fx.masked.slice(subject.end, subject.end + 40));

/** Names joined by "and" before the first verb: "Republican Gov. Eric Holcomb and leaders of the … have avoided". */
const GROUP_OPENING_RE =
  /^[\s"]*\p{Lu}[^,;:"~]{0,80}?\s(?:and|&)\s[^,;:"~]{1,60}?\s(?:have|has|had|are|were|say|said|will|would|\p{Ll}{3,}ed)\s/u;

/** Whether the paragraph of sentence s opens (its first sentence, before s) with a group named together. */
function groupOpensParagraph(fx: Finder, s: number): boolean {
  let first = s;
  while (first > 0 && fx.paraOf[first - 1] === fx.paraOf[s]) first--;
  if (first === s) return false;
  const sent = fx.sentences[first];
  return GROUP_OPENING_RE.test(fx.masked.slice(sent.start, Math.min(sent.end, sent.start + 160)));
}

/** The subject of the main clause of a sentence that opens with a subordinate one ("When …, Mr. Trump …"). */
function mainClauseSubject(fx: Finder, sent: Span): Subject | null {
  const main = mainClauseStart(fx, sent, sent.end);
  return main > sent.start ? clauseSubject(fx, main, sent.end) : null;
}

/** Whether sentence `s` is a photo credit ("Neilson Barnard via Getty Images.", "AP Photo/Evan Vucci"). */
function isPhotoCredit(fx: Finder, s: number): boolean {
  const { start, end } = fx.sentences[s];
  return end - start <= 80 && PHOTO_CREDIT_RE.test(fx.masked.slice(start, end));
}

/**
 * The one person of the pronoun's gender that sentence `s` names outside its quotations, for a "he" or "she" after
 * a quotation opening the next paragraph; null when the name only modifies a noun ("the Clinton phone bank"), or
 * when the sentence's subject or a speaker in it is some other name ("Sandy Phillips, who lost her daughter
 * Jessica …, said"; "Wines believes that the Clinton campaign …": a name the tagger missed).
 */
function personCarriedOver(fx: Finder, s: number, p: string, to = fx.sentences[s].end): Mention | null {
  const start = fx.sentences[s].start;
  const end = to;
  const only = onlyPersonOfGender(fx, start, end, p, {
    // A name inside a quotation is the quoted speaker's topic: "“… while President Obama has stood idly by,” the
    // Florida senator said". "Like Allen, their days begin at 4:30 a.m.": whom the sentence compares its people to
    // is not one of them.
    ignore: (m) =>
      fx.masked[m.start] === '~' ||
      LIKE_BEFORE_RE.test(fx.masked.slice(Math.max(start, m.start - 8), m.start)),
    // "the Clinton phone bank": a name that only modifies a noun.
    unsettles: (m) => /\bthe\s+$/i.test(fx.masked.slice(Math.max(start, m.start - 4), m.start)),
  });
  if (!only) return null;
  // "Mr. Trump's words may have affected the former president, who spent … where he first learned": a person
  // described but not named after the name may be whom the pronoun means.
  if (DESCRIBED_PERSON_RE.test(fx.masked.slice(only.end, end))) return null;
  const person = only.entity;
  const rival = (sub: Subject | null): boolean =>
    sub !== null &&
    sub.speaker !== null &&
    sub.entity !== person &&
    !isOtherGenderPerson(fx, sub.entity, p) &&
    (sub.entity === null || fx.entities.get(sub.entity)?.type !== 'place');
  if (rival(clauseSubject(fx, start, end))) return null;
  return fx.frames.some((fr) => fr.sentence === s && fr.cue.start < end && rival(fr.subject)) ? null : only;
}

/** A relative word or subordinator in mid-sentence right before a pronoun: "that he", "in which she", ", after he". */
const CLAUSE_WORD_BEFORE_RE =
  /[\s,](?:that|which|whom|where|when|as|after|because|while|since|until|though|although)\s+$/;

/** "as bad as " before a pronoun: a comparison, not a clause of its own ("if the grab was as bad as she said"). */
const AS_COMPARED_BEFORE_RE = /\bas\s+[\p{L}-]+\s+as\s+$/u;

/** A person described by a common noun after "the": "the former president", "the billionaire". */
const DESCRIBED_PERSON_RE =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:president|senator|governor|candidate|nominee|businessman|businesswoman|billionaire|mogul|actor|actress|official|leader|secretary|congressman|congresswoman|mayor|judge|chairman|speaker|host|reporter|man|woman)\b/u;

/** "Like " or "unlike " right before a name: a comparison. */
const LIKE_BEFORE_RE = /\b(?:[Ll]ike|[Uu]nlike)\s+$/;

/** A quotation and its closing stop or comma, and nothing else (masked): "“…,” " before "he said". */
const QUOTATION_LEAD_RE = /^\s*"~+"?[,.!?]?\s*$/;

/**
 * Whether sentence `s` opens its paragraph with a quotation that the pronoun at `at` follows right after: "“…,” he
 * said" as the paragraph's first words.
 */
function quotationLeads(fx: Finder, s: number, at: number): boolean {
  if (s > 0 && fx.paraOf[s - 1] === fx.paraOf[s]) return false;
  return QUOTATION_LEAD_RE.test(fx.masked.slice(fx.sentences[s].start, at));
}

/** Whether sentence `s` is a quotation and nothing else (masked, `"~~~"`, perhaps with its closing stop). */
function isQuotationSentence(fx: Finder, s: number): boolean {
  const { start, end } = fx.sentences[s];
  return QUOTATION_ONLY_RE.test(fx.masked.slice(start, end));
}

const QUOTATION_ONLY_RE = /^\s*"~+"?[.!?]?\s*$/;

/**
 * Whether sentence `s` opens with the pronoun `p` ("She witnessed …"), or its main clause does after an opening
 * subordinate clause or "despite" phrase ("And despite the advantages her fame gave her, she was nervous …").
 */
function opensWithPronoun(fx: Finder, s: number, p: string): boolean {
  const start = fx.sentences[s].start;
  const head = fx.masked.slice(start, start + p.length + 1).toLowerCase();
  if (head.startsWith(p) && (head.length === p.length || !isLetter(codeAt(head, p.length)))) return true;
  const opening = OPENING_CLAUSE_THEN_PRONOUN_RE.exec(
    fx.masked.slice(start, Math.min(fx.sentences[s].end, start + 200)),
  );
  return opening !== null && opening[1].toLowerCase() === p;
}

/** An opening subordinate clause or "despite" phrase (after "And" or "But"), then "he" or "she" after its comma. */
const OPENING_CLAUSE_THEN_PRONOUN_RE = new RegExp(
  `^[\\s"]*(?:(?:And|But|Yet)\\s+)?(?:${OPENING_SUBORDINATORS}|As|Despite|despite)\\s[^,;:"~]{1,160},\\s*([Hh]e|[Ss]he)\\s`,
);

/** "The actress ", "The former senator ": "The" and one or two lowercase words before a name opening a sentence. */
const DESCRIPTION_LEAD_RE = /^[\s"“]*The\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;

/**
 * A person described by their trade opening a sentence or its main clause, no name after it ("The actress thanked
 * …", not "The actress Emma Stone arrived").
 */
const DESCRIPTION_OPENING_RE = new RegExp(
  String.raw`^[\s"“]*[Tt]he\s+(?:${PERFORMER_TRADES.join('|')})\s+\p{Ll}`,
  'u',
);

/** Whether sentence `s` opens with a person's description that a "he" or "she" may stand for. */
function opensWithDescription(fx: Finder, s: number, p: string): boolean {
  if (p !== 'he' && p !== 'she') return false;
  const from = openingAdverbialEnd(fx, fx.sentences[s].start);
  return DESCRIPTION_OPENING_RE.test(fx.masked.slice(from, from + 28));
}

/**
 * The speaker of the last frames before `at` (six at most, in this paragraph or the two before) whose gender is
 * known to be the pronoun's: the person the story follows, whom it describes by trade. Not merely the last person
 * named ("Asked about … Clinton …, she replied … . The actress said …": the actress is Sarandon, who spoke).
 */
function speakerDescribedBefore(fx: Finder, at: number, p: string): Subject | null {
  const gender = p === 'he' ? 'm' : 'f';
  const para = fx.paragraphAt(at);
  const floor = fx.paragraphBefore(fx.paragraphBefore(para));
  let seen = 0;
  for (let i = fx.frames.length - 1; i >= 0 && seen < 6; i--) {
    const fr = fx.frames[i];
    if (fr.cue.start >= at) continue;
    if (fr.paragraph < floor) break;
    seen++;
    if (personGender(fx, fr.subject.entity) === gender) return fr.subject;
  }
  return null;
}

/**
 * The person named in [from, to) whose gender is known to be that of "he" or "she", when only one is (every
 * mention of a person of unknown gender there leaves the question open); else null. `ignore` passes over mentions
 * that are no candidates; a person mention `unsettles` marks leaves the question open too.
 */
function onlyPersonOfGender(
  fx: Finder,
  from: number,
  to: number,
  p: string,
  how: { ignore?: (m: Mention) => boolean; unsettles?: (m: Mention) => boolean } = {},
): Mention | null {
  const gender = genderOfPronoun(p);
  if (!gender) return null;
  const ms = fx.index.mentions;
  let only: Mention | null = null;
  for (let i = mentionFrom(fx, from); i < ms.length && ms[i].end <= to; i++) {
    const m = ms[i];
    if (how.ignore?.(m)) continue;
    const known = personGender(fx, m.entity);
    if (known === undefined) continue;
    if (!known || how.unsettles?.(m)) return null;
    if (known !== gender || m.entity === only?.entity) continue;
    if (only) return null;
    only = m;
  }
  return only;
}

/**
 * Whether a frame of paragraph `para` with its cue before `at` has a speaker the pronoun `p` may stand for: any but
 * a person known to be of the other gender ("“…,” Gaiman told me. When Ford visited Teresa …, she recalled").
 */
function frameInParagraphBefore(fx: Finder, para: number, at: number, p: string): boolean {
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const fr = fx.frames[i];
    if (fr.paragraph < para) return false;
    if (fr.paragraph !== para || fr.cue.start >= at) continue;
    if (!isOtherGenderPerson(fx, fr.subject.entity, p)) return true;
  }
  return false;
}

/** Whether entity `id` is a person known to be of the gender other than that of "he" or "she". */
function isOtherGenderPerson(fx: Finder, id: string | null, p: string): boolean {
  const gender = genderOfPronoun(p);
  const known = personGender(fx, id);
  return gender !== null && !!known && known !== gender;
}

/** The gender "he" or "she" stands for; null for any other pronoun. */
const genderOfPronoun = (p: string): 'm' | 'f' | null => (p === 'he' ? 'm' : p === 'she' ? 'f' : null);

/**
 * The gender the text gives the person `id` ('m', 'f', or null when it tells none); undefined when `id` names no
 * person (or nothing).
 */
function personGender(fx: Finder, id: string | null): 'm' | 'f' | null | undefined {
  const f = id ? fx.entities.get(id) : undefined;
  return f?.type === 'person' ? ensureFacts(fx.body, f).gender : undefined;
}

/** Whether a subject is "he" where `p` is "she", or "she" where it is "he". */
function isOtherGenderPronoun(fx: Finder, subject: Subject, p: string): boolean {
  if (p !== 'he' && p !== 'she') return false;
  const text = fx.masked.slice(subject.start, subject.end).toLowerCase();
  return (text === 'he' || text === 'she') && text !== p;
}

/** Whether the entity `id` can be what a pronoun means: a person for he/she, of no other gender. */
function fitsPronoun(fx: Finder, id: string | null, pronoun: string): boolean {
  if (!id) return false;
  const wantPerson = pronoun === 'he' || pronoun === 'she' || pronoun === AGE_AS_PRONOUN;
  const gender = genderOfPronoun(pronoun);
  const f = fx.entities.get(id);
  if (!f) return false;
  if (wantPerson !== (f.type === 'person')) return false;
  // "they said" is a group of people or an institution, never a place ("Kentucky").
  if (pronoun === 'they' && f.type === 'place') return false;
  // Nor is "it" a name of no kind the tagger knows: an adjective ("the six Democratic presidential candidates … .
  // But it would show …"), an event, a product or a title ("they" may be a party's people: "Republicans").
  if (pronoun === 'it' && f.type === 'other') return false;
  ensureFacts(fx.body, f);
  return !gender || !f.gender || f.gender === gender;
}

/**
 * The subject of the sentence before, when it is a person other than the last speaker and nothing was
 * attributed since: neither in that sentence nor in this one before the pronoun at `before`.
 */
function subjectSinceLastFrame(fx: Finder, sentence: number, before: number): Subject | null {
  const prev = sentence - 1;
  if (prev < 0 || fx.paraOf[sentence] - fx.paraOf[prev] > 1) return null;
  const last = fx.frames.length > 0 ? fx.frames[fx.frames.length - 1] : null;
  if (!last) return null;
  if (last.sentence >= prev && last.cue.start < before) return null;
  const sub = clauseSubject(fx, fx.sentences[prev].start, fx.sentences[prev].end);
  if (!sub?.entity || sub.kind !== 'person' || sub.entity === last.subject.entity) return null;
  // Only the subject that opens the sentence introduces someone; a name further in is a mere mention.
  const lead = fx.masked.slice(fx.sentences[prev].start, sub.start);
  return OPENING_LEAD_RE.test(lead) ? sub : null;
}

/**
 * The person who opens the sentence before `sentence`, in its paragraph or the one before ("Rubio offered the crowd
 * …"), after an opening adverbial at most; null when a name further in or something else opens it.
 */
export function personOpeningSentenceBefore(fx: Finder, sentence: number): Subject | null {
  const prev = sentence - 1;
  if (prev < 0 || fx.paraOf[prev] < fx.paragraphBefore(fx.paraOf[sentence])) return null;
  const { start, end } = fx.sentences[prev];
  const sub = clauseSubject(fx, start, end);
  if (!sub?.entity || sub.kind !== 'person') return null;
  const lead = fx.masked.slice(start, sub.start);
  // "The Trump team has said …": a name after "the" describes a group.
  if (/\bthe\s+$/i.test(lead)) return null;
  return OPENING_LEAD_RE.test(lead) || openingAdverbialEnd(fx, start) === sub.start ? sub : null;
}

/**
 * The person who opens the pronoun's own sentence, when no frame has a cue in it before the pronoun at
 * `before` and that person is not the last speaker: the frame before is older than what this sentence did.
 */
function subjectOpeningSentence(fx: Finder, sentence: number, before: number): Subject | null {
  const from = fx.sentences[sentence].start;
  const last = fx.frames.length > 0 ? fx.frames[fx.frames.length - 1] : null;
  if (!last) return null;
  if (fx.frames.some((fr) => fr.cue.start >= from && fr.cue.start < before)) return null;
  const sub = clauseSubject(fx, from, before);
  if (!sub?.entity || sub.kind !== 'person' || sub.entity === last.subject.entity) return null;
  const lead = fx.masked.slice(from, sub.start);
  // "The Murdoch outlets", "The Obama administration": a name after "the" describes; "Sanders and Clinton":
  // of two subjects the pronoun may mean either.
  if (/\bthe\s+$/i.test(lead) || /^\s+and\s/.test(fx.masked.slice(sub.end, sub.end + 6))) return null;
  // "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed …": a name closing the opening phrase,
  // with another name after it, is the topic; the subject is the name after.
  if (lead.includes(',') && /^,\s+\p{Lu}/u.test(fx.body.slice(sub.end, sub.end + 4))) return null;
  // "Mr. Trump … fits that bill for many people, he added.": a name that opens what "he added" reports is
  // what was said, not who said it.
  const between = fx.body.slice(sub.end, before);
  if (/,\s*$/.test(between) && !/[“”"]|''/.test(between)) return null;
  return OPENING_LEAD_RE.test(lead) ? sub : null;
}

/**
 * Where an adverbial opening a clause at `from` ends, after its comma ("From his speech at the convention last
 * week, "), or `from` when none does. Most clauses open otherwise: a look at the first letter skips the pattern.
 */
export function openingAdverbialEnd(fx: Finder, from: number): number {
  let end = from;
  // "At a rally in Portland, Maine, on Thursday afternoon, Trump …": adverbials may follow one another, and a
  // state after its city belongs to the one before.
  for (let n = 0; n < 3; n++) {
    let k = end;
    while (k < fx.masked.length && isSpace(fx.masked[k])) k++;
    const state = n > 0 ? fx.index.byStart.get(k) : undefined;
    if (state && fx.masked[state.end] === ',' && typeOfMention(fx, state) === 'place') {
      const city = fx.index.byEnd.get(fx.masked.lastIndexOf(',', k));
      if (city && typeOfMention(fx, city) === 'place') {
        end = state.end + 1;
        continue;
      }
    }
    if (k >= fx.masked.length || !ADVERBIAL_INITIALS.has(codeAt(fx.masked, k))) return end;
    OPENING_ADVERBIAL_RE.lastIndex = k;
    if (OPENING_ADVERBIAL_RE.test(fx.masked)) {
      end = OPENING_ADVERBIAL_RE.lastIndex;
      continue;
    }
    const titled = titledAdverbialEnd(fx, k);
    if (titled === k) return end;
    end = titled;
  }
  return end;
}

/**
 * 'On "Face the Nation," Sen. Bernie Sanders …', 'In an interview with "Meet the Press," Trump …': an opening
 * adverbial that ends on a quoted title (its comma, if any, inside the closing mark, which the masked text hides)
 * ends after that mark. `k` when none does.
 */
function titledAdverbialEnd(fx: Finder, k: number): number {
  TITLED_ADVERBIAL_RE.lastIndex = k;
  return TITLED_ADVERBIAL_RE.test(fx.masked) ? TITLED_ADVERBIAL_RE.lastIndex : k;
}

/** The prepositions that open a sentence's adverbial ("From his speech …, ", 'On "Face the Nation," '). */
const ADVERBIAL_OPENERS =
  'From|In|At|After|Before|During|On|With|Without|Despite|Since|Following|Amid|Under|Through|Throughout|Like|Unlike';

/** An adverbial opening a sentence, up to its comma: "From his speech at the convention last week, ". */
const OPENING_ADVERBIAL_RE = new RegExp(`(?:${ADVERBIAL_OPENERS})\\s[^,;"~\\n]{0,120},\\s*`, 'y');

/** The same adverbial up to a quoted title that closes it: 'On "~~~~~~~~~~~~~~~~~" '. */
const TITLED_ADVERBIAL_RE = new RegExp(`(?:${ADVERBIAL_OPENERS})\\s[^,;"~\\n]{0,80}?"~+"\\s+`, 'y');

/** The first letters of those words, as codes. */
const ADVERBIAL_INITIALS = new Set(ADVERBIAL_OPENERS.split('|').map((w) => w.charCodeAt(0)));

/** "than " right before a name (its first names between): the other side of a comparison. */
const COMPARED_BEFORE_RE = /\bthan\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}$/u;
