// The subject of a clause or segment, and the subject starting right after a cue.

import type { Mention } from '../../../model/index.js';
import { isSpeakingHead, POSTPOSED_WORDS } from '../described.js';
import { isWhitespaceOrComma, opensLower } from '../gates.js';
import { ROLE_HEADS } from '../lexicon.js';
import type { QuotedSpan } from '../marks.js';
import {
  codeAt,
  isLetter,
  isSpace,
  lastNonSpaceCode,
  lettersBeforeEnd,
  splitAtSpaces,
  wordCount,
} from '../text.js';
import { companyReferentAhead } from './company-nouns.js';
import { describedPersonOpening } from './distant-referents.js';
import { entityFor, fromFacts, fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import {
  AGE_AS_PRONOUN,
  ANON_HEADS_EITHER_SIDE,
  CAP_STOP,
  EPITHET_MODIFIERS,
  OPENING_LEAD_RE,
  OPENING_PARTICIPLE_CLAUSE_RE,
  PERSON_EPITHETS,
  PREPOSITIONS,
  TITLED_LEAD_RE,
} from './patterns.js';
import { ownedWordsPronounAhead } from './pronoun-owned-words.js';
import { describedPersonSubject, openingAdverbialEnd, resolvePronoun } from './pronouns.js';
import { descriptorStart, namesObjectOfFor } from './subject-edges.js';
import { personKnownAsAfter, personSetOffAfter } from './subject-fixes.js';
import {
  affiliatedPerson,
  mentionFrom,
  mentionWithin,
  placeBeforeComma,
  resolveRoleNp,
  subjectEndingAt,
} from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';
import { untaggedNameHead } from './untagged-heads.js';
import { looksLikeClause } from './words.js';

/**
 * Between a place and the person it describes: a comma, or one or two capitalised title words ("Sen.", "President");
 * not nothing ("the White House James S. Brady briefing room" names a room).
 */
const PLACE_TO_NAME_RE = /^(?:\s*,\s*|\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,2})$/u;

/**
 * Up to three title words between a body and a person's name: capitalised ("House Republican", "Senate Majority
 * Leader") or a role in lowercase ("Tesla founder", "Goldman Sachs chief economist").
 */
const TITLE_WORDS_TO_NAME_RE =
  /^\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|(?:co-)?founder|chief|executive|boss|owner|head|chair(?:man|woman)?|spokes(?:man|woman|person)|president|director|leader|secretary|minister|analyst|lawyer|attorney|coach|manager|star|singer|actor|actress|economist|strategist|advis[eo]r|aide)\s+){0,3}$/u;

/** The words a place describes when it opens a noun phrase: capitalised ones ("Arizona Republican"), then a noun that speaks. */
const PLACE_DESCRIBES_RE = /^(?:\s+[\p{Lu}][\p{L}’'-]*)*/u;

/** A subject pronoun opening a clause. */
const PRONOUN_OPENS_RE = /^\s*(?:he|she|they|we|i)\s/i;

const ROLE_NP_AFTER_RE = new RegExp(
  `^((?:(the|a|an|his|her|its|their)\\s+)((?:[\\p{L}.’'-]+\\s+){0,3}?)(${ROLE_HEADS}))(?![\\p{L}])`,
  'iu',
);

const CAP_NP_AFTER_RE =
  /^((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)/u;

/** The same after a verb: "…, said two senior officials familiar with the talks". */
const ANON_AFTER_RE = new RegExp(
  `^((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\\s+)*(?:[\\p{L}-]+\\s+){0,2}?(?:${ANON_HEADS_EITHER_SIDE.join('|')}|media reports)(?:\\s+(?:familiar with|close to|with knowledge of)\\s+[^,.]+)?)`,
  'iu',
);

const SEGMENT_OPENERS =
  /^(?:the|a|an|his|her|their|its|one|another|some|two|three|several|many|he|she|they|it|who|top|senior|former|lead|chief|deputy|acting|longtime|veteran|retired|associate|assistant|principal|spokesman|spokeswoman|spokesperson)$/i;

/** A quoted title is short ("“Meet the Press,”"); a longer passage is what someone said. */
const TITLE_QUOTE_WORDS = 5;

/** A word of a title-case name: capitalised, or a short joining word ("the", "of", "and"). */
const TITLE_QUOTE_WORD_RE = /^(?:\p{Lu}|(?:the|of|and|a|an|in|on|for|to)$)/u;

/** A capitalised name's possessive right before a quotation: "MSNBC’s “Morning Joe”". */
const OUTLET_POSSESSIVE_BEFORE_RE = /\p{Lu}[\p{L}.&-]*['’]s\s*$/u;

/** A short passage whose every word is capitalised or a title's small word: a title, not speech. */
const isTitleCased = (text: string): boolean => {
  const words = splitAtSpaces(text.replace(/[,.!?]+$/, ''));
  return (
    words.length > 0 && words.length <= TITLE_QUOTE_WORDS && words.every((w) => TITLE_QUOTE_WORD_RE.test(w))
  );
};

/** The titles that may open an inverted subject before the name: words, capitalised or not, but no preposition. */
// "and" joins two titles ("said Anchorage businessman and blogger Andrew Halcro"); a name right after the verb is
// taken before this is tried, so "said Smith and Jones" never gets here. "of" may join lower-case words of one title
// ("said master of ceremonies Asab Al-Tabchi"), not a title to a name ("the deaths of journalists under Mr. Putin").
const TITLES_AHEAD_RE =
  /^(?:the\s+(?=\p{Lu}))?(?:(?:[\p{Lu}][\p{L}\p{N}.&’'-]*|\p{N}[\p{L}\p{N}/-]*|(?<=\p{Ll}\s)of(?=\s+\p{Ll})|(?!(?:on|in|at|to|of|for|by|with|from|about|under|over|against|between|among|into|during|through|that|who|which|or|but|after|before|when|while|as|if|because)\s)[\p{Ll}-]+)\s+){0,8}/u;

/**
 * A lower-case word after a name within titles: the name modifies it ("Clinton aide", "Trump campaign"); not a
 * preposition or a verb ("John McCain of Arizona", "a speech Mrs. Clinton delivered").
 */
const NAME_THEN_TITLE_RE =
  /^[’']?s?\s+(?!(?:of|from|in|at|on|and|or|who|whose|which|to|for|with|by|as|during|after|before|about|when|while|himself|herself|itself|themselves|also|then|now|still|again|once|alone|too|both|all|later|recently|whether|if|why|how|what)\b|(?!ally\b)\p{Ll}+(?:ed|ly)\b)\p{Ll}/u;

/** Punctuation that ends a run of titles, but for the full stop of an abbreviation ("Rep.", "Sen."). */
const TITLES_BREAK_RE =
  /[,;:]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Amb|Atty|Prof|Rev|St|[A-Z]))\./;

/** The first mention of a clause that is neither a possessive nor the object of a preposition. */
export function clauseSubject(fx: Finder, from: number, to: number): Subject | null {
  const ms = fx.index.mentions;
  // "From his speech at the Democratic National Convention last week, Biden rubbished …": the names in an
  // opening adverbial are not the clause's subject.
  // ("In a Washington Post/ABC News poll, …" names its source there: see documentFrames.)
  const leadEnd = openingAdverbialEnd(fx, from);
  if (leadEnd > from && leadEnd <= to && !FINDINGS_RE.test(fx.masked.slice(from, leadEnd))) {
    // "Following a shooting in Roseburg, Ore., she issued a plan …: President Obama later adopted …": a pronoun
    // after the adverbial is the clause's subject, so no name after it is.
    if (PRONOUN_OPENS_RE.test(fx.masked.slice(leadEnd, leadEnd + 8))) return null;
    from = leadEnd;
  }
  for (let i = mentionFrom(fx, from); i < ms.length; i++) {
    const m = ms[i];
    if (m.start >= to) break;
    if (fx.masked[m.start] === '~') continue;
    const after = fx.body.slice(m.end, m.end + 3);
    if (/^(?:’s|'s|’|')/.test(after) && !/^['’]\s*[,.]/.test(after)) continue;
    if (PREPOSITIONS.has(lettersBeforeEnd(fx.masked, Math.max(from, m.start - 20), m.start).toLowerCase()))
      continue;
    const f = fx.entities.get(m.entity);
    if (f && f.type === 'person') return fromMention(fx, m);
    // "House Republican Thomas Massie": a body before one or two title words and a name is the person's title.
    const titled = f && f.type !== 'person' ? personAfterTitles(fx, i, to) : null;
    if (titled) return fromMention(fx, titled);
    if (f) return fromMention(fx, m);
  }
  return null;
}

/** The person named right after mention i and one or two title words ("House Republican Thomas Massie"). */
function personAfterTitles(fx: Finder, i: number, to: number): Mention | null {
  const ms = fx.index.mentions;
  for (let j = i + 1; j < ms.length && j <= i + 2 && ms[j].start < to; j++) {
    const between = fx.masked.slice(ms[i].end, ms[j].start);
    if (!TITLE_WORDS_TO_NAME_RE.test(between)) return null;
    // At least one title word: "the White House James S. Brady briefing room" names a room.
    if (typeOfMention(fx, ms[j]) === 'person') return between.trim() === '' ? null : ms[j];
  }
  return null;
}

/**
 * The clause's subject for a second verb ("… and said"), where a place is where, not who: a place right before
 * a person's name only describes that person ("Florida Sen. Marco Rubio", "in downtown Washington, Donald Trump
 * stared … and read"); any other place leaves the frame with no speaker ("Indiana politicians …", "The Arizona
 * Republican …"), or with the speaker of the sentence's frame before (`before`), which keeps its content
 * without naming the place.
 */
export function placeFree(fx: Finder, sub: Subject, to: number, before: Subject | null): Subject {
  if (!sub.entity || fx.entities.get(sub.entity)?.type !== 'place') return sub;
  const next = clauseSubject(fx, sub.end, to);
  if (next?.kind === 'person' && PLACE_TO_NAME_RE.test(fx.masked.slice(sub.end, next.start))) return next;
  // "The deputy head of China’s delegation said the United States should … and said": the frame before speaks.
  if (before && (before.kind === 'person' || before.kind === 'organization')) return before;
  // "Indiana politicians", "Gulf sources", "The Arizona Republican": the place describes who spoke, and the
  // phrase is left for the describing steps to label as written.
  const described = PLACE_DESCRIBES_RE.exec(fx.masked.slice(sub.end, to));
  let end = sub.end + (described?.[0].length ?? 0);
  const noun = /^\s+(\p{Ll}+)\b/u.exec(fx.masked.slice(end, to));
  if (noun && isSpeakingHead(noun[1])) end += noun[0].length;
  // Someone unnamed speaks: the frame stands even for a verb of stance ("accused the UK … and warned").
  return { start: sub.start, end, speaker: null, entity: null, kind: 'anonymous' };
}

/** `through`: a quoted title the appositive holds, so the search for the name looks past its marks. */
export function appositiveSubject(fx: Finder, from: number, to: number, through = to): Subject | null {
  const head = fx.masked.slice(from, through);
  const q = head.lastIndexOf('"');
  const start = q >= 0 ? from + q + 1 : from;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, start); i < ms.length; i++) {
    const m = ms[i];
    if (m.start >= to) break;
    if (fx.body[m.end] !== ',') continue;
    // "skywriters in Pasadena, Calif., are": a state after its city is where, not who.
    if (m.type === 'place' && placeBeforeComma(fx, m.start, start)) continue;
    const lead = fx.masked.slice(start, m.start);
    // "A lawyer for the former mayor, Thomas Greer, said": the name is the mayor's, not the lawyer's.
    if (namesObjectOfFor(lead)) continue;
    // "In his response, Steve Coll, the dean of the school, said": a short opening phrase may come first, or a
    // participle's clause ("Appearing before cheering supporters, Suu Kyi, 70, said").
    const participleClause = OPENING_PARTICIPLE_CLAUSE_RE.test(lead) && /^[^,;"~]*,\s*$/.test(lead);
    if (!OPENING_LEAD_RE.test(lead) && !participleClause) {
      if (wordCount(lead, 6) > 5 || /[,;]/.test(lead.replace(/,\s*$/, ''))) continue;
      if (lead.trim() !== '' && !TITLED_LEAD_RE.test(lead)) continue;
    }
    let end = to;
    while (end > m.end && isWhitespaceOrComma(fx.masked.charCodeAt(end - 1))) end--;
    // "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said": the person before the state, not the state.
    const worker = m.type !== 'person' ? affiliatedPerson(fx, m.start, start) : null;
    const who = worker ?? m;
    return spanning(fromMention(fx, who), Math.max(start, descriptorStart(fx, who)), end);
  }
  return null;
}

/** Whether quotation q, with `before` the text before it, is a short title-cased name after an outlet's possessive. */
export function showTitleAfterOutlet(fx: Finder, q: QuotedSpan, before: string): boolean {
  // Most quotations follow no possessive: its "’s" is looked for by hand first.
  let k = before.length;
  while (k > 0 && isSpace(before[k - 1])) k--;
  if (k < 3 || before[k - 1] !== 's' || (before[k - 2] !== '’' && before[k - 2] !== "'")) return false;
  const possessive = OUTLET_POSSESSIVE_BEFORE_RE.exec(before);
  if (!possessive) return false;
  const outlet = fx.index.byEnd.get(q.open - possessive[0].length + possessive[0].search(/['’]s/));
  if (!outlet || typeOfMention(fx, outlet) === 'person') return false;
  return isTitleCased(fx.body.slice(q.innerStart, q.innerEnd));
}

/** A quoted title ending right before `to` that a possessive names as a show ("Fox News Channel’s “Hannity,”"). */
export function showTitleEndingAt(fx: Finder, from: number, to: number): boolean {
  // Most quotations before a speaker are no title: only one closing right before \`to\` is looked up.
  if (lastNonSpaceCode(fx.masked, from, to) !== 34) return false;
  const q = titleQuoteEndingAt(fx, from, to);
  return q !== null && /(?:’s|'s)\s*$/.test(fx.body.slice(Math.max(from, q.open - 4), q.open));
}

/**
 * The quoted title ending right before `to`, if it is one: a short passage that ends in a comma and follows a
 * possessive ("MSNBC’s “Morning Joe,”") or capitalises every word ("host of “Meet the Press,”").
 */
export function titleQuoteEndingAt(fx: Finder, from: number, to: number): QuotedSpan | null {
  let end = to;
  while (end > from && isSpace(fx.masked[end - 1])) end--;
  const q = fx.quoted.find((x) => x.close === end);
  if (!q?.closed || fx.body[q.innerEnd - 1] !== ',') return null;
  const words = splitAtSpaces(fx.body.slice(q.innerStart, q.innerEnd - 1));
  if (words.length > TITLE_QUOTE_WORDS) return null;
  const possessive = /(?:’s|'s|s’|s')\s*$/.test(fx.body.slice(Math.max(from, q.open - 4), q.open));
  return possessive || words.every((w) => TITLE_QUOTE_WORD_RE.test(w)) ? q : null;
}

/** Whether a lower-case title follows mention m, which then says whom the title serves ("Clinton aide"). */
function namesWhomTitleServes(fx: Finder, m: Mention): boolean {
  return NAME_THEN_TITLE_RE.test(fx.masked.slice(m.end, m.end + 20));
}

/** Whom a phrase between a closing quote and its verb names ("Phil Smith, a spokesman for the union,"). */
export function resolveSegment(fx: Finder, from: number, to: number, sentence: number): Subject | null {
  let s = from;
  while (s < to && isWhitespaceOrComma(fx.masked.charCodeAt(s))) s++;
  let e = to;
  while (e > s && isWhitespaceOrComma(fx.masked.charCodeAt(e - 1))) e--;
  if (e <= s) return null;
  const text = fx.masked.slice(s, e);
  const first = text.match(/^[\p{L}’'.-]+/u)?.[0] ?? '';
  if (opensLower(first) && !SEGMENT_OPENERS.test(first)) return null;
  let bestOther: Mention | null = null;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, s); i < ms.length; i++) {
    const m = ms[i];
    if (m.end > e) break;
    if (PREPOSITIONS.has(lettersBeforeEnd(fx.masked, Math.max(s, m.start - 12), m.start).toLowerCase()))
      continue;
    if (/^(?:’s|'s)/.test(fx.body.slice(m.end, m.end + 2))) continue;
    // "a senior Cruz adviser": a name before a lower-case title is whom the title serves.
    if (typeOfMention(fx, m) === 'person' && !namesWhomTitleServes(fx, m))
      return spanning(fromMention(fx, m), s, e);
    // "the Florida senator": a name that modifies the head noun is not who spoke.
    // An outlet's furniture may follow its name: "the Tasnim news agency".
    if (
      !bestOther &&
      /^\s*(?:$|,|(?:news\s+agency|agency|news\s+service|newspaper|daily|website)\s*$)/.test(
        fx.masked.slice(m.end, e),
      )
    )
      bestOther = m;
  }
  const pr = text.match(/^(he|she|they|it)$/i);
  if (pr) return resolvePronoun(fx, pr[1].toLowerCase(), s, e, sentence);
  // "He Jianxiong, the former executive director … at the International Monetary Fund": a name the tagger missed.
  const untagged = untaggedNameHead(fx, s, e);
  if (untagged) return untagged;
  const sub = subjectEndingAt(fx, e, s, sentence, false);
  if (sub?.entity) return spanning(sub, s, e);
  if (bestOther) return spanning(fromMention(fx, bestOther), s, e);
  if (sub) return spanning(sub, s, e);
  return namelessSubject(s, e);
}

/** A full stop after two letters that make no abbreviation ("WHO.", "Dealer.", not "Jr.", "Inc.", "U.S."). */
const SENTENCE_STOP_AFTER_NAME_RE = /(?<![\s.](?:Jr|Sr|Co|St|Inc|Corp|Ltd|Bros))[^\s.]{2}\.$/;

/** A lower-case noun right after a capitalised phrase, which the phrase then only qualifies (not "in", "who" …). */
const QUALIFIED_NOUN_AFTER_RE =
  /^\s+(?!(?:in|on|at|of|for|to|from|with|who|which|that|and|but|as|last|this|after|before|during|when|while|about|by|via|earlier|later|on|told|said|says|wrote|writes|added|reported|noted)\b)\p{Ll}/u;

/** A quantity before a group's name: "some ", "many ", "a handful of ", "most of the ". */
const QUANTITY_BEFORE_GROUP_RE =
  /^(?:some|many|most|several|few|other|a\s+few|a\s+handful\s+of|a\s+number\s+of|a\s+majority\s+of|dozens\s+of|hundreds\s+of)\s+(?:of\s+the\s+)?/i;

/** The subject phrase starting at x (inverted order: "said Putin", "noted the statement"). */
// `according`: the phrase follows "according to".
export function subjectStartingAt(
  fx: Finder,
  x: number,
  limit: number,
  sentence: number,
  according = false,
  articleOpensName = according,
): Subject | null {
  const m = fx.index.byStart.get(x);
  const owned = m ? ownersRoleNamed(fx, m) : null;
  if (owned) return spanning(fromMention(fx, owned), x, owned.end);
  // "said Virginia delegate Beau Correll": a place or party opening the titles is not who spoke; nor is a
  // person before a lower-case title ("said Clinton campaign manager Robby Mook").
  const titles = m ? namesWhomTitleServes(fx, m) : false;
  if (m && !titles && typeOfMention(fx, m) === 'person') return fromMention(fx, m);
  const head = fx.masked.slice(x, Math.min(limit, x + 120));
  // "said RNC spokesman Sean Spicer": a person named within the titles that open the phrase.
  // "said the Rev. Peter Wherry": an article may open the titles.
  // "says veteran industry analyst Ken Doctor": lower-case titles may come first and be several.
  const titled = head.match(TITLES_AHEAD_RE);
  if (titled && titled[0].length > 0) {
    const end = x + titled[0].length + 40;
    const ms = fx.index.mentions;
    for (let i = mentionFrom(fx, x); i < ms.length && ms[i].start <= x + titled[0].length; i++) {
      const p = ms[i];
      if (p.end > end) break;
      // "said longtime Clinton aide Huma Abedin": a name before a lower-case title is whom the title serves.
      if (
        typeOfMention(fx, p) === 'person' &&
        !TITLES_BREAK_RE.test(fx.masked.slice(x, p.start)) &&
        !namesWhomTitleServes(fx, p)
      ) {
        return spanning(fromMention(fx, p), x, p.end);
      }
    }
  }
  // ("said Cleveland's Plain Dealer": the owner is not who spoke; see the capitalised phrase below.)
  if (m && !titles && !OWNER_THEN_NAME_RE.test(fx.masked.slice(m.end, m.end + 4))) return fromMention(fx, m);
  const rn = head.match(ROLE_NP_AFTER_RE);
  if (rn) {
    // "said the bureau's director, James B. Comey, on Monday": the name the role sets off is who spoke.
    // "said the base chief known as Bob": so is the name it goes by.
    const named = personSetOffAfter(fx, x + rn[1].length) ?? personKnownAsAfter(fx, x + rn[1].length);
    if (named) return spanning(fromMention(fx, named), x, named.end);
    const sub = resolveRoleNp(fx, rn[3] ?? '', rn[4], x, x + rn[1].length, rn[2]);
    if (sub?.entity) return sub;
    // "according to the agency": no one holds the role; the one body named just before speaks.
    const body = companyReferentAhead(fx, head, x, sentence);
    if (body) return body;
    // "said the former Chelsea manager": no one titled so; perhaps the person the story follows.
    const followed = according ? null : personDescribedAfter(fx, head, x, sentence);
    if (followed) return followed;
    if (sub) return spanning(sub, x, x + rn[1].length + postModifierLength(head, rn[1].length));
  }
  const followed = according || rn ? null : personDescribedAfter(fx, head, x, sentence);
  if (followed) return followed;
  // "…,” said the company.", "according to the brokerage": the one business named just before, as before the verb.
  const company = rn ? null : companyReferentAhead(fx, head, x, sentence);
  if (company) return company;
  // "according to her statement", "…,” read his statement": words of speech owned by a pronoun are its person's.
  const ownedWords = ownedWordsPronounAhead(head);
  if (ownedWords) return resolvePronoun(fx, ownedWords.pronoun, x, x + ownedWords.length, sentence);
  const an = head.match(ANON_AFTER_RE);
  if (an) {
    // "according to a police report", "a police affidavit", "a police officer": the group word modifies the noun
    // after it, which heads the phrase.
    const noun = /^\s+(\p{Ll}+)(?![\p{L}-])/u.exec(head.slice(an[1].length, an[1].length + 24));
    const headLength = an[1].length + (noun && isSpeakingHead(noun[1]) ? noun[0].length : 0);
    const end = x + headLength + postModifierLength(head, headLength);
    return { start: x, end, speaker: null, entity: null, kind: 'anonymous' };
  }
  const cap = head.match(CAP_NP_AFTER_RE);
  // "according to the Associated Press", "…,” writes the Associated Press": there the article opens the name;
  // after a verb that takes an object ("…, told The Huffington Post") it is no subject.
  const name = cap ? cap[1].replace(/^the\s+/i, '') : '';
  // "said the New York businessman": the capitalised words there only qualify the noun after them.
  const opensName =
    articleOpensName &&
    (according ||
      cap === null ||
      !QUALIFIED_NOUN_AFTER_RE.test(head.slice(cap[1].length, cap[1].length + 24)));
  if (cap && !CAP_STOP.has(splitAtSpaces(opensName ? name : cap[1])[0].toLowerCase())) {
    // The sentence's full stop is no part of the name ("says WHO.", "… Plain Dealer."), an initial's or an
    // abbreviation's is ("Jr.", "Inc.").
    const stop = SENTENCE_STOP_AFTER_NAME_RE.test(fx.masked.slice(x, x + cap[1].length)) ? 1 : 0;
    const nameEnd = x + cap[1].length - stop;
    // "according to the Kremlin press service": the office is part of the source's phrase; the body speaks.
    const end =
      nameEnd +
      (stop ? 0 : (PRESS_OFFICE_AFTER_RE.exec(fx.masked.slice(nameEnd, nameEnd + 24))?.[0].length ?? 0));
    const inner = mentionWithin(fx, x, end);
    // "opined Cleveland's Plain Dealer": the name after the possessive is who spoke.
    const owned = inner ? OWNER_THEN_NAME_RE.exec(fx.masked.slice(inner.end, nameEnd)) : null;
    if (inner && owned) {
      const own = fx.masked.slice(inner.end + owned[0].length, nameEnd);
      const f = entityFor(fx, own);
      return f ? fromFacts(f, x, end) : { start: x, end, speaker: own, entity: null, kind: 'organization' };
    }
    if (inner) return spanning(fromMention(fx, inner), x, end);
    const f = entityFor(fx, name.slice(0, name.length - stop));
    if (f) return fromFacts(f, x, end);
    return { start: x, end, speaker: name.slice(0, name.length - stop), entity: null, kind: 'organization' };
  }
  // "…, say some Democrats.", "said a handful of Republicans who …": a share of a group the recognizer names
  // (a plural: "some Texas voters" is read as a phrase of its own).
  const share = QUANTITY_BEFORE_GROUP_RE.exec(head);
  const group = share ? fx.index.byStart.get(x + share[0].length) : undefined;
  if (group && typeOfMention(fx, group) !== 'person' && /\p{Ll}s$/u.test(group.text))
    return spanning(fromMention(fx, group), x, group.end);
  const pr = head.match(/^(he|she|they)(?![\p{L}])/iu);
  if (pr) return resolvePronoun(fx, pr[1].toLowerCase(), x, x + pr[1].length, sentence);
  // "…,” said a Nevada Democrat.", "said one former GOP leadership aide": a person the text describes only.
  const one = head.match(UNNAMED_PERSON_AFTER_RE);
  // "…,” said a protester, Johanna Bayer.", "said his best friend at Lehigh, Bruce Turry", "said the group, Amnesty
  // International": the name a description leads to is who spoke.
  // Not after "according to": "According to an FBI summary, Cheryl Mills … sent" goes on with what it says.
  const described = according ? undefined : (one?.[1] ?? DESCRIPTION_AFTER_RE.exec(head)?.[0]);
  const named = described ? appositiveSpeaker(fx, x + described.length, limit) : null;
  if (named) return spanning(fromMention(fx, named), x, named.end);
  if (one) {
    const end = x + one[1].length + postModifierLength(head, one[1].length);
    return namelessSubject(x, end);
  }
  // "…,” reads a Wednesday editorial in The Des Moines Register.": a document or body described, not named.
  // Only right after the quotation ("Danger Mouse, wrote a host of new songs" is no speaker after "wrote").
  const afterQuote = !according && verbAfterQuoteEndsAt(fx, x);
  // "“…,” said the actor.", "said the 56-year-old": a word for a person, with no role to look up, stands for the
  // person named before, as "he said" would; when no one fits, the frames around it say who spoke.
  const epithet = afterQuote ? PERSON_EPITHET_AFTER_RE.exec(head) : null;
  // "said the woman, who did not want to be named": a bare "man" or "woman" is somebody new, whom the text does
  // not name; not the speaker of the quotation before either.
  if (epithet && /^the\s+(?:man|woman)$/.test(epithet[1]))
    return { start: x, end: x + epithet[1].length, speaker: null, entity: null, kind: 'person' };
  if (epithet) {
    const pronoun =
      PERSON_EPITHETS[epithet[2]] ??
      (epithet[2] === 'man' ? 'he' : epithet[2] === 'woman' ? 'she' : AGE_AS_PRONOUN);
    // ("“…,” said the 23-year-old striker." with nobody named before: an unnamed person is the source.)
    return describedPersonSubject(fx, pronoun, x, x + epithet[1].length, sentence);
  }
  const doc = afterQuote ? DESCRIBED_AFTER_RE.exec(head) : null;
  if (doc && isSpeakingHead(doc[2])) {
    const end = x + doc[1].length + postModifierLength(head, doc[1].length);
    // "said the New York businessman" means someone named before: left to the frames around it, unless the
    // phrase is a document or a body ("the report").
    if (/^the\s/i.test(doc[1]) && !DOCUMENT_OR_BODY_RE.test(doc[2])) return null;
    return namelessSubject(x, end);
  }
  return null;
}

/**
 * "“…,” said the former Chelsea manager.", "said the 47-year-old Dane": a description of the person the story
 * follows, right after the quotation, stands for that person when the guards of a distant referent allow, and for
 * no one otherwise (see describedPersonEnding in subject-search.ts). Not when a name sets it off ("said the former
 * Chelsea manager, Jose Mourinho"): that name spoke.
 */
function personDescribedAfter(fx: Finder, head: string, x: number, sentence: number): Subject | null {
  const described = describedPersonOpening(head);
  if (!described || personSetOffAfter(fx, x + described.length) || !verbAfterQuoteEndsAt(fx, x)) return null;
  return describedPersonSubject(fx, described.pronoun, x, x + described.length, sentence);
}

/**
 * "exhorted Clinton's introducer, actress Jamie Lee Curtis", "said Trump's spokeswoman, Hope Hicks": after an
 * owner's role the person it sets off (a few lower-case words may describe them) is who spoke, not the owner.
 */
function ownersRoleNamed(fx: Finder, m: Mention): Mention | null {
  const role = OWNERS_ROLE_COMMA_RE.exec(fx.masked.slice(m.end, m.end + 60));
  if (!role) return null;
  const at = m.end + role[0].length;
  const p = fx.index.byStart.get(
    at + (LOWERCASE_WORDS_RE.exec(fx.masked.slice(at, at + 40))?.[0].length ?? 0),
  );
  if (!p || typeOfMention(fx, p) !== 'person') return null;
  return /^\s*(?:[,.;]|$)/.test(fx.masked.slice(p.end, p.end + 3)) ? p : null;
}

/** A possessive, one to three lower-case words for a role, and the comma that sets off its name. */
const OWNERS_ROLE_COMMA_RE = /^[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+/u;

/** Up to two lower-case words before a name: "actress ", "longtime aide ". */
const LOWERCASE_WORDS_RE = /^(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu})/u;

/** Whether running words come before `at` in its sentence ("As POLITICO revealed"), as no dateline has. */
export function afterRunningWords(fx: Finder, sentence: number, at: number): boolean {
  const from = fx.sentences[sentence]?.start ?? at;
  return /(?:^|\s)(?:[a-z]{2,}|As|But|And)\s+$/.test(fx.masked.slice(Math.max(from, at - 40), at));
}

/** Whether the word before `x` is a verb right after a closing quotation mark ("“…,” reads a …"). */
function verbAfterQuoteEndsAt(fx: Finder, x: number): boolean {
  let k = x;
  while (k > 0 && isSpace(fx.masked[k - 1])) k--;
  const verbEnd = k;
  while (k > 0 && isLetter(codeAt(fx.masked, k - 1))) k--;
  if (k === verbEnd) return false;
  while (k > 0 && isSpace(fx.masked[k - 1])) k--;
  // Reads stay within the text: one out of range deoptimizes the caller.
  if (k > 0 && fx.masked[k - 1] === ',') k--;
  return k > 0 && fx.masked[k - 1] === '"';
}

/** A person or organization named right after a comma at `at`, closing the clause: ", Johanna Bayer." */
function appositiveSpeaker(fx: Finder, at: number, limit: number): Mention | null {
  const comma = /^\s*,\s*/.exec(fx.masked.slice(at, Math.min(limit, at + 4)));
  if (!comma) return null;
  const p = fx.index.byStart.get(at + comma[0].length);
  const type = p ? typeOfMention(fx, p) : null;
  if (!p || (type !== 'person' && type !== 'organization')) return null;
  return /^\s*(?:[,.;:!?]|$)/.test(fx.masked.slice(p.end, Math.min(limit, p.end + 2))) ? p : null;
}

/** Whether the content starting at `from` is a clause ("that …", or a finite verb among its first words). */
export function clauseAt(fx: Finder, from: number, to: number): boolean {
  const text = fx.masked.slice(from, to);
  return /^that\s/.test(text) || looksLikeClause(` ${text}`);
}

/** A description after a speech verb, up to the comma before a name: "his best friend at Lehigh". */
const DESCRIPTION_AFTER_RE = /^(?:his|her|their|a|an|one|another|the)\s+[^,.;:"~]{2,60}?(?=,)/u;

/** A participle or adjective after an unnamed speaker, then the preposition of what describes them. */
// ("said Clinton aides on Monday": a day or a date after the preposition tells when, not who.)
const POST_MODIFIER_LEAD = `(?:(?:${POSTPOSED_WORDS})\\s+)?(?:to|for|of|with|at|in|on|from|inside|within|close\\s+to)\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|the\\s+(?:morning|evening|afternoon|weekend)|this\\s|last\\s|\\d)\\b)`;

/**
 * What may follow an unnamed speaker after a speech verb and still describe them, up to the clause's end: "to
 * President George W. Bush", "involved in the planning", "familiar with the Clinton campaign's organization".
 */
const POST_MODIFIER_RE = new RegExp(
  `^\\s+${POST_MODIFIER_LEAD}${String.raw`(?:[^,.;:!?"~()]|(?<=(?:\s|^|\.)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr))\.){1,60}?(?=\s*(?:[,;:!?]|$|(?<!(?:\s|^|\.)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr))\.))`}`,
  'u',
);

/** The length of such a post-modifier right after `at` in `head`, or 0. */
const postModifierLength = (head: string, at: number): number =>
  POST_MODIFIER_RE.exec(head.slice(at))?.[0].length ?? 0;

/** One person described, not named, closing the clause after a speech verb: "a Nevada Democrat", "one GOP aide". */
const UNNAMED_PERSON_AFTER_RE = new RegExp(
  String.raw`^((?:a|an|one|another)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?(?:Democrat|Republican|strategist|official|aide|adviser|advisor|leader|member|lawmaker|operative|donor|delegate|supporter|voter|source|spokes(?:man|woman|person)|insider|confidant|consultant|expert|analyst|observer|staffer|executive|lobbyist|activist|organizer|organiser|veteran|resident|student|worker|officer|diplomat|lawyer|attorney|economist|pollster|advocate|protester|protestor|demonstrator|user|friend|fan|man|woman|person|mother|father|parent|neighbou?r|teacher|owner|attendee|participant|witness|survivor|critic|commentator|journalist|reporter|writer|blogger|scholar|professor|historian|scientist|researcher|doctor|physician|nurse|farmer|employee|customer|passenger|driver|soldier|candidate|colleague|relative|citizen|immigrant|refugee|volunteer|manager|director|chairman|chairwoman|businessman|businesswoman|retiree|pastor|priest|senator|congressman|congresswoman|governor|mayor|judge|prosecutor|investigator|investor|banker|engineer))` +
    // "said a longtime GOP data expert who has worked for one of Trump's 2016 rivals": a relative clause may
    // describe them too.
    `(?=(?:\\s+(?:${POST_MODIFIER_LEAD}|who\\s+|whose\\s+)[^,.;:!?"~()]{1,60}?)?\\s*(?:[,.;:!?]|$))`,
  'u',
);

/** A poll, survey or study named in an opening adverbial. */
const FINDINGS_RE = /\b(?:polls?|surveys?|study|studies|report)\b/i;

/** Heads of a phrase that name a document or a body, not a person: "the editorial", "the campaign". */
const DOCUMENT_OR_BODY_RE =
  /^(?:editorial|article|report|study|survey|poll|statement|memo|letter|message|analysis|review|ad|video|tweet|post|complaint|lawsuit|filing|ruling|opinion|book|release|transcript|website|network|newspaper|campaign|committee|group|organization|agency|department|office|government|administration|ministry|council|commission|court|union|party|coalition|foundation|institute|center|team|board|panel)s?$/i;

/** A possessive after a name and the capitalised name it owns: "’s Plain Dealer". */
const OWNER_THEN_NAME_RE = /^[’']s\s+(?=\p{Lu})/u;

/**
 * "the actor", "the veteran striker", "the 56-year-old" closing the sentence: a word for a person that names no
 * office (see PERSON_EPITHETS; offices are looked up among the entities' roles before this).
 */
const PERSON_EPITHET_AFTER_RE = new RegExp(
  String.raw`^(the\s+${EPITHET_MODIFIERS}(${Object.keys(PERSON_EPITHETS).join('|')}|man|woman|\d{1,3}-year-old))(?=\s*[,.;:!?]|$)`,
  'u',
);

/** The office that speaks for a body named before it: "the Kremlin press service", "the army's media office". */
const PRESS_OFFICE_AFTER_RE = /^\s+(?:press\s+(?:service|office)|media\s+office)(?![\p{L}])/u;

/**
 * A phrase with an article after a verb, and its head: "a Wednesday editorial", "the campaign's statement", "a
 * statement issued by the ministry".
 */
const DESCRIBED_AFTER_RE =
  /^((?:the|a|an|one|another)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?([\p{L}-]+))(?=\s*(?:[,.;:!?]|$)|\s+(?:in|of|for|from|by|on|at|(?:issued|released|published)\s+by)\s)/u;
