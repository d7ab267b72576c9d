// Sentence bounds that treat every quoted passage as one unit, so "“A. B,” she said." stays one sentence.

import type { Span } from '../../model/index.js';
import { dotInsideCapsName } from '../text/index.js';
import { datelineEnd } from './datelines.js';
import { type CueInfo, cueForm } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { isDigitCode, isInlineSpace, isWhitespace, lowerCased, quoteOpensSentence } from './text.js';

const ABBREVIATIONS = new Set([
  // "compensation of Rs. 5 lakh": the rupee as Indian papers write it (The Hindu, Times of India, PTI).
  'rs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'rep',
  'del',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'prof',
  'rev',
  'pres',
  'gen',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'etc',
  'approx',
  'dept',
  'est',
  'ft',
  'mt',
]);

/** Closing brackets and quotation marks that may follow a sentence's final stop. */
const CLOSERS = new Set([...')]\'’"”'].map((c) => c.charCodeAt(0)));
/** A capital, a digit, an opening quotation mark or bracket: /[\p{Lu}\p{N}"“‘'(]/u, ASCII answered by hand. */
const opensSentence = (code: number, c: string): boolean =>
  code < 128
    ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40
    : /[\p{Lu}\p{N}“‘]/u.test(c);
const isLetterOrDot = (c: number): boolean =>
  c === 46 ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/** The word a full stop at `dot` ends, lowercased, its inner dots kept ("u.s" for "U.S."). */
const wordBeforeDot = (text: string, dot: number): string => {
  let k = dot - 1;
  while (k >= 0 && isLetterOrDot(text.charCodeAt(k))) k--;
  return lowerCased(text.slice(k + 1, dot));
};

/** "J. Smith": a lone letter before a dot is an initial, unless a number runs into it ("the 1990s. Podesta"). */
const isInitial = (text: string, dot: number, word: string): boolean =>
  word.length === 1 && !(dot >= 2 && isDigitCode(text.charCodeAt(dot - 2)));

/** Whether the full stop at `dot` ends an abbreviation or an initial ("Mr.", "U.S.", "J."), not a sentence. */
export const isAbbreviation = (text: string, dot: number): boolean => {
  const word = wordBeforeDot(text, dot);
  return isInitial(text, dot, word) || ABBREVIATIONS.has(word);
};

/** Abbreviations that may also close a sentence: "… trying to enter the U.S. The proposal has drawn …". */
const MAY_CLOSE_SENTENCE = new Set([
  // "Dover, Del. The …": a state as AP writes it, which is also a delegate's title ("Del. Stacey Plaskett").
  'del',
  'u.s',
  'u.n',
  'u.k',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'etc',
  'a.m',
  'p.m',
]);
/** Words that open a sentence and never go on a name, so after "U.S." they start the next sentence ("U.S. Senate" does not). */
const OPENS_NEXT_SENTENCE_RE =
  /^(?:The|A|An|He|She|It|They|We|But|And|In|This|That|These|Those|His|Her|Its|Their|Our|There|When|While|After|If|Some|Many|Most|Still|Yet|So|Then|Now|Meanwhile|However|Initially)\b/;

/**
 * "G.K. Butterfield", "George H.W. Bush": letters joined by dots, which end a sentence only before its usual openers;
 * not a state as AP writes it ("at his golf club in Bedminster, N.J. Roger Ailes …").
 */
const DOTTED_LETTERS_RE = /^\p{L}(?:\.\p{L})+$/u;
const DOTTED_STATES = new Set(['n.j', 'n.y', 'n.c', 's.c', 'n.h', 'n.m', 'n.d', 's.d', 'r.i', 'd.c', 'w.va']);

/** True when the dot at `dot` is an abbreviation's that does not end its sentence; `next` is where the next word starts. */
const abbreviationGoesOn = (text: string, dot: number, next: number): boolean => {
  const word = wordBeforeDot(text, dot);
  const dotted =
    word.includes('.') &&
    !ABBREVIATIONS.has(word) &&
    !DOTTED_STATES.has(word) &&
    DOTTED_LETTERS_RE.test(word);
  if (!isInitial(text, dot, word) && !ABBREVIATIONS.has(word) && !dotted) return false;
  return (
    (!MAY_CLOSE_SENTENCE.has(word) && !dotted) || !OPENS_NEXT_SENTENCE_RE.test(text.slice(next, next + 12))
  );
};

const CLAUSE_STOP_RE = /[.!?\n"~]\s/g;

/** Where the clause opening `text` ends, or -1: "Mrs. Clinton said." reads on past the title's dot. */
function clauseStop(text: string): number {
  CLAUSE_STOP_RE.lastIndex = 0;
  for (let m = CLAUSE_STOP_RE.exec(text); m; m = CLAUSE_STOP_RE.exec(text))
    if (text[m.index] !== '.' || !isAbbreviation(text, m.index)) return m.index;
  return -1;
}

/** Words a bare tag may carry after its verb: "said on Twitter", "told reporters Monday". */
const BARE_TAG_WORDS = 3;
/** Words a tag after a quote closed by "?" or "!" may carry after its verb. */
const TAG_WORDS = 10;
/**
 * The same after a verb that only reports speaking, which may carry a longer aside: "“…, right?” Clinton remarked,
 * alluding to the Oscar-nominated actor's latest turn", "“…?” Trump told Britain’s ITV television station in an
 * interview aired on Monday". Not "saw" or "thought": "“My God what have I done?” Others saw the same thing …".
 */
const SPOKEN_TAG_WORDS = 16;
const SPOKEN_TAG =
  /^(?:said|says|told|tells|asked|asks|added|adds|remarked|shouted|yelled|replied|responded|wrote|tweeted|explained|recalled|insisted|declared|joked|quipped)$/;
/** A verb in the past tense, which may report the quote before it whatever it is ("retaliated", "Tweeted"). */
const PAST_TAG_VERB_RE = /^(?:[a-z]{3,}ed|Tweeted)$/;
/** Words that make such a verb no speaker's: "“So, who?” Her suggestions are redacted.", "… that CBS revived". */
const NOT_BEFORE_PAST_TAG = new Set(
  'is are was were be been being has have had that which who whom whose'.split(' '),
);
/** How far after the quote such a verb may come: a name and an apposition ("Murphy, the head of Right to Rise USA,"). */
const PAST_TAG_VERB_AT = 12;
/**
 * How far into a bare tag its verb may come: "Sen. Lindsey Graham, R-S.C., said." ("Jenna Bush Hager, a daughter
 * of former President George W. Bush, has been a contributor to the show" is a sentence of its own.)
 */
const BARE_TAG_VERB_AT = 8;

/** Whether a cue may be a tag's verb: any cue, but after a quote closed by a full stop no learned one. */
const isTagCue = (info: CueInfo | undefined, stopped: boolean): boolean =>
  info !== undefined && !(stopped && info.learned === true);

/** Second words of the two-word cues a tag may hold ("went on", "chimed in", "pointed out"). */
const PARTICLES = new Set(['on', 'in', 'out', 'up', 'back', 'off', 'to']);

/** Where the first whole-word `word` in `text` ends (the text's end when there is none). */
function wordEnd(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      (at === 0 || !isLetterOrDot(text.charCodeAt(at - 1))) &&
      (end === text.length || !isLetterOrDot(text.charCodeAt(end)))
    )
      return end;
  }
  return text.length;
}

/**
 * True when a capitalised phrase and then a speech verb follow: "… Scott Pruitt, the attorney general, said."
 * After a quote closed by a full stop (`stopped`) the writer has ended the sentence, and what follows is nearly
 * always a new one ("“unelectable now.” Sen. Ted Cruz … called the KKK “abhorrent” in a tweet Sunday."; about
 * 100 to 1 in PolNeAR train): only a bare tag that ends at its own full stop, "Trump said." or "Trump said on
 * Twitter.", is read as the quote's speaker then.
 */
function speakerFollows(masked: string, k: number, stopped = false, opening = false): boolean {
  if (!/[\p{Lu}]/u.test(masked[k] ?? '')) return false;
  if (
    /^(?:Of|In|On|At|For|With|After|Before|But|And|As|When|While|If|Since|Although|During|From|By|To|Yet|So)\s/.test(
      masked.slice(k, k + 12),
    )
  ) {
    return false;
  }
  // The text's own end closes a clause too: "… missing.” Trump said." may be an article's last line.
  const ahead = k + 200 < masked.length ? masked.slice(k, k + 200) : `${masked.slice(k)} `;
  const stop = clauseStop(ahead);
  if (stopped && (stop < 0 || ahead[stop] !== '.')) return false;
  const clause = stop >= 0 ? ahead.slice(0, stop + 1) : ahead;
  const words = clause.match(/[A-Za-z]+/g) ?? [];
  for (let i = 0; i < words.length && i < (stopped ? BARE_TAG_VERB_AT : 25); i++) {
    // "“…” Trump went on, as if he didn’t hear her.": a cue of two words.
    // After a full stop only a verb of saying tags the quote: "… “delicate stage.” He declined to give details." is
    // a sentence of its own, though "declined" is a cue learned from PolNeAR.
    const listed =
      /^[a-z]/.test(words[i]) &&
      (isTagCue(cueForm(words[i]), stopped) ||
        (i + 1 < words.length &&
          PARTICLES.has(words[i + 1]) &&
          cueForm(`${words[i]} ${words[i + 1]}`) !== undefined));
    // "“…!” Murphy, the head of Right to Rise USA, Tweeted on Friday": any verb in the past tense soon after the
    // name reports the quote (see verbsClosingQuotes in attribute.ts).
    if (
      !listed &&
      (stopped ||
        !opening ||
        i >= PAST_TAG_VERB_AT ||
        !PAST_TAG_VERB_RE.test(words[i]) ||
        words.slice(0, i).some((w) => NOT_BEFORE_PAST_TAG.has(w.toLowerCase())))
    )
      continue;
    // A trailing attribution ends soon after its verb; "Sources have informed that …" starts a sentence (a "that"
    // after a comma belongs to an aside: "Mr. Trump asked, repeating a broadside that he used").
    const rest = words.slice(i + 1);
    const most = stopped ? BARE_TAG_WORDS : SPOKEN_TAG.test(words[i]) ? SPOKEN_TAG_WORDS : TAG_WORDS;
    const verbEnd = wordEnd(clause, words[i]);
    const comma = clause.indexOf(',', verbEnd);
    const beforeComma = clause.slice(verbEnd, comma < 0 ? clause.length : comma);
    // "“…!” LeVell declared, a point he likes to make after …": a comma right after a spoken verb closes the tag,
    // and however long the aside after it runs, it is the tag's.
    const closed = !stopped && SPOKEN_TAG.test(words[i]) && /^\s*,/.test(clause.slice(verbEnd));
    return (
      !/\bthat\b/.test(beforeComma) &&
      (closed || rest.length <= most) &&
      !/^(?:have|has|had)$/.test(words[i - 1] ?? '')
    );
  }
  return false;
}

/**
 * True when the full stop at `i` sits between a lowercase word and a capitalised one with no space ("said.Trump"),
 * as scraped text loses it; not in a web address ("fivethirtyeight.com") or an abbreviation ("U.S.Senate").
 */
function lostSpaceAfterStop(text: string, i: number): boolean {
  if (i < 3 || i + 2 >= text.length) return false;
  for (let k = i - 3; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  const next = text.charCodeAt(i + 1);
  const after = text.charCodeAt(i + 2);
  return next >= 65 && next <= 90 && after >= 97 && after <= 122;
}

/** Where `ch` next stands in `text` from `from` on, or text.length. */
const nextOf = (text: string, ch: string, from: number): number => {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
};

/**
 * Where each full stop, !, ? and newline stands, in order: what /[.!?\n]/g finds, read with one indexOf a mark
 * ahead for each of the four (about twice as fast as the pattern's exec per hit, 2026-12-05).
 */
export function endMarks(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let dot = nextOf(text, '.', 0);
  let newline = nextOf(text, '\n', 0);
  let bang = nextOf(text, '!', 0);
  let question = nextOf(text, '?', 0);
  for (;;) {
    const i = Math.min(dot, newline, bang, question);
    if (i >= n) return out;
    out.push(i);
    if (i === dot) dot = nextOf(text, '.', i + 1);
    else if (i === newline) newline = nextOf(text, '\n', i + 1);
    else if (i === bang) bang = nextOf(text, '!', i + 1);
    else question = nextOf(text, '?', i + 1);
  }
}

/**
 * Sentences of the masked text (quoted passages blanked out), cut at paragraph breaks, at end punctuation
 * followed by a capital, and after a closed quote that ends its own sentence and is followed by a capital.
 */
/** "according to a new report by E! News": the mark of a brand's name, around the "!" at the slice's 7th place. */
const BANG_IN_NAME_RE = /(?:^|[^\p{L}])(?:E|Yahoo)! (?:News|Online|Finance|Sports|Entertainment)\b/u;

export function quoteAwareSentences(body: string, masked: string, quotes: QuotedSpan[]): Span[] {
  const cuts = new Set<number>();
  const n = masked.length;
  for (const i of endMarks(masked)) {
    const c = masked[i];
    if (c === '\n') {
      cuts.add(i);
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      if (c === '!' && BANG_IN_NAME_RE.test(masked.slice(Math.max(0, i - 6), i + 16))) continue;
      let j = i + 1;
      while (j < n && CLOSERS.has(masked.charCodeAt(j))) j++;
      if (j < n && masked[j] !== '\n' && !isInlineSpace(masked[j])) {
        // "“…,” Trump said.Trump claimed …": a full stop that lost its space still ends the sentence.
        if (c === '.' && j === i + 1 && lostSpaceAfterStop(masked, i)) cuts.add(j);
        continue;
      }
      let k = j;
      while (k < n && isInlineSpace(masked[k])) k++;
      if (k < n && masked[k] !== '\n' && !opensSentence(masked.charCodeAt(k), masked[k])) continue;
      if (c === '.' && abbreviationGoesOn(masked, i, k)) continue;
      if (c === '.' && j === i + 1 && dotInsideCapsName(masked, i)) continue;
      cuts.add(j);
    }
  }
  // A dateline opening a paragraph ends where its dash does, the sentence after it beginning there ("ORLANDO,
  // Fla. (Reuters) -", "Washington (AFP) –"); the dots of "Fla." or "Jan." inside it end nothing.
  for (let para = 0; para >= 0; para = masked.indexOf('\n', para + 1)) {
    let at = para;
    while (at < n && isWhitespace(masked.charCodeAt(at))) at++;
    const end = datelineEnd(masked, at);
    if (end < 0) continue;
    for (const cut of cuts) if (cut > at && cut < end) cuts.delete(cut);
    cuts.add(end);
  }
  for (const q of quotes) {
    if (!q.closed) continue;
    const last = body[q.innerEnd - 1];
    if (last !== '.' && last !== '!' && last !== '?') continue;
    let k = q.close;
    while (k < n && isInlineSpace(masked[k])) k++;
    if (k >= n || masked[k] === '\n' || /[\p{Lu}"“‘']/u.test(masked[k])) {
      // "“Who would have believed it?” Trump said." keeps the speaker with the quote.
      if (speakerFollows(masked, k, last === '.', quoteOpensSentence(body, q.open))) continue;
      cuts.add(q.close);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  let start = 0;
  for (const cut of sorted) {
    pushTrimmed(out, masked, start, cut);
    start = cut;
  }
  pushTrimmed(out, masked, start, n);
  return out;
}

/** Adds masked[s, e) without its outer whitespace, if anything is left. (No closure per article: see citations' addCitation.) */
function pushTrimmed(out: Span[], masked: string, s: number, e: number): void {
  let a = s;
  let b = e;
  while (a < b && isWhitespace(masked.charCodeAt(a))) a++;
  while (b > a && isWhitespace(masked.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: a, end: b });
}
