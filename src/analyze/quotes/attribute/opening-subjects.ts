// The noun phrase that opens a verb's clause, read whole when the other subject searches give up or stop inside it.
//
// "Surety companies that had insured the mine's bonds agreed …", "Several judges handling such lawsuits have cited
// …", "Other major unions, including the teachers' union, have also endorsed …", "The Daily Ledger and a local TV
// station filed …": the searches that read back from the verb stop at the nearest phrase (the relative clause's
// object, the aside's last name, the second of two bodies) or at nothing. Reading forward from where the clause
// opens, a phrase with its prepositional phrases and coordinated phrases, then at most one relative clause,
// participle phrase or comma aside, must end right at the verb (or its auxiliaries); the phrase is the subject, and a
// name that heads it (not one inside its modifiers) is the speaker. Asides may follow one another and be set off by
// dashes, which may hold commas ("John Doe, head of a studio -- the firm that makes the show, which … -- told me"),
// and a relative clause may close with a comma ("A review of budgets that have grown since Jan. 1, 2015, shows");
// a short parenthesis and a date's comma are read past (aside38). The main clause also opens after the adverbials or
// the subordinate clause leading the sentence ("Last May, a judge handling the case ordered …"), a past participle
// with its agent or time may follow the phrase ("A poll released last week showed …"), and an indefinite pronoun may
// be the whole subject ("Not everyone agrees …") (nosubj44).

import type { Mention, Span } from '../../../model/index.js';
import { cueExact } from '../lexicon.js';
import { isSpace } from '../text.js';
import { openingAdjunctsEnd } from './content-start.js';
import { mainClauseStart } from './cue-checks.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { CONTRACTED_AUXILIARY, CONTRACTED_CLAUSE_OPENER_RE, FINITE, SUBORDINATORS } from './patterns.js';
import { type Word, wordsOf } from './phrase-words.js';
import { mentionFrom, mentionWithin } from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';

/** Words that open a phrase without being its head: articles, quantities, possessive pronouns. */
const DETERMINER =
  /^(?:the|a|an|this|these|those|some|many|most|all|both|each|several|other|another|few|his|her|their|its|our|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|more|no)$/i;

/** Prepositions whose phrase belongs to the noun before it ("Others in the community", "analysis of super PACs"). */
const NOUN_PREPOSITION =
  /^(?:of|in|for|from|at|on|with|among|between|across|inside|outside|near|behind|around)$/;

/** Words that end a clause's opening phrase: function words, pronouns, subordinators; none is a noun. */
const NOT_A_NOUN = new Set(
  (
    'and or nor but yet so as whether where than then ' +
    'that which who whom whose what why how this to by into onto over under about during against ' +
    'through without within upon via per like unlike despite including i me you he him she they them we us it its ' +
    'itself themselves himself herself there here not also even just only still already never now too very really ' +
    'been being be do does did done said says say told tells'
  )
    .split(' ')
    .concat(SUBORDINATORS),
);

/** Auxiliaries and adverbs that may stand between the subject's phrase and the verb ("have also endorsed"). */
const BEFORE_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|been|not|also|already|still|never|long|now|recently|repeatedly|previously|jointly|all|both|each|too|(?!(?:family|rally|ally|supply|assembly|monopoly|anomaly|bully|reply)$)\p{Ll}{2,}ly)$/u;

/** Auxiliaries, then a form of "be" and a past participle: a passive, whose subject holds no view. */
const PASSIVE_AT_VERB_RE =
  /^\s*(?:(?:has|have|had|will|would|could|should|can|may|might|must|not|also|already|still|never)\s+)*(?:is|are|was|were|been|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u;

/** A relative word opening a clause on the phrase. */
const RELATIVE = /^(?:that|who|which|whose)$/;

/** A participle opening a phrase on the noun ("judges handling …"), or a past participle with its agent ("led by"). */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
const PAST_BEFORE_AGENT = /^\p{Ll}{3,}(?:ed|en|wn)$/u;
/** What may follow a past participle set after its noun to tell when ("released last week", "filed on Sunday"). */
const WHEN_AFTER_PARTICIPLE = /^(?:on|in|over|last|this|during|earlier|since)$/;
const CAPITAL_RE = /\p{Lu}/u;
const NOT_PARTICIPLE =
  /^(?:during|according|including|nothing|something|anything|everything|morning|evening|thing|king|ring|spring|string|wing|building|meeting|ceiling|funding|ruling|hearing|briefing|spending|polling|bring|sing)$/;

/** A past participle that may open a phrase on the noun before it ("a poll released …", "emails obtained by …"). */
const pastParticiple = (w: string): boolean => PAST_BEFORE_AGENT.test(w) && !NOT_PARTICIPLE.test(w);

/** "a poll released last week", "emails obtained by the group": a past participle that opens a phrase on its noun. */
const opensParticiplePhrase = (ws: Word[], k: number): boolean =>
  pastParticiple(ws[k].text) &&
  k + 1 < ws.length &&
  (ws[k + 1].text === 'by' || WHEN_AFTER_PARTICIPLE.test(ws[k + 1].text));

/** At most this many words in the phrase itself, and in what follows it up to the verb. */
const MAX_PHRASE_WORDS = 14;
const MAX_TAIL_WORDS = 20;

/**
 * nounWordUncached by word (it reads the word alone): the opening-phrase search asks it of the words of every phrase
 * it tries, cue after cue, and the same few hundred words make up most phrases. Emptied when it grows past
 * NOUN_WORDS_KEPT, so a long stream holds no vocabulary.
 */
const nounWords = new Map<string, boolean>();
const NOUN_WORDS_KEPT = 20000;

/** Whether a word may be part of a noun phrase (a modifier or its head). */
function nounWord(w: string): boolean {
  let known = nounWords.get(w);
  if (known === undefined) {
    if (nounWords.size >= NOUN_WORDS_KEPT) nounWords.clear();
    known = nounWordUncached(w);
    nounWords.set(w, known);
  }
  return known;
}

function nounWordUncached(w: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(w)) return false;
  const lower = w.toLowerCase();
  if (NOT_A_NOUN.has(lower) || FINITE.test(w) || NOUN_PREPOSITION.test(lower)) return false;
  // "the Supreme Court made a surprise 5-4 decision": a past tense inside the words is a clause's.
  if (PAST_TENSE.test(w)) return false;
  if (/^\p{Ll}/u.test(w) && cueExact(w)) return false;
  // "He's a puppet", "off.A 2010 video" (two sentences run together): no word of a noun phrase.
  return !CONTRACTED_CLAUSE_OPENER_RE.test(w) && !/\p{Ll}\.\p{Lu}/u.test(w);
}

/**
 * "the United Nations faces a crisis", "Isabelle endures the lewd jokes": an article after a lower-case word in "-s"
 * or "-ed" opens the object of a verb; after a name or a number it goes on the phrase ("Obama the realist",
 * "Sanders' $75billion a year plan").
 */
function articleAfterVerb(ws: Word[], k: number, first: number): boolean {
  return k > first && /^(?:the|a|an)$/.test(ws[k].text) && /^\p{Ll}[\p{Ll}-]*(?:s|ed)$/u.test(ws[k - 1].text);
}

/** Past tenses that end in no "-ed", which no noun phrase holds. */
const PAST_TENSE =
  /^(?:made|took|gave|told|saw|went|came|got|put|met|ran|won|lost|held|kept|brought|thought|found|sent|spent|built|began|became|wrote|spoke|knew|grew|drew|chose|rose|fell|felt|heard|paid|sold|stood|struck|threw|understood|wore)$/;

/** A word ending in a contracted auxiliary ("Trump’s", "You’ll"): a possessive or a contraction. */
const CONTRACTED_ENDING = new RegExp(`${CONTRACTED_AUXILIARY}$`, 'i');

/**
 * Whether a word can head a noun phrase: no adverb, no participle, no bare verb ending in "-ed". `opens`: the word
 * opens the sentence, where a capital says nothing ("Disillusioned, he resigned").
 */
function headWord(w: string, opens: boolean): boolean {
  if (opens && /^\p{Lu}\p{Ll}+(?:ly|ing|ed)$/u.test(w)) return false;
  // "Trump’s comments", "You’ll see": a possessive or a contraction is no head; nor is a day ("Wednesday added").
  if (CONTRACTED_ENDING.test(w) || TIME_WORD.test(w)) return false;
  if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) return true;
  return !/(?:ly|ing|ed)$/.test(w);
}

/** Days, months and spans of time: "Wednesday added" dates the verb, it names no speaker. */
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tomorrow|week|weekend|month|year|years|months|weeks|days|day|time|times|night|morning|evening|afternoon)$/i;

/**
 * A noun phrase from word i: determiners, then up to six words, then prepositional phrases of the same; the index
 * past it, or -1. `depth` bounds the nesting of prepositional phrases.
 */
function nounPhraseEnd(ws: Word[], i: number, depth: number): number {
  let k = i;
  let dets = 0;
  while (k < ws.length && dets < 2 && DETERMINER.test(ws[k].text)) {
    k++;
    dets++;
  }
  const first = k;
  // "Making her way around the diner, Clinton …": an opening participle's clause, no noun phrase.
  if (first === 0 && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(ws[0].text)) return -1;
  while (
    k < ws.length &&
    k - first < 6 &&
    nounWord(ws[k].text) &&
    !articleAfterVerb(ws, k, first) &&
    !(k > first && opensParticiplePhrase(ws, k))
  )
    k++;
  // "Others in the community", "Several of the judges": a determiner may stand for the head.
  if (k === first) {
    if (dets === 0 || !/^(?:others|some|many|most|all|both|several|few)$/i.test(ws[k - 1].text)) return -1;
  } else if (!headWord(ws[k - 1].text, k - 1 === 0)) return -1;
  if (depth > 0 && k < ws.length && NOUN_PREPOSITION.test(ws[k].text)) {
    const pp = nounPhraseEnd(ws, k + 1, depth - 1);
    if (pp > 0) return pp;
  }
  return k;
}

/** Where the verb's auxiliaries and adverbs start, reading back from the last word. */
function auxiliariesStart(ws: Word[]): number {
  let k = ws.length;
  while (k > 0 && BEFORE_VERB.test(ws[k - 1].text)) k--;
  return k;
}

/** A dash that sets off an aside: an em or en dash, or hyphens set off by spaces ("--", " - "). */
const DASH = /^(?:[—–]|-+)$/;

/** At most this many words in a tail of asides, one set off by dashes among them ("-- the company that …, which … --"). */
const MAX_ASIDES_WORDS = 32;

/**
 * The tail's words as the aside checks read them: a short parenthesis ("(D)", "(R-Fla.)") dropped, and a comma
 * inside a date ("Jan. 1, 2015") too; null when a parenthesis is left open or is long.
 */
function plainTail(tail: Word[]): Word[] | null {
  const out: Word[] = [];
  for (let j = 0; j < tail.length; j++) {
    const w = tail[j].text;
    if (w === '(') {
      let close = j + 1;
      while (close < tail.length && close - j <= 5 && tail[close].text !== ')') close++;
      if (close >= tail.length || tail[close].text !== ')') return null;
      j = close;
      continue;
    }
    if (w === ')') return null;
    if (
      w === ',' &&
      j > 0 &&
      j + 1 < tail.length &&
      /^\d{1,2}$/.test(tail[j - 1].text) &&
      /^\d{4}$/.test(tail[j + 1].text)
    )
      continue;
    out.push(tail[j]);
  }
  return out;
}

/**
 * "…, a senator from Vermont, now a candidate, …", "… -- the company that owns the show, which … -- …", "…, the
 * chief executive of Ora Media -- the company … --": asides one after another up to the verb, each closed by a comma
 * or set off by a pair of dashes (which may hold commas); a comma aside may also close where a dash aside opens.
 * An aside opened by "and" or "or" makes a list, not an aside.
 */
function asidesFit(tail: Word[]): boolean {
  let j = 0;
  while (j < tail.length) {
    const w = tail[j].text;
    let close = j + 1;
    if (DASH.test(w)) {
      while (close < tail.length && tail[close].text !== w) close++;
      if (close >= tail.length || close - j < 2) return false;
      if (listsItems(tail.slice(j + 1, close))) return false;
    } else if (w === ',') {
      while (close < tail.length && tail[close].text !== ',' && !DASH.test(tail[close].text)) close++;
      if (close >= tail.length || close - j < 2) return false;
      // A comma aside closed where a dash aside opens: that dash belongs to the next aside.
      if (DASH.test(tail[close].text)) close--;
    } else return false;
    if (/^(?:and|or|but)$/.test(tail[j + 1]?.text ?? '')) return false;
    j = close + 1;
  }
  return true;
}

/**
 * "The networks — MSNBC, CNN and Fox News — all stuck with": items joined by commas and "and"/"or" between dashes
 * spell out what the phrase names; the phrase then stands for a list, whose members did the verb, not a subject
 * with an aside (a relative clause or "including" inside the dashes is an aside: "— including A, B and C —").
 */
function listsItems(inner: Word[]): boolean {
  if (inner.length === 0 || /^(?:who|which|that|whose|including|like|such|whom)$/i.test(inner[0].text))
    return false;
  return (
    inner.some((x) => x.text === ',') &&
    inner.some((x) => /^(?:and|or)$/.test(x.text)) &&
    !inner.some((x) => RELATIVE.test(x.text))
  );
}

/** The tail after the phrase up to `last` (exclusive): a relative clause, participle phrase or comma aside, or none. */
function tailFits(ws: Word[], k: number, last: number): boolean {
  if (k === last) return true;
  // (The length is read before the words are copied: from the sentence's start most tails are long.)
  if (last - k > MAX_ASIDES_WORDS) return false;
  const raw = ws.slice(k, last);
  if (raw.some((w) => /^[;:"~]$/.test(w.text))) return false;
  const tail = plainTail(raw);
  if (!tail || tail.length === 0) return false;
  const w = tail[0].text;
  // "…, including the teachers' union and the federation, have": an aside closed right before the verb.
  if (w === ',' || DASH.test(w)) {
    const inner = tail.slice(1, -1);
    if (
      tail.length >= 3 &&
      tail.length <= MAX_TAIL_WORDS &&
      tail[tail.length - 1].text === ',' &&
      !inner.some((x) => x.text === ',' || DASH.test(x.text))
    )
      return true;
    // Several asides, or one set off by dashes (aside38).
    return asidesFit(tail);
  }
  if (tail.length > MAX_TAIL_WORDS) return false;
  // "A USA TODAY analysis of super PACs that have raised $1million or more since Jan. 1, 2015, shows": a relative
  // clause or participle phrase may be closed by a comma before the verb.
  const body = tail[tail.length - 1].text === ',' ? tail.slice(0, -1) : tail;
  if (body.some((x) => x.text === ',' || DASH.test(x.text))) return false;
  // "everybody who retires and begins to want …": the verb is an infinitive inside the clause, not the phrase's.
  // ("everybody who retires and begins to want": nor one that ends on a joining word.)
  if (/^(?:to|and|or|but|that|which|who)$/.test(body[body.length - 1].text)) return false;
  if (RELATIVE.test(w)) return body.length >= 3;
  if (PARTICIPLE.test(w) && !NOT_PARTICIPLE.test(w)) return body.length >= 2;
  // "emails obtained by the paper show", "A poll released last week showed", "records filed on Sunday revealed": a
  // past participle with its agent or its time, holding no clause ("The emails obtained by the paper show that the
  // mayor knew": the "knew" has the mayor, no phrase of the emails).
  if (!pastParticiple(w) || body.length < 3) return false;
  if (body[1].text !== 'by' && !WHEN_AFTER_PARTICIPLE.test(body[1].text)) return false;
  return !body.some(
    (x, j) => j > 1 && (CLAUSE_OPENER.has(x.text) || RELATIVE.test(x.text) || cueExact(x.text)),
  );
}

/**
 * A person's name that ends the phrase's own words, before its prepositional phrase or what follows it: "their
 * neighbor Jane Roe, 83, knows": a title or role before a name describes that person.
 */
function nameEndingHead(fx: Finder, ws: Word[], i: number, k: number): Subject | null {
  let e = i;
  while (e < k && !NOUN_PREPOSITION.test(ws[e].text) && !/^(?:and|or)$/.test(ws[e].text)) e++;
  if (e - i < 2) return null;
  const end = ws[e - 1].end;
  const ms = fx.index.mentions;
  for (let j = mentionFrom(fx, ws[i].start); j < ms.length && ms[j].start < end; j++)
    if (ms[j].end === end && typeOfMention(fx, ms[j]) === 'person') return fromMention(fx, ms[j]);
  return null;
}

/** A name that heads the phrase at [start, end): it opens the phrase (after an article) and nothing modifies it after. */
function headName(fx: Finder, ws: Word[], i: number, headEnd: number): Subject | null {
  let k = i;
  if (/^(?:the|The)$/.test(ws[k].text)) k++;
  const m = fx.index.byStart.get(ws[k].start) ?? fx.index.byStart.get(ws[i].start);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  let after = k;
  while (after < headEnd && ws[after].end <= m.end) after++;
  // The name is the whole head, or the first of coordinated phrases, or before a phrase of its own ("of", "in").
  if (after < headEnd && !/^(?:and|of|in|for|at|from)$/.test(ws[after].text)) return null;
  return fromMention(fx, m);
}

/** Nothing, or where a person comes from ("of Vermont", "from Ohio"), up to the comma or dash closing an aside. */
const FROM_PLACE_RE = /^(?:\s+(?:of|from)\s+[^,—–-]{1,40})?\s*$/;

/**
 * "his wife, longtime campaign aide Jane Roe,": a person's name that closes the aside after words that describe that
 * person (no preposition, possessive or joining word among them: "a friend of Jane Roe", "John Doe's aide Jane
 * Roe" and "Jane Roe and John Doe" name someone else or several).
 */
function describedInAside(fx: Finder, ws: Word[], k: number, last: number): Mention | undefined {
  const close = ws[last - 1].start;
  let e = close;
  while (e > ws[k].end && isSpace(fx.masked[e - 1])) e--;
  const ms = fx.index.mentions;
  for (let j = mentionFrom(fx, ws[k].end); j < ms.length && ms[j].start < e; j++) {
    // The name may close the aside with where the person comes from ("Representative Jane Roe of Vermont,").
    if (typeOfMention(fx, ms[j]) !== 'person' || !FROM_PLACE_RE.test(fx.masked.slice(ms[j].end, e))) continue;
    const before = ws.filter((w) => w.start > ws[k].start && w.end <= ms[j].start);
    const plain = before.every(
      (w) =>
        !NOUN_PREPOSITION.test(w.text) && !NOT_A_NOUN.has(w.text.toLowerCase()) && !/[’']s$/.test(w.text),
    );
    return plain && before.length <= 5 ? ms[j] : undefined;
  }
  return undefined;
}

/**
 * A name (a person's, or what the tagger took for a body) alone in a comma or dash aside after the phrase ("The
 * agency's chief, Jane Roe, said", "Another holdout — the Mine Workers' union — is"): the speaker.
 */
function nameInAside(fx: Finder, ws: Word[], k: number, last: number): Subject | null {
  if (k >= last || k + 1 >= last) return null;
  const open = ws[k].text;
  if ((open !== ',' && !DASH.test(open)) || ws[last - 1].text !== open) return null;
  // (After a dash, a body's article: "— the United Mine Workers —".)
  const first = DASH.test(open) && /^(?:the|The)$/.test(ws[k + 1].text) && k + 2 < last ? k + 2 : k + 1;
  const m =
    fx.index.byStart.get(ws[first].start) ??
    fx.index.byStart.get(ws[k + 1].start) ??
    describedInAside(fx, ws, k, last);
  if (!m || typeOfMention(fx, m) === 'place') return null;
  // The name alone, or with where the person comes from ("Sen. Jane Roe of Vermont").
  return ws[last - 1].start >= m.end && FROM_PLACE_RE.test(fx.masked.slice(m.end, ws[last - 1].start))
    ? fromMention(fx, m)
    : null;
}

/**
 * Where the main clause starts after the adverbials ("Last year, ", "In January, ") or the subordinate clause ("When
 * …, ", "After …, ") that open the sentence; the sentence's start when none does.
 */
function mainClauseOpening(fx: Finder, sent: Span, to: number): number {
  const adjuncts = openingAdjunctsEnd(fx, sent.start, to);
  return adjuncts > sent.start ? adjuncts : mainClauseStart(fx, sent, to);
}

/**
 * "Everyone agrees", "not everyone finds", "no one knows": a pronoun that names nobody in particular, alone before
 * the verb (a word of its own: the phrase reader takes no lone word), as the whole subject; null when there is none.
 */
function indefinitePronounSubject(fx: Finder, ws: Word[], i: number, last: number): Subject | null {
  let j = i;
  if (j + 1 < last && INDEFINITE_LEAD.test(ws[j].text)) j++;
  const e = j + 2 === last && /^no$/i.test(ws[j].text) && ws[j + 1].text === 'one' ? j + 1 : j;
  if (e + 1 !== last || !INDEFINITE_PRONOUN.test(fx.masked.slice(ws[j].start, ws[e].end))) return null;
  return namelessSubject(ws[i].start, ws[e].end);
}

const INDEFINITE_PRONOUN = /^(?:everyone|everybody|someone|somebody|anyone|anybody|nobody|no one)$/i;
/** "Not everyone", "almost everyone". */
const INDEFINITE_LEAD = /^(?:not|almost|nearly|virtually|practically)$/i;

/** Subordinators that open a clause (a set: read for every word before the verb). */
const CLAUSE_OPENER = new Set([...SUBORDINATORS, 'that']);

/**
 * The subject phrase opening the clause of the verb at `verbAt` (see the file's comment), from the sentence's start
 * or the nearest clause opening after it; null when no such phrase reaches the verb.
 */
export function openingNounPhraseSubject(fx: Finder, sent: Span, verbAt: number): Subject | null {
  let to = verbAt;
  while (to > sent.start && isSpace(fx.masked[to - 1])) to--;
  if (to - sent.start > 400) return null;
  const ws = wordsOf(fx.masked, sent.start, to);
  const last = auxiliariesStart(ws);
  if (last === 0) return null;
  // "Clinton and Sanders are each viewed positively": after a form of "be" a past participle is passive, and its
  // subject holds no view.
  if (
    ws.slice(last).some((w) => /^(?:is|are|was|were|been)$/.test(w.text)) &&
    /^\s*\p{Ll}+(?:ed|en|wn)\b/u.test(fx.masked.slice(verbAt, verbAt + 30))
  )
    return null;
  // After a dash aside, so when the cue's word is the participle after its auxiliaries ("Jane Roe — a surgeon and TV
  // host — has been called a charlatan"). (Not for the shapes above: PolNeAR marks "are expected to speak", "is
  // widely regarded as", and dropping them measured worse.)
  // (The passive at the verb first: it reads a few words where the dash is looked for in every word before.)
  const passive =
    PASSIVE_AT_VERB_RE.test(fx.masked.slice(verbAt, verbAt + 40)) &&
    ws.slice(0, last).some((w) => DASH.test(w.text));
  if (passive) return null;
  // Clause openings: the sentence's start, and after a subordinator, a colon, a semicolon or ", and"/", but".
  const starts: number[] = [0];
  for (let k = 0; k < last - 1; k++) {
    const w = ws[k].text;
    if (w === ';' || w === ':') starts.push(k + 1);
    // (Lower case only: a sentence's opening "That agreement" is a demonstrative.)
    else if (
      CLAUSE_OPENER.has(w) &&
      // "At that point, …", "from that convention": a demonstrative after a preposition opens no clause.
      !(k > 0 && /^(?:at|in|on|by|for|with|of|from|to|after|before|since|during|like)$/i.test(ws[k - 1].text))
    )
      starts.push(k + 1);
    else if ((w === 'and' || w === 'but') && k > 0 && ws[k - 1].text === ',') starts.push(k + 1);
  }
  // "Last May, a federal judge handling the lawsuit ordered …", "When the senator took the stage, supporters of his
  // rival wondered …": the main clause opens after the adverbials or the subordinate clause that lead the sentence.
  const main = mainClauseOpening(fx, sent, to);
  let mainStart = -1;
  if (main > sent.start) {
    let k = 0;
    while (k < last && ws[k].start < main) k++;
    if (k < last && !starts.includes(k)) {
      starts.push(k);
      starts.sort((a, b) => a - b);
      mainStart = k;
    }
  }
  for (const s of starts) {
    let i = s;
    if (i < last && /^(?:And|But|Yet|So|Even|and|but|yet|so|even)$/.test(ws[i].text)) i++;
    if (i >= last) continue;
    const indefinite = indefinitePronounSubject(fx, ws, i, last);
    if (indefinite) return indefinite;
    let k = nounPhraseEnd(ws, i, 2);
    if (k < 0) continue;
    const headEnd = k;
    // "The Daily Ledger and a local TV station": phrases joined by "and" or "or".
    while (k < last - 1 && /^(?:and|or)$/.test(ws[k].text)) {
      const next = nounPhraseEnd(ws, k + 1, 1);
      if (next < 0) break;
      k = next;
    }
    if (k > last || k - i > MAX_PHRASE_WORDS || !tailFits(ws, k, last)) continue;
    // A lone word right before the verb ("conservative thought", "Pence's comments") is more likely the modifier of
    // a noun the cue word names than a subject; the other searches read the names and plurals there.
    if (k === last && k - i < 2) continue;
    // The phrase ends at its last word: not at the comma or dash that closes an aside.
    const end = ws[ws[last - 1].text === ',' || DASH.test(ws[last - 1].text) ? last - 2 : last - 1].end;
    const named =
      headName(fx, ws, i, headEnd) ?? nameEndingHead(fx, ws, i, k) ?? nameInAside(fx, ws, k, last);
    if (named) return spanning(named, ws[i].start, end);
    // After an opening adverbial, a nameless phrase holding a capitalised word ("the party's Iowa chairman") most
    // often names someone the entity stage did not resolve: left to the other searches (taking it measured a lower
    // share of named speakers right on train).
    if (s === mainStart && CAPITAL_RE.test(fx.masked.slice(ws[i].start, end))) continue;
    return namelessSubject(ws[i].start, end);
  }
  return null;
}

/** A relative word, a participle, a passive's "by" or a comma: what opens a phrase inside another. */
const INNER_PHRASE_OPENER_RE = /(?:^|\s)(?:that|who|which|whose|\p{Ll}+ing|\p{Ll}+ed\s+by)\s|,/u;

/** INNER_PHRASE_OPENER_RE loosened to a cheap test any text it matches passes too (no word edges, no letters). */
const MAY_OPEN_INNER_PHRASE_RE = /(?:that|who|which|whose|ing|ed\s+by)\s|,/;

/**
 * The subject a search found, or the opening phrase that holds it: "Residents who live near the plant have opposed
 * …": a nameless phrase inside the opening phrase's relative clause, participle phrase or aside is no subject of
 * the verb; the opening phrase is (not where the phrase found is a name the later steps resolve, nor the second of
 * two joined phrases: both measured worse on dev).
 */
export function openingPhraseOverInner(fx: Finder, sent: Span, verbAt: number, subject: Subject): Subject {
  if (subject.speaker || subject.kind !== 'unknown') return subject;
  // Cheap first, over the sentence up to the phrase found (the opening phrase starts inside it).
  if (!MAY_OPEN_INNER_PHRASE_RE.test(fx.masked.slice(sent.start, subject.start))) return subject;
  const opening = openingNounPhraseSubject(fx, sent, verbAt);
  if (!opening || opening.start >= subject.start) return subject;
  // A phrase that ends at the dash closing an aside is the aside's, named or not ("… streamed on Hulu and the
  // studio's site -- told me"), and the opening phrase ends before that dash (aside38).
  const dash = /\s*[—–-]+$/.exec(fx.masked.slice(subject.start, subject.end));
  if (opening.end < subject.end - (dash ? dash[0].length : 0)) return subject;
  if (dash === null && mentionWithin(fx, subject.start, subject.end)) return subject;
  return INNER_PHRASE_OPENER_RE.test(fx.masked.slice(opening.start, subject.start)) ? opening : subject;
}
