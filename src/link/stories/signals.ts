// Cheap per-document signals for story linking: content words, name-like tokens, numbers, years, day.

import type { EntityType } from '../../model/index.js';
import { KeyIds, type KeySpace } from './key-ids.js';

/** The document fields the story stage reads (kept structural so callers may pass a StoryDoc). */
export interface SignalInput {
  title: string | null;
  body: string;
  published: string | null;
  entities?: { name: string; type: EntityType }[];
}

/**
 * What the linker keeps of one document. Vectors are tf weights, already L2-normalised per group, so that
 * a story centroid (their sum) is not dominated by its longest article; IDF is applied at comparison time.
 */
export interface DocSignals {
  /** Stemmed content words. */
  words: Map<string, number>;
  /**
   * The ids of `words`' keys in `keySpace.words`, in the Map's order (see key-ids.ts). Optional: signals made by an
   * older build, or copied across threads, come without them (or in a space no linker shares) and are looked up by key.
   */
  wordIds?: number[];
  /** The ids of `names`' keys in `keySpace.names`, in the Map's order. */
  nameIds?: number[];
  /** Whose ids wordIds and nameIds are: a linker reads them only when they are its own. */
  keySpace?: KeySpace;
  /** Name-like keys: given entity names, or capitalised tokens not at a sentence start. */
  names: Map<string, number>;
  /** Numbers other than years, with the word after (or else before) them: "7.0 magnitude", "33 kill", "80". */
  numbers: Map<string, number>;
  /** Years mentioned in the text (1900–2099). */
  years: number[];
  /**
   * The year it states most (a title mention counts TITLE_WEIGHT times; the latest on a tie), null when none: its
   * event's year, where the others it names are mostly history ("convicted in 2005, he had escaped in 1994").
   */
  mainYear: number | null;
  /** Days since 1970-01-01 of the publication date, null when undated. */
  day: number | null;
  /** Surnames of the people the entity stage found (empty without it): who the event happened to or was done by. */
  persons: string[];
  /**
   * Surnames of the people (full names of the entity stage) the headline, or the lede standing for it, names: who the
   * article is about, where `persons` also holds whom it recalls.
   */
  headPersons: string[];
  /**
   * Surnames that may say whom the article is about, read as headline people only where the other side names them in
   * full: headline words the entity stage found only as one-word persons ("Chargers' Jackson arrested", whose tagger
   * left "Vincent Jackson" as "Jackson"), and, when the headline names no full-name person, the full-name people of
   * the lede's opening words.
   */
  headSurnames: string[];
  /** Surnames of the full-name people the entity stage found: the people a headline's bare surname can be. */
  fullPersons: string[];
  /**
   * Stemmed content words of the given title (none without one; a lede standing for it does not count): what the
   * headline says the article is about (see StoryLinker's headline-words gate). Optional for signals of older builds.
   */
  headWords?: string[];
  /**
   * The full names of those people, lower-case without marks ("mary lee"): two people with one surname are told
   * apart by their given names (see namesakes.ts).
   */
  fullNames: string[];
  /**
   * Weekdays and months the text names (CALENDAR_SLOTS counts: weekdays 0-6, months 7-18; NO_CALENDAR when none):
   * two same-kind events fall on other days, and articles say "on Tuesday" far more often than they give a date.
   */
  calendar: readonly number[];
}

/** Weekdays (Monday first), then months (January first). */
export const CALENDAR_SLOTS = 19;
export const WEEKDAYS = 7;
/** Shared by every document that names no weekday or month (read only). */
export const NO_CALENDAR: readonly number[] = [];

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Months by name and by the abbreviations that are no English word ("Mar" and "May" are left out). */
const MONTH_FULL =
  'january february march april may june july august september october november december'.split(' ');
/** Month names as number context words: "December 15" and "15 Dec." both key the day as "15 december". */
const MONTH_CONTEXT = new Set(MONTH_FULL);
const MONTH_NAMES = new Map<string, number>([['sept', 8]]);
for (const [i, m] of MONTH_FULL.entries()) {
  if (m !== 'may') MONTH_NAMES.set(m, i);
  if (m !== 'march' && m !== 'may') MONTH_NAMES.set(m.slice(0, 3), i);
}

/**
 * Words that make a weekday after them the name of a day in the calendar of trade, faith or politics ("Black
 * Friday", "Cyber Monday", "Good Friday", "Super Tuesday"), not the day an event fell on: every deals post of a
 * November names Black Friday, and read as a weekday it made two round-ups agree on their day (bench/stories/RESULTS.md,
 * topical59).
 */
const NAMED_DAY_OPENERS: ReadonlySet<string> = new Set([
  'black',
  'cyber',
  'good',
  'super',
  'ash',
  'holy',
  'maundy',
  'easter',
  'palm',
  'fat',
  'giving',
]);

/** The calendar slot of a token, -1 for none: weekdays in any case, months only capitalised ("march" is a verb). */
function calendarSlot(tok: string, lower: string): number {
  const day = WEEKDAY_NAMES.indexOf(lower);
  if (day >= 0) return day;
  const month = MONTH_NAMES.get(lower);
  return month !== undefined && tok.charCodeAt(0) !== lower.charCodeAt(0) ? WEEKDAYS + month : -1;
}

const STOP = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'be became because been before being below between both but by can could did do does doing done down during ' +
    'each either else ever every few for from further had has have having he her here hers herself him himself his ' +
    'how however i if in into is it its itself just last least less like made make many may me might more most ' +
    'much must my myself neither never new next no nor not now of off often on once one only or other others our ' +
    'ours ourselves out over own per perhaps put rather same say says said see seen she should since so some still ' +
    'such than that the their theirs them themselves then there these they this those though through thus to too ' +
    'toward towards under until up upon us very via was we well were what whatever when where whether which while ' +
    'who whom whose why will with within without would yet you your yours yourself yourselves ' +
    'according added adding told tell tells telling reported reports report reporting reporter news story article ' +
    'photo photos image images video videos share shared comment comments read click follow subscribe ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks day days ' +
    'year years month months time times people thing things way ways get got going go went come came ' +
    'two three four five six seven eight nine ten first second third mr mrs ms dr st jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec january february march april may june july august september october november december'
  ).split(' '),
);

/** Words capitalised at a sentence start that are not names. */
const CAP_STOP = new Set(
  (
    'the a an this that these those it its he she they we i in on at for from by with after before as but and or ' +
    'if when while while however meanwhile also there here his her their our my your what who where why how ' +
    'new more most some many one two three no not all both each every other such than then thus yet so ' +
    'news photo video related read share comment live audio opinion update updated ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr'
  ).split(' '),
);

/** A light suffix stripper: merges inflections ("quakes"/"quake", "killed"/"kill") without a dictionary. */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && n > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && n > 4) return w.slice(0, -2);
  if (w.endsWith('es') && n > 4 && /(?:ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Days since epoch of an ISO date or date-time; null when it cannot be read. */
export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Letters and digits open a token; ASCII is decided by code, the rest by one Unicode test. */
function isWordChar(c: number, text: string, at: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD.test(text[at]);
}

/** Inside a token: apostrophes, dots and hyphens join ("U.S.", "O'Brien", "post-election"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

function bump<K>(m: Map<K, number>, k: K, by: number): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/** bump, listing the key's id in `ids` when the key is new to the map: ids in the Map's order (DocSignals.wordIds). */
function bumpListing(m: Map<string, number>, ids: number[], key: string, by: number, id: number): void {
  const had = m.get(key);
  m.set(key, (had ?? 0) + by);
  if (had === undefined) ids.push(id);
}

/** The year stated most often, the latest on a tie (an article's own event is rarely older than its history). */
function mostStated(years: Map<number, number>): number | null {
  let main: number | null = null;
  let most = 0;
  for (const [y, n] of years) {
    if (n > most || (n === most && y > main!)) {
      main = y;
      most = n;
    }
  }
  return main;
}

/**
 * The year of a document's event: the year it states most (mostStated), except that a dated article whose text names
 * a single, earlier year ("he beat the same challenger in 2008") reports news of its own year and recalls that one. A
 * scraped dump states its own year in its dateline, which cleaning moves into `published`; without this the recalled
 * year became the main year, and same-kind events years apart no longer conflicted (ECB+ held out on the pipeline's
 * documents 0.936 -> 0.939). Text that names several years decides by its own counts: reading the published year there
 * too split an event of the unseen pages (bench/stories/RESULTS.md, pipedocs46). `years` is left as stated, so only
 * a side that names a year is compared at all.
 */
function eventYear(years: Map<number, number>, published: string | null): number | null {
  const stated = mostStated(years);
  if (stated === null || years.size !== 1 || !published) return stated;
  const own = Number(published.slice(0, 4));
  return own > stated && own <= 2099 ? own : stated;
}

function normalise(m: Map<string, number>): Map<string, number> {
  let ss = 0;
  for (const v of m.values()) {
    const w = 1 + Math.log(v);
    ss += w * w;
  }
  if (ss > 0) {
    const inv = 1 / Math.sqrt(ss);
    for (const [k, v] of m) m.set(k, (1 + Math.log(v)) * inv);
  }
  return m;
}

function stripPossessive(w: string): string {
  const n = w.length;
  if (n > 2 && (w.charCodeAt(n - 1) === 115 || w.charCodeAt(n - 1) === 83)) {
    const q = w.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2);
  }
  return w;
}

function dropMarks(w: string): string {
  return w.indexOf('.') < 0 && w.indexOf("'") < 0 && w.indexOf('’') < 0 ? w : w.replace(/[’'.]/g, '');
}

const YEAR = /^(?:19|20)\d\d$/;
const NUMBER = /^\d+(?:[.,]\d+)*$/;

function scan(
  text: string,
  weight: number,
  numbers: Map<string, number>,
  years: Map<number, number>,
  cache: TokenCache,
  space: KeySpace,
  seen: TokenInfo[],
  stamp: number,
): void {
  const len = text.length;
  // True after sentence-ending punctuation, until the next token or other visible character.
  let boundary = true;
  // A number waits for the word after it ("3 dead", "6.1 magnitude"); failing that it takes the content word
  // just before it ("magnitude 6.1"), else it stands alone. Two events of one kind share bare numbers by chance
  // (a count of 3, an age of 33) far more often than a number with its unit.
  let pending: string | null = null;
  let before: string | null = null;
  let pendingBefore: string | null = null;
  // The word token just before, when only spaces part them: what makes "Friday" the second word of "Black Friday".
  let previous: TokenInfo | null = null;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      if (c !== 32) previous = null;
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 8226) {
        boundary = true;
        if (pending !== null) pending = addNumber(numbers, pending, pendingBefore, weight);
        before = null;
      } else if (
        c !== 32 &&
        c !== 9 &&
        c !== 13 &&
        c !== 34 &&
        c !== 39 &&
        c !== 0x201c &&
        c !== 0x2018 &&
        c !== 40
      )
        boundary = false;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < len) {
      const d = text.charCodeAt(j);
      if (isWordChar(d, text, j) || isJoiner(d)) j++;
      else break;
    }
    let end = j;
    // Trailing joiners belong to the sentence ("end." loses its dot, "U.S." keeps the inner ones).
    let endsSentence = false;
    while (end > i + 1 && isJoiner(text.charCodeAt(end - 1))) {
      if (text.charCodeAt(end - 1) === 46) endsSentence = true;
      end--;
    }
    const start = i;
    const sentenceStart = boundary;
    boundary = endsSentence;
    i = j;
    if (c >= 48 && c <= 57) {
      previous = null;
      if (pending !== null) pending = addNumber(numbers, pending, pendingBefore, weight);
      let num = stripPossessive(text.slice(start, end));
      // "6.1-magnitude", "33-year-old": the unit is joined on.
      const dash = num.indexOf('-');
      const unit =
        dash > 0
          ? num
              .slice(dash + 1)
              .split('-')[0]
              .toLowerCase()
          : '';
      if (dash > 0) num = num.slice(0, dash);
      if (num.length === 4 && YEAR.test(num)) {
        bump(years, Number(num), weight);
        before = null;
        continue;
      }
      if (NUMBER.test(num)) {
        pending = num.indexOf(',') < 0 ? num : num.replace(/,/g, '');
        pendingBefore = before;
        if (unit.length >= 3 && !STOP.has(unit)) pending = addNumber(numbers, pending, stem(unit), weight);
        // "December 15": a day takes its month, whatever follows, so that two events' dates can be compared.
        else if (before !== null && MONTH_CONTEXT.has(before))
          pending = addNumber(numbers, pending, before, weight);
      }
      before = null;
      continue;
    }
    const tok = text.slice(start, end);
    let info = cache.get(tok);
    if (info === undefined) {
      info = analyseToken(tok, space);
      if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
      cache.set(tok, info);
    }
    // Counted on the token itself: the maps are filled once per distinct token, not once per occurrence.
    if (info.stamp !== stamp) {
      info.stamp = stamp;
      info.count = 0;
      info.asName = 0;
      info.asOpener = 0;
      info.namedDay = 0;
      seen.push(info);
    }
    info.count += weight;
    if (previous?.opensNamedDay && info.calendar >= 0 && info.calendar < WEEKDAYS) info.namedDay += weight;
    previous = info;
    const content = info.context;
    if (pending !== null) pending = addNumber(numbers, pending, content ?? pendingBefore, weight);
    before = content;
    if (info.name !== null) {
      // At a sentence start capitals prove nothing: such a token counts only if it is capitalised elsewhere too.
      if (!sentenceStart) info.asName += weight;
      else if (info.nameAtStart) info.asOpener += weight;
    }
  }
  if (pending !== null) addNumber(numbers, pending, pendingBefore, weight);
}

/**
 * Counts a number under "number context" ("3 kill", "6.1 magnitude"), or bare without a context word; returns
 * null, the new pending number. A plain function: a closure over the scan's locals would move them, the token
 * loop's hottest variables, out of registers.
 */
function addNumber(numbers: Map<string, number>, num: string, context: string | null, weight: number): null {
  bump(numbers, context === null ? num : `${num} ${context}`, weight);
  return null;
}

/** What one surface token contributes, worked out once per distinct token. */
export interface TokenInfo {
  /** Key in the name signal when the token is capitalised and not a function word. */
  name: string | null;
  /** Whether it still counts as a name when it opens a sentence ("Putin said" yes, "Where" no). */
  nameAtStart: boolean;
  /** Stemmed content-word keys (a hyphenated token gives its parts). */
  words: string[];
  /** Their ids in the cache's KeySpace (keySpaceOf). */
  wordIds: number[];
  /** The id of `name` in the cache's KeySpace, -1 without one. */
  nameId: number;
  /** Its slot in DocSignals.calendar, -1 for none. */
  calendar: number;
  /** The word a number next to it is keyed with: its first content word, or a month's full name ("15 december"). */
  context: string | null;
  /** Per-document tallies, valid while stamp is the current document's (scratch for extractSignals). */
  stamp: number;
  count: number;
  asName: number;
  asOpener: number;
  /** Of `count`, the weight of this weekday's uses in a named day ("Black Friday"): no weekday of an event. */
  namedDay: number;
  /** Whether the token opens a named day (NAMED_DAY_OPENERS, capitalised). */
  opensNamedDay: boolean;
}

export type TokenCache = Map<string, TokenInfo>;

/** The ids a token cache's TokenInfo.wordIds and nameId are in: one space per cache, for as long as it lives. */
const keySpaces = new WeakMap<TokenCache, KeySpace>();

export function keySpaceOf(cache: TokenCache): KeySpace {
  let space = keySpaces.get(cache);
  if (!space) {
    space = { words: new KeyIds(), names: new KeyIds() };
    keySpaces.set(cache, space);
  }
  return space;
}

const TOKEN_CACHE_LIMIT = 300_000;

/**
 * Documents read in this module (one per thread): the stamp that tells one document's token tallies from an
 * earlier one's. A counter rather than a fresh object per call: comparing numbers measured about 10% faster.
 */
let documents = 0;

function analyseToken(tok: string, space: KeySpace): TokenInfo {
  const lower = stripPossessive(tok.toLowerCase());
  let name: string | null = null;
  if (tok.charCodeAt(0) !== lower.charCodeAt(0) && lower.length > 1 && !CAP_STOP.has(lower))
    name = dropMarks(lower);
  const words: string[] = [];
  if (lower.length >= 3 && !STOP.has(lower)) {
    if (lower.indexOf('-') >= 0) {
      for (const part of lower.split('-')) if (part.length >= 3 && !STOP.has(part)) words.push(stem(part));
    } else words.push(stem(dropMarks(lower)));
  }
  const calendar = calendarSlot(tok, lower);
  return {
    name,
    nameAtStart: !STOP.has(lower),
    words,
    wordIds: words.map((w) => space.words.idOf(w)),
    nameId: name === null ? -1 : space.names.idOf(name),
    calendar,
    context: words.length > 0 ? words[0] : calendar >= WEEKDAYS ? MONTH_FULL[calendar - WEEKDAYS] : null,
    stamp: 0,
    count: 0,
    asName: 0,
    asOpener: 0,
    namedDay: 0,
    opensNamedDay: name !== null && NAMED_DAY_OPENERS.has(name),
  };
}

/**
 * How many body mentions one mention in the title is worth. Headlines name the event in a few words (who, what),
 * where bodies repeat the setting two same-kind events share. ECB+ held out (bench/stories/heldout.ts, 20 orders)
 * at 1 / 2 / 4 / 6 / 8: 0.888 / 0.887 / 0.891 / 0.892 / 0.892 (curve means 0.884 / 0.887 / 0.890 / 0.891 / 0.892).
 * 6, not 8: equal within the orders' noise (with StoryOptions.mergeMaxSmaller, 40 orders: 0.896 / 0.898, curve
 * means both 0.893), and a lighter weight risks less on headlines that say little.
 */
const TITLE_WEIGHT = 6;

/** Shared by every document whose headline names nobody (read only). */
const NO_HEAD_PERSONS: string[] = [];

/**
 * The first sentence of an article that has no headline: news puts who and what there, as a headline does, and read
 * in its place it tells same-kind events apart as well (ECB+ through `analyze` as the file is, 242 of 494 documents
 * without a headline: BCubed 0.879 → 0.896). A stop counts as the sentence's end 40 characters in at the earliest,
 * so that "U.S." or "Dr." opening it do not; at most 300 characters. None for a body that is little more than that
 * sentence: it is its own headline already (ECB+'s one-line documents; held out 0.923 with the rule, 0.920 without).
 */
function ledeOf(body: string): string | null {
  const lede = firstSentence(body);
  return lede !== null && body.length > 2 * lede.length ? lede : null;
}

/** A body opening on its byline ("By Mike Wuerthele", "by Jeff Foust —", "Tested by: John Milbank"). */
const BYLINE = /^(?:\S+\s+)?by\b/i;
/**
 * How many of the lede's first words may name whom an article is about ("San Diego Chargers linebacker Jamal
 * Williams"): the whole sentence reaches people quoted or recalled further on (stories22: ECB+ through the pipeline,
 * first line as the title, 0.946 with 8 or 10 words, 0.942 with 12 or more).
 */
const LEDE_SUBJECT_WORDS = 8;

/** The body's first sentence (at most 300 characters), as ledeOf finds it but for any body length. */
function firstSentence(body: string): string | null {
  const para = body
    .slice(0, 300)
    .split(/\n\s*\n/)[0]
    .trim();
  if (para === '') return null;
  const end = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})/gu;
  end.lastIndex = 40;
  const m = end.exec(para);
  return m ? para.slice(0, m.index + 1) : para;
}

/** The capitalised words of a headline, lower-cased and without marks or a possessive ("Chargers' Jackson" gives both). */
function capitalisedWords(headline: string): string[] {
  const out: string[] = [];
  for (const tok of headline.split(/[^\p{L}\p{N}'’.-]+/u)) {
    const word = dropMarks(stripPossessive(tok.replace(/^['’.-]+|['’.-]+$/g, '')));
    if (word.length < 2 || word.charCodeAt(0) === word.toLowerCase().charCodeAt(0)) continue;
    const key = word.toLowerCase();
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/**
 * Extracts the signals of one document; pure apart from the optional token cache, which only memoises
 * (a linker passes its own so that repeated words are analysed once). The title, or the lede of an article without
 * one, counts TITLE_WEIGHT times.
 */
export function extractSignals(doc: SignalInput, cache: TokenCache = new Map()): DocSignals {
  const words = new Map<string, number>();
  const names = new Map<string, number>();
  const numbers = new Map<string, number>();
  const years = new Map<number, number>();
  const openers = new Map<string, number>();
  const seen: TokenInfo[] = [];
  let calendar: number[] | null = null;
  const stamp = ++documents;
  const useGiven = doc.entities !== undefined && doc.entities.length > 0;
  // Capitalised tokens are kept even when the entity stage ran: the tagger misses names that the tokens catch,
  // and its full names ("jamal williams") add keys that tell two same-kind events apart (ECB+ held out 0.875
  // with both, 0.848 with entity names alone).
  const headline = doc.title ?? ledeOf(doc.body);
  const space = keySpaceOf(cache);
  const wordIds: number[] = [];
  const nameIds: number[] = [];
  if (headline) scan(headline, TITLE_WEIGHT, numbers, years, cache, space, seen, stamp);
  scan(doc.body, 1, numbers, years, cache, space, seen, stamp);
  for (const info of seen) {
    for (let i = 0; i < info.words.length; i++)
      bumpListing(words, wordIds, info.words[i], info.count, info.wordIds[i]);
    if (info.asName > 0) bumpListing(names, nameIds, info.name!, info.asName, info.nameId);
    if (info.asOpener > 0) bump(openers, info.name!, info.asOpener);
    if (info.calendar >= 0 && info.count > info.namedDay) {
      calendar ??= new Array<number>(CALENDAR_SLOTS).fill(0);
      calendar[info.calendar] += info.count - info.namedDay;
    }
  }
  for (const [k, v] of openers) if (names.has(k)) bump(names, k, v);
  const persons = new Set<string>();
  let headPersons: string[] = NO_HEAD_PERSONS;
  let headSurnames: string[] = NO_HEAD_PERSONS;
  let fullPersons: string[] = NO_HEAD_PERSONS;
  let fullNames: string[] = NO_HEAD_PERSONS;
  if (useGiven) {
    const full = new Set<string>();
    const alone = new Set<string>();
    for (const e of doc.entities!) {
      const key = e.name.toLowerCase().replace(/[’'.]/g, '');
      // The entity stage's names are fresh strings: their ids cost a lookup here (once per article and name).
      bumpListing(names, nameIds, key, 2, space.names.idOf(key));
      // The last token lets "Lohan" alone meet "Lindsay Lohan" from another outlet's entity list.
      const parts = key.split(/\s+/);
      if (e.type === 'person' && parts.length > 1)
        bumpListing(names, nameIds, parts[parts.length - 1], 1, space.names.idOf(parts[parts.length - 1]));
      if (e.type === 'person') persons.add(parts[parts.length - 1]);
      // Only full names count for the headline: one-word "persons" are mostly the tagger's mistakes (a team, a
      // first name, "Jr"), which made same-event headlines look like other people's.
      if (e.type === 'person' && parts.length > 1) {
        full.add(parts[parts.length - 1]);
        const name = parts.join(' ');
        if (fullNames === NO_HEAD_PERSONS) fullNames = [];
        if (!fullNames.includes(name)) fullNames.push(name);
      }
      if (e.type === 'person' && parts.length === 1) alone.add(key);
    }
    if (full.size > 0) fullPersons = [...full];
    if (headline && alone.size > 0) {
      for (const w of capitalisedWords(headline)) {
        if (!alone.has(w) || full.has(w)) continue;
        if (headSurnames === NO_HEAD_PERSONS) headSurnames = [];
        headSurnames.push(w);
      }
    }
    if (headline && full.size > 0) {
      const said = new Set(
        headline
          .toLowerCase()
          .replace(/[’'.]/g, '')
          .split(/[^\p{L}\p{N}-]+/u),
      );
      for (const p of full) {
        if (!said.has(p) && !said.has(`${p}s`)) continue;
        if (headPersons === NO_HEAD_PERSONS) headPersons = [];
        headPersons.push(p);
      }
    }
    // A headline naming nobody ("Charger says he's innocent of DUI"): the lede's opening names whom the article is
    // about ("San Diego Chargers receiver Vincent Jackson was arrested ..."), unless it is the byline. Read as a
    // headline surname, so only against a side that names that person in full: as headline people (stories22) the
    // seeds' ledes ("Russia's Foreign Ministry spokeswoman Maria Zakharova", named in no other seed) split them.
    if (headPersons.length === 0 && doc.title && full.size > 0) {
      const lede = firstSentence(doc.body);
      if (lede && !BYLINE.test(lede)) {
        const said = new Set(
          lede
            .split(/\s+/, LEDE_SUBJECT_WORDS)
            .join(' ')
            .toLowerCase()
            .replace(/[’'.]/g, '')
            .split(/[^\p{L}\p{N}-]+/u),
        );
        for (const p of full) {
          if (!said.has(p) || headSurnames.includes(p)) continue;
          if (headSurnames === NO_HEAD_PERSONS) headSurnames = [];
          headSurnames.push(p);
        }
      }
    }
  }
  return {
    words: normalise(words),
    wordIds,
    nameIds,
    keySpace: space,
    names: normalise(names),
    numbers: normalise(numbers),
    years: [...years.keys()].sort((a, b) => a - b),
    mainYear: eventYear(years, doc.published),
    day: dayOf(doc.published),
    persons: [...persons],
    headPersons,
    headSurnames,
    fullPersons,
    fullNames,
    headWords: doc.title ? headlineWords(doc.title) : NO_HEAD_PERSONS,
    calendar: calendar ?? NO_CALENDAR,
  };
}

/** A title's content words, stemmed as the word keys are (stop words and words under 3 letters left out). */
export function headlineWords(title: string): string[] {
  const out: string[] = [];
  for (const tok of title.split(/[^\p{L}\p{N}'’-]+/u)) {
    const lower = stripPossessive(tok.toLowerCase().replace(/^['’-]+|['’-]+$/g, ''));
    for (const part of lower.split('-')) {
      if (part.length < 3 || STOP.has(part)) continue;
      const w = stem(dropMarks(part));
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}
