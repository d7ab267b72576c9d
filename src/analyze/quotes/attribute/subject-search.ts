// The subject ending at a cue: names, described phrases, roles, and mentions within a stretch.

import type { Mention } from '../../../model/index.js';
import { hasApostrophe, onlyLowerAscii, opensUpper } from '../gates.js';
import { nationalityOf, ROLE_HEADS } from '../lexicon.js';
import { shareSubjectLength } from '../shares.js';
import { ensureFacts, resolveRole } from '../speakers.js';
import {
  codeAt,
  isAsciiLetter,
  isDigitCode,
  isSpace,
  lastWord,
  lastWords,
  lowerCased,
  onlySpacesAndQuotes,
  splitAtSpaces,
} from '../text.js';
import { QUANTITY_SUBJECT_PASTS } from '../verb-forms.js';
import { COMPANY_NOUNS, companyReferent, REFERRED_KIND_NOUNS } from './company-nouns.js';
import { describedPersonEnding } from './distant-referents.js';
import { entityFor, fromFacts, fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { bareLinkedSourceLength } from './linked-sources.js';
import {
  AGE_AS_PRONOUN,
  ANON_HEADS_EITHER_SIDE,
  CAP_STOP,
  CONTRACTED_PRONOUN_RE,
  DEMONYM_RE,
  EPITHET_MODIFIERS,
  endsInPreposition,
  PERSON_EPITHETS,
} from './patterns.js';
import { OWNED_WORD_HEADS, ownedWordsPronoun } from './pronoun-owned-words.js';
import { describedPersonSubject, personOpeningSentenceBefore, resolvePronoun } from './pronouns.js';
import { statementIssuerBefore } from './statement-issuers.js';
import { descriptorStart, skipAdverbs } from './subject-edges.js';
import { namelessSubject, type Subject, type SubjectKind, spanning } from './types.js';

/** What joins a person to where they work: "Smith of the", "Wu, at the", "Doe with". */
/** "Robert Gordon of Northwestern University", "Stacy Baker of Columbia, South Carolina": where a person works or lives. */
const AFFILIATION_RE =
  /,?\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}?(?:[\p{Lu}][\p{L}.’'-]*,\s+)?$/u;

/** What a speaker spoke of, between the verb and the quote that goes on ("he said of the Clinton campaign, “…"). */
const SPOKEN_OF_RE = /^\s+(?:of|about)\s+[^,.;:"~]{1,60},\s*$/;

/** "made it" ending a subject's tail: "it" is an object ("made it clear"), found where the verb starts. */
const MADE_IT_RE = /(?<![\p{L}])(?:made|makes|make|making)\s+it$/u;

const PRONOUN_SET = new Set(['he', 'she', 'it', 'they', 'who', 'which', 'we', 'i']);

/** "The world's richest man", "The 72-year-old woman": "The", up to four words, then "man" or "woman". */
const EPITHET_SUBJECT_RE = /(?:^|[^\p{L}])([Tt]he\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}(?:man|woman))$/u;

const AGE_SUBJECT_RE = /(?:^|\s)the\s+\d{1,3}-year-old$/i;

/** Words for a person that name no office: "The actor", "The veteran striker" (see clause-subjects.ts). */
const PERSON_EPITHET_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])([Tt]he\s+${EPITHET_MODIFIERS}[\p{L}]+)$`,
  'u',
);

/**
 * Where an epithet may stand for the person named before: opening its sentence ("The Norwegian added …"), or right
 * after a quotation ("“…,” the actor said."); inside a clause it may be anybody ("a fan told the actor").
 */
function opensOrTrailsQuote(fx: Finder, floor: number, start: number): boolean {
  if (!onlySpacesAndQuotes(fx.masked, floor, start)) return false;
  return (
    fx.masked.charCodeAt(start) === 84 || /"\s*,?\s*$/.test(fx.masked.slice(Math.max(0, start - 4), start))
  );
}

const ROLE_LAST = new Set(
  ROLE_HEADS.replace(/\[[^\]]*\]/g, ' ')
    .split('|')
    .map((h) =>
      h
        .split(/\s+/)
        .pop()!
        .replace(/[^a-z]/g, ''),
    ),
);

/**
 * Words that cannot sit inside a role phrase, so "after the European bloc" reads as "the European bloc". A number
 * may ("A No 10 spokesman").
 */
const ROLE_MOD_STOP =
  'after|before|with|of|to|in|on|for|by|from|and|or|but|that|as|at|when|while|than|said|says|told|added|is|was|has|had|have|the|a|an';

const ROLE_NP_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(the|a|an|his|her|its|their|this|that)\\s+)?((?:(?!(?:${ROLE_MOD_STOP})\\s)[\\p{L}\\p{N}.’'-]+\\s+){0,3}?)(${ROLE_HEADS}))$`,
  'iu',
);

/** At most 12 words: "the", five capitalised words each with a joining word, and the last one. */
const CAP_NP_RE =
  /(?:^|[^\p{L}\p{N}’'])((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)$/u;

const ANON_HEADS_BEFORE_ONLY =
  'journalists? correspondents? reporters? officers americans respondents republicans democrats members activists economists scientists leaders protesters organizers investigators prosecutors percent half majority most records filings data results documents figures numbers estimates statistics findings polling'.split(
    ' ',
  );

const ANON_HEADS = [...ANON_HEADS_EITHER_SIDE, ...ANON_HEADS_BEFORE_ONLY];

/** A last word that may end an unnamed subject: checked before ANON_RE is tried. */
const ANON_LAST = new RegExp(`^(?:${ANON_HEADS.join('|')}|media)$`, 'i');

/**
 * Who speaks for a person: "Cruz’s office", "Cameron’s spokesman". Not a campaign: "Clinton’s campaign said" is the
 * campaign's word, and listing it under the candidate would put it in her mouth.
 */
const SPEAKS_FOR_HEADS = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson']);

/** The owner of such a voice before it: a possessive ('s, ’s) right after a name, or "his"/"her". */
const SPEAKS_FOR_RE = new RegExp(
  `(?:(?:’s|'s)|(?:^|\\s)(his|her))\\s+(?:${[...SPEAKS_FOR_HEADS].join('|')})$`,
  'i',
);

/** "his condemnations of mainstream reporters have been echoed": the press after "of" is no group that speaks. */
const PRESS_HEAD_RE = /(?:journalists?|correspondents?|reporters?)$/i;
const pressAfterOf = (tail: string, group: string): boolean =>
  PRESS_HEAD_RE.test(group) && /(?:^|\s)of\s+$/i.test(tail.slice(0, tail.length - group.length));

/** The owner of the press before it: "Al Mayadeen's correspondent", "the network's reporters". */
const PRESS_OWNER_RE =
  /(?:^|[^\p{L}])((?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s\s+|the\s+\p{Ll}+[’']s\s+)$/u;

/** How far such an owner reaches back before a press group: part of the source's phrase, not a speaker of its own. */
const pressOwnerLength = (tail: string, group: string): number =>
  PRESS_HEAD_RE.test(group) && !/\s/.test(group.trim())
    ? (PRESS_OWNER_RE.exec(tail.slice(0, tail.length - group.length))?.[1].length ?? 0)
    : 0;

/** A conjunction the group search may take along at the clause's start. */
const CONJUNCTION_LEAD_RE = /^(?:where|whereas|though|although|yet|so)\s+/i;

/**
 * A group or unnamed source ending the subject; a conjunction or preposition ("and Democratic leaders") opens none.
 * Media only as a state's ("…, North Korea's state media reported"): "the U.S. media has claimed" is a name.
 */
const ANON_RE = new RegExp(
  `(?:^|[^\\p{L}’'])((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\\s+)*(?:(?!(?:and|or|nor|but|as|that|than|given|if|when|while|because|after|before|since|until|once|of|to|in|on|for|with|by|from|at|has|have|had|is|are|was|were|will|would|could|should|can|may|might|do|does|did)\\s)[\\p{L}-]+\\s+){0,2}?(?:${ANON_HEADS.join('|')}|people familiar with [^,]+|media reports|(?:(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+)?\\p{L}+[’']s\\s+)?state(?:-run)?\\s+(?:news\\s+)?media))$`,
  'iu',
);

const GENERIC_NP_RE =
  /(?:^|[^\p{L}])((?:the|a|an|this|that|these|those|his|her|its|their|some|many|several|one|another|both|[\p{Lu}][\p{L}.-]*(?:’s|'s))\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}-]+)$/iu;

/** What GENERIC_NP_RE needs in ASCII text: a determiner word or an "'s" with space after it. */
const GENERIC_NP_HINT =
  /(?:^|[^a-z])(?:the|a|an|this|that|these|those|his|her|its|their|some|many|several|one|another|both)\s|['’]s\s/i;

/**
 * False when GENERIC_NP_RE cannot match s: it ends in a letter, digit or hyphen, and needs a determiner or "'s"
 * (in ASCII text; beyond it, where case folding reaches further, the pattern is asked).
 */
const mayBeGenericNp = (s: string): boolean => {
  // An empty phrase holds nothing (and an out-of-range charCodeAt would deoptimize the caller).
  if (s.length === 0) return false;
  const last = codeAt(s, s.length - 1);
  if (last < 128 && !isAsciiLetter(last) && !(last >= 48 && last <= 57) && last !== 45) return false;
  return GENERIC_NP_HINT.test(s) || /[^\x00-\x7f]/.test(s);
};

const FUNCTION_END =
  /\s(?:and|or|but|that|to|of|in|on|at|by|for|with|from|as|is|was|were|are|be|been|has|have|had|not|than|which|who|what|when|where|if|because|so|also)$/i;

/** The subject phrase ending at x (the verb follows), if the text settles one. */
export function subjectEndingAt(
  fx: Finder,
  x: number,
  floor: number,
  sentence: number,
  participle: boolean,
): Subject | null {
  const m = fx.index.byEnd.get(x);
  // "the Spaniard said": a nationality the tagger took for a name of no kind is an epithet (see below).
  if (m && m.start >= floor && !(m.type === 'other' && DEMONYM_RE.test(m.text))) {
    const ds = Math.max(floor, descriptorStart(fx, m));
    // "a source speaking to Smith said": a name after a preposition is not the subject.
    const before = fx.masked.slice(Math.max(floor, ds - 12), ds);
    // "with Sen. John McCain calling it …" is his saying, "a chorus of Democrats urging" theirs; "posted on
    // Twitter accusing …" is not Twitter's.
    const objectOf =
      (participle
        ? endsInPreposition(before) && !/\b(?:with|of)\s+$/i.test(before)
        : endsInPreposition(before)) ||
      (before.endsWith('journal ') && IN_THE_JOURNAL_RE.test(fx.masked.slice(Math.max(floor, ds - 20), ds)));
    const work = objectOf ? workPublishedIn(fx, floor, ds, x) : null;
    if (work) return work;
    const worker = m.type === 'person' ? null : affiliatedPerson(fx, m.start, floor);
    if (worker) return fromMention(fx, worker, Math.min(ds, Math.max(floor, descriptorStart(fx, worker))));
    if (!objectOf && ds < m.start && partOfLongerName(fx, m, ds, x)) return nameAsWritten(fx, ds, x);
    if (!objectOf) return fromMention(fx, m, ds);
    const titled = titleOfBody(fx, ds, x, floor);
    if (titled) return titled;
  }
  const tail = fx.masked.slice(Math.max(floor, x - 90), x);
  const base = x - tail.length;
  const lw = lastWord(tail);
  const lwLower = lowerCased(lw);
  // "Clinton made it clear …": "it" is what was made clear; the subject is the one before the verb.
  if (lwLower === 'it') {
    const made = MADE_IT_RE.exec(tail);
    if (made)
      return subjectEndingAt(fx, skipAdverbs(fx, base + made.index, floor), floor, sentence, participle);
  }
  // The last word stops at the first character that is no letter, so a pronoun there is a whole word.
  if (PRONOUN_SET.has(lwLower)) return resolvePronoun(fx, lwLower, x - lw.length, x, sentence);
  // "He’s said", "They’ve been saying", "she’d warned": the pronoun with its auxiliary run into it.
  const contracted = lw.length > 2 && hasApostrophe(lwLower) ? CONTRACTED_PRONOUN_RE.exec(lwLower) : null;
  if (contracted) {
    const start = x - lw.length;
    return resolvePronoun(fx, contracted[1], start, start + contracted[1].length, sentence);
  }
  if (lwLower === '-year-old') {
    const age = AGE_SUBJECT_RE.exec(tail);
    if (age) return resolvePronoun(fx, AGE_AS_PRONOUN, x - age[0].trimStart().length, x, sentence);
  }
  if (lwLower === 'man' || lwLower === 'woman') {
    // "The world's richest man said …": an epithet opening its sentence stands for a person as "he" would.
    const epithet = EPITHET_SUBJECT_RE.exec(tail);
    const start = epithet ? x - epithet[1].length : -1;
    if (epithet && opensOrTrailsQuote(fx, floor, start))
      return resolvePronoun(fx, lwLower === 'man' ? 'he' : 'she', start, x, sentence);
  } else if (Object.hasOwn(PERSON_EPITHETS, lwLower)) {
    // "The actor said …", "The veteran striker added …": so does a word for a person that names no office.
    const epithet = PERSON_EPITHET_SUBJECT_RE.exec(tail);
    const start = epithet ? x - epithet[1].length : -1;
    if (epithet && opensOrTrailsQuote(fx, floor, start)) {
      const person = resolvePronoun(fx, PERSON_EPITHETS[lwLower], start, x, sentence);
      if (person?.entity) return person;
    }
  }
  // (Every demonym is capitalised: the first letter is looked at before the list.)
  if (opensUpper(lw) && DEMONYM_RE.test(lw)) {
    // "The Norwegian added …": a nationality alone opening its sentence stands for the person named before.
    const start = x - lw.length - 4;
    if (/^[Tt]he\s$/.test(fx.masked.slice(start, x - lw.length)) && opensOrTrailsQuote(fx, floor, start))
      return resolvePronoun(fx, AGE_AS_PRONOUN, start, x, sentence);
  }
  // "His remarks indicated …": words of speech owned by a pronoun are its person's.
  const owned = OWNED_WORD_HEADS.has(lwLower) ? ownedWordsPronoun(tail) : null;
  if (owned) return resolvePronoun(fx, owned.pronoun, x - owned.length, x, sentence);
  // (A role of the text's people, "manager", is looked up first: see below.)
  const followed = ROLE_LAST.has(lwLower) ? null : followedPerson(fx, tail, lw, x, floor, sentence);
  if (followed) return followed;
  const voice =
    lw.length >= 4 && SPEAKS_FOR_HEADS.has(lwLower) ? speaksFor(fx, tail, x, floor, sentence) : null;
  if (voice) return voice;
  // "Some say", "many fear", "nearly three in five said": a share of people the text does not name.
  // Not before a participle: "others seeking a recognized status" is a noun phrase, not a clause; nor before a
  // plural noun: "some worries over demand" (no verb after "some" or "many" ends in -s).
  if (
    !participle &&
    (QUANTITY_LAST.has(lwLower) ||
      (lw === '' && tail.length > 0 && isDigitCode(tail.charCodeAt(tail.length - 1)))) &&
    // ("Another says", "another has said": after "another" a word in -s is its verb, which VERB_NEXT_RE reads; not
    // after "one", whose "one has to feel …" is the writer's.)
    !(PLURAL_NEXT_RE.test(fx.masked.slice(x, x + 24)) && lwLower !== 'another') &&
    !(SINGULAR_QUANTITY.has(lwLower) && !VERB_NEXT_RE.test(fx.masked.slice(x, x + 24)))
  ) {
    const q = QUANTITY_SUBJECT_RE.exec(tail);
    // "43 said the same", "at least 21,000 said they would": a count alone speaks only before "said"; before other
    // words it counts them ("475 pledged delegates", "10,000 are expected").
    const count = q !== null && BARE_COUNT_RE.test(q[1]) && !q[1].includes(' in ');
    // A match at the start of a tail cut short of the sentence's start has no clause start before it.
    if (q && (q.index > 0 || base === floor) && (!count || COUNT_SAID_RE.test(fx.masked.slice(x, x + 30))))
      return { start: x - q[1].length, end: x, speaker: null, entity: null, kind: 'anonymous' };
  }
  // "The Chairman of the Joint Chiefs of Staff": a title of a body, before the body's last word is read as a role.
  const capped = opensUpper(lw) ? lastWords(tail, 12).match(CAP_NP_RE) : null;
  const titled = capped ? titleOfBody(fx, x - capped[1].length, x, floor) : null;
  if (titled) return titled;
  // A subject ending in a comma or a quotation mark has no last word, and no role head can end it.
  const roleKey = onlyLowerAscii(lwLower) ? lwLower : lwLower.replace(/[^a-z]/g, '');
  const rn = roleKey !== '' && ROLE_LAST.has(roleKey) ? lastWords(tail, 7).match(ROLE_NP_RE) : null;
  if (rn) {
    const start = base + tail.length - rn[1].length;
    const lead = fx.masked.slice(Math.max(floor, start - 60), start);
    // The pattern ends in a preposition and a space: looked for first, as most roles have none before them.
    const people = prepositionThenSpace(lead) ? PEOPLE_OF_ROLE_RE.exec(lead) : null;
    const sub = resolveRoleNp(fx, rn[3] ?? '', rn[4], start, x, rn[2]);
    if (people) return peopleOfRole(people, sub, start, x);
    if (sub && !sub.entity && /^the$/i.test(rn[2] ?? '') && onlySpacesAndQuotes(fx.masked, floor, start)) {
      const meant = officeHolderOpeningBefore(fx, rn[3] ?? '', rn[4], start, x, sentence);
      if (meant) return meant;
    }
    // "The former Chelsea manager said": no one the text titles so; perhaps the person the story follows.
    const followed = sub?.entity || people ? null : followedPerson(fx, tail, lw, x, floor, sentence);
    if (followed) return followed;
    // "The agency said", "the commission said": no one holds the role; the one body named just before speaks.
    // Only as the whole subject: "a senior official in the Ministry said" is a person there, not the body.
    const body =
      sub?.entity || people || /\p{L}\s*$/u.test(lead) ? null : companyReferent(fx, tail, x, sentence);
    if (body) return body;
    if (sub) return sub;
  }
  const an = ANON_LAST.test(lw) ? tail.match(ANON_RE) : null;
  if (an && !/^(?:the\s+)?reports$/i.test(an[1]) && !pressAfterOf(tail, an[1])) {
    // "…, where lawmakers expressed", "though officials say": the conjunction opens the clause, not the group.
    const lead = CONJUNCTION_LEAD_RE.exec(an[1])?.[0].length ?? 0;
    const start = base + tail.length - an[1].length + lead;
    return {
      start: start - pressOwnerLength(tail, an[1]),
      end: x,
      speaker: null,
      entity: null,
      kind: 'anonymous',
    };
  }
  // "…, people familiar with trade policy said": unnamed people linked to a matter named without an article.
  // (Before the capitalised phrase: "familiar with Chinese trade policy" names no body.)
  const linked = bareLinkedSourceLength(tail);
  if (linked > 0) return { start: x - linked, end: x, speaker: null, entity: null, kind: 'anonymous' };
  let cap = capped;
  // "A new study published in the journal Science found": a journal the tagger did not name.
  const work = cap ? workPublishedIn(fx, floor, x - cap[1].length, x) : null;
  if (work) return work;
  // "a source speaking to Fox News said": the object of a preposition is not the speaker.
  if (cap && endsInPreposition(tail.slice(0, tail.length - cap[1].length))) cap = null;
  if (cap) {
    const np = cap[1];
    let name = np.replace(/^the\s+/i, '').replace(/[’']s$/, '');
    // "But Ramos said": sentence adverbs are no part of the name.
    // "Though Kaine", "U.S. While Clinton": keep what follows the last such word.
    let cut = 0;
    const parts = name.split(/(\s+)/);
    let lastStop = -1;
    for (let i = 0; i < parts.length - 2; i += 2)
      if (CAP_STOP.has(parts[i].toLowerCase()) && !joinsBodyName(parts, i)) lastStop = i;
    if (lastStop >= 0 && !/^the\s/i.test(name)) {
      cut = parts.slice(0, lastStop + 2).join('').length;
      name = name.slice(cut);
    }
    const theLead = np.length - np.replace(/^the\s+/i, '').length;
    const start = base + tail.length - np.length + (cut > 0 ? theLead + cut : 0);
    if (!CAP_STOP.has(splitAtSpaces(name)[0].toLowerCase())) {
      const inner = mentionWithin(fx, start, x);
      const worker = inner && inner.type !== 'person' ? affiliatedPerson(fx, inner.start, start) : null;
      if (worker) return fromMention(fx, worker, start);
      if (inner && !partOfLongerName(fx, inner, start, x)) return fromMention(fx, inner, start);
      const f = entityFor(fx, name);
      if (f) return fromFacts(f, start, x);
      // A lone capitalised word opening the sentence may be a common noun ("Protesters said").
      if (!/\s/.test(name) && start <= floor + 1 && !/^the\s/i.test(np)) {
        return namelessSubject(start, x);
      }
      const titled =
        /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Judge|Justice)\.?\s/.test(name);
      return { start, end: x, speaker: name, entity: null, kind: titled ? 'person' : 'organization' };
    }
  }
  if (participle) return null;
  // A kind beyond the businesses only as the whole subject ("an analyst at the brokerage said" is a person).
  const company =
    COMPANY_NOUNS.has(lwLower) || lwLower === 'management' || REFERRED_KIND_NOUNS.has(lwLower)
      ? companyReferent(fx, tail, x, sentence, !COMPANY_NOUNS.has(lwLower) && lwLower !== 'management')
      : null;
  if (company) return company;
  const described = describedPhraseEndingAt(tail, x) ?? cityStateBased(tail, x);
  if (described) return described;
  // "Only about 4 in 10 Republican voters in each state want …": a share of people a poll counts.
  const share = shareSubjectLength(tail, base === floor);
  return share > 0 ? { start: x - share, end: x, speaker: null, entity: null, kind: 'anonymous' } : null;
}

/**
 * "The Portuguese boss said", "“…,” the former Chelsea manager said", "The 47-year-old Dane added": a club, a
 * country or an age with a word for a person, opening the sentence or right after a quotation, stands for the person
 * the story follows, as "he" would (the last resort of that is a distant referent, with its guards); when no one
 * fits, for no one, never for its own words as a name. Null when `tail` ends in no such description.
 */
function followedPerson(
  fx: Finder,
  tail: string,
  lw: string,
  x: number,
  floor: number,
  sentence: number,
): Subject | null {
  const described = describedPersonEnding(tail, lw);
  if (!described || !opensOrTrailsQuote(fx, floor, x - described.length)) return null;
  return describedPersonSubject(fx, described.pronoun, x - described.length, x, sentence);
}

/**
 * A work and where it came out, up to the outlet's name: "A study published in ", "A study in ", "New research
 * published online in the journal ". The work found what it found, not the journal.
 */
const WORK_PUBLISHED_IN_RE =
  /(?:^|[^\p{L}])((?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:study|paper|report|article|analysis|survey|review|trial)|(?:new\s+)?research)\s+(?:(?:(?:was|were)\s+)?published\s+(?:online\s+)?)?in\s+(?:the\s+)?(?:(?:journal|magazine)\s+)?)$/iu;

/** "A study published in The Lancet" ending at x: the work is the subject, speaking for no one named. */
function workPublishedIn(fx: Finder, floor: number, ds: number, x: number): Subject | null {
  const work = WORK_PUBLISHED_IN_RE.exec(fx.masked.slice(Math.max(floor, ds - 80), ds));
  if (!work) return null;
  const start = ds - work[1].length;
  // "The authors of the research published in the journal …": the authors speak, whom the text leaves unnamed.
  const authors = AUTHORS_OF_RE.exec(fx.masked.slice(Math.max(floor, start - 40), start));
  if (authors)
    return { start: start - authors[1].length, end: x, speaker: null, entity: null, kind: 'anonymous' };
  return namelessSubject(start, x);
}

/** "in the journal " before a journal's name: the journal is where a work came out, not who speaks. */
const IN_THE_JOURNAL_RE = /\bin\s+(?:the\s+)?journal\s+$/i;

/** Who wrote a work, before it: "The authors of ", "the researchers behind ". */
const AUTHORS_OF_RE =
  /(?:^|[^\p{L}])((?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:authors?|co-authors?|researchers|scientists|team)\s+(?:of|behind)\s+(?:(?:the|a|an)\s+)?)$/iu;

/**
 * People named by whom they serve, the role being the object of their preposition: "Two advisers to the
 * governor", "officials of the socialist government", "a spokeswoman for the ministry".
 */
const PEOPLE_OF_ROLE_RE =
  /(?:^|[^\p{L}])((?:(?:a|an|the|two|three|four|several|some|many|other|senior|top|his|her|their)\s+){0,3}(?:[\p{L}-]+\s+)?(spokes(?:man|woman|person|men|women|people)|aides?|advis[eo]rs?|lawyers?|attorneys?|officials?|representatives?|members?|staffers?|allies|friends?|associates?)\s+(for|to|of|with|at)\s+)$/iu;

/** Whether text ends in one of PEOPLE_OF_ROLE_RE's prepositions and a space (its last word has four letters at most). */
function prepositionThenSpace(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length && ROLE_PREPOSITION_END_RE.test(trimmed.slice(-4));
}

const ROLE_PREPOSITION_END_RE = /(?:for|to|of|with|at)$/iu;

/**
 * The whole phrase is the subject. Who speaks for someone ("a spokeswoman for the governor", "lawyers for the
 * president") voices that person, as with a name ("a spokeswoman for Boeing"); advisers, officials and friends
 * speak for themselves, and the role they serve is no speaker.
 */
function peopleOfRole(people: RegExpExecArray, role: Subject | null, start: number, end: number): Subject {
  const from = start - people[1].length;
  const voices = /^(?:spokes|lawyer|attorney)/i.test(people[2]) && people[3].toLowerCase() === 'for';
  if (voices && role) return spanning(role, from, end);
  return namelessSubject(from, end);
}

/**
 * "High Commissioner for Refugees", "Institute for Fiscal Studies", "Ministry of Defence": a lowercase "for" or
 * "of" after a body's head joins its name; elsewhere it ends a phrase before the name ("CEO of Hewlett-Packard"
 * is a description, "Hewlett-Packard" the name).
 */
function joinsBodyName(parts: string[], i: number): boolean {
  return i >= 2 && !opensUpper(parts[i]) && BODY_HEAD_RE.test(parts[i - 2]);
}

const BODY_HEAD_RE =
  /^(?:Commissioner|Commission|Committee|Council|Centers?|Centre|Institute|Foundation|Society|Association|Alliance|Coalition|Campaign|Office|Agency|Ministry|Department|Bureau|Fund|Board|Union|League|Federation|Organi[sz]ation|University|Court|Party|Network|Service|Administration|Authority|Forum|Movement|Assembly|Corporation)$/;

/**
 * A body's name inside a longer name the tagger did not take whole: one that capitalised words go on after ("The UN
 * High Commissioner for Refugees", "the Clinton Foundation"), or one after a body's head and "for" or "of" ("The
 * United Nations High Commissioner for Human Rights"). A person's name stays the head ("Obama Administration" names
 * whose; "Secretary of State John Kerry" is he).
 */
function partOfLongerName(fx: Finder, inner: Mention, start: number, x: number): boolean {
  if (typeOfMention(fx, inner) === 'person') return false;
  if (inner.end < x) return NAME_GOES_ON_RE.test(fx.masked.slice(inner.end, x));
  const joined = BODY_HEAD_JOINED_RE.exec(fx.masked.slice(start, inner.start));
  return joined !== null && BODY_HEAD_RE.test(joined[1]);
}

/**
 * "The Secretary-General of the United Nations said", "The Chairman of the Joint Chiefs of Staff said": a title
 * written with a capital, then "of" or "for", before the body's name at \`at\` (ending at \`x\`): the office holder is the
 * subject, named by the office as written (whom it is the text may not say).
 */
function titleOfBody(fx: Finder, at: number, x: number, floor: number): Subject | null {
  // The title ends in "of", "for" or "to" (and "the"): a cheap look at the last letters first.
  if (!OF_FOR_TO_END_RE.test(fx.masked.slice(Math.max(floor, at - 5), at))) return null;
  // (The title spans six words at most, "The Deputy Prime Minister of the": tried from those words' starts only.)
  const t = TITLE_OF_BODY_RE.exec(lastWords(fx.masked.slice(Math.max(floor, at - 60), at), 6));
  // "Speaker of the House Rep. Paul Ryan", "The Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei"
  // (Press TV): a person named after the body, closing the phrase, is the one who holds the title.
  if (!t) return null;
  const holder = personWithin(fx, at, x);
  if (holder) return holder.end === x ? spanning(fromMention(fx, holder), at - t[1].length, x) : null;
  return nameAsWritten(fx, at - t[1].length, x, 'person');
}

const OF_FOR_TO_END_RE = /(?:of|for|to|the)\s+$/;

const TITLE_OF_BODY_RE =
  /(?:^|[^\p{L}-])((?:[Tt]he\s+|\p{Lu}[\p{L}.-]*[’']s\s+)?(?:(?:Deputy|Vice|Acting|Former|Assistant|Under|Permanent)\s+)?(?:President|Vice[- ]President|Secretary(?:-General)?|Secretary\s+General|Speaker|Chair(?:man|woman)?|Director(?:-General)?|Head|Chief|Governor|Mayor|Minister|Prime\s+Minister|Ambassador|Commissioner|High\s+Commissioner|Spokes(?:man|woman|person)|Leader|Chief\s+Executive|CEO|Founder|Chancellor|Commander|Representative)\s+(?:of|for|to)\s+(?:the\s+)?)$/u;

/**
 * A body's name or an office as the text writes it, the entity unknown: "United Nations High Commissioner for Human
 * Rights", "Secretary-General of the United Nations".
 */
function nameAsWritten(fx: Finder, start: number, end: number, kind: SubjectKind = 'organization'): Subject {
  const speaker = fx.body.slice(start, end).replace(/^the\s+/i, '');
  return { start, end, speaker, entity: null, kind };
}

/** A capitalised word, then "for" or "of" (and "the"), right before a mention. */
const BODY_HEAD_JOINED_RE = /(\p{Lu}\p{L}*)\s+(?:for|of)\s+(?:the\s+)?$/u;

/** Capitalised words, with joining words between, up to the verb: the name goes on after a mention. */
const NAME_GOES_ON_RE = /^(?:\s+(?:(?:of|for|and|de)\s+)?\p{Lu}[\p{L}.&’'-]*)+$/u;

/** The place named right before a comma that ends at \`x\` ("Pasadena, " before "Calif."), if any. */
export function placeBeforeComma(fx: Finder, x: number, floor: number): Mention | null {
  let k = x;
  while (k > floor && isSpace(fx.masked[k - 1])) k--;
  if (k <= floor || fx.masked[k - 1] !== ',') return null;
  const m = fx.index.byEnd.get(k - 1);
  return m && m.start >= floor && m.type === 'place' ? m : null;
}

/** "the nonprofit group", "Clinton's op-ed": a phrase with an article or possessive, ending \`tail\` at \`x\`. */
export function describedPhraseEndingAt(tail: string, x: number): Subject | null {
  const words = lastWords(tail, 5);
  const gn = mayBeGenericNp(words) ? words.match(GENERIC_NP_RE) : null;
  if (!gn || FUNCTION_END.test(gn[1])) return null;
  // "The deputy head of China's delegation said": an owner's phrase after "of" is the object of a head before it,
  // and the whole phrase is the subject.
  const before = tail.slice(0, tail.length - gn[1].length);
  const head = /^[\p{Lu}][\p{L}.-]*['’]s\s/u.test(gn[1])
    ? HEAD_OF_BEFORE_RE.exec(lastWords(before, 6))
    : // "executives of both companies announced": the people of the phrase speak, not the phrase.
      before.endsWith(' of ') || before.endsWith(' from ')
      ? PEOPLE_OF_BEFORE_RE.exec(lastWords(before, 4))
      : null;
  const start = x - gn[1].length - (head ? head[1].length : 0);
  return namelessSubject(start, x);
}

/**
 * "The Cupertino, California-based company", "the Dallas, Texas-based lender" (AP, Reuters, Bloomberg): a place
 * with its state before "-based" holds a comma that ends no phrase; the whole phrase is the subject.
 */
const CITY_STATE_BASED_RE =
  /(?:^|[^\p{L}])((?:[Tt]he|[Aa]n?)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u;
function cityStateBased(tail: string, x: number): Subject | null {
  if (!tail.includes('-based')) return null;
  const m = CITY_STATE_BASED_RE.exec(tail);
  return m ? namelessSubject(x - m[1].length, x) : null;
}

/** "The deputy head of ": a phrase opened by "the" or "a", up to three words, then "of" (before an owner's name). */
const HEAD_OF_BEFORE_RE = /(?:^|[^\p{L}])((?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}of\s+)$/iu;

/** People named by the body they are part of, before "of" or "from": "executives of ", "senior officials from ". */
const PEOPLE_OF_BEFORE_RE =
  /(?:^|[^\p{L}])((?:(?:the|some|senior|top|two|three|several)\s+)?(?:executives|officials|leaders|representatives|members|spokesmen|spokespeople|negotiators|lawyers|employees|workers|engineers|researchers|scientists|analysts)\s+(?:of|from)\s+)$/u;

/**
 * "Public Ombudsman Nadia Cruz’s office said", "his office said": an office or a spokesman speaks for
 * the person who owns it, named before it or by a pronoun; the phrase stays the subject's span.
 */
function speaksFor(fx: Finder, tail: string, x: number, floor: number, sentence: number): Subject | null {
  const owned = SPEAKS_FOR_RE.exec(tail);
  if (!owned) return null;
  const start = x - owned[0].length + owned[0].search(/\S/);
  if (owned[1]) {
    // Only opening its sentence ("His office said …"), and only for the person the sentence before named last
    // ("Teachers didn’t see Holcomb at the Statehouse."): within a clause the pronoun may be anyone's ("Curiel, who
    // through his office declined to comment, …"), and the speaker of the quotes before is often someone else.
    const prev = fx.sentences[sentence - 1];
    if (start > floor + 1 || !prev) return null;
    const ms = fx.index.mentions;
    let owner: Mention | null = null;
    for (let i = mentionFrom(fx, prev.start); i < ms.length && ms[i].end <= prev.end; i++)
      if (typeOfMention(fx, ms[i]) === 'person') owner = ms[i];
    const facts = owner ? fx.entities.get(owner.entity) : undefined;
    const gender = facts ? ensureFacts(fx.body, facts).gender : null;
    if (!owner || (gender !== null && gender !== (owned[1].toLowerCase() === 'his' ? 'm' : 'f'))) return null;
    return spanning(fromMention(fx, owner), start, x);
  }
  const m = fx.index.byEnd.get(x - owned[0].length);
  if (!m || m.start < floor || typeOfMention(fx, m) !== 'person') return null;
  const sub = fromMention(fx, m, Math.max(floor, descriptorStart(fx, m)));
  return spanning(sub, sub.start, x);
}

/**
 * "John Smith of the State Department", "Dr. Mary Jones of Harvard University", "Alan Wu at the University of
 * Michigan": the person named before the place or organization that only says where they work, who is the one
 * speaking. None when that person is the object of a preposition in turn ("a friend of John Smith from Ohio").
 */
export function affiliatedPerson(fx: Finder, orgStart: number, floor: number): Mention | null {
  const link = AFFILIATION_RE.exec(fx.masked.slice(Math.max(floor, orgStart - 24), orgStart));
  if (!link) return null;
  const p = fx.index.byEnd.get(orgStart - link[0].length);
  if (!p || p.type !== 'person' || p.start < floor) return null;
  const ds = Math.max(floor, descriptorStart(fx, p));
  return endsInPreposition(fx.masked.slice(Math.max(floor, ds - 12), ds)) ? null : p;
}

/** Index of the first mention starting at or after pos (mentions are sorted by start). */
export function mentionFrom(fx: Finder, pos: number): number {
  const ms = fx.index.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention that ends at or before x and starts at or after start, taken as the head of the phrase. */
export function mentionWithin(fx: Finder, start: number, x: number): Mention | null {
  let found: Mention | null = null;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, start); i < ms.length; i++) {
    const m = ms[i];
    if (m.start >= x) break;
    if (m.end <= x) found = m;
  }
  return found;
}

/** The first person named within [start, x), if any. */
export function personWithin(fx: Finder, start: number, x: number): Mention | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, start); i < ms.length && ms[i].start < x; i++) {
    if (ms[i].end <= x && typeOfMention(fx, ms[i]) === 'person') return ms[i];
  }
  return null;
}

/** Whether someone who could speak (not a place) is named within [start, x). */
export function speakerBetween(fx: Finder, start: number, x: number): boolean {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, start); i < ms.length && ms[i].start < x; i++) {
    const m = ms[i];
    if (m.end <= x && typeOfMention(fx, m) !== 'place') return true;
  }
  return false;
}

/**
 * A name between a frame and a later quote of its sentence, other than the topic the speaker was speaking of
 * ("“…,” he said of Trump and Ryan, “…”": the second quote is still his).
 */
export function nameBetweenOtherThanTopic(fx: Finder, start: number, x: number): boolean {
  return !SPOKEN_OF_RE.test(fx.masked.slice(start, x)) && speakerBetween(fx, start, x);
}

export function resolveRoleNp(
  fx: Finder,
  mods: string,
  headRaw: string,
  start: number,
  end: number,
  det?: string,
): Subject | null {
  const head = headRaw.toLowerCase().replace(/\s+/g, ' ');
  let nation: string | undefined;
  for (const w of splitAtSpaces(mods, Number.POSITIVE_INFINITY, true)) {
    const nat = nationalityOf(w.replace(/[’']s$|[’']$/, ''));
    if (nat) nation = nat;
  }
  if (/^(?:statement|communiqu[eé]|report)$/.test(head)) {
    if (det && !/^the$/i.test(det)) return null;
    // The nearest statement is the one meant: when its maker is left unnamed ("The company denied the claims in a
    // statement." after two businesses), so is this one, never the maker of an earlier statement.
    for (let i = fx.frames.length - 1; i >= 0; i--) {
      const fr = fx.frames[i];
      if (!fr.statement) continue;
      if (fr.subject.speaker) return spanning(fr.subject, start, end);
      if (fr.subject.end > fr.subject.start) return namelessSubject(start, end);
    }
    // "Big Machine Records issued a statement …. The statement claimed …": whoever issued it.
    return statementIssuerBefore(fx, start, end) ?? namelessSubject(start, end);
  }
  if (/^(?:court|police|army|military)$/.test(head)) {
    // "the US military said in a statement": an institution named by its country is somebody to credit.
    const named = splitAtSpaces(mods).some((w) => /^[\p{Lu}]/u.test(w));
    if (!named || (det && !/^the$/i.test(det))) return null;
    const speaker = fx.masked.slice(start, end).replace(/^the\s+/i, '');
    return { start, end, speaker, entity: null, kind: 'organization' };
  }
  // "a senior official", "a spokesman": someone the text leaves unnamed, an anonymous source.
  if (det && /^(?:a|an)$/i.test(det)) return { start, end, speaker: null, entity: null, kind: 'anonymous' };
  if (det && /^(?:his|her|their|its)$/i.test(det) && !nation) return namelessSubject(start, end);
  // "the Ohio governor": a place named in the phrase must be among the person's own titles.
  const places = splitAtSpaces(mods)
    .filter((w) => /^[\p{Lu}]/u.test(w) && !nationalityOf(w.replace(/[’']s$|[’']$/, '')))
    .map((w) => w.replace(/[’']s$|[’']$/, '').toLowerCase());
  const f = resolveRole(fx.index, head, nation, start, places);
  return fromFacts(f, start, end);
}

/**
 * "Rubio offered the crowd …. The Florida senator sought …", "Ben Carson says …. “…,” the Republican presidential
 * candidate said": a political office that no one in the text was named with, tied to a state, a party or a nation, stands
 * for the person who opens the sentence before (as "The world's richest man" stands for the person named before);
 * not for a person the text gives the other party or a post of another kind ("Mayor Bill de Blasio" is no
 * candidate).
 */
function officeHolderOpeningBefore(
  fx: Finder,
  mods: string,
  head: string,
  start: number,
  end: number,
  sentence: number,
): Subject | null {
  if (!POLITICAL_OFFICE_RE.test(head.toLowerCase())) return null;
  // "Dmitry Medvedev wrote …. The former president also claimed …": "former" ties the office to one person as a
  // state or a party does, when the text gives that person no title or this one, and the sentence before names
  // nobody else ("Jeb Bush … brought his older brother, George W. Bush, …. ‘…,’ the former president told a crowd").
  const former = !CAPITALISED_WORD_RE.test(mods);
  if (former && !FORMER_RE.test(mods)) return null;
  const opener = personOpeningSentenceBefore(fx, sentence);
  const f = opener?.entity ? fx.entities.get(opener.entity) : undefined;
  if (!opener || !f) return null;
  const titles = ensureFacts(fx.body, f).roleText;
  if (
    former &&
    ((TITLE_WORD_RE.test(titles) && !titles.includes(head.toLowerCase())) ||
      otherPersonIn(fx, sentence - 1, opener.entity))
  )
    return null;
  return otherParty(mods, titles) || OTHER_POST_RE.test(titles) ? null : spanning(opener, start, end);
}

/**
 * Offices of elected politics and their races, and the heads of a state or government as world news calls them
 * ("Putin noted …. The Russian leader underlined …", TASS, RT, Press TV: "the Iranian premier", "the German
 * chancellor").
 */
const POLITICAL_OFFICE_RE =
  /^(?:senator|governor|congressman|congresswoman|lawmaker|representative|candidate|nominee|front-runner|president|vice[- ]president|secretary of state|leader|premier|chancellor|prime minister)$/;

const CAPITALISED_WORD_RE = /(?:^|\s)\p{Lu}/u;

const FORMER_RE = /^\s*former\s*$/i;

/** Whether sentence `s` names a person other than entity `id`, outside quotations. */
function otherPersonIn(fx: Finder, s: number, id: string | null): boolean {
  const { start, end } = fx.sentences[s];
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, start); i < ms.length && ms[i].start < end; i++)
    if (ms[i].entity !== id && fx.masked[ms[i].start] !== '~' && typeOfMention(fx, ms[i]) === 'person')
      return true;
  return false;
}

/** A title the text gives a person ("the Russian prime minister", "Sen. …"): with another, "the former X" is not them. */
const TITLE_WORD_RE =
  /\b(?:sen\.|senator|governor|gov\.|congress\w*|rep\.|representative|candidate|nominee|president|secretary|minister|premier|chancellor|leader|mayor|judge|chair\w*|chief|ceo|director|ambassador|speaker)\b/;

/** Posts that are no elected office: a person holding one is not "the senator" or "the candidate". */
const OTHER_POST_RE =
  /\b(?:mayor|judge|justice|spokes(?:wo)?man|spokesperson|host|anchor|reporter|moderator|correspondent|columnist|editor|lawyer|attorney|analyst|professor|economist|pollster|strategist|adviser|aide|director)\b/;

/** Whether the words before a role name one party and the person's titles the other. */
function otherParty(mods: string, roleText: string): boolean {
  const said = PARTY_RE.exec(mods.toLowerCase())?.[0];
  if (!said) return false;
  const other = said === 'democratic' ? /\b(?:republican|gop)\b/ : /\bdemocrat(?:ic)?\b/;
  return other.test(roleText);
}

const PARTY_RE = /\b(?:republican|gop|democratic)\b/;

/** Quantities that open a phrase naming people ("Some advocates", "All three candidates", "Many speakers"). */
/** The last words of a quantity standing for people ("Some", "most of them", "three in five", "two-thirds"). */
const QUANTITY_LAST = new Set(
  'some many most others another one both few several half majority them those these three four five ten thirds fourths quarters'.split(
    ' ',
  ),
);

/**
 * A quantity standing alone as a subject, after the start of a clause: a punctuation mark or a word that opens one
 * ("and many said", "who many feel"). Not "all": it floats after its noun ("Bush and Kasich all appeared"), and "All
 * told" is an idiom.
 */
const QUANTITY_SUBJECT_RE =
  /(?:^|[,;:.(—–]\s*|(?:^|\s)(?:and|but|while|as|who|that|however|yet|so|because|though|although|where|whom|even|then|which|when|with|leaving|caused|led|And|But|Yet|So|While)\s+)((?:(?:more than|fewer than|less than|nearly|almost|about|only about|roughly|at least|just over|just under)\s+)?(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]thers|[Aa]nother|one|[Bb]oth|[Ff]ew|[Ss]everal|half|a majority|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:three|four|five|ten|\d+)|(?:one|two|three)-(?:thirds|fourths|quarters)|(?<!\d[,.])\d{1,3}(?:,\d{3})*)(?:\s+of\s+(?:them|those|these))?)$/u;

/** A count of people ends the quantity ("43", "at least 21,000"), and what it may say before. */
const BARE_COUNT_RE = /(?:^|\s)\d{1,3}(?:,\d{3})*$/;

const COUNT_SAID_RE = /^\s+(?:(?:have|had)\s+)?(?:(?:also|publicly)\s+)?(?:said|say|says)\s/;

/** "another", "one": a subject before a verb ("another said", "one suggested"), a determiner before a noun. */
const SINGULAR_QUANTITY = new Set(['another', 'one']);

/** A verb after "another" or "one": past, present in -s, or a modal ("; another critic of …" is a noun). */
const VERB_NEXT_RE = new RegExp(
  `^\\s+(?:\\p{Ll}+(?:ed|s)|${[...QUANTITY_SUBJECT_PASTS].join('|')}|might|may|could|would|will|can|should|must)(?![\\p{L}])`,
  'u',
);

/** A plural noun next ("worries", "calls"): the quantity before it is its determiner, not a subject. */
const PLURAL_NEXT_RE = /^\s+\p{Ll}+[^s\s]s\b/u;
