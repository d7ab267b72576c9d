// Within-article entity analysis: sentences, recognized names, roles, and mentions resolved to local entities.

import type { EntityType, LocalEntity, Mention, Message, Span } from '../../model/index.js';
import { type NerModel, recognize, type TagOptions } from '../ner/index.js';
import { splitSentencesFromTokens, type Token, tokenize } from '../text/index.js';
import { coordinatedFirstName } from './coordinated-names.js';
import {
  ADMINISTRATIVE_DIVISIONS,
  ARMED_GROUPS,
  BROADCASTERS,
  COMMON_ABBREVIATIONS,
  DEMONYMS,
  FAITH_AND_ETHNIC_GROUPS,
  HONORIFICS,
  initials,
  isDemonym,
  isFemaleFirstName,
  isGeneration,
  isMaleFirstName,
  isPatronymic,
  isUsStateName,
  LAW_AND_EVENT_ENDINGS,
  LEADER_HEADS,
  LEADER_ROLES,
  LOCAL_TITLE_QUALIFIERS,
  nameKey,
  ORGANIZATION_ENDINGS,
  PLACE_ENDINGS,
  ROLE_HEADS,
  ROLE_WORDS,
  sameFirstName,
} from './lexicon.js';
import { withOpeningSpeaker } from './opening-names.js';
import { isOutletReadAsPlace, splitOutletFromPerson } from './outlet-names.js';
import { type NameUse, usedOnlyAsProduct } from './product-names.js';
import { isRelativeApposition } from './relatives.js';

export interface EntityAnalysis {
  sentences: Span[];
  mentions: Mention[];
  entities: LocalEntity[];
  messages: Message[];
}

export interface EntityInput {
  body: string;
  captions: string[];
  title?: string | null;
}

const NER_TYPES: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
};

/** One recognized or inferred mention while the article is being resolved. */
interface Draft {
  seg: number;
  /** Position in reading order (segment, then offset) for recency decisions. */
  order: number;
  /** Index of its sentence among all the article's sentences. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  roles: string[];
  /** Country keys from demonyms next to the name ("Russian President ..."). */
  countries: string[];
  /** Name tokens (people) without roles and possessives. */
  words: string[];
  /** Set for "the Russian leader"-style mentions: the role head and its country. */
  roleNp?: { head: string; country: string | null };
  /** What an honorific before the name says: "Mrs. Obama" a woman ('f'), "Mr. Obama" a man ('m'). */
  honorific?: 'f' | 'm';
  /** Set when the name is given as somebody's relative: "her husband, Frank Fiorina". */
  relative?: boolean;
  /** Set when a possessive follows the name ("Mr. Trump’s opponents"): it modifies a noun, it is no subject. */
  possessive?: boolean;
  /** The party letter a label after the name gives: "Sen. Ted Cruz (R-Texas)" is 'R'. */
  party?: string;
  /** The full name of a first name given with another's surname ("Khizr" of "Khizr and Ghazala Khan"). */
  fullName?: string;
  /** When the surname of such a first name is written: the pair is seen together there, for recency. */
  seenAt?: number;
  entity: number;
}

interface Segment {
  text: string;
  caption?: number;
  tokens: Token[];
  sentences: Token[][];
}

const REPORTING = new Set([
  'says',
  'said',
  'warns',
  'tells',
  'adds',
  'claims',
  'urges',
  'insists',
  'vows',
  'denies',
  'confirms',
  'announces',
  'declares',
  'slams',
  // Headlines: "Hillary Clinton Speaks 'Directly To White People'", "Clinton Cash Debunks Hillary: …".
  'speaks',
  'reveals',
  'debunks',
  'responds',
  'admits',
  'blasts',
]);
const POSSESSIVE = /^['\u2019]s?$/;
/** Tokens after which a capital says nothing about a name: sentence ends, quotes, brackets, dashes, colons. */
const CLAUSE_OPENER = /^[.!?:;"'\u201c\u201d\u2018\u2019([\u2013\u2014-]+$/;
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const lower = (w: string): string => w.toLowerCase();
const isFirstName = (w: string): boolean => isMaleFirstName(w) || isFemaleFirstName(w);

/** Given names with a capital after a short prefix: "LeBron", "DeAndre", "LaMarcus", "JaVale", "DaQuan". */
const INNER_CAPITAL_GIVEN_NAME_RE = /^(?:Le|De|La|Da|Ja|Ke|Ty|Sha|Ra|Dar)[A-Z][a-z]{2,}$/;

/** Roles only a company has, right after its name: "Amazon founder", "Tesla CEO". */
const COMPANY_ROLE_AFTER_RE = /^(?:founder|co-founder|cofounder|ceo|shareholders)$/;

/** What is posted on a platform, right after its name: "a Tumblr post", "his Weibo account". */
const PLATFORM_NOUN_AFTER_RE = /^(?:post|posts|account|accounts|page|feed|blog|channel|livestream|thread)$/;

/**
 * Gazetteer bits of a place (the layout of src/analyze/ner/lists.ts, whose compromise import this module does not
 * load): LOC in the training data (bit 2), or the city, country and region lists (bits 7, 8 and 9, after the four
 * types and the first-name, last-name and person lists).
 */
const PLACE_BITS = (1 << 2) | (1 << 7) | (1 << 8) | (1 << 9);

/** Whether the tagger's gazetteer holds the word as a place ("Chicago", "Texas"), not "Tumblr". */
const knownPlace = (model: NerModel, word: string): boolean =>
  ((model.resources.gazetteer.get(lower(word)) ?? 0) & PLACE_BITS) !== 0;

/** "President", "Vice President", "former President": the offices a surname alone stands for someone by. */
const headOfStateRole = (roles: string[]): boolean => roles.some((r) => /\bpresident$/i.test(r));

/** The honorific right before token s, as what it says of the person's sex. */
function honorificBefore(toks: Token[], s: number): { honorific?: 'f' | 'm' } {
  const h = lower(toks[s - 1]?.text ?? '').replace(/\.$/, '');
  // "Mr. and Mrs. Khan" is the couple: the last honorific tells nothing of who a lone surname is.
  if (toks[s - 2]?.text === 'and' && /^(?:mrs?|ms|miss|dr)\.?$/i.test(toks[s - 3]?.text ?? '')) return {};
  if (h === 'mrs' || h === 'ms' || h === 'miss') return { honorific: 'f' };
  if (h === 'mr') return { honorific: 'm' };
  return {};
}

/** The generation a name ends with, lower case without its dot ("jr" of "Donald Trump Jr."); '' when none. */
function generationOf(text: string): string {
  const lastWord = text.split(/\s+/).pop() ?? '';
  return isGeneration(lastWord) ? lastWord.toLowerCase().replace(/[.,]/g, '') : '';
}

/** A name's words without a generation suffix ("Jr.", "III"), unless that is all there is. */
function nameWords(words: string[]): string[] {
  const core = words.filter((w) => !isGeneration(w));
  return core.length > 0 ? core : words;
}

const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u;

/** The party letter of a "(R-Texas)" label right after a name ending at `end`. */
function partyLabelAfter(text: string, end: number): { party?: string } {
  const m = /^ ?\(([RDI])-\p{Lu}/u.exec(text.slice(end, end + 5));
  return m ? { party: m[1] } : {};
}

/** Words that open a noun phrase, capitalised only at a sentence's start: "The PACs" names no committee. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

function segment(text: string, caption?: number): { seg: Segment; spans: Span[] } {
  const tokens = tokenize(text);
  const spans = splitSentencesFromTokens(text, tokens);
  const sentences: Token[][] = [];
  let k = 0;
  for (const sp of spans) {
    const s: Token[] = [];
    while (k < tokens.length && tokens[k].start < sp.end) {
      if (tokens[k].start >= sp.start) s.push(tokens[k]);
      k++;
    }
    if (s.length) sentences.push(s);
  }
  return { seg: { text, caption, tokens, sentences }, spans };
}

/** Role phrase made of tokens [from, to) of `toks`, trimmed of "of"/"the" at its edges; null if it has no head. */
function rolePhrase(text: string, toks: Token[], from: number, to: number): string | null {
  while (from < to && ['of', 'the'].includes(lower(toks[from].text))) from++;
  while (to > from && ['of', 'the'].includes(lower(toks[to - 1].text))) to--;
  const words = toks.slice(from, to).map((t) => lower(t.text));
  if (!words.length || !words.some((w) => ROLE_HEADS.has(w))) return null;
  if (words.length === 1 && HONORIFICS.has(words[0])) return null;
  return text.slice(toks[from].start, toks[to - 1].end);
}

/** Country key of the token(s) just before index `i` ("Russian", "Russia’s", "US"). */
function countryBefore(toks: Token[], i: number): string | null {
  let j = i - 1;
  if (j >= 0 && POSSESSIVE.test(toks[j].text)) j--;
  if (j < 0) return null;
  const w = lower(toks[j].text);
  if (j >= 1) {
    const two = `${lower(toks[j - 1].text)} ${w}`;
    if (DEMONYMS.has(two)) return DEMONYMS.get(two) ?? null;
  }
  return DEMONYMS.get(w) ?? null;
}

/** A title cut short with a full stop: "Rep.", "Sen.", "Gov.", "Lt.". */
const isAbbreviatedTitle = (t: string): boolean => t.endsWith('.') && ROLE_WORDS.has(lower(t));

/** Roles and countries around a person name at tokens [s, e) of one sentence. */
function rolesAround(
  text: string,
  toks: Token[],
  s: number,
  e: number,
): { roles: string[]; countries: string[] } {
  const roles: string[] = [];
  const countries: string[] = [];
  // Before: "Russian Foreign Minister Sergei Lavrov", "Russia's Prime Minister, Mikail Mishustin".
  let j = s - 1;
  if (j >= 0 && toks[j].text === ',') j--;
  let from = j + 1;
  while (j >= 0) {
    const w = lower(toks[j].text);
    if (ROLE_WORDS.has(w) || ((w === 'of' || w === 'the') && j < from - 1 + 1 && from <= s)) {
      from = j;
      j--;
      continue;
    }
    break;
  }
  // "City Councilman", "Police Commissioner": the qualifier is part of the title unless a place name runs into it
  // ("Kansas City Mayor").
  const q = from - 1;
  if (
    q >= 0 &&
    from < s &&
    LOCAL_TITLE_QUALIFIERS.has(lower(toks[q].text)) &&
    !(q > 0 && isCap(toks[q - 1].text) && /\p{L}/u.test(toks[q - 1].text))
  )
    from = q;
  let endBefore = toks[s - 1]?.text === ',' ? s - 1 : s;
  // "a top Mr. Trump aide", "candidate Dr. Carson": the honorific is no part of the role.
  while (endBefore - 1 > from && HONORIFICS.has(lower(toks[endBefore - 1].text))) endBefore--;
  // "the chairman of Mrs. Clinton's campaign": the role before "of" is someone else's.
  if (POSSESSIVE.test(toks[e]?.text ?? '')) {
    for (let k = endBefore - 1; k >= from; k--)
      if (lower(toks[k].text) === 'of') {
        from = k + 1;
        break;
      }
    if (from < endBefore && HONORIFICS.has(lower(toks[from].text)) && endBefore - from === 1)
      from = endBefore;
  }
  if (from < endBefore) {
    // "Committee Chairman Rep. Adam Schiff": an abbreviated title after another title is a second role ("Lt. Col."
    // stays one).
    const last = endBefore - 1;
    const split =
      last - from >= 1 && isAbbreviatedTitle(toks[last].text) && !isAbbreviatedTitle(toks[last - 1].text);
    const r = rolePhrase(text, toks, from, split ? last : endBefore);
    if (r) {
      roles.push(r);
      const c = countryBefore(toks, from);
      if (c) countries.push(c);
    }
    const second = split ? rolePhrase(text, toks, last, endBefore) : null;
    if (second) roles.push(second);
  }
  // After: "Maria Zakharova, spokeswoman of ...", "Lavrov, the Russian foreign minister,".
  if (toks[e]?.text === ',') {
    let k = e + 1;
    if (k < toks.length && lower(toks[k].text) === 'the') k++;
    let c: string | null = null;
    if (k < toks.length && DEMONYMS.has(lower(toks[k].text))) {
      c = DEMONYMS.get(lower(toks[k].text)) ?? null;
      k++;
      if (k < toks.length && POSSESSIVE.test(toks[k].text)) k++;
    }
    const rs = k;
    while (k < toks.length && ROLE_WORDS.has(lower(toks[k].text))) k++;
    const after = toks[k]?.text ?? '';
    if (k > rs && !(isCap(after) && /\p{L}/u.test(after))) {
      const r = rolePhrase(text, toks, rs, k);
      if (r) {
        roles.push(r);
        if (c) countries.push(c);
      }
    }
  }
  return { roles, countries };
}

/** "Russian" of "Russian President ...", "City" of "City Councilman ...": one word before a title that names nothing. */
const isLoneQualifier = (toks: Token[], s: number, end: number): boolean =>
  end - s === 1 && (isDemonym(toks[s].text) || LOCAL_TITLE_QUALIFIERS.has(lower(toks[s].text)));

/**
 * Splits "European Council President Charles Michel" (one span from the tagger) into the organization and the
 * person, and "House Nancy Pelosi" (after "Speaker of the") into the person: a capitalized title inside a span
 * separates what comes before it from the name after it.
 */
export function splitOnRole(
  toks: Token[],
  s: number,
  e: number,
  type: string,
): { tokenStart: number; tokenEnd: number; type: string }[] {
  // "[European Council President] [Charles Michel]": a title at the end of a span belongs to the name after it;
  // so does an abbreviated one wherever the name is ("Alaska Gov. and former vice presidential candidate Sarah Palin").
  const last = toks[e - 1].text;
  const abbreviatedTitle = last.endsWith('.') && ROLE_HEADS.has(lower(last));
  if (
    type !== 'PER' &&
    (abbreviatedTitle || (e < toks.length && isCap(toks[e].text) && /\p{L}/u.test(toks[e].text)))
  ) {
    let cut = e;
    let head = false;
    while (cut > s && ROLE_WORDS.has(lower(toks[cut - 1].text))) {
      if (ROLE_HEADS.has(lower(toks[cut - 1].text)) && isCap(toks[cut - 1].text)) head = true;
      cut--;
    }
    if (head)
      return cut > s && !isLoneQualifier(toks, s, cut) ? [{ tokenStart: s, tokenEnd: cut, type }] : [];
  }
  for (let i = e - 2; i >= s; i--) {
    const next = toks[i + 1].text;
    if (
      !ROLE_WORDS.has(lower(toks[i].text)) ||
      !isCap(next) ||
      ROLE_WORDS.has(lower(next)) ||
      isDemonym(next) ||
      // "General Assembly", "General Motors": the title word opens an organization's name.
      (i + 2 === e && ORGANIZATION_ENDINGS.has(lower(next)))
    )
      continue;
    let j = i;
    let head = false;
    while (j >= 0) {
      const w = lower(toks[j].text);
      if (ROLE_WORDS.has(w)) {
        if (ROLE_HEADS.has(w) && isCap(toks[j].text)) head = true;
      } else if (w !== 'of' && w !== 'the') break;
      j--;
    }
    if (!head) return [{ tokenStart: s, tokenEnd: e, type }];
    const out: { tokenStart: number; tokenEnd: number; type: string }[] = [];
    const prefixEnd = Math.max(s, j + 1);
    if (prefixEnd > s && !isLoneQualifier(toks, s, prefixEnd))
      out.push({
        tokenStart: s,
        tokenEnd: prefixEnd,
        type: type === 'PER' || type === 'MISC' ? 'ORG' : type,
      });
    out.push({ tokenStart: i + 1, tokenEnd: e, type: 'PER' });
    return out;
  }
  return [{ tokenStart: s, tokenEnd: e, type }];
}

const NP_HEADS = [
  'head of state',
  'prime minister',
  'foreign minister',
  'top diplomat',
  'prosecutor general',
  'president',
  'leader',
  'premier',
  'chancellor',
  'spokeswoman',
  'spokesman',
  'spokesperson',
  'strongman',
];

/** "the Kentucky Republican", "the Vermont Democrat": a politician named by party (and state) after their name. */
const PARTY_HEADS: ReadonlySet<string> = new Set(['republican', 'democrat']);
/** What may follow a party phrase that stands for a person: the phrase ends, or its verb or clause begins. */
const AFTER_PARTY_PERSON: ReadonlySet<string> = new Set([
  ...REPORTING,
  ...'who has had was is also then later did does will would on in at told added argued wrote noted'.split(
    ' ',
  ),
]);

/** Whether tokens [s, e) lie within a party phrase that "the" opens just before them. */
function insidePartyPhrase(toks: Token[], s: number, e: number): boolean {
  for (let t = s - 1; t >= Math.max(0, s - 3); t--) {
    if (lower(toks[t].text) !== 'the') continue;
    return (partyPhrase(toks, t + 1)?.end ?? 0) >= e;
  }
  return false;
}

/** "the [State] Republican|Democrat" standing for a person at `k` (just after "the"): [end token, head, state]. */
function partyPhrase(toks: Token[], k: number): { end: number; head: string } | null {
  let at = k;
  for (const n of [2, 1]) {
    const words = toks.slice(at, at + n);
    if (
      words.length === n &&
      words.every((t) => isCap(t.text)) &&
      isUsStateName(words.map((t) => lower(t.text)).join(' '))
    ) {
      at += n;
      break;
    }
  }
  const head = lower(toks[at]?.text ?? '');
  if (!PARTY_HEADS.has(head) || !isCap(toks[at].text)) return null;
  const next = toks[at + 1];
  // "the Republican primary", "the Democrat Party", "the Republican 2016 hopefuls": the party word describes what
  // follows.
  if (
    next &&
    /[\p{L}\p{N}]/u.test(next.text) &&
    !POSSESSIVE.test(next.text) &&
    !AFTER_PARTY_PERSON.has(lower(next.text))
  )
    return null;
  return { end: at + 1, head };
}

/** "the Russian leader", "The president", "Russia’s top diplomat", "the 65-year-old president": [start, end) tokens. */
function roleNounPhrase(
  toks: Token[],
  i: number,
): { end: number; head: string; country: string | null } | null {
  let k = i;
  let country: string | null = null;
  const w0 = lower(toks[k].text);
  if (w0 === 'the') {
    const party = partyPhrase(toks, k + 1);
    if (party) return { ...party, country: null };
    k++;
  } else if (DEMONYMS.has(w0) && POSSESSIVE.test(toks[k + 1]?.text ?? '')) {
    country = DEMONYMS.get(w0) ?? null;
    k += 2;
  } else if (DEMONYMS.has(w0) && isCap(toks[k].text)) {
    // Headline style, no article: "Russia President has had talks", "US President said".
    country = DEMONYMS.get(w0) ?? null;
    k++;
  } else return null;
  if (k < toks.length && country === null && isDemonym(toks[k].text)) {
    country = DEMONYMS.get(lower(toks[k].text)) ?? null;
    k++;
  }
  while (k < toks.length && /^(?:now-)?\d+-year-old$|^incumbent$/i.test(toks[k].text)) k++;
  for (const head of NP_HEADS) {
    const parts = head.split(' ');
    if (k + parts.length > toks.length) continue;
    if (parts.every((p, x) => lower(toks[k + x].text) === p)) {
      const end = k + parts.length;
      const next = toks[end];
      // "Russian President Vladimir Putin" is a title before a name, not a phrase standing for one.
      if (next && isCap(next.text) && !POSSESSIVE.test(next.text) && /\p{L}/u.test(next.text)) return null;
      return { end, head, country };
    }
  }
  return null;
}

/** A word the model knows as mostly lower case, or knows from raw text but never saw capitalized mid-sentence. */
function isCommonWord(model: NerModel, word: string): boolean {
  const bin = model.resources.capitalization.get(word);
  return bin === undefined ? model.resources.clusters.has(word) : bin <= 1;
}

/** Lower-case forms of the words an article writes capitalized inside a sentence (not after an opening quote or dash). */
function capitalizedMidSentence(sentences: Token[][]): Set<string> {
  const names = new Set<string>();
  for (const toks of sentences)
    for (let i = 1; i < toks.length; i++)
      if (isCap(toks[i].text) && !CLAUSE_OPENER.test(toks[i - 1].text)) names.add(lower(toks[i].text));
  return names;
}

/** A headline-style line: nearly every word of four letters or more is capitalized ("Putin Accuses West Of ..."). */
function isTitleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (isCap(t.text)) caps++;
  }
  return words > 0 && caps >= 0.8 * words;
}

/** Whether tokens [s, e) are only title words that a title head and a name complete, before or around them. */
function isPartOfTitle(toks: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!ROLE_WORDS.has(lower(toks[k].text))) return false;
  const isName = (t: Token | undefined): boolean =>
    t !== undefined && isCap(t.text) && /\p{L}/u.test(t.text) && !ROLE_WORDS.has(lower(t.text));
  let head = false;
  for (let k = s; k < e; k++) if (ROLE_HEADS.has(lower(toks[k].text))) head = true;
  // Before the name: "Interior Secretary Ken Salazar".
  let k = e;
  while (k < toks.length && ROLE_WORDS.has(lower(toks[k].text)) && isCap(toks[k].text)) {
    if (ROLE_HEADS.has(lower(toks[k].text))) head = true;
    k++;
  }
  if (!isName(toks[k])) return false;
  if (head) return true;
  // After "Secretary of the": "Secretary of the Interior Dirk Kempthorne".
  let j = s - 1;
  while (j >= 0 && (lower(toks[j].text) === 'the' || lower(toks[j].text) === 'of')) j--;
  return j < s - 1 && j >= 0 && ROLE_HEADS.has(lower(toks[j].text)) && isCap(toks[j].text);
}

export type TaggedSpan = { tokenStart: number; tokenEnd: number; type: string };

/**
 * "City Councilman Jumaane" (read as a place) then "D. Williams" (a person): the tagger broke one name at its middle
 * initial. A person's span that opens with an initial right after another span continues that name.
 */
export const joinNameBrokenAtInitial = (toks: Token[], found: TaggedSpan[]): TaggedSpan[] =>
  joinPersonSpans(
    found,
    (prev, sp) =>
      sp.type === 'PER' &&
      /^\p{Lu}\.$/u.test(toks[sp.tokenStart].text) &&
      /^\p{Lu}\p{Ll}+$/u.test(toks[prev.tokenEnd - 1].text),
  );

/** Spans in order, each joined to the one before it into a person's span where they touch and `continues` says so. */
function joinPersonSpans(
  found: TaggedSpan[],
  continues: (prev: TaggedSpan, sp: TaggedSpan) => boolean,
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of found) {
    const prev = out[out.length - 1];
    if (prev && prev.tokenEnd === sp.tokenStart && continues(prev, sp))
      out[out.length - 1] = { tokenStart: prev.tokenStart, tokenEnd: sp.tokenEnd, type: 'PER' };
    else out.push(sp);
  }
  return out;
}

/**
 * "Vargas" and "Llosa" of "Vargas Llosa said": the tagger may give each word of a name a person's span of its own. Two
 * persons' spans with nothing between them are one name.
 */
export const joinAdjacentPersonSpans = (toks: Token[], found: TaggedSpan[]): TaggedSpan[] =>
  // "Stephen Fry & McFly": a name goes on only with a word.
  joinPersonSpans(
    found,
    (prev, sp) => prev.type === 'PER' && sp.type === 'PER' && /^\p{L}/u.test(toks[sp.tokenStart].text),
  );

/**
 * Whether `short` is the two-word surname of the longer name `long` ("Vargas Llosa" of "Mario Vargas Llosa",
 * "Wasserman Schultz" of "Debbie Wasserman Schultz"). Not when it opens with a first name ("Hillary Clinton" of
 * "Donald Trump Ties Hillary Clinton", a headline read as one name), nor when what comes before it in the long name is
 * no forename ("Chargers NT Jamal Williams", "DJ Beverly Bond").
 */
export function isTwoWordSurnameOf(short: string[], long: string[]): boolean {
  if (short.length !== 2 || long.length <= 2 || isFirstName(short[0])) return false;
  const tail = long.slice(-2);
  if (lower(tail[0]) !== lower(short[0]) || lower(tail[1]) !== lower(short[1])) return false;
  return long.slice(0, -2).every((x) => /^\p{Lu}(?:\p{Ll}+|\.)$/u.test(x));
}

/** Finds people, organizations and places in an article and resolves their mentions to article-local entities. */
export function analyzeEntities(
  article: EntityInput,
  model: NerModel,
  options: TagOptions = {},
): EntityAnalysis {
  const messages: Message[] = [];
  const body = segment(article.body ?? '');
  const segments: Segment[] = [body.seg, ...article.captions.map((c, i) => segment(c, i).seg)];
  const allSentences = segments.flatMap((s) => s.sentences);
  const spans = recognize(model, allSentences, options);
  const namesInText = capitalizedMidSentence(allSentences);
  const personWords = new Set(
    spans.flatMap((list, i) =>
      list
        .filter((sp) => sp.type === 'PER')
        .flatMap((sp) => allSentences[i].slice(sp.tokenStart, sp.tokenEnd).map((t) => lower(t.text))),
    ),
  );
  const drafts: Draft[] = [];
  const roleNps: Draft[] = [];
  const pairs: { draft: Draft; surname: string; created: boolean; was: Draft }[] = [];
  let si = 0;
  segments.forEach((seg, segIndex) => {
    const base = segIndex * 1e9;
    for (const toks of seg.sentences) {
      const found = splitOutletFromPerson(
        toks,
        joinAdjacentPersonSpans(
          toks,
          joinNameBrokenAtInitial(toks, withOpeningSpeaker(model, toks, spans[si++])),
        ),
        personWords,
      );
      const titleCase = isTitleCase(toks);
      const covered = new Uint8Array(toks.length);
      const placed: { d: Draft; s: number; e: number }[] = [];
      for (const sp0 of found)
        for (const sp of splitOnRole(toks, sp0.tokenStart, sp0.tokenEnd, sp0.type)) {
          let s = sp.tokenStart;
          let e = sp.tokenEnd;
          while (e > s && POSSESSIVE.test(toks[e - 1].text)) e--;
          while (s < e && lower(toks[s].text) === 'the') s++;
          // "Hey Siri", "Hey Twitter": a greeting before a name is no part of it.
          if (e - s > 1 && lower(toks[s].text) === 'hey') s++;
          if (s >= e) continue;
          if (e - s === 1 && COMMON_ABBREVIATIONS.has(lower(toks[s].text))) continue;
          // "Citizens United", "Manchester United": the tagger may keep only "United", which names nothing alone.
          if (
            e - s === 1 &&
            toks[s].text === 'United' &&
            s > 0 &&
            !covered[s - 1] &&
            /^\p{Lu}\p{Ll}+$/u.test(toks[s - 1].text)
          )
            s--;
          // "a super PAC" is a kind of committee, no name; "Conservative Solutions PAC" is one, of which the tagger
          // may keep only the head: the capitalised words before it (on no other name) join it.
          if (e - s === 1 && /^(?:PAC|PACs|Super PAC)$/.test(toks[s].text)) {
            let n = s;
            while (
              n > 0 &&
              s - n < 3 &&
              !covered[n - 1] &&
              /^\p{Lu}[\p{L}&-]*$/u.test(toks[n - 1].text) &&
              !DETERMINERS.has(lower(toks[n - 1].text))
            )
              n--;
            if (n === s) continue;
            s = n;
          }
          // "the State of the Union" (the address, or a programme called so): the tagger's "Union" is no union.
          if (
            e - s === 1 &&
            s >= 3 &&
            lower(toks[s].text) === 'union' &&
            toks
              .slice(s - 3, s)
              .map((t) => lower(t.text))
              .join(' ') === 'state of the'
          )
            s -= 3;
          // "LeBron James" tagged from "James" alone: a given name with a capital inside, right before, opens it.
          if (
            NER_TYPES[sp.type] === 'person' &&
            s > 0 &&
            !covered[s - 1] &&
            INNER_CAPITAL_GIVEN_NAME_RE.test(toks[s - 1].text)
          )
            s--;
          // "Interior" of "Interior Secretary Ken Salazar" or "Secretary of the Interior Dirk Kempthorne": a span of
          // title words before a name is part of that person's title.
          if (isPartOfTitle(toks, s, e)) continue;
          // A section label standing as a sentence of its own ("ABSTRACT." heads a hundred PolNeAR files): a common
          // word in capitals names nothing ("ITALY." on a line of its own still does).
          if (
            e - s === 1 &&
            s === 0 &&
            /^\p{Lu}{2,}$/u.test(toks[s].text) &&
            toks.length <= 2 &&
            (toks.length === 1 || toks[1].text === '.') &&
            isCommonWord(model, lower(toks[s].text))
          )
            continue;
          // Scraping leftovers ("News / Russia") and punctuation are no names.
          if (toks.slice(s, e).some((t) => /^[^\p{L}\p{N}.&'\u2019-]+$/u.test(t.text))) continue;
          // "Russia President", "Belarusian President": a country and a role, whatever type the tagger gave it, is
          // no name; the role phrases below resolve it to the person.
          if (
            e - s > 1 &&
            ROLE_HEADS.has(lower(toks[e - 1].text)) &&
            toks.slice(s, e - 1).every((t) => DEMONYMS.has(lower(t.text)))
          )
            continue;
          // "the Kentucky Republican": the state and the party are no names there; the phrase stands for a person.
          if (insidePartyPhrase(toks, s, e)) continue;
          // The tagger may also give the country alone ("Russia" as a place, then "President has had talks"): the
          // same role phrase, which the role noun phrases below read when the country is left uncovered.
          if (
            toks.slice(s, e).every((t) => DEMONYMS.has(lower(t.text))) &&
            (roleNounPhrase(toks, s)?.end ?? 0) > e
          )
            continue;
          // A sentence-initial word that is nearly always lowercase elsewhere ("Additionally", "Live") is no name,
          // unless the article writes it capitalized mid-sentence too ("Little has opted" after "Jason Little") or
          // it is a dateline in capitals ("HOBART, Australia"), or a row of a results table ("Reading 2 Stoke 2").
          if (
            e - s === 1 &&
            (s === 0 || CLAUSE_OPENER.test(toks[s - 1].text)) &&
            !/^\d/.test(toks[e]?.text ?? '') &&
            !namesInText.has(lower(toks[s].text)) &&
            !/^\p{Lu}{2,}$/u.test(toks[s].text)
          ) {
            const bin = model.resources.capitalization.get(lower(toks[s].text));
            // "Moreover," "Furthermore,": a known word never seen mid-sentence, opening a sentence before a comma.
            const opener =
              toks[s + 1]?.text === ',' &&
              ((bin === undefined && model.resources.clusters.has(lower(toks[s].text))) ||
                /ly$/.test(toks[s].text));
            if ((bin !== undefined && bin <= 1) || opener) continue;
          }
          let type = NER_TYPES[sp.type];
          if (e - s === 1 && FAITH_AND_ETHNIC_GROUPS.has(lower(toks[s].text))) type = 'other';
          if (e - s <= 3) {
            const name = lower(seg.text.slice(toks[s].start, toks[e - 1].end));
            if (ARMED_GROUPS.has(name) || BROADCASTERS.has(name)) type = 'organization';
          }
          if (type === 'organization' && e - s > 1 && LAW_AND_EVENT_ENDINGS.has(lower(toks[e - 1].text)))
            type = 'other';
          if (e - s === 4 && lower(toks[s].text) === 'state' && lower(toks[e - 1].text) === 'union')
            type = 'other';
          // "Team Hillary", "Camp Trump": a candidate's people, no person called Team.
          if (type === 'person' && e - s > 1 && /^(?:Team|Camp)$/.test(toks[s].text)) type = 'organization';
          // "Roe v. Wade": a court case, named by its parties.
          if (e - s > 2 && toks.slice(s + 1, e - 1).some((t) => /^vs?\.$/.test(t.text))) type = 'other';
          // "Trump Jr.": only people are juniors ("Bayern Munich II" is a reserve team).
          if (type !== 'person' && e - s > 1 && /^[JS]r\.?$/.test(toks[e - 1].text)) type = 'person';
          // "at Donald Trump's rallies" read as a place: a first name that is a man's or a woman's opens a person's
          // name, unless a place word ends it ("George Washington Bridge", "Scott County").
          if (
            type === 'place' &&
            e - s > 1 &&
            e - s <= 3 &&
            isFirstName(toks[s].text) &&
            !PLACE_ENDINGS.has(lower(toks[e - 1].text))
          )
            type = 'person';
          // "LeBron James", "DeAndre Jordan": a given name written with a capital inside opens a person's name.
          if (type === 'organization' && e - s === 2 && INNER_CAPITAL_GIVEN_NAME_RE.test(toks[s].text))
            type = 'person';
          // "Amazon founder Jeff Bezos": what has a founder or a chief executive is a company, not a place.
          if (type === 'place' && e - s === 1 && COMPANY_ROLE_AFTER_RE.test(lower(toks[e]?.text ?? '')))
            type = 'organization';
          // "In a Tumblr post", "on his Weibo account": a word no list knows as a place, before a post or an
          // account, is the platform (the tagger reads "In a …" as a place's opening).
          if (
            type === 'place' &&
            e - s === 1 &&
            PLATFORM_NOUN_AFTER_RE.test(lower(toks[e]?.text ?? '')) &&
            !knownPlace(model, toks[s].text)
          )
            type = 'organization';
          if (
            type === 'person' &&
            e - s > 1 &&
            ORGANIZATION_ENDINGS.has(lower(toks[e - 1].text).replace(/\.$/, ''))
          )
            type = 'organization';
          // "As reported by Western Journalism", "according to Politico": an outlet, not a place.
          // ("according to Ukrainian officials": a nationality is no outlet.)
          if (
            (type === 'place' || type === 'other') &&
            !(e - s === 1 && isDemonym(toks[s].text)) &&
            isOutletReadAsPlace(toks, s, e, (w) => knownPlace(model, w))
          )
            type = 'organization';
          if (type !== 'person' && e - s > 1 && PLACE_ENDINGS.has(lower(toks[e - 1].text))) type = 'place';
          // "Mary province - 30", "Scott County": a name ending in a division's word, or right before one in lower
          // case, is the division, though its name is a first name or a surname ("district attorney" after a name
          // is a title, not a division).
          if (
            type === 'person' &&
            ((e - s > 1 && ADMINISTRATIVE_DIVISIONS.has(lower(toks[e - 1].text))) ||
              (ADMINISTRATIVE_DIVISIONS.has(toks[e]?.text ?? '') &&
                !ROLE_WORDS.has(lower(toks[e + 1]?.text ?? ''))))
          )
            type = 'place';
          // Headlines: "..., Putin Says" tagged as one name: the verb goes, and who says things is a person.
          // Inside a title-case line the verb may come mid-span too ("Clinton Cash Debunks Hillary"): the name ends
          // before it, of the type the tagger gave the whole.
          const verbInside =
            titleCase && e - s > 2
              ? toks.slice(s + 1, e - 1).findIndex((t) => isCap(t.text) && REPORTING.has(lower(t.text)))
              : -1;
          if (verbInside >= 0) e = s + 1 + verbInside;
          else if (e - s > 1 && REPORTING.has(lower(toks[e - 1].text))) {
            e--;
            if (e - s === 1) type = 'person';
          }
          let roles: string[] = [];
          let countries: string[] = [];
          if (type === 'person') {
            // Headline case: "..., Putin Accuses West": a trailing word that is normally lowercase is no part of a
            // name. Only in title-case lines that go on after it: in running text "Taylor Swift", "John Major" keep
            // their surnames, and so do "Guy Forget (France)" and a line that is only "Larry Fine".
            while (e - s > 1 && titleCase && isCap(toks[e]?.text ?? '')) {
              const bin = model.resources.capitalization.get(lower(toks[e - 1].text));
              if (bin === undefined || bin > 1) break;
              e--;
            }
            // Titles the tagger swallowed into the name become roles.
            let n = s;
            while (n < e && (ROLE_WORDS.has(lower(toks[n].text)) || isDemonym(toks[n].text))) n++;
            // "King said", "said King": a title word alone, with no article before it and no name after it, is
            // the surname the tagger read (Billie Jean King); "the King", "King Abdullah" are titles.
            const surname =
              e - s === 1 &&
              isCap(toks[s].text) &&
              !/^(?:the|a|an|his|her|its|their|our)$/i.test(toks[s - 1]?.text ?? '');
            if (n === e && !(surname && !isCap(toks[e]?.text ?? ''))) continue;
            if (n === e) n = s;
            const around = rolesAround(seg.text, toks, n, e);
            roles = around.roles;
            countries = around.countries;
            if (n > s) {
              const r = rolePhrase(seg.text, toks, s, n);
              if (r) roles.unshift(r);
              const c = DEMONYMS.get(lower(toks[s].text));
              if (c) countries.push(c);
              const cb = countryBefore(toks, s);
              if (cb) countries.push(cb);
            }
            s = n;
          } else if (type === 'other' && e - s === 1 && isDemonym(toks[s].text)) continue;
          const text = seg.text.slice(toks[s].start, toks[e - 1].end);
          // "Sen. Ted Cruz (R-Texas)": a party and a state label a politician; they name nobody.
          if (PARTY_STATE.test(text)) continue;
          for (let x = s; x < e; x++) covered[x] = 1;
          drafts.push({
            sentence: si - 1,
            seg: segIndex,
            order: base + toks[s].start,
            start: toks[s].start,
            end: toks[e - 1].end,
            text,
            type,
            roles,
            countries,
            // "Joseph R. Biden Jr." is filed under Biden: the generation is no surname.
            words: nameWords(toks.slice(s, e).map((t) => t.text)),
            entity: -1,
            ...honorificBefore(toks, s),
            ...(type === 'person' && e - s > 1 && isRelativeApposition(toks, s, e) ? { relative: true } : {}),
            ...(POSSESSIVE.test(toks[e]?.text ?? '') ? { possessive: true } : {}),
            ...partyLabelAfter(seg.text, toks[e - 1].end),
          });
          placed.push({ d: drafts[drafts.length - 1], s, e });
        }
      for (const p of placed) {
        if (p.d.type !== 'person' || p.d.words.length < 2) continue;
        const i = coordinatedFirstName(toks, p.s);
        if (i < 0) continue;
        const alone = placed.find((q) => q.s === i && q.e === i + 1);
        if (covered[i] && !alone) continue;
        // A known given name, or a word the tagger read as a person on its own ("Khizr").
        if (!isFirstName(toks[i].text) && alone?.d.type !== 'person') continue;
        const surname = p.d.words[p.d.words.length - 1];
        const paired: Draft = {
          ...(alone?.d ?? {
            sentence: si - 1,
            seg: segIndex,
            order: base + toks[i].start,
            start: toks[i].start,
            end: toks[i].end,
            text: toks[i].text,
            roles: [],
            countries: [],
            entity: -1,
            ...honorificBefore(toks, i),
          }),
          type: 'person',
          words: [toks[i].text, surname],
          fullName: `${toks[i].text} ${surname}`,
          seenAt: p.d.order,
        };
        covered[i] = 1;
        pairs.push({ draft: paired, surname, created: !alone, was: alone?.d ?? paired });
      }
      for (let i = 0; i < toks.length; i++) {
        if (covered[i]) continue;
        const np = roleNounPhrase(toks, i);
        if (!np) continue;
        let hit = false;
        for (let x = i; x < np.end; x++) if (covered[x]) hit = true;
        if (hit) continue;
        roleNps.push({
          sentence: si - 1,
          seg: segIndex,
          order: base + toks[i].start,
          start: toks[i].start,
          end: toks[np.end - 1].end,
          text: seg.text.slice(toks[i].start, toks[np.end - 1].end),
          type: 'person',
          roles: [seg.text.slice(toks[np.end - np.head.split(' ').length].start, toks[np.end - 1].end)],
          countries: np.country ? [np.country] : [],
          words: [],
          roleNp: { head: np.head, country: np.country },
          entity: -1,
        });
        i = np.end - 1;
      }
    }
  });

  // A pair's first word may name somebody else the article names in full: "Warren and Bernie Sanders" (Elizabeth
  // Warren), "Hillary and Tim Kaine" (Hillary Clinton); an unknown given name the article also uses alone is a
  // surname ("Keyworth and Dick Hackborn" after "George Keyworth").
  const fullNames = drafts.filter((d) => d.type === 'person' && d.words.length > 1);
  const bareCount = new Map<string, number>();
  for (const d of drafts)
    if (d.type === 'person' && d.words.length === 1)
      bareCount.set(d.words[0], (bareCount.get(d.words[0]) ?? 0) + 1);
  for (const { draft, surname, created, was } of pairs) {
    const first = draft.words[0];
    if (fullNames.some((d) => d.words[d.words.length - 1] === first)) continue;
    if (fullNames.some((d) => d.words[0] === first && d.words[d.words.length - 1] !== surname)) continue;
    if (!isFirstName(first) && (bareCount.get(first) ?? 0) > (created ? 0 : 1)) continue;
    if (created) drafts.push(draft);
    else drafts[drafts.indexOf(was)] = draft;
  }
  const groups = resolveDrafts(drafts, roleNps);
  // Read as a person or a place by the tagger ("Hey Siri", "activate Siri"), used as a thing by the article.
  for (const g of groups)
    if ((g.type === 'person' || g.type === 'place') && usedOnlyAsProduct(usesOf(g, segments)))
      g.type = 'other';
  const { mentions, entities } = buildOutput(groups, segments);
  return { sentences: body.spans, mentions, entities, messages };
}

interface Group {
  type: EntityType;
  /** People: the generation their name carries ("jr"), and whether it came with a middle name or initial. */
  generation: string;
  formalGeneration: boolean;
  drafts: Draft[];
  /** People: name token lists seen; others: name keys. */
  keys: Set<string>;
  first: string;
  last: string;
  roles: string[];
  countries: Set<string>;
}

/** A group's named mentions as product-names.ts reads them. */
function usesOf(g: Group, segments: Segment[]): NameUse[] {
  return g.drafts
    .filter((d) => !d.roleNp)
    .map((d) => ({
      text: d.text,
      segmentText: segments[d.seg].text,
      start: d.start,
      end: d.end,
      personMarked:
        d.roles.length > 0 ||
        d.honorific !== undefined ||
        d.relative === true ||
        d.party !== undefined ||
        d.fullName !== undefined,
    }));
}

function newGroup(d: Draft): Group {
  return {
    type: d.type,
    generation: '',
    formalGeneration: false,
    drafts: [],
    keys: new Set(),
    first: '',
    last: '',
    roles: [],
    countries: new Set(),
  };
}

function addTo(g: Group, d: Draft): void {
  g.drafts.push(d);
  for (const r of d.roles) g.roles.push(r);
  for (const c of d.countries) g.countries.add(c);
}

/** The sex a first name tells, where the name lists know it. */
function sexOfFirstName(first: string): 'f' | 'm' | undefined {
  if (!first) return undefined;
  const f = isFemaleFirstName(first);
  const m = isMaleFirstName(first);
  return f === m ? undefined : f ? 'f' : 'm';
}

/** The sex a person's first name tells or, failing that, the honorific they were already given ("Mrs. Khan"). */
function sexOf(g: Group): 'f' | 'm' | undefined {
  const byName = sexOfFirstName(g.first);
  if (byName) return byName;
  const given = new Set(g.drafts.map((d) => d.honorific).filter((h) => h));
  return given.size === 1 ? [...given][0] : undefined;
}

/** Whether every full name a person is given introduces them as somebody's relative. */
const namedOnlyAsRelative = (g: Group): boolean => {
  const full = g.drafts.filter((d) => d.words.length > 1);
  return full.length > 0 && full.every((d) => d.relative);
};

function resolveDrafts(drafts: Draft[], roleNps: Draft[]): Group[] {
  // Weak person groups are merged away below; their type then follows the majority of their mentions.
  const groups: Group[] = [];
  const people = drafts.filter((d) => d.type === 'person').sort((a, b) => a.order - b.order);
  const lastSeen = (g: Group, before: number): number => {
    let best = -1;
    for (const d of g.drafts) {
      const seen = d.seenAt ?? d.order;
      if (seen < before && seen > best) best = seen;
    }
    return best;
  };
  /**
   * "House Speaker Paul Ryan says … President Barack Obama takes … The Wisconsin Republican says": a party phrase
   * takes up the person named first in the last sentence that names anybody, its subject more often than not, when
   * that person holds an office (`cands`). When they hold none ("Donald Trump is raising questions … The Republican
   * is also"), the phrase is as likely theirs as anybody's: it stays unresolved rather than reach back to an office
   * holder named sentences before. In its own sentence the phrase takes up an office holder named before it ("Trump
   * welcomed the news that Kasich would quit, saying the Ohio Republican"): a sentence seldom names its subject twice.
   */
  const partyReferent = (people: Group[], cands: Group[], np: Draft): Group | undefined => {
    // A possessive ("Mr. Trump’s opponents … Mr. Rubio declined") modifies a noun: the sentence's subject comes after.
    const before = (d: Draft, o: Draft): boolean =>
      !d.possessive === !o.possessive ? d.order < o.order : !d.possessive;
    const firstNamed = (within: Group[], sentence?: number): { g: Group; d: Draft } | undefined => {
      let best: { g: Group; d: Draft } | undefined;
      for (const g of within)
        for (const d of g.drafts) {
          if (d.order >= np.order || d.roleNp || (sentence !== undefined && d.sentence !== sentence))
            continue;
          if (!best || d.sentence > best.d.sentence || (d.sentence === best.d.sentence && before(d, best.d)))
            best = { g, d };
        }
      return best;
    };
    const last = firstNamed(people);
    if (!last) return undefined;
    if (last.d.sentence === np.sentence) return firstNamed(cands, np.sentence)?.g;
    return cands.includes(last.g) ? last.g : undefined;
  };
  const pick = (cands: Group[], at: number): Group | undefined =>
    cands.length <= 1
      ? cands[0]
      : // "Khizr and Ghazala Khan" were last seen together: the one named first goes first.
        [...cands].sort((a, b) => lastSeen(b, at) - lastSeen(a, at) || firstInFull(a) - firstInFull(b))[0];
  const namedBefore = (g: Group, at: number): number => g.drafts.filter((d) => d.order < at).length;
  /** The candidate with the most mentions before `at`; recency breaks a tie. */
  const mostNamed = (cands: Group[], at: number): Group | undefined =>
    [...cands].sort(
      (a, b) => namedBefore(b, at) - namedBefore(a, at) || lastSeen(b, at) - lastSeen(a, at),
    )[0];

  const firstInFull = (g: Group): number =>
    Math.min(...g.drafts.filter((d) => d.words.length > 1).map((d) => d.order), Number.POSITIVE_INFINITY);
  /** Mentions before `at` that give the surname ("Carly Fiorina", "Fiorina"); "Freddy" alone sets him apart. */
  const surnamedBefore = (g: Group, at: number): number =>
    g.drafts.filter((d) => d.order < at && lower(d.words[d.words.length - 1] ?? '') === g.last).length;
  /**
   * The namesake the article is about so far: named first in full and by the surname more often than any other
   * before `at` ("Keith Lamont Scott" beside his wife "Rakeyia Scott", named once). None when none leads on both.
   */
  const mainPerson = (cands: Group[], at: number): Group | undefined => {
    const first = [...cands].sort((a, b) => firstInFull(a) - firstInFull(b))[0];
    return cands.every((g) => g === first || surnamedBefore(first, at) > surnamedBefore(g, at))
      ? first
      : undefined;
  };

  // People: full names first so that "Putin" finds "Vladimir Putin" even when it comes earlier.
  const full = people.filter((d) => d.words.length > 1 && !isPatronymic(d.words[d.words.length - 1]));
  for (const d of full) {
    const w = d.words.map(lower);
    const last = w[w.length - 1];
    const first = w[0];
    const gen = generationOf(d.text);
    const formal = w.length > 2;
    // "Donald Trump Jr." is his father's son, not his father; the formal "Joseph R. Biden Jr." is Joe Biden.
    const sameGeneration = (x: Group): boolean =>
      x.generation === gen || (gen === '' && x.formalGeneration) || (x.generation === '' && formal);
    const bySurname = (x: Group): boolean =>
      x.drafts.some((o) => isTwoWordSurnameOf(d.words, o.words) || isTwoWordSurnameOf(o.words, d.words));
    let g = groups.find(
      (x) =>
        x.type === 'person' &&
        x.last === last &&
        sameGeneration(x) &&
        (sameFirstName(x.first, first) ||
          (x.first[0] === first[0] && (x.first.length <= 2 || first.length <= 2)) ||
          bySurname(x)),
    );
    // "Wasserman Schultz" came first: "Debbie Wasserman Schultz" gives the person a first name.
    if (g && w.length > 2 && !sameFirstName(g.first, first) && bySurname(g)) g.first = first;
    if (!g) {
      g = newGroup(d);
      g.first = first;
      g.last = last;
      g.generation = gen;
      g.formalGeneration = gen !== '' && formal;
      groups.push(g);
    }
    g.keys.add(w.join(' '));
    addTo(g, d);
  }
  for (const d of people) {
    if (full.includes(d)) continue;
    const w = d.words.map(lower);
    let cands: Group[];
    if (w.length > 1)
      cands = groups.filter((g) => g.type === 'person' && g.first === w[0]); // "Alexander Grigoryevich"
    else cands = groups.filter((g) => g.type === 'person' && g.last === w[0]);
    if (!cands.length && w.length === 1)
      cands = groups.filter((g) => g.type === 'person' && g.first === w[0]);
    // A lone "Trump" beside "Donald Trump Jr." is the father; "Trump Jr." the son.
    if (cands.length > 1) {
      const gen = generationOf(d.text);
      const same = cands.filter((g) => g.generation === gen);
      if (same.length) cands = same;
    }
    // "Mrs. Schlafly" beside "Phyllis Schlafly" and "John Schlafly": the honorific rules out a namesake whose first
    // name (or an earlier honorific) tells the other sex, and goes to one already named whose sex agrees ("Mrs.
    // Obama" is Michelle, not the "President Obama" before her). One whose name tells nothing ("Rupert") may still
    // be either: "Mr. Murdoch" is not James, whose name agrees but comes only later. None left: "Mr. Fiorina" beside
    // "Carly Fiorina" alone is somebody else, her husband, not yet named in full.
    if (d.honorific) {
      const honorific = d.honorific;
      cands = cands.filter((g) => {
        const sex = sexOf(g);
        return !sex || sex === honorific;
      });
      const agree = cands.filter((g) => sexOf(g) === honorific && lastSeen(g, d.order) >= 0);
      if (agree.length) cands = agree;
    }
    // Two people share the surname ("Joe Biden", "Hunter Biden"): a title given with it ("Vice President Biden")
    // settles which, before recency does.
    let namedMost = false;
    if (cands.length > 1 && d.roles.length) {
      const titled = cands.filter((g) => g.roles.some((r) => d.roles.some((x) => lower(x) === lower(r))));
      if (titled.length === 1) cands = titled;
      // A title neither was given ("Secretary Clinton" beside "Bill Clinton" and "Hillary Clinton") names the one the
      // article is about so far, not merely the one named last.
      else namedMost = titled.length === 0;
    }
    // "her husband, Frank Fiorina" in an article about Carly Fiorina: a relative, named for the one they are related
    // to, does not take the bare surname while a namesake named in their own right is there.
    if (cands.length > 1) {
      const principals = cands.filter((g) => !namedOnlyAsRelative(g));
      if (principals.length) cands = principals;
    }
    // Still two: the one the article is about so far ("Keith Lamont Scott", named first and often, beside his wife
    // "Rakeyia Scott", named once), not merely the one named last; recency only where neither leads.
    if (cands.length > 1 && !namedMost) {
      const main = mainPerson(cands, d.order);
      if (main) cands = [main];
    }
    let g = namedMost ? mostNamed(cands, d.order) : pick(cands, d.order);
    // "President Obama" beside "Michelle Obama" alone: a head of state's office the namesake named in full was never
    // given is somebody else's.
    if (g?.first && headOfStateRole(d.roles) && !headOfStateRole(g.roles)) g = undefined;
    if (!g) {
      g = newGroup(d);
      g.first = w.length > 1 ? w[0] : '';
      g.last = w[w.length - 1];
      groups.push(g);
    }
    addTo(g, d);
  }
  // Other types: one entity per name key; acronyms join the name they abbreviate.
  const byKey = new Map<string, Group>();
  const weakPeople: Group[] = [];
  for (const g of groups) {
    for (const k of g.keys) byKey.set(k, g);
    // A lone surname with no full name, title or honorific is weak evidence of a person ("Minsk’s" tagged PER once).
    if (g.keys.size === 0 && g.roles.length === 0 && !g.drafts.some((d) => d.honorific)) weakPeople.push(g);
    else if (g.last) byKey.set(g.last, byKey.get(g.last) ?? g);
  }
  const others = drafts.filter((d) => d.type !== 'person').sort((a, b) => a.order - b.order);
  for (const d of others) {
    const key = nameKey(d.text);
    let g = byKey.get(key);
    if (!g && /^[A-Z]{2,6}$/.test(d.text.replace(/\./g, ''))) {
      g = groups.find((x) => x.type !== 'person' && [...x.keys].some((k) => initials(k) === key));
    }
    if (!g) {
      g = newGroup(d);
      groups.push(g);
    }
    g.keys.add(key);
    byKey.set(key, g);
    addTo(g, d);
  }
  for (const g of weakPeople) {
    const other = byKey.get(g.last);
    if (!other || other === g) continue;
    if (other.drafts.length >= g.drafts.length) {
      for (const d of g.drafts) d.type = other.type;
      merge(groups, other, g, byKey);
    } else {
      for (const d of other.drafts) d.type = 'person';
      merge(groups, g, other, byKey);
    }
  }
  // "her husband, Bill," read as an organization (a bill of law), "Hillary" as a place: a first name alone stands for
  // the one person of the article called so.
  for (const g of [...groups]) {
    if (g.type === 'person' || g.keys.size !== 1) continue;
    const [word] = g.keys;
    if (word.includes(' ') || !isFirstName(word)) continue;
    const namesakes = groups.filter((x) => x.type === 'person' && x.first && sameFirstName(x.first, word));
    if (namesakes.length !== 1) continue;
    for (const d of g.drafts) d.type = 'person';
    merge(groups, namesakes[0], g, byKey);
  }
  // "The Commission" after "The European Commission": an organization's last word alone stands for the one
  // organization of the article whose name ends in it.
  for (const g of [...groups]) {
    if (g.type !== 'organization' || g.keys.size !== 1) continue;
    const [word] = g.keys;
    if (word.includes(' ')) continue;
    const longer = groups.filter(
      (x) => x !== g && x.type === 'organization' && [...x.keys].some((k) => k.endsWith(` ${word}`)),
    );
    if (longer.length === 1) merge(groups, longer[0], g, byKey);
  }
  // "European Union (EU)": a parenthesized acronym right after a name is that name.
  for (const d of others) {
    const g = byKey.get(nameKey(d.text));
    const ac = groups.find(
      (x) =>
        x !== g &&
        x.drafts.some(
          (o) =>
            o.seg === d.seg && o.start >= d.end + 1 && o.start <= d.end + 2 && /^[A-Z]{2,6}$/.test(o.text),
        ),
    );
    if (g && ac && ac.type !== 'person') {
      const o = ac.drafts.find((x) => x.seg === d.seg && x.start >= d.end + 1 && x.start <= d.end + 2);
      if (o && initials(d.text) === nameKey(o.text)) merge(groups, g, ac, byKey);
    }
  }
  // Role noun phrases stand for the most recently named compatible person before them.
  for (const np of roleNps.sort((a, b) => a.order - b.order)) {
    if (!np.roleNp) continue;
    const { head, country } = np.roleNp;
    const cands = groups.filter((g) => {
      if (g.type !== 'person' || lastSeen(g, np.order) < 0) return false;
      if (country && !g.countries.has(country)) return false;
      const rl = g.roles.map(lower);
      if (LEADER_HEADS.has(head))
        return rl.some((r) => [...LEADER_ROLES].some((x) => r === x || r.endsWith(` ${x}`)));
      // A party phrase stands for a politician named before it: one with an office, not labelled with another party.
      if (PARTY_HEADS.has(head))
        return (
          g.roles.length > 0 &&
          g.drafts.some((d) => d.order < np.order) &&
          !g.drafts.some((d) => d.party && d.party !== head[0].toUpperCase())
        );
      if (head === 'top diplomat')
        return rl.some((r) => r.endsWith('foreign minister') || r.includes('secretary of state'));
      return rl.some((r) => r === head || r.endsWith(` ${head}`));
    });
    const g = PARTY_HEADS.has(head)
      ? partyReferent(
          groups.filter((x) => x.type === 'person'),
          cands,
          np,
        )
      : pick(cands, np.order);
    if (g) g.drafts.push(np);
  }
  // A name the tagger reads as a place in some mentions and an organization in others is two entities of the
  // article ("Detroit" the team, "Kansas City at DETROIT" the venue), each read from its own context.
  for (const g of [...groups]) {
    const places = g.type === 'person' ? [] : g.drafts.filter((d) => d.type === 'place');
    if (places.length === 0 || !g.drafts.some((d) => d.type === 'organization')) continue;
    const place = newGroup(places[0]);
    for (const d of places) addTo(place, d);
    for (const k of g.keys) place.keys.add(k);
    g.drafts = g.drafts.filter((d) => d.type !== 'place');
    groups.push(place);
  }
  // Majority type for non-person groups.
  for (const g of groups) {
    if (g.type === 'person') continue;
    const votes = new Map<EntityType, number>();
    for (const d of g.drafts) votes.set(d.type, (votes.get(d.type) ?? 0) + 1);
    g.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }
  return groups.filter((g) => g.drafts.length > 0);
}

function merge(groups: Group[], into: Group, from: Group, byKey: Map<string, Group>): void {
  for (const d of from.drafts) addTo(into, d);
  for (const k of from.keys) {
    into.keys.add(k);
    byKey.set(k, into);
  }
  from.drafts = [];
  groups.splice(groups.indexOf(from), 1);
}

/** Roles without case repeats, the capitalised form preferred ("President" over "president"). */
export function dedupeRoles(roles: string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of roles) {
    const k = lower(r);
    const prev = seen.get(k);
    // Prefer the capitalized form: "President" over "president".
    if (prev === undefined || (!isCap(prev) && isCap(r))) seen.set(k, r);
  }
  return [...seen.values()];
}

function buildOutput(groups: Group[], segments: Segment[]): { mentions: Mention[]; entities: LocalEntity[] } {
  const ordered = groups
    .map((g) => ({ g, first: Math.min(...g.drafts.map((d) => d.order)) }))
    .sort((a, b) => a.first - b.first)
    .map((x) => x.g);
  const mentions: Mention[] = [];
  const entities: LocalEntity[] = [];
  ordered.forEach((g, i) => {
    const id = `e${i + 1}`;
    const named = g.drafts.filter((d) => !d.roleNp);
    // Canonical name: the longest name, from the body if it has one; acronyms lose to full names.
    const score = (d: Draft): number =>
      (d.seg === 0 ? 1000 : 0) +
      (/^[A-Z.]{2,7}$/.test(d.text) ? 0 : 100) +
      (d.words.length && isPatronymic(d.words[d.words.length - 1]) ? -50 : 0) +
      (d.words.length || d.text.split(/\s+/).length) * 10 +
      d.text.length / 100;
    const best = [...named].sort((a, b) => score(b) - score(a))[0];
    const name = best.fullName ?? best.text;
    const aliases: string[] = [];
    const seen = new Set([nameKey(name)]);
    for (const d of named) {
      const k = nameKey(d.text);
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(d.text.replace(/^the\s+/i, ''));
      }
    }
    entities.push({
      id,
      name,
      type: g.type,
      aliases,
      roles: dedupeRoles(named.flatMap((d) => d.roles)),
      ...(g.drafts.every((d) => d.seg > 0) ? { captionOnly: true } : {}),
    });
    for (const d of g.drafts) {
      const m: Mention = {
        start: d.start,
        end: d.end,
        text: d.text,
        type: g.type,
        entity: id,
        roles: dedupeRoles(d.roles),
      };
      const cap = segments[d.seg].caption;
      if (cap !== undefined) m.caption = cap;
      mentions.push(m);
    }
  });
  mentions.sort((a, b) => (a.caption ?? -1) - (b.caption ?? -1) || a.start - b.start);
  return { mentions, entities };
}
