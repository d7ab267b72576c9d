// Where a subject ends before its verb and starts before its name: adverbs, asides, appositions.

import type { Mention } from '../../../model/index.js';
import { endsInSpacedWord } from '../gates.js';
import { ADVERBS } from '../lexicon.js';
import { descriptorBefore } from '../speakers.js';
import {
  isLetter,
  isSpace,
  lastCodeBetween,
  lastNonSpaceCode,
  lowerCased,
  onlySpacesAndQuotes,
} from '../text.js';
import { typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { endsInPreposition, SUBORDINATE_OPENING_RE } from './patterns.js';

/**
 * "Hillary Clinton on Tuesday said", "Reince Priebus, the GOP chairman, this past week announced", "Trey Gowdy
 * earlier in the day touted", "Fiorina a month later announced": a time between subject and verb.
 */
const SUBJECT_TIME_RE =
  /\s(?:(?:on|last|this|early|late|earlier|later)\s+(?:past\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|morning|night|evening|afternoon)(?:\s+(?:morning|night|evening|afternoon))?|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year|morning|evening|afternoon)|at\s+the\s+time|(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier))$/;

/**
 * "Clark in October revealed …": a month between a name and its verb. Skipped only right after a name: after a
 * noun ("A judge in October sentenced …", "a survey by the group in March showed …") the phrase reads as one.
 */
const NAME_MONTH_RE =
  /\s(?:in|last|early|late)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

/** Last words of SUBJECT_TIME_RE, lowercased: only these can end a time phrase. */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday day week weekend month year morning night evening afternoon time ago later earlier'.split(
    ' ',
  ),
);

/** "Jeb Bush in a Medium post said": where the subject spoke, between it and the verb with no commas. */
const SUBJECT_MEDIUM_RE =
  /\s(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}(?:post|statement|interview|speech|letter|tweet|email|op-ed|video|memo|essay|column|appearance)$/u;

const MEDIUM_WORDS = new Set(
  'post statement interview speech letter tweet email op-ed video memo essay column appearance'.split(' '),
);

/**
 * A verb that leads to the cue after it ("went on to discuss"), with the space before it; so do words of need, wish,
 * likelihood, ability and obligation, whose subject is the cue's ("He would like to see", "Democratic insiders were
 * more likely to say", "women should be able to expect", "one has to feel", "We need to remember"; listed41). Not
 * "voted to", "trying to", "failed to", "used to": measured with them, the verb after them took a subject it did not have
 * ("the Senate will vote to confirm …"). Nor a bare "likely to" or "going to": what is likely or going to be
 * announced has not been said ("Sources said the leadership was likely to announce the list").
 */
const CHAIN_TO_RE =
  /\s(?:(?:went|goes|go)\s+on|continued|continues|continue|began|begins|begin|started|starts|start|tried|tries|try|sought|seeks|seek|moved|proceeded|appeared|appears|appear|seemed|seems|seem|tend|tends|tended|hastened|rushed|needs|need|needed|(?:would|’d|'d)\s+(?:like|love)|(?:more|less|most|least)\s+likely|able|unable|has|have|had)\s+to$/;

/**
 * A short aside between subject and verb: ", however," / ", in a statement," / ", at a later press gaggle,"; not a
 * conjunction (", and, citing …" goes on from the clause's subject, not from the phrase before it).
 */
const ASIDE_BEFORE_VERB_RE =
  /,\s*(?:(?!(?:and|but|or|then|so|yet)\s*,)[\p{Ll}]+(?:\s+[\p{Ll}]+)?|(?:at|in|on|during|after|before|speaking\s+(?:at|to|on|in|with))\s+[^,"~;:]{1,40})\s*,$/u;

/**
 * ", a former secretary of homeland security," / ", chair of the Platform Committee,": a role in apposition; or what
 * the person was doing (", dedicating the National Museum of African American History and Culture on Saturday,"),
 * or a relative clause (", who appraises golf course properties for the real estate brokerage firm …,").
 */
// A participle's or a relative clause's aside may quote a short name or phrase ("Bill Eastland, wearing a cowboy
// hat and “Ted Cruz” campaign pins, said"): a masked quotation of up to 40 characters counts as one word there.
const APPOSITION_RE =
  /,\s*(?:(?:(?:a|an|the|his|her|their|its)\s+)?[\p{Ll}][^,"~;:()]{2,70}|\p{Ll}+ing\s(?:[^,"~;:()]|"~{1,40},?"){2,100}|who\s(?:[^,"~;:()]|"~{1,40},?"){2,150}),$/u;

/**
 * Moves left over adverbs, auxiliaries and ", however," asides between a subject and its verb. `apposedName`: a
 * name set off by commas may be the subject (not before a participle, whose subject is elsewhere: "fired his
 * police chief, Garry F. McCarthy, acknowledging …").
 */
export function skipAdverbs(fx: Finder, x: number, floor: number, apposedName = false): number {
  let end = x;
  for (;;) {
    let e = end;
    while (e > floor && isSpace(fx.masked[e - 1])) e--;
    // Each kind of thing to skip ends in its own character, so the last one picks the test to run.
    const last = fx.masked[e - 1];
    if (last === ')') {
      const paren = fx.masked.slice(Math.max(floor, e - 110), e).match(/\s*\([^()"~]{1,100}\)$/u);
      if (!paren) return e;
      end = e - paren[0].length;
      continue;
    }
    if (last === ',') {
      // "Gov. John Kasich (R-OH), said": a party tag closed by a comma the verb does not need; "Rep. Chris
      // Collins, R-NY, says": a party tag set off by commas.
      if (
        e - 2 >= floor &&
        fx.masked[e - 2] === ')' &&
        PARTY_TAG_BEFORE_RE.test(fx.masked.slice(Math.max(floor, e - 16), e - 1))
      ) {
        end = e - 1;
        continue;
      }
      const tag = PARTY_TAG_IN_COMMAS_RE.exec(fx.masked.slice(Math.max(floor, e - 16), e));
      if (tag) {
        end = e - tag[0].length;
        continue;
      }
      const aside = fx.masked.slice(Math.max(floor, e - 60), e).match(ASIDE_BEFORE_VERB_RE);
      if (aside) {
        // "Brian Murphy, the chairman of the county GOP, for example, said": an apposition may close at the
        // comma that opens the aside.
        const opened = e - aside[0].length + 1;
        const appos = opened - floor > 4 ? appositionBefore(fx, opened, floor) : -1;
        end = appos >= 0 ? appos : e - aside[0].length;
        continue;
      }
      // "Tom Ridge, a former secretary of homeland security, put it": an apposition after a person's name.
      const appos = e - floor > 4 ? appositionBefore(fx, e, floor) : -1;
      if (appos < 0) return (apposedName ? appositiveNameEnd(fx, e - 1, floor) : null) ?? e;
      end = appos;
      continue;
    }
    let s = e;
    while (s > floor && isLetter(fx.masked.charCodeAt(s - 1))) s--;
    if (s === e) return e;
    const w = lowerCased(fx.masked.slice(s, e));
    // "didn’t say", "won't comment": a negated auxiliary, whose letters stop at the apostrophe.
    if (w === 't' && s - 2 > floor && (fx.masked[s - 1] === '’' || fx.masked[s - 1] === "'")) {
      let a = s - 1;
      while (a > floor && isLetter(fx.masked.charCodeAt(a - 1))) a--;
      if (a < s - 1 && fx.masked[s - 2] === 'n' && fx.masked.charCodeAt(a) >= 97) {
        end = a;
        continue;
      }
    }
    if (TIME_WORDS.has(w)) {
      const when = fx.masked.slice(Math.max(floor, e - 30), e).match(SUBJECT_TIME_RE);
      if (when) {
        end = e - when[0].length;
        continue;
      }
    }
    if (MONTHS.has(w)) {
      const month = NAME_MONTH_RE.exec(fx.masked.slice(Math.max(floor, e - 20), e));
      if (month && fx.index.byEnd.has(e - month[0].length)) {
        end = e - month[0].length;
        continue;
      }
    }
    if (MEDIUM_WORDS.has(w)) {
      const medium = fx.masked.slice(Math.max(floor, e - 60), e).match(SUBJECT_MEDIUM_RE);
      if (medium) {
        end = e - medium[0].length;
        continue;
      }
    }
    if (w === 'to') {
      // "Caddell went on to discuss", "Stumpf appeared to blame": the verb that leads to the cue is skipped too.
      const chain = fx.masked.slice(Math.max(floor, e - 24), e).match(CHAIN_TO_RE);
      if (chain) {
        end = e - chain[0].length;
        continue;
      }
      // "Obama to frame election as …": a headline's name before "to" (not "calls with Clinton to discuss").
      let n = s;
      while (n > floor && isSpace(fx.masked[n - 1])) n--;
      const m = n < s ? fx.index.byEnd.get(n) : undefined;
      if (m && onlySpacesAndQuotes(fx.masked, floor, descriptorStart(fx, m))) return n;
    }
    // "I couldn't help but feel", "she can't help but think": the idiom leads to the cue as an auxiliary does.
    if (w === 'but') {
      const idiom = HELP_BUT_RE.exec(fx.masked.slice(Math.max(floor, e - 12), e));
      if (idiom) {
        end = e - idiom[0].length;
        continue;
      }
    }
    const lower = fx.masked.charCodeAt(s) >= 97;
    // "Merkley, Brown and Menendez all suggested": a floating quantifier, but "Both said" has no other subject.
    // "Theresa May said": a capitalised word that ends a name is the name's, not an auxiliary.
    if ((ADVERBS.has(w) && (lower || !fx.index.byEnd.has(e))) || (lower && (w === 'all' || w === 'both'))) {
      end = s;
      continue;
    }
    // A capitalised -ly word before the verb is a name ("Jolly said", "Kelly said"), not an adverb.
    if (lower && w.endsWith('ly') && w.length > 4 && !/^(?:only|family|ally|rally|italy|early)$/.test(w)) {
      end = s;
      continue;
    }
    return e;
  }
}

const HELP_BUT_RE = /\shelp\s+but$/;

/**
 * "would be praising", "could not be warning", "will be urging": a modal, perhaps "not" or an adverb, and "be"
 * before a cue's "-ing" form. Only "be" is new to the chain (the modal and the words between are in ADVERBS); it
 * is not skipped before every verb, since "could be expected to take …" then found frames PolNeAR does not mark
 * (frames45). "has been saying" needs nothing here: "has" and "been" are both in ADVERBS.
 */
const MODAL_BE_RE =
  /(?:^|[^\p{L}’'])(?:would|will|could|should|might|may|must)\s+(?:(?:not|\p{Ll}+ly|also|still|never)\s+)?be\s+$/u;

/** Where the auxiliary chain before an "-ing" cue at `cs` goes on: before the "be" after a modal, else `cs`. */
export function beforeModalBe(fx: Finder, cs: number, floor: number): number {
  const before = fx.masked.slice(Math.max(floor, cs - 40), cs);
  const m = endsInSpacedWord(before, 'be') ? MODAL_BE_RE.exec(before) : null;
  return m ? cs - m[0].length + m[0].lastIndexOf('be') : cs;
}

/**
 * "Florida’s Republican attorney general, Pam Bondi, vowed", "Gov. John Kasich (R-OH), said": where a person's
 * name set off by commas (or opening the clause) ends before the comma at `comma`; null when there is none.
 */
function appositiveNameEnd(fx: Finder, comma: number, floor: number): number | null {
  let k = comma;
  while (k > floor && isSpace(fx.masked[k - 1])) k--;
  k = beforeParty(fx, k, floor);
  const m = fx.index.byEnd.get(k);
  if (!m || m.start < floor || typeOfMention(fx, m) !== 'person') return null;
  if (lastNonSpaceCode(fx.masked, floor, m.start) === 44) {
    if (namesObjectOfFor(fx.masked.slice(Math.max(floor, m.start - 60), m.start))) return null;
    // "Prince Edward, the younger brother of the heir to the throne, Charles, has told": a name closing another
    // person's apposition renames the last noun of it (the heir), and the subject is the person it follows.
    let c = m.start;
    while (c > floor && fx.masked[c - 1] !== ',') c--;
    const outer = c - floor > 4 ? appositionBefore(fx, c, floor) : -1;
    return outer >= 0 ? outer : k;
  }
  return onlySpacesAndQuotes(fx.masked, floor, Math.max(floor, descriptorStart(fx, m))) ? k : null;
}

/**
 * "A lawyer for the former mayor, Thomas Greer, said": a name set off after a person's office, with no name of its
 * own, renames that person (the object of "for"), and whoever speaks is the unnamed lawyer. After a body, a group
 * or a named person ("a spokeswoman for the company, Jane Doe", "a lawyer for the news outlets, David Schulz", "an
 * attorney for Pagliano, Mark MacDougall": PolNeAR's three) the name is the lawyer's or spokesman's own.
 * (The character before the comma is a letter of the office: one look at "for" skips the pattern.)
 */
export function namesObjectOfFor(before: string): boolean {
  return before.includes(' for ') && OFFICE_AFTER_FOR_RE.test(before);
}

const OFFICE_AFTER_FOR_RE =
  /\b(?:lawyer|attorney|spokes(?:wo)?man|spokesperson|representative|aide|publicist|agent)\s+for\s+the\s+(?:(?:former|late|ousted|jailed|accused|slain)\s+)?(?:mayor|governor|senator|congressman|congresswoman|president|premier|minister|chief|judge|sheriff|officer|defendant|suspect|victim|singer|actor|actress|rapper|star|player|coach|executive|founder|director|banker|businessman|businesswoman|billionaire|teacher|doctor|priest|pastor|bishop|teen|teenager|man|woman|boy|girl)\s*,\s*$/;

/** Where a name ends when "(R-OH)" or "(R-Kans.)", its party and state in brackets, ends at `at`; else `at`. */
export function beforeParty(fx: Finder, at: number, floor: number): number {
  if (fx.masked[at - 1] !== ')') return at;
  const paren = fx.masked.slice(Math.max(floor, at - 30), at).match(/\s*\([^()"~]{1,25}\)$/);
  return paren ? at - paren[0].length : at;
}

/**
 * Whether mention `m` closes a phrase like "a longtime adviser to Trump": a "who" after it means the adviser, not
 * Trump.
 */
export function objectOfPersonHead(fx: Finder, m: Mention): boolean {
  const lead = HEAD_AND_PREPOSITION_RE.exec(fx.masked.slice(Math.max(0, m.start - 40), m.start));
  return lead !== null && PERSON_HEADS.has(lead[1]);
}

/**
 * The person whom the phrase holding `at` stands in apposition to ("Peter Morgan, a lawyer for the Sierra Club"),
 * or null when the phrase follows no name ("said a longtime adviser to Trump").
 */
export function nameBeforeApposition(fx: Finder, at: number): Mention | null {
  const np = APPOSED_NP_RE.exec(fx.masked.slice(Math.max(0, at - 90), at));
  if (!np) return null;
  const name = fx.index.byEnd.get(beforeParty(fx, at - np[0].length, 0));
  return name && typeOfMention(fx, name) === 'person' ? name : null;
}

/** Start of ", a former secretary of homeland security," ending at e, when a person's name comes right before. */
function appositionBefore(fx: Finder, e: number, floor: number): number {
  const m = fx.masked.slice(Math.max(floor, e - 170), e).match(APPOSITION_RE);
  if (!m) return -1;
  const at = beforeParty(fx, e - m[0].length, floor);
  const name = fx.index.byEnd.get(at);
  if (!name) return -1;
  return typeOfMention(fx, name) === 'person' ? e - m[0].length : -1;
}

/** Where "Russia’s Foreign Ministry spokeswoman Maria Zakharova" starts, given the mention of her name. */
export function descriptorStart(fx: Finder, m: Mention): number {
  const known = fx.descriptorStarts.get(m.start);
  if (known !== undefined) return known;
  const at = findDescriptorStart(fx, m);
  fx.descriptorStarts.set(m.start, at);
  return at;
}

function findDescriptorStart(fx: Finder, m: Mention): number {
  const desc = descriptorBefore(fx.body, m.start);
  let at = desc ? fx.body.lastIndexOf(desc, m.start) : m.start;
  if (
    at < 0 ||
    m.start - at > 120 ||
    personBeforeComma(fx, at, m.start) ||
    endsSubordinateClause(fx, at, m.start) ||
    objectBeforePerson(fx, at, m)
  )
    at = m.start;
  const the = fx.body.slice(Math.max(0, at - 4), at).match(/\bthe\s+$/i);
  if (the) return at - the[0].length;
  return at < m.start ? appositionOpening(fx, at, m.start) : at;
}

/**
 * "In a meeting with the editorial board of the Washington Post Trump said": the comma after an opening phrase left
 * out. An organization's name right before the person's, with only a space between, ends that phrase as the object
 * of its preposition, when the sentence opens with a preposition and no comma comes before the name (a title has
 * its role word: "Fox Business moderator Gerard Baker"; "supporters of Democrat Hillary Clinton say" opens with no
 * preposition).
 */
function objectBeforePerson(fx: Finder, from: number, m: Mention): boolean {
  if (typeOfMention(fx, m) !== 'person') return false;
  const before = fx.index.byEnd.get(m.start - 1);
  if (!before || before.start < from || fx.body[m.start - 1] !== ' ') return false;
  if (typeOfMention(fx, before) !== 'organization') return false;
  const sentStart = fx.sentences[fx.sentenceAt(m.start)]?.start ?? 0;
  const opening = fx.masked.slice(sentStart, before.start);
  return (
    OPENING_PREPOSITION_RE.test(opening) &&
    !opening.includes(',') &&
    endsInPreposition(opening.replace(/\bthe\s+$/i, ''))
  );
}

/** A sentence opening with a preposition: "In a meeting with …", "During an interview on …". */
const OPENING_PREPOSITION_RE = /^[\s"“]*(?:In|At|On|During|After|Before|With|From|Speaking|Asked|Told)\s/;

const COMMA = 44;

/**
 * "The EU's foreign policy chief, Josep Borrell, said": a title set off by a comma before the name, whose noun
 * phrase opens the sentence with "The" or an owner, is described from that opening, not from its last word.
 */
function appositionOpening(fx: Finder, at: number, name: number): number {
  if (lastCodeBetween(fx.body, COMMA, at, name) < 0) return at;
  const start = fx.sentences[fx.sentenceAt(at)]?.start ?? at;
  if (at - start > 60) return at;
  const lead = TITLE_PHRASE_OPENING_RE.exec(fx.masked.slice(start, at));
  return lead ? start + lead[1].length : at;
}

/** Up to four words opening a sentence with "The", "A" or an owner ("The EU's foreign policy "), no mark in them. */
const TITLE_PHRASE_OPENING_RE =
  /^([\s"“]*)(?:(?:The|A|An)\s+(?:[\p{L}.-]+(?:['’]s)?\s+){1,4}|[\p{Lu}][\p{L}.-]*['’]s\s+(?:[\p{L}.-]+\s+){0,3})$/u;

/**
 * "While Sanders backs Clinton as the nominee, Devine said": the comma before the name closes a clause opened by
 * "while" (or "although", "when" …), so the words before it describe no one.
 */
function endsSubordinateClause(fx: Finder, from: number, to: number): boolean {
  const comma = lastCodeBetween(fx.body, COMMA, from, to);
  if (comma < 0) return false;
  const sent = fx.sentences[fx.sentenceAt(from)];
  if (!sent || sent.start > from) return false;
  const opening = fx.masked.slice(sent.start, comma);
  return SUBORDINATE_OPENING_RE.test(opening) && !opening.includes(',');
}

/**
 * "Vice President Joe Biden, Rubio said": a person named right before the comma is someone else, not a title of
 * the name after it (as "Russia’s Prime Minister, Mikhail Mishustin" is).
 */
function personBeforeComma(fx: Finder, from: number, to: number): boolean {
  const comma = lastCodeBetween(fx.body, COMMA, from, to);
  if (comma < 0) return false;
  const m = fx.index.byEnd.get(comma);
  return m !== undefined && m.start >= from && typeOfMention(fx, m) === 'person';
}

/** People by what they do, who may be described by whom they work for: "a lawyer for the Sierra Club". */
const PERSON_HEADS = new Set(
  'adviser advisor aide spokesman spokeswoman spokesperson lawyer attorney analyst anchor source official member director executive economist strategist friend correspondent reporter editor columnist host producer researcher professor fellow partner consultant lobbyist organizer staffer employee officer representative agent'.split(
    ' ',
  ),
);

/** ", a lawyer for the " ending where a name follows: the start of an apposition, after a comma. */
const APPOSED_NP_RE = /,\s*(?:a|an|the|his|her)\s+[^,"~;:()]{2,70}$/u;

/** A lowercase head and the preposition leading to the name after it: "adviser to ", "spokesman for the ". */
const HEAD_AND_PREPOSITION_RE = /(?:^|\s)(\p{Ll}+)\s+(?:to|for|of|with|at|close\s+to)\s+(?:the\s+)?$/u;

/** A party and state tag ending a name: "(R-OH)", "(D-Va.)", "(I-Vt.)". */
const PARTY_TAG_BEFORE_RE = /\([RDI]-[A-Z][A-Za-z.]{1,5}\)$/;

/** The same set off by commas: ", R-NY,", ", D-Calif.,". */
const PARTY_TAG_IN_COMMAS_RE = /,\s*[RDI]-[A-Z][A-Za-z.]{1,5},$/;
