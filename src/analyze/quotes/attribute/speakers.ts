// The speaker of each frame: names, owners, actors and authors behind a subject.

import type { Mention } from '../../../model/index.js';
import { describedSpeaker, loneNameAfterVerb, nameIn } from '../described.js';
import { cueForm } from '../lexicon.js';
import { onlySpacesAndQuotes, splitAtSpaces, wordCount } from '../text.js';
import { OBJECT_VERB_PARTICIPLES, OBJECT_VERB_PASTS, PREDICATE_PASTS } from '../verb-forms.js';
import { apposedName } from './apposed-names.js';
import { afterRunningWords } from './clause-subjects.js';
import { kindBeforeAside } from './company-nouns.js';
import { isDescribedPerson } from './distant-referents.js';
import { entityFor, fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { includedMembers } from './included-members.js';
import { nounCueHolder, ownerOfStance } from './noun-cue-holders.js';
import { EVIDENCE_END, endsInPreposition } from './patterns.js';
import { pollInOpening } from './poll-openers.js';
import { descriptorStart } from './subject-edges.js';
import { mentionFrom } from './subject-search.js';
import { titledName } from './titled-names.js';
import type { Frame, Speaker, Subject } from './types.js';
import { untaggedNameHead } from './untagged-heads.js';

/**
 * Who spoke: the entity the subject resolved to, with the name cleared of words a recognizer took with it
 * ("While Obama"), or nobody when the "name" names no one ("On Tuesday"); else the phrase as written when
 * that names something ("the Trump campaign").
 */
export function speakerFor(fx: Finder, f: Frame): Speaker {
  // A frame's speaker is asked for once for each quote it holds and once for itself.
  let who = fx.speakers.get(f);
  if (who === undefined) {
    who = findSpeaker(fx, f);
    fx.speakers.set(f, who);
  }
  return who;
}

function findSpeaker(fx: Finder, f: Frame): Speaker {
  if (adjunctBeforeClause(fx, f)) return { speaker: null, entity: null };
  if (pronounNamesItsObject(fx, f) || objectPronounBefore(fx, f) || objectOfPreposition(fx, f))
    return { speaker: null, entity: null };
  const capital = capitalGovernment(fx, f);
  if (capital) return capital;
  const members = includedMembers(fx, f);
  if (members) return members;
  const said = f.subject.speaker;
  // "the mayor of Chicago said": the place a role belongs to is not who spoke; the role as written is.
  const place = f.subject.entity ? fx.index.byEnd.get(f.subject.end) : undefined;
  if (
    place &&
    place.start > f.subject.start &&
    typeOfMention(fx, place) === 'place' &&
    PLACE_OF_ROLE_RE.test(fx.masked.slice(f.subject.start, place.start))
  )
    return {
      speaker: fx.body.slice(f.subject.start, f.subject.end).replace(/^(?:the|a|an)\s+/i, ''),
      entity: null,
    };
  if (said) {
    let name = fx.namesIn.get(said);
    if (name === undefined) {
      name = nameIn(said);
      fx.namesIn.set(said, name);
    }
    if (name === said || organizationNamed(fx, f.subject, said))
      return { speaker: said, entity: f.subject.entity };
    // A name in capitals after "according to" ("according to POLITICO") is no dateline, nor is one within its
    // sentence ("As POLITICO revealed, …").
    if (
      name === null &&
      f.subject.entity &&
      (/^according\s/i.test(fx.masked.slice(f.cue.start, f.cue.end)) ||
        (ONE_WORD_IN_CAPITALS_RE.test(said) &&
          fx.body.slice(f.subject.start, f.subject.end).endsWith(said) &&
          afterRunningWords(fx, f.sentence, f.subject.end - said.length)))
    )
      return { speaker: said, entity: f.subject.entity };
    // "USA TODAY identified …": a name in capitals that the article knows as an organization's, right before the
    // verb, is that organization (a dateline is set off by a comma or a dash, not followed by its verb).
    if (name === null && /^\s+$/.test(fx.masked.slice(f.subject.end, f.cue.start))) {
      const known = entityFor(fx, said);
      if (known?.type === 'organization' && known.name === said) return { speaker: said, entity: known.id };
    }
    if (name === null && f.subject.start >= f.cue.end && loneNameAfterVerb(said))
      return { speaker: said, entity: f.subject.entity };
    if (name === null) return nameWrittenInLowercase(fx, said, f.subject);
    const known = entityFor(fx, name);
    return { speaker: known?.name ?? name, entity: known?.id ?? null };
  }
  if (f.subject.end <= f.subject.start) return { speaker: null, entity: null };
  // A place left as the phrase of an unnamed speaker (see placeFree) is where, not who: no label either.
  const alone = fx.index.byStart.get(f.subject.start);
  if (alone?.end === f.subject.end && typeOfMention(fx, alone) === 'place')
    return { speaker: null, entity: null };
  const sentStart = fx.sentences[f.sentence]?.start ?? 0;
  const opensSentence = onlySpacesAndQuotes(fx.masked, sentStart, f.subject.start);
  const author = authorIn(fx, f.subject);
  if (author) return author;
  // "Her label, Big Machine, said": a name the tagger missed after the description is who spoke.
  const apposed = apposedName(fx, f);
  if (apposed) return apposed;
  const titled = titledName(fx, f);
  if (titled) return titled;
  const kind = kindBeforeAside(fx, f.subject, f.cue.start, f.sentence);
  if (kind) return { speaker: kind.speaker, entity: kind.entity };
  const firstIsName = fx.index.byStart.has(f.subject.start);
  const phrase = fx.body.slice(f.subject.start, f.subject.end);
  // "the former Chelsea manager" that the subject search could not settle on a person names no one.
  const described = isDescribedPerson(phrase) ? null : describedOnce(fx, phrase, opensSentence, firstIsName);
  if (described) return { speaker: described, entity: null };
  return (
    ownersPeople(fx, f) ??
    nounCueHolder(fx, f) ??
    ownerOfStance(fx, f) ??
    nameAndOthers(fx, f) ??
    nameBeforeEpithet(fx, f) ??
    untaggedNameBeforeCue(fx, f) ??
    pollInOpening(fx, f) ??
    openingActor(fx, f) ??
    actorBeforeObject(fx, f) ??
    clauseSubjectBeforeObject(fx, f) ?? { speaker: null, entity: null }
  );
}

/**
 * "he had told Porter that …", "she asked Mr. Porter whether …": a "he" or "she" before the verb is never the
 * person named as the verb's object right after it, so a resolution to that person is wrong and names nobody.
 */
function pronounNamesItsObject(fx: Finder, f: Frame): boolean {
  const { subject, cue } = f;
  if (!subject.entity || subject.end > cue.start || subject.end - subject.start > 3) return false;
  if (!SUBJECT_PRONOUN_RE.test(fx.masked.slice(subject.start, subject.end))) return false;
  const next = fx.index.mentions[mentionFrom(fx, cue.end)];
  if (!next || next.entity !== subject.entity) return false;
  return OBJECT_GAP_RE.test(fx.masked.slice(cue.end, next.start));
}

const SUBJECT_PRONOUN_RE = /^(?:he|she)$/i;

/**
 * "the groups who wrote to her on Thursday say …": "him", "them" or "her" with words of time or place before the verb
 * is the object of something earlier, never the verb's subject (a possessive "her" runs straight into its noun).
 */
function objectPronounBefore(fx: Finder, f: Frame): boolean {
  const { subject, cue } = f;
  if (!subject.entity || f.learnedCue || subject.end > cue.start) return false;
  if (!OBJECT_PRONOUN_RE.test(fx.masked.slice(subject.start, subject.end))) return false;
  return /\p{L}/u.test(fx.masked.slice(subject.end, cue.start));
}

const OBJECT_PRONOUN_RE = /^(?:him|them|her)$/i;

/**
 * "Opponents of allowing Syrian refugees into the U.S. cite …", "The controversy surrounding Benghazi has focused
 * on …", "this week's megadeal between Microsoft and LinkedIn has renewed …": a name right after a preposition
 * that ties it to the noun before is that noun's object; the clause's subject is the noun, and the name did not
 * speak. Only prepositions that never end a subject's own phrase ("of", "for", "in", "at" do: "58 percent of
 * Democrats", "a spokesman for the department").
 */
function objectOfPreposition(fx: Finder, f: Frame): boolean {
  const { subject, cue } = f;
  if (!subject.speaker || subject.end > cue.start) return false;
  return OBJECT_PREPOSITION_BEFORE_RE.test(fx.masked.slice(Math.max(0, subject.start - 30), subject.start));
}

const OBJECT_PREPOSITION_BEFORE_RE = /\p{Ll}\s+(?:into|between|surrounding|against|among|towards?)\s+$/u;
/** Only spaces and a title between the verb and its object ("told Mr. Porter", "asked Sen. Porter"). */
const OBJECT_GAP_RE = /^\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)\.?\s+)?$/;

/**
 * An entity first named in a heading set in capitals ("DONALD TRUMP SAYS …") may go by that spelling, which reads
 * as no name (see nameIn). A subject that names it in the body's own spelling gets that spelling: the same words
 * ("Donald Trump"), else its longest alias so spelled ("Trump"); nobody when the entity has none.
 */
function nameWrittenInLowercase(fx: Finder, said: string, subject: Subject): Speaker {
  const facts = subject.entity ? fx.entities.get(subject.entity) : undefined;
  // A place is where, not who ("Syracuse showed an awkward but promising transition"), as for a phrase below.
  if (!facts || facts.type === 'place' || !IN_CAPITALS_RE.test(said)) return { speaker: null, entity: null };
  // Only a subject that names the entity itself, in the body's spelling: not a pronoun resolved to it (whose
  // resolution the capitals kept from being given), nor a dateline or heading in capitals ("WASHINGTON —").
  const named = facts.positions.find((at) => at >= subject.start && at < subject.end);
  if (named === undefined || !/\p{Ll}/u.test(fx.body.slice(named, subject.end)))
    return { speaker: null, entity: null };
  // "Donald Trump" where the heading had "DONALD TRUMP": the same name, spelled as the body spells it.
  const wanted = said.toLowerCase();
  for (const at of facts.positions) {
    const written = fx.body.slice(at, at + said.length);
    if (written.toLowerCase() === wanted && /\p{Ll}/u.test(written))
      return { speaker: written, entity: facts.id };
  }
  let best: string | null = null;
  for (const alias of facts.aliases)
    if (/\p{Ll}/u.test(alias) && nameIn(alias) === alias && alias.length > (best?.length ?? 0)) best = alias;
  return best ? { speaker: best, entity: facts.id } : { speaker: null, entity: null };
}

/** A string with no lowercase letter and more than one capital: "DONALD TRUMP", "REPUBLICANS". */
const IN_CAPITALS_RE = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

/**
 * "Without Mr. Ailes guiding the network, conservatives … are left wondering", "Like Mr. Sanders, she has …
 * seeking": a subject found inside an opening prepositional phrase, with the clause's comma still between it and
 * the cue, is no one who spoke: the main clause after the comma has its own subject. (Right before its cue the name
 * is the one acting: "Despite Mr. Trump's claims", "From Andrea Peyser writing at …".)
 */
function adjunctBeforeClause(fx: Finder, f: Frame): boolean {
  if (
    f.cue.start <= f.subject.end ||
    !PREPOSITION_OPENING_RE.test(fx.masked.slice(f.subject.start, f.subject.end))
  )
    return false;
  return (
    !fx.masked.slice(f.subject.start, f.subject.end).includes(',') &&
    fx.masked.slice(f.subject.end, f.cue.start).includes(',')
  );
}

/** A preposition opening a phrase: what follows is its object, not a subject. */
const PREPOSITION_OPENING_RE =
  /^(?:without|alongside|amid|amidst|among|despite|unlike|like|with|besides|beyond|after|before|during|since|in|on|at|for|from|by|through|under|over|against|toward|towards)\s/i;

/** describedSpeaker, asked once an article for each phrase: an article's unnamed speakers recur (~70% of the asks). */
function describedOnce(
  fx: Finder,
  phrase: string,
  opensSentence: boolean,
  firstIsName: boolean,
): string | null {
  // One map for each pair of flags, keyed by the phrase itself: a key joining flags and phrase cost a new string
  // to build and hash on every ask.
  const asked = fx.described[(opensSentence ? 2 : 0) + (firstIsName ? 1 : 0)];
  let described = asked.get(phrase);
  if (described === undefined) {
    described = describedSpeaker(phrase, opensSentence, firstIsName);
    asked.set(phrase, described);
  }
  return described;
}

/**
 * "Boeing said", "Rolling Stone reported": a company's or an outlet's own name may open with a word that a bare
 * string reads as leading junk ("Following Obama"); the entity's name settles it. The tagger types some companies
 * as other; a person's name is never read this way ("Following Obama" tagged as one person).
 */
function organizationNamed(fx: Finder, subject: Subject, said: string): boolean {
  const known = subject.entity ? fx.entities.get(subject.entity) : undefined;
  return (
    (known?.type === 'organization' || known?.type === 'other') &&
    known.name === said &&
    OPENS_WITH_ING_RE.test(said)
  );
}

const OPENS_WITH_ING_RE = /^\p{Lu}\p{Ll}+ing(?:\s|$)/u;

/**
 * "Beijing has demanded that …", "Washington has accused China of …": a capital that is the whole subject of the
 * cue's verb, with at most auxiliaries and adverbs between, stands for its government.
 */
function capitalGovernment(fx: Finder, f: Frame): Speaker | null {
  const m = fx.index.byStart.get(f.subject.start);
  if (!m || m.end !== f.subject.end || f.cue.start < m.end || typeOfMention(fx, m) !== 'place') return null;
  if (!CAPITAL_RE.test(fx.body.slice(m.start, m.end))) return null;
  if (!AUXILIARIES_ONLY_RE.test(fx.masked.slice(m.end, f.cue.start))) return null;
  const who = fromMention(fx, m);
  // The entity may be named by a dateline ("WASHINGTON —"): the capital as written here reads better.
  const name = who.speaker && who.speaker === who.speaker.toUpperCase() ? m.text : who.speaker;
  return { speaker: name, entity: who.entity };
}

/** Capitals that news names for their governments. */
const CAPITAL_RE =
  /^(?:Beijing|Moscow|Tehran|Pyongyang|Kiev|Kyiv|Ankara|Damascus|Riyadh|Tokyo|Seoul|Brussels|Berlin|Paris|London|Washington|Havana|Caracas|Islamabad|New Delhi|Jerusalem|Cairo|Baghdad|Kabul|Minsk|Taipei|Hanoi|Manila|Ottawa|Canberra)$/;

/** Nothing but auxiliaries and adverbs between a subject and its verb. */
const AUXILIARIES_ONLY_RE =
  /^\s+(?:(?:has|have|had|could|would|will|may|might|must|should|also|again|repeatedly|long|now|\p{Ll}+ly)\s+)*$/u;

/**
 * "Obama’s aides retweeted": the subject search stops at the possessive and finds "aides" alone; with the owner
 * named before it, the phrase describes who spoke ("Obama’s aides").
 */
function ownersPeople(fx: Finder, f: Frame): Speaker | null {
  const possessive = /(?:’s|'s|’|')\s+$/.exec(
    fx.masked.slice(Math.max(0, f.subject.start - 4), f.subject.start),
  );
  if (!possessive) return null;
  const m = fx.index.byEnd.get(f.subject.start - possessive[0].length);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  const described = describedOnce(fx, fx.body.slice(m.start, f.subject.end), false, true);
  return described ? { speaker: described, entity: null } : null;
}

/**
 * "Mr. Autor and his colleagues found", "RT and its defenders say": the subject search keeps the last of two joined
 * subjects; with a name opening the clause before "and", both together spoke.
 */
function nameAndOthers(fx: Finder, f: Frame): Speaker | null {
  const phrase = fx.masked.slice(f.subject.start, f.subject.end);
  // "Mr. Xi and other leaders have said": auxiliaries may stand before the verb.
  if (
    !OTHERS_PHRASE_RE.test(phrase) ||
    !AUXILIARIES_ONLY_RE.test(fx.masked.slice(f.subject.end, f.cue.start))
  )
    return null;
  const and = /\s+and\s+$/.exec(fx.masked.slice(Math.max(0, f.subject.start - 6), f.subject.start));
  if (!and) return null;
  const m = fx.index.byEnd.get(f.subject.start - and[0].length);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  const sent = fx.sentences[f.sentence];
  let start = m.start;
  start -=
    /(?:Mrs?|Ms|Dr)\.\s+$/.exec(fx.masked.slice(Math.max(sent.start, start - 5), start))?.[0].length ?? 0;
  const lead = fx.masked.slice(sent.start, start);
  if (!CLAUSE_OPENS_BEFORE_RE.test(lead)) return null;
  return { speaker: fx.body.slice(start, f.subject.end), entity: null };
}

/**
 * "Obama the realist knows that …", "So, Obama the hopeful has encouraged …": the subject search stops at "the" and
 * keeps the epithet alone; a person's name right before it, opening the clause, is who it describes. Not a name
 * after a verb or a preposition ("gave Obama the floor"), nor a capitalised epithet ("Alexander the Great", a name).
 */
function nameBeforeEpithet(fx: Finder, f: Frame): Speaker | null {
  if (
    !EPITHET_RE.test(fx.masked.slice(f.subject.start, f.subject.end)) ||
    f.cue.start < f.subject.end ||
    !AUXILIARIES_ONLY_RE.test(fx.masked.slice(f.subject.end, f.cue.start))
  )
    return null;
  const m = fx.index.byEnd.get(f.subject.start - 1);
  if (!m || fx.masked[m.end] !== ' ' || typeOfMention(fx, m) !== 'person') return null;
  const sent = fx.sentences[f.sentence];
  if (m.start < sent.start || !CLAUSE_OPENS_BEFORE_RE.test(fx.masked.slice(sent.start, m.start))) return null;
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}

/**
 * "April Dunne, a spokeswoman for the convention, said": a name the tagger missed (a month read as its first word)
 * heads the subject, and the apposition between it and the cue says it is someone's; the name as written speaks.
 */
function untaggedNameBeforeCue(fx: Finder, f: Frame): Speaker | null {
  if (f.cue.start <= f.subject.end || !/,\s*$/.test(fx.masked.slice(f.subject.end, f.cue.start))) return null;
  const head = untaggedNameHead(fx, f.subject.start, f.cue.start);
  if (!head || head.speaker !== fx.body.slice(f.subject.start, f.subject.end)) return null;
  return { speaker: head.speaker, entity: null };
}

/** "the realist", "the eternal optimist": "the" and one or two lowercase words. */
const EPITHET_RE = /^the\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*$/u;

/**
 * What may stand before a subject that opens its clause: nothing but a connective at the sentence's start, or a
 * comma, dash or colon closing an opening phrase ("Since earlier this year, Mr. Xi and other leaders have said"),
 * or a word that opens a subordinate clause ("where Sanders and his aides believe", "whether Sanders and his
 * supporters would accept"); then "both" or "the" may open the subject. After a verb or a preposition the name is
 * an object ("The crowd cheered Edwards and others said").
 */
const CLAUSE_OPENS_BEFORE_RE =
  /(?:^[\s"“‘'(~•*]*(?:(?:But|And|Yet|So|Now)\s+)?|[,;:—–]\s*|(?:^|\s)(?:where|whether|that|when|if|because|since|while|although|though|as|after|before|until|unless)\s+)(?:both\s+|[Tt]he\s+)?$/;

/** The second of two joined subjects, not named: "his colleagues", "its defenders", "others", "other members". */
const OTHERS_PHRASE_RE =
  /^(?:(?:his|her|its|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*|others|other\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u;

/**
 * Whether the subject is a lowercase phrase that opens the cue's own noun phrase, right before it: "a very public"
 * before "rant", "the leading" before "voice". Not one after the cue ("has a slight lead in" before "the polls"), nor
 * "the" before a noun that an "of" gives to another ("had the full" before "support of the conservative movement":
 * the movement's support; "a vocal supporter of Trump" is the subject's).
 */
function objectOpeningCue(fx: Finder, f: Frame): boolean {
  const phrase = fx.masked.slice(f.subject.start, f.subject.end);
  return (
    f.subject.end <= f.cue.start &&
    /^\s*$/.test(fx.masked.slice(f.subject.end, f.cue.start)) &&
    LOWERCASE_OBJECT_RE.test(phrase) &&
    !(/^the\s/.test(phrase) && /^\s+of\s/.test(fx.masked.slice(f.cue.end, f.cue.end + 4)))
  );
}

/**
 * "Mrs. Clinton has been a dogged" before "defender of", "Cruz made an unprompted" before "call for": the phrase
 * the subject search found is the object that opens the cue's own noun phrase, and the name before its verb holds
 * the view. (After a comma alone it is no object: "Clinton, a top aide said".)
 */
function actorBeforeObject(fx: Finder, f: Frame): Speaker | null {
  if (!objectOpeningCue(fx, f)) return null;
  // "Locksley had discovered a group of cells called …": a past participle after the object describes what the
  // object is called or made for, nobody's view. ("a new campaign ad hitting Trump": the ad's maker speaks.)
  if (/^[\p{L}-]*ed\b/u.test(fx.masked.slice(f.cue.start, f.cue.end))) return null;
  const sent = fx.sentences[f.sentence];
  const lead = fx.masked.slice(Math.max(sent.start, f.subject.start - 60), f.subject.start);
  const verb = VERB_BEFORE_OBJECT_RE.exec(lead);
  if (!verb) return null;
  const m = fx.index.byEnd.get(f.subject.start - verb[0].length);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  // "Republicans on the House Financial Services Committee approved": the name is the object of a preposition.
  if (endsInPreposition(fx.masked.slice(Math.max(sent.start, m.start - 12), m.start))) return null;
  // "a number of candidates, including Trump and Cruz, who …, have taken a more aggressive": one of several.
  if (/\b(?:and|or|nor|including)\s+$/.test(fx.masked.slice(Math.max(sent.start, m.start - 12), m.start)))
    return null;
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}

/**
 * "Hillary Clinton closed her victory speech on Tuesday night with a spirited" before "tribute to", "Clinton chose to
 * make her peroration" before "about": the phrase found is the object that opens the cue's noun phrase, deep in the
 * predicate of a name that opens the clause. The name holds the view when nothing between opens a clause of its own
 * or reports speech ("Trump said his advisers believe": the advisers believe).
 */
function clauseSubjectBeforeObject(fx: Finder, f: Frame): Speaker | null {
  if (!objectOpeningCue(fx, f)) return null;
  // "a former speechwriter said", "a group backing", "a group charged with", "the string of contests known as": before
  // a verb or a participle the phrase is its subject.
  const cueWord = /^[\p{L}’'-]*/u.exec(fx.masked.slice(f.cue.start, f.cue.end))?.[0] ?? '';
  if (SPEECH_WORD(cueWord) || /(?:ing|ed)$/.test(cueWord) || IRREGULAR_PARTICIPLE_RE.test(cueWord))
    return null;
  // "a slide show that predicted": a "that" clause after the cue makes it a verb, and the phrase its subject.
  if (f.region && /^\s*that\s/.test(fx.masked.slice(f.cue.end, f.region.end))) return null;
  const sent = fx.sentences[f.sentence];
  const m = clauseOpeningMention(fx, sent.start, f.subject.start);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  // "Ms. Brainard, a Fed governor since 2014, has emerged": an apposition may follow the name.
  // "has emerged over the last year as a leading" before "advocate for": the "as" that heads the cue's phrase
  // opens no clause.
  const predicate = fx.masked
    .slice(m.end, f.subject.start)
    .replace(APPOSITION_RE, ' ')
    .replace(/\sas\s+$/, ' ');
  if (CLAUSE_INSIDE_RE.test(predicate) || /[-—–(]/.test(predicate) || wordCount(predicate, 12) > 10)
    return null;
  const verb = OPENING_PREDICATE_RE.exec(predicate.trimStart())?.[1];
  if (!verb || !(PAST_OR_AUX.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb) || MODAL_NOT_RE.test(verb)))
    return null;
  const words = splitAtSpaces(predicate.trim());
  if (words.some((w) => SPEECH_WORD(w))) return null;
  // "the only records that Trump released on-air was a one-page": a later finite verb ends a relative clause.
  if (words.slice(words.indexOf(verb) + 1).some((w) => COPULA_OR_AUX_RE.test(w))) return null;
  // "Trump met Cruz for a heated" before "debate": another name in the predicate shares the act (a name inside
  // the apposition describes the person: "Ms. Brainard, a Fed governor since 2014,").
  const ms = fx.index.mentions;
  const predicateStart =
    m.end + (APPOSITION_RE.exec(fx.masked.slice(m.end, f.subject.start))?.[0].length ?? 0);
  for (let i = mentionFrom(fx, predicateStart); i < ms.length && ms[i].start < f.subject.start; i++)
    if (typeOfMention(fx, ms[i]) !== 'place') return null;
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}

/** The first mention of a sentence before x that opens its clause, past a courtesy title. */
function clauseOpeningMention(fx: Finder, sentStart: number, x: number): Mention | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, sentStart); i < ms.length && ms[i].start < x; i++) {
    let start = ms[i].start;
    start -=
      /(?:Mrs?|Ms|Dr)\.\s+$/.exec(fx.masked.slice(Math.max(sentStart, start - 5), start))?.[0].length ?? 0;
    if (CLAUSE_OPENS_BEFORE_RE.test(fx.masked.slice(sentStart, start))) return ms[i].end <= x ? ms[i] : null;
  }
  return null;
}

/** A hand-written verb of saying or thinking: what follows it is a clause of its own, with its own subject. */
const SPEECH_WORD = (w: string): boolean => {
  const info = cueForm(w);
  return info !== undefined && !info.learned;
};

/** Past participles that do not end in "-ed": "known as", "seen as", "written by". */
const IRREGULAR_PARTICIPLE_RE = /^(?:known|seen|shown|given|taken|written|drawn|held|made|thought)$/;

/** A form of "be" or "have" or a modal: a finite verb. */
const COPULA_OR_AUX_RE = /^(?:is|was|are|were|has|have|had|will|would|could|should|may|might|must)$/;

/** A modal or "do" with "not": "wouldn’t", "didn't", "couldn’t". */
const MODAL_NOT_RE = /^(?:would|could|should|did|does|do|can|will)n[’']t$/;

/** An apposition set off by commas right after a name: ", a Fed governor since 2014,". */
const APPOSITION_RE = /^,[^,;:"~]{1,40},/;

/**
 * A person or body named at the head of a subject phrase that runs on into its own predicate ("Trump took" before
 * "offense", "the SVP is campaigning") or names their statement ("Trump's controversial" before "pledge",
 * "Trump's comments"): the learned detector fires on a later word, and the name is whose words they are.
 */
function openingActor(fx: Finder, f: Frame): Speaker | null {
  let at = f.subject.start;
  if (/^the\s/i.test(fx.masked.slice(at, at + 4))) at += 4;
  // "Ms. Gil took" before "particular joy in": the entity stage leaves a courtesy title out of the name.
  else at += TITLE_BEFORE_NAME_RE.exec(fx.masked.slice(at, at + 6))?.[0].length ?? 0;
  const m = fx.index.byStart.get(at) ?? describedPersonOpening(fx, f.subject);
  if (!m || m.end >= f.subject.end) return null;
  // "the White House took" before "credit": a seat of government the entity stage typed as a place acts for it.
  if (typeOfMention(fx, m) === 'place' && !SEAT_OF_GOVERNMENT_RE.test(fx.body.slice(m.start, m.end)))
    return null;
  const rest = fx.masked.slice(m.end, f.subject.end);
  // "The Obama administration announced" before "plans": the body named after a person acts as that body.
  const body = BODY_AFTER_NAME_RE.exec(rest);
  if (body && typeOfMention(fx, m) !== 'place') {
    const verb = OPENING_PREDICATE_RE.exec(rest.slice(body[0].length))?.[1];
    // "Bernie's campaign was a sustained" before "clarion call": what the body is, not what it did.
    if (!verb || COPULA_RE.test(verb) || !(PAST_OR_AUX.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb)))
      return null;
    if (CLAUSE_INSIDE_RE.test(rest) || wordCount(rest, 8) > 6) return null;
    return { speaker: fx.body.slice(m.start, m.end + body[0].trimEnd().length), entity: null };
  }
  const owned = POSSESSIVE_RE.exec(rest);
  if (owned) {
    const words = splitAtSpaces(owned[1].trim());
    if (words.some((w) => FUNCTION_WORD.test(w))) return null;
    const cueWord = /^[\p{L}-]*/u.exec(fx.masked.slice(f.cue.start, f.cue.end))?.[0] ?? '';
    if (!STATEMENT_NOUN.test(words[words.length - 1]) && !STATEMENT_NOUN.test(cueWord)) return null;
  } else {
    // "Smith took offense when reporters asked": a clause of its own inside the phrase has its own subject.
    if (CLAUSE_INSIDE_RE.test(rest) || wordCount(rest, 8) > 6) return null;
    // "The EU has used those" before "allegations": a demonstrative points back to what others said.
    if (/\b(?:this|these|those)\s*$/i.test(rest)) return null;
    const verb = /^\s/.test(rest) ? OPENING_PREDICATE_RE.exec(rest.trimStart())?.[1] : undefined;
    if (!verb || !(PAST_OR_AUX.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb))) return null;
  }
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}

/**
 * "The president revisited his own" before "promise": a person whose mention or titles open the phrase, "the"
 * included (the words before the name are the description the subject search gives a name).
 */
function describedPersonOpening(fx: Finder, subject: Subject): Mention | null {
  const m = fx.index.mentions[mentionFrom(fx, subject.start)];
  if (!m || m.end >= subject.end || typeOfMention(fx, m) !== 'person') return null;
  return descriptorStart(fx, m) === subject.start ? m : null;
}

/**
 * "an analysis by Lily Batchelder", "a web video by the Republican National Committee": a work credited to a
 * named author speaks for that author.
 */
function authorIn(fx: Finder, subject: Subject): Speaker | null {
  const phrase = fx.masked.slice(subject.start, subject.end);
  const by = WORK_BY_RE.exec(phrase);
  if (!by) return outletReportedIn(fx, subject, phrase);
  let at = subject.start + by.index + by[0].length;
  if (fx.masked.startsWith('the ', at)) at += 4;
  let m = fx.index.byStart.get(at);
  // "a projection by the consulting firm Oxford Economics": a few lowercase words may say what the author is.
  const described = DESCRIPTOR_WORDS_RE.exec(fx.masked.slice(at, subject.end));
  if (!m && described && !FUNCTION_WORDS_RE.test(described[0])) {
    // The name must close the phrase: "the president of the AFL-CIO labor federation obtained by …" is no author.
    const named = fx.index.byStart.get(at + described[0].length);
    if (named?.end === subject.end) m = named;
  }
  if (!m || m.end > subject.end) {
    // "a new report by E! News": a name the entity stage missed still names the author, when it ends the phrase.
    const rest = fx.masked.slice(at, subject.end);
    return CAPITALISED_NAME_RE.test(rest) ? { speaker: rest, entity: null } : null;
  }
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}

/**
 * The outlet a work is credited to without "by": named before the kind of work ("a new Fast Company report"), or
 * where it appeared ("a report in the Argus Leader of Sioux Falls": the place after "of" is where the outlet is, and
 * a place or a month right after "in", as in "a report in March", is no outlet).
 */
function outletReportedIn(fx: Finder, subject: Subject, phrase: string): Speaker | null {
  // "a new Fast Company report": the name before the kind of work is its author.
  const named = NAMED_REPORT_RE.exec(phrase);
  if (named) {
    // "a June poll", "the September Washington Post-ABC News poll": a month tells when, not who.
    const name = named[1].replace(MONTH_RE, '').trim();
    if (name === '') return null;
    const known = entityFor(fx, name);
    return { speaker: known?.name ?? name, entity: known?.id ?? null };
  }
  const m = REPORT_IN_RE.exec(phrase);
  if (!m) return null;
  const at = subject.start + m.index + m[0].length;
  const run = OUTLET_RUN_RE.exec(fx.masked.slice(at, subject.end))?.[0];
  if (!run || MONTH_RE.test(run)) return null;
  const mention = fx.index.byStart.get(at);
  if (mention && mention.end === at + run.length) {
    if (typeOfMention(fx, mention) === 'place') return null;
    const who = fromMention(fx, mention);
    return { speaker: who.speaker, entity: who.entity };
  }
  const known = entityFor(fx, run);
  return { speaker: known?.name ?? run, entity: known?.id ?? null };
}

/** "The poll", "FEC records", "exit polls": a document or survey that a finding is attributed to. */
export function isEvidence(fx: Finder, subject: Subject): boolean {
  return EVIDENCE_END.test(fx.masked.slice(subject.start, subject.end));
}

/** A possessive name's ending and up to three lowercase words after it ("’s most surprising", "'s comments"). */
const POSSESSIVE_RE = /^[’']s?((?:\s+\p{Ll}[\p{L}-]*){0,3})\s*$/u;

/** Words that begin a phrase of their own after a possessive ("Trump's use of a"): no statement is named. */
const FUNCTION_WORD = /^(?:of|in|at|to|for|on|by|with|from|a|an|the|and|or|is|was|are|were|has|had)$/;

/** Nouns for what someone said, proposed or did in words: whose they are is whose the content is. */
const STATEMENT_NOUN =
  /^(?:comments?|remarks?|claims?|assertions?|pledges?|promises?|attacks?|calls?|suggestions?|rejection|embrace|endorsements?|refusal|focus|concerns?|posts?|tweets?|speech|statements?|words|arguments?|criticism|response|proposals?|vows?|warnings?|praise|broadside|insistence|denials?|complaints?|accusations?|charges?|announcement|admission|description|characterization|plea|defen[cs]e)$/;

/**
 * The first words of a predicate after a name: an optional adverb ("-ly", "later", "also"), then (captured) the
 * verb, which must be a past tense or an auxiliary ("took", "quickly pivoted", "later walked", "didn’t stop").
 */
const OPENING_PREDICATE_RE =
  /^(?:(?:\p{Ll}+ly|later|also|then|again|even|still|once|soon|already|never|long\s+ago)\s+)?(\p{Ll}[\p{L}’']*)(?:\s|$)/u;

/** The body a person leads, named after them: "Obama administration", "Trump campaign". */
const BODY_AFTER_NAME_RE = /^(?:[’']s?)?\s+(?:administration|campaign|government)\s+/;

/** Forms of "be": a body described, not acting. */
const COPULA_RE = /^(?:is|was|are|were)$/;

/** Buildings that news names for the government in them. */
const SEAT_OF_GOVERNMENT_RE = /^(?:White House|Kremlin|Pentagon)$/;

/** A courtesy title before a surname: "Mr. ", "Ms. ", "Mrs. ", "Dr. ". */
const TITLE_BEFORE_NAME_RE = /^(?:Mrs?|Ms|Dr)\.\s+/;

/**
 * A comma or a word that opens a clause or a second subject ("when reporters", "and his aides"); not "after" or
 * "before" as a preposition before its noun phrase ("The FBI decided after a lengthy investigation").
 */
const CLAUSE_INSIDE_RE =
  /[,;:]|\b(?:when|while|as|because|if|that|who|which|where|and|but|or|though|although|whether)\b|\b(?:after|before|since|until)\b(?!\s+(?:a|an|the|his|her|its|their|months|weeks|days|years)\b)/i;

/** A lowercase noun phrase opened by an article or a possessive: "a dogged", "an unprompted", "the leading". */
const LOWERCASE_OBJECT_RE = /^(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;

/**
 * What stands between a name and its object at the end of a sentence's opening: an optional apposition ("Hughes,
 * 43,") and a verb that takes the object ("has been", "made", "delivered", "has taken").
 */
const VERB_BEFORE_OBJECT_RE = new RegExp(
  `(?:,[^,;:"~]{1,40},)?\\s+(?:\\p{Ll}+ly\\s+)?(?:(?:has|had|have)\\s+been|(?:has|had|have)\\s+(?:${[...OBJECT_VERB_PARTICIPLES].join('|')}|\\p{Ll}{3,}ed)|has|had|is|was|are|were|remains|remained|${[...OBJECT_VERB_PASTS].join('|')}|used|\\p{Ll}{3,}ed)\\s+$`,
  'u',
);

/** Irregular past tenses (PREDICATE_PASTS), "used" and auxiliaries that open a predicate. */
const PAST_OR_AUX = new Set([
  ...PREDICATE_PASTS,
  ..."used is was are were has have had did does didn’t didn't doesn’t doesn't won’t won't will would".split(
    ' ',
  ),
]);

/** A name written in capitals, one word: "POLITICO". */
const ONE_WORD_IN_CAPITALS_RE = /^[A-Z]{2,}$/;

/** A role and the preposition that ties it to a place: "the mayor of ", "a spokesman for the ". */
const PLACE_OF_ROLE_RE = /^(?:the|a|an)?\s*\p{Ll}[\p{L}\s-]{1,40}\s(?:of|for|in|from)\s+(?:the\s+)?$/u;

/** A work and the "by" that credits its author: "analysis by", "a web video by", "a study from", "an email from". */
const WORK_BY_RE =
  /\b(?:analysis|analyses|study|studies|report|poll|survey|review|estimate|memo|letter|paper|audit|investigation|video|ad|advertisement|op-ed|column|editorial|statement|book|calculations?|projections?|e-?mails?|post)\s+(?:by|from)\s+/i;

/** Words that join phrases rather than describe a name. */
const FUNCTION_WORDS_RE = /\b(?:of|in|at|to|for|on|by|with|from|the|a|an|and|or|who|that|which)\s/;

/** One to three lowercase words that describe an author before the name: "consulting firm ", "economist ". */
const DESCRIPTOR_WORDS_RE = /^(?:\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu})/u;

/** "a new Fast Company report", "the latest Gallup poll": a work named by its author's name. */
const NAMED_REPORT_RE =
  /^(?:a|an|the)\s+(?:(?:new|recent|latest|separate|previous|earlier|recently\s+released)\s+)?([\p{Lu}][\p{L}\p{N}!.&’'/-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'/-]*){0,3})\s+(?:report|story|article|analysis|investigation|poll|survey|review|study)$/u;

/** "a report in the ", "an article in ": a work published in an outlet. */
const REPORT_IN_RE =
  /\b(?:report|article|story|editorial|column|op-ed|interview)\s+in\s+(?:the\s+)?(?=\p{Lu})/u;

/** An outlet's capitalised words, up to "of" and its place ("Argus Leader" of "Argus Leader of Sioux Falls"). */
const OUTLET_RUN_RE = /^[\p{Lu}][\p{L}\p{N}!.&’'-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'-]*){0,4}(?=\s+of\s|\s*$)/u;

const MONTH_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** One to five capitalised words and nothing else ("E! News", "Goldman Sachs"). */
const CAPITALISED_NAME_RE = /^[\p{Lu}][\p{L}\p{N}!.&’'-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'-]*){0,4}$/u;
