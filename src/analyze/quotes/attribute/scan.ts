// The scan over an article: finds cues, colons, asked openings and learned cues, and adds their frames.

import type { Span } from '../../../model/index.js';
import { cueModel, cueScore } from '../cue-model.js';
import { mayOpenAs } from '../gates.js';
import { ADVERBS, CUE_SOURCE, type CueInfo, cueExact } from '../lexicon.js';
import { POSSESSOR_BEFORE_RE, stanceNounsBeforeThat } from '../outer-cues.js';
import { tooShortToList } from '../short-objects.js';
import {
  codeAt,
  hasDash,
  hasParagraphHyphen,
  isAsciiLetter,
  isSpace,
  isWhitespace,
  lastNonSpaceCode,
  lastSpace,
  lettersBeforeEnd,
  lowerCased,
  nextWordEnd,
  onlySpacesAndQuotes,
  quoteOpensSentence,
  wordCount,
} from '../text.js';
import { CLAUSE_VERB_PASTS } from '../verb-forms.js';
import { WordTable } from '../word-table.js';
import { auxiliaryOpensNoFrame, cueThreshold } from './auxiliary-threshold.js';
import { subjectStartingAt } from './clause-subjects.js';
import { coordinatedBodies } from './coordinated-bodies.js';
import { cue } from './cue.js';
import { cueMayHold, genericAfter } from './cue-checks.js';
import { AS_THEN_TITLES_RE, ONLY_CONNECTIVES_RE, opensWithVerb } from './cue-patterns.js';
import { drawnCriticism } from './drawn-criticism.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { headlineStances } from './headline-stances.js';
import {
  dashSigned,
  documentFrames,
  headlines,
  headlineTopics,
  titleFrames,
  transcripts,
} from './layout-frames.js';
import { openingViews } from './opening-views.js';
import { passiveStances } from './passive-stances.js';
import { FINITE } from './patterns.js';
import { qaAnswers } from './qa-answers.js';
import { isEvidence } from './speakers.js';
import { descriptorStart } from './subject-edges.js';
import { possessorResolved } from './subject-fixes.js';
import { mentionWithin, personWithin } from './subject-search.js';
import { type Frame, namelessSubject, plainFrame, type Subject, spanning } from './types.js';
import { isOutletLike, outletName } from './words.js';

/** A verb that makes its object a statement: "made the following comment", "issued this statement". */
/**
 * Before a noun of stance, what names its holder elsewhere: a comma (the participle "…, warning that"), a preposition
 * after a verb ("took offense at suggestions", "in the hopes"), "no" ("left no doubt"), a capital ("Republican
 * criticism", "Clinton campaign accusations").
 */
const HOLDER_ELSEWHERE_BEFORE_RE =
  /(?:,|(?:^|\s)(?:at|to|with|against|about|over|by|on|in|no|down)|\p{Lu}[\p{L}.-]*(?:\s+campaign)?)\s+(?:(?:the|a|an|recent|new|repeated)\s+)?$/u;

/** A verb whose subject holds the noun after it: "gave diplomatic assurances", "expressed similar doubts". */
const HOLDER_VERB_BEFORE_RE =
  /(?:^|\s)(?:express(?:ed|es)?|voic(?:ed|es|e)|rais(?:ed|es|e)|gave|give|gives|offer(?:ed|s)?|made|make|makes|repeat(?:ed|s)?|reiterat(?:ed|es)|echo(?:ed|es)|renew(?:ed|s)?|stirred|dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:ied|ies|y)|rebut(?:ted|s)?|with)\s+(?:(?:a|an|the|similar|new|renewed|fresh|repeated|diplomatic|serious|grave|deep|some|his|her|their)\s+){0,2}$/;

/** First word of each multi-word cue, with the full forms it may start. */
const MULTI_CUES = new Map<string, Set<string>>([['according', new Set(['according to'])]]);
for (const form of CUE_SOURCE.split('|')) {
  const words = form.replace(/\\s\+/g, ' ').split(' ');
  if (words.length < 2) continue;
  const set = MULTI_CUES.get(words[0]) ?? new Set<string>();
  set.add(words.join(' '));
  MULTI_CUES.set(words[0], set);
}

/** Every single-word cue (true) and every first word of a multi-word cue (its forms), for one lookup a word. */
const CUE_OR_MULTI = new Map<string, true | Set<string>>();
for (const form of CUE_SOURCE.split('|')) if (!form.includes('\\s')) CUE_OR_MULTI.set(form, true);
for (const [first, forms] of MULTI_CUES) CUE_OR_MULTI.set(first, forms);

const CUE_MODEL = cueModel();

/**
 * Shape (first two letters, last letter, length) of every lowercase word a word list or the learned detector may
 * call a cue, one bit each: a word of another shape is none, and the scan drops it with one lookup (of the
 * test split's ~760 words an article, ~190 pass, ~135 of them known).
 */
const SCAN_SHAPES = new Uint8Array((26 * 26 * 26 * 32) >> 3);

/** A one-letter word takes its first letter as its second. */
const shapeOf = (first: number, second: number, last: number, len: number): number =>
  (((first - 97) * 26 + (second - 97)) * 26 + (last - 97)) * 32 + Math.min(len, 31);
for (const w of [...CUE_OR_MULTI.keys(), ...(CUE_MODEL?.vocab ?? [])]) {
  if (!/^[a-z]+$/.test(w)) continue;
  const k = shapeOf(
    w.charCodeAt(0),
    w.charCodeAt(w.length > 1 ? 1 : 0),
    w.charCodeAt(w.length - 1),
    w.length,
  );
  SCAN_SHAPES[k >> 3] |= 1 << (k & 7);
}

/** Whether a word opening with lowercase `first` has a shape SCAN_SHAPES knows. */
const mayBeScanWord = (first: number, second: number, last: number, len: number): boolean => {
  if (second < 97 || second > 122 || last < 97 || last > 122) return false;
  const k = shapeOf(first, second, last, len);
  return (SCAN_SHAPES[k >> 3] & (1 << (k & 7))) !== 0;
};

/**
 * What the word scan knows of a word, looked up without cutting the word out of the text: whether it is a cue by
 * itself, the two-word cues it opens (by their second word), and whether only the learned detector may call it one.
 */
interface ScanWord {
  single: boolean;
  /** What cueForm says of the word alone, worked out once here rather than hashed again at each cue. */
  info: CueInfo | undefined;
  seconds: WordTable<string> | null;
  learned: boolean;
  /**
   * A word that opens a listed two-word cue and that the learned detector is also asked about ("call" of "call for",
   * "spoke" of "spoke about", "criticism" of "criticism of"): where its second word is another, the detector reads it.
   */
  asked: boolean;
}

const SCAN_WORDS = new WordTable<ScanWord>(
  [...new Set([...CUE_OR_MULTI.keys(), ...(CUE_MODEL?.vocab ?? [])])].map((w) => {
    const known = CUE_OR_MULTI.get(w);
    // The scan reads one word past the first, so of the longer forms it finds the two-word ones only.
    const forms =
      known === undefined || known === true ? [] : [...known].filter((f) => f.split(' ').length === 2);
    return [
      w,
      {
        single: cueExact(w) !== undefined,
        info: cueExact(w),
        seconds: forms.length > 0 ? new WordTable(forms.map((f) => [f.split(' ')[1], f] as const)) : null,
        learned: known === undefined,
        asked: known !== undefined && cueExact(w) === undefined && (CUE_MODEL?.vocab.has(w) ?? false),
      },
    ] as const;
  }),
);

const ACCORDING = SCAN_WORDS.get('according', 0, 9) as ScanWord;

/** Whether text[cs, end) is a word of six letters or more ending in "ing" (cheap: three character reads). */
const endsInIng = (text: string, cs: number, end: number): boolean =>
  end - cs >= 6 &&
  text.charCodeAt(end - 1) === 103 &&
  text.charCodeAt(end - 2) === 110 &&
  text.charCodeAt(end - 3) === 105;

/**
 * The listed participle a capitalised word stands for when it opens its sentence, after nothing but quotation marks
 * ("Acknowledging that Trump …, Allen did suggest …"): such a participle's subject opens the main clause after its
 * comma (see adjunct-subjects.ts). Not a learned word, which the detector reads in lower case only.
 */
function openingParticiple(fx: Finder, cs: number, end: number): ScanWord | undefined {
  const sent = fx.sentences[fx.sentenceAt(cs)];
  if (!sent || !/^[\s"“]*$/.test(fx.masked.slice(sent.start, cs))) return undefined;
  const lower = fx.masked[cs].toLowerCase() + fx.masked.slice(cs + 1, end);
  const known = SCAN_WORDS.get(lower, 0, lower.length);
  return known && !known.learned && known.single ? known : undefined;
}

/** A finite verb or a verb in the past ("is", "had", "rigged", "grew"). */
const isVerbWord = (w: string): boolean =>
  FINITE.test(w) || CLAUSE_VERB_PASTS.has(w) || /^\p{Ll}{3,}ed$/u.test(w);

/** Whether `text` holds a finite verb or a verb in the past. */
export const hasVerb = (text: string): boolean => (text.match(/\p{Ll}[\p{L}'’]*/gu) ?? []).some(isVerbWord);

/**
 * Words after which a verb goes on in the same clause (an auxiliary, a joining word, a negation or adverb) or is
 * no verb at all (a determiner: "a failed candidate").
 */
const VERB_GOES_ON_AFTER_RE =
  /^(?:and|or|but|who|which|that|to|has|have|had|is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|did|does|do|not|never|also|a|an|the|his|her|its|their|this|\p{Ll}+ly|\p{Ll}+n't)$/u;

/**
 * "Trump's complaints that the party had rigged the primaries against him grew louder": a noun's "that" clause
 * opening the sentence ends where the main clause's verb follows it, as PolNeAR marks it. Its own verb comes first
 * (one more for each relative pronoun or subordinator: "if she were a man"); the next verb after a word that
 * neither joins nor helps it is the main clause's. Returns the clause's length in `text`, which opens with "that".
 */
function thatClauseLength(text: string): number {
  const words = [...text.matchAll(/[\p{L}'’-]+|[,;]/gu)];
  let verbsOwed = 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i][0];
    if (
      /^(?:who|which|that|if|when|because|although|though|while|since|unless|after|before|whether)$/.test(w)
    )
      verbsOwed++;
    if (!isVerbWord(w)) continue;
    if (verbsOwed > 0) {
      verbsOwed--;
      continue;
    }
    const prev = words[i - 1][0];
    if (prev === ',' || prev === ';' || VERB_GOES_ON_AFTER_RE.test(prev)) continue;
    return text.slice(0, words[i].index).trimEnd().length;
  }
  return text.length;
}

export function run(fx: Finder): void {
  titleFrames(fx);
  if (
    (fx.masked.includes(' in ') || fx.masked.includes('In ')) &&
    (fx.masked.includes('poll') || fx.masked.includes('survey') || fx.masked.includes('study'))
  )
    documentFrames(fx);
  if (fx.masked.includes(':')) {
    transcripts(fx);
    headlines(fx);
  }
  // A Q&A's labels: one look for "Q:" or "Q." skips the pattern in nearly every article.
  if (fx.masked.includes('Q:') || fx.masked.includes('Q.')) qaAnswers(fx);
  // A quote is signed only after a dash or by a hyphen opening a paragraph (DASH_SIGN_RE): without either, no quote is looked at.
  if (hasDash(fx.masked) || hasParagraphHyphen(fx.masked)) dashSigned(fx);
  const pending = listedCues(fx);
  if (fx.quoted.length > 0 && fx.masked.includes(':')) colonQuotes(fx);
  if (fx.quoted.length > 0) verbsClosingQuotes(fx);
  if (fx.masked.includes('sked ')) askedOpenings(fx);
  openingViews(fx);
  if (fx.masked.includes(' by ')) passiveStances(fx);
  if (pending.length > 0) learnedCues(fx, pending);
  // "has drawn criticism", "came under fire for": one look for the nouns skips the pattern in most articles.
  if (/criticism|ridicule|scorn|backlash|condemnation|derision| under (?:fire|attack)/.test(fx.masked))
    drawnCriticism(fx);
  if (fx.masked.includes(' that ')) nounsBeforeThat(fx);
  headlineStances(fx);
  // "X On How …", "X on why …": one look for the pattern's "n How"/"n Why" skips it in nearly every article.
  if (/ [Oo]n (?:[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hether|[Ww]hen) /.test(fx.masked)) headlineTopics(fx);
}

/**
 * "criticism that Trump was urging a foreign government to spy …", "because of concerns that …": a noun of saying or
 * stance reports the "that" clause after it (NOUN_THAT_RE), held by the possessor before it ("Trump's recent
 * evidence-free assertion that …") or by nobody named. Read after every other cue, and only where no frame reports
 * from that "that" already. No frame where the holder is named some other way that this pass cannot read: an
 * unresolved possessor ("his warning"), the subject of a verb before the noun ("gave diplomatic assurances", "took
 * offense at suggestions", "left no doubt", "in the hopes"), a capital before it ("Republican criticism"), a comma
 * before it (the participle "…, warning that …"), or a quotation in the clause (which keeps the frame it had).
 */
function nounsBeforeThat(fx: Finder): void {
  for (const m of stanceNounsBeforeThat(fx.masked)) {
    const cs = m.start;
    const ce = cs + m.noun.length;
    const thatAt = fx.masked.indexOf('that', ce);
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start || thatAt >= sent.end) continue;
    if (wordCount(fx.masked.slice(thatAt, sent.end), 6) < 6) continue;
    if (
      fx.frames.some(
        (f) =>
          (f.cue.start < ce && cs < f.cue.end) ||
          (f.region && f.region.start >= cs && f.region.start <= thatAt + 6),
      )
    )
      continue;
    const possessor = POSSESSOR_BEFORE_RE.exec(fx.masked.slice(Math.max(sent.start, cs - 40), cs));
    let subject: Subject = namelessSubject(cs, cs);
    if (possessor) {
      const end = cs - possessor[0].length + possessor[0].search(/\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,3}$/u);
      const opening = Math.max(sent.start, end - 40);
      subject = possessorResolved(fx, namelessSubject(opening, end), sIdx);
      if (!subject.speaker) continue;
    } else if (
      HOLDER_VERB_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 40), cs)) ||
      fx.masked.slice(thatAt, sent.end).includes('"') ||
      HOLDER_ELSEWHERE_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 24), cs))
    )
      continue;
    addFrame(
      fx,
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: cs, end: ce },
        subject,
        region: {
          start: thatAt,
          end: hasVerb(fx.masked.slice(sent.start, cs))
            ? sent.end
            : thatAt + thatClauseLength(fx.masked.slice(thatAt, sent.end)),
        },
        learnedCue: true,
      }),
    );
  }
}

/**
 * "Asked if he was ever bullied, the candidate said …", "When asked about the merger, she defended …": a sentence
 * opened by the question put to its speaker. PolNeAR marks the question as an attribution of its own, by whoever
 * asked ("Asked by Stephanopoulos to respond to …") or by nobody named; it runs to the comma before the clause
 * that answers. The word scan reads lowercase verbs only, and the subject search finds no asker here.
 */
function askedOpenings(fx: Finder): void {
  // Each "sked" is looked at by hand: a whole-text pattern cost a tenth of the time of all quote finding.
  for (let at = fx.masked.indexOf('sked'); at > 0; at = fx.masked.indexOf('sked', at + 4)) {
    const cs = at - 1;
    const opens = askedOpeningAt(fx.masked, cs);
    if (opens < 0) continue;
    const ce = cs + 5;
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start || !onlySpacesAndQuotes(fx.masked, sent.start, opens)) continue;
    if (fx.frames.some((f) => f.cue.start === cs)) continue;
    const q = ASKED_QUESTION_RE.exec(fx.masked.slice(ce, sent.end));
    if (!q) continue;
    const start = ce + q[0].length;
    const answer = ANSWER_AFTER_RE.exec(fx.masked.slice(start, sent.end));
    if (!answer || wordCount(fx.masked.slice(start + answer.index, sent.end), 2) < 2) continue;
    // "Asked which county was his favorite, he demurred: “…”": with no frame of its own, the answer's quotation
    // goes to the frames around it ("he"), which a frame for the question would stand in for.
    const answerAt = start + answer.index;
    if (
      fx.masked.slice(answerAt, sent.end).includes('"') &&
      !fx.frames.some((f) => f.sentence === sIdx && f.cue.start > answerAt)
    )
      continue;
    const byAt = q[1] ? ce + q[0].indexOf(q[1]) : -1;
    const asker = byAt >= 0 ? fx.index.byStart.get(byAt) : undefined;
    const subject: Subject = asker && asker.end <= start ? fromMention(fx, asker) : namelessSubject(cs, cs);
    addFrame(
      fx,
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: cs, end: ce },
        subject,
        region: { start, end: start + answer.index },
        learnedCue: false,
      }),
    );
  }
}

/** An indefinite noun phrase right before a word: "a worker ", "an elderly Ohio voter ", "a 70-year-old academic ". */
const INDEFINITE_PHRASE_BEFORE_RE = /(?:^|\s)(?:[Aa]|[Aa]n)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/u;

/** Whether "named" at [cs, ce) follows an indefinite noun phrase and comes before a capitalised name. */
const namingAfterIndefinite = (masked: string, from: number, cs: number, ce: number): boolean =>
  /^\s+\p{Lu}/u.test(masked.slice(ce, ce + 3)) &&
  INDEFINITE_PHRASE_BEFORE_RE.test(masked.slice(Math.max(from, cs - 40), cs));

/**
 * The cues the word lists know, found by a word scan with table lookups: far cheaper than one regex alternation
 * of every verb form. Words are runs of ASCII letters; most are dropped by the shape filter before any string is
 * cut out of the text. Returns the words only the learned detector may call cues, as start/end pairs. (A method
 * of its own: the loop over every character is compiled apart from the rare paths of run().)
 */
function listedCues(fx: Finder): number[] {
  const text = fx.masked;
  const n = text.length;
  // Words only the learned detector may call cues: read after the listed cues.
  const pending: number[] = [];
  // Each character is read once: the word's end is looked for from its second letter, and the loop's step passes
  // over the character that ended it (no letter).
  for (let i = 0; i < n; i++) {
    const first = text.charCodeAt(i);
    if (!isAsciiLetter(first)) continue;
    const cs = i++;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    // A word at the text's start has nothing before it: 0, never a read out of range (which would deoptimize
    // this loop and leave the read a call from then on).
    const prev = cs > 0 ? text.charCodeAt(cs - 1) : 0;
    // Only lowercase words are verbs here, but for a sentence-opening "According" and a participle opening its
    // sentence ("Noting that …, Trump said", "Claiming the criticism is …, Trump told Fox").
    let opening: ScanWord | undefined;
    if (first < 97) {
      if (i - cs === 9 && text.startsWith('According', cs)) opening = ACCORDING;
      else if (endsInIng(text, cs, i)) opening = openingParticiple(fx, cs, i);
      if (opening === undefined) continue;
    } else if (
      !mayBeScanWord(first, text.charCodeAt(i - cs > 1 ? cs + 1 : cs), text.charCodeAt(i - 1), i - cs)
    )
      continue;
    if (prev === 45 || (prev >= 48 && prev <= 57)) continue;
    if (prev > 127 && /[\p{L}\p{N}]/u.test(text[cs - 1])) continue;
    const known = first < 97 ? opening : SCAN_WORDS.get(text, cs, i);
    if (known === undefined) continue;
    if (known.learned) {
      if (prev !== 39 && prev !== 0x2019) pending.push(cs, i);
      continue;
    }
    let ce = i;
    let word: string | undefined;
    if (known.seconds) {
      // The next word, read within 12 characters of this one; a two-word form only if that word can finish one.
      const wordEnd = nextWordEnd(text, ce, ce + 12);
      word = wordEnd > 0 ? known.seconds.get(text, lastSpace(text, ce, wordEnd), wordEnd, true) : undefined;
      if (word !== undefined) {
        ce = wordEnd;
        // The step lands on the second word's end, which may be a letter (the word cut at the 12 characters).
        i = ce - 1;
      }
    }
    // A word alone is exactly a table form (lowercase ASCII), so cueForm would find what the table holds.
    let info: CueInfo | undefined;
    if (word === undefined) {
      if (!known.single) {
        // "Trump's call to ban Muslims", "spoke at length of …": the listed two-word cue is not there, and the word
        // is the learned detector's to judge, as for any word the lists do not know.
        // Not before a preposition of place, time or company: "raised concerns among experts" is no "concerns
        // about", and what follows is an adjunct, no content. (A topic or an addressee may follow: "voted to
        // ban", "spoke of his faith", "apologized to his supporters".)
        if (known.asked && prev !== 39 && prev !== 0x2019 && !prepositionAfter(text, ce))
          pending.push(cs, ce);
        continue;
      }
      word = text.slice(cs, ce);
      info = known.info;
    }
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start || ce > sent.end) continue;
    // "a worker named Antonio Arroyo has …", "a 70-year-old academic named Eric Kingson": after a noun an article
    // opens, "named" and a name say who the person is; the verb after the name is the one that reports.
    if (word === 'named' && namingAfterIndefinite(fx.masked, sent.start, cs, ce)) continue;
    if (word === 'according to') according(fx, cs, ce, sIdx);
    else cue(fx, cs, ce, word, sIdx, info);
  }
  return pending;
}

/**
 * "“France will always be France,” an angry Hollande retaliated.", "“…?” reacted Trump.": a verb in the past
 * tense that closes the sentence right after a quotation and its speaker reports the quotation, whatever the
 * verb. The word lists cannot hold every one (retaliated, riffed, reacted), so the place says it.
 */
function verbsClosingQuotes(fx: Finder): void {
  for (const q of fx.quoted) {
    if (!q.closed || !CONTINUING_CLOSE.has(fx.body[q.innerEnd - 1] ?? '')) continue;
    // Only a quotation that opens its sentence: one within running text may close on a phrase of its own
    // ("… is “on pace to get 1,237 delegates,” the number needed to …").
    if (!quoteOpensSentence(fx.body, q.open)) continue;
    const after = fx.masked.slice(q.close, q.close + 100);
    const v =
      VERB_CLOSING_QUOTE_RE.exec(after) ??
      VERB_THEN_SPEAKER_RE.exec(after) ??
      (after.includes('read') ? DOCUMENT_READ_RE.exec(after) : null);
    if (!v) continue;
    const cs = q.close + v[0].length - v[2].length;
    const ce = q.close + v[0].length;
    // "“So, who?” Her suggestions are redacted.", "''Hawaii Five-0,'' the procedural that CBS revived in 2010": a
    // passive or a relative clause tells what happened to something, not who spoke.
    if (NOT_A_SPEAKER_TAG_RE.test(v[1])) continue;
    // A listed verb between them ("…,” says a source involved in …") has made the frame already.
    if (fx.frames.some((f) => f.cue.end > q.close && f.cue.start <= cs)) continue;
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start || ce > sent.end) continue;
    const word = v[2];
    cue(fx, cs, ce, word, sIdx, { base: word, bare: false, participle: false }, true);
  }
}

/**
 * Whether up to two capitalised words, opening the text, a line or a bracket, lead to `at`: the start of a label
 * ("(Image ", "Photo "), not of a sentence ("Their argument: …").
 */
function opensLabel(text: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  return LABEL_START_RE.test(from === 0 ? `\n${text.slice(0, at)}` : text.slice(from, at));
}

const LABEL_START_RE = /[(\n][^\S\n]*(?:\p{Lu}\p{L}*[^\S\n]+){0,2}$/u;

/** A finite verb right after a word ("is", "was", "has been" …), unless what was said follows it ("was that …"). */
const FINITE_AFTER_NOUN_RE =
  /^\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must)\s+(?!that\s|")/;

/** Auxiliaries the learned detector may take for a cue: the verb after them is the one that reports. */
const AUXILIARIES = new Set(['has', 'have', 'had']);

/** Adverbs that may stand between an auxiliary and its verb ("has repeatedly denied", "have long argued"). */
const GROUP_ADVERB_RE = /^(?:[a-z]{3,}ly|also|long|since|never|not|already|just|even|still|now|once|often)$/;

/**
 * Where the verb group opened by an auxiliary ending at `from` ends: past one to three adverbs, at a listed cue
 * ("has repeatedly denied", "have long argued"); -1 otherwise ("has been …", "has pledged to …").
 */
function verbGroupEnd(text: string, from: number, limit: number): number {
  const word = /\s+([a-z]+)/y;
  word.lastIndex = from;
  for (let n = 0; n < 4; n++) {
    const m = word.exec(text);
    if (!m || word.lastIndex > limit) return -1;
    const w = m[1];
    if (GROUP_ADVERB_RE.test(w)) continue;
    const info = cueExact(w);
    return n > 0 && info !== undefined && !info.learned ? word.lastIndex : -1;
  }
  return -1;
}

/** " out " and a word that opens a noun phrase: the verb's particle ("ruled out a coalition"), not "out of". */
const PARTICLE_OUT_RE = /^ out (?!of\b|to\b|at\b|on\b|in\b|for\b)/;

/** A word the hand-written cues do not know: a cue when the learned detector says so in this context. */
function learnedCues(fx: Finder, pending: number[]): void {
  if (CUE_MODEL === null) return;
  // A word inside what a listed cue reports is the same statement again (see dropShadowedLearned): it is
  // skipped before the model or the subject search spends any time on it.
  // The listed frames' contents as sorted, merged stretches, walked once alongside the ascending candidates.
  const spans = fx.frames
    // (Evidence framed for its "that" clause holds statements of their own: "… shows that Farook's name was
    // announced … long before White House officials started to portray …".)
    .filter((f) => f.region && !f.outerEvidence)
    .map((f) => f.region!)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of spans) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  let at = 0;
  // Candidates come in text order, so a sentence's test for its end is run once for all the words in it.
  let endTestedFor = -1;
  let endsSentence = false;
  for (let k = 0; k < pending.length; k += 2) {
    const cs = pending[k];
    const ce = pending[k + 1];
    while (at < merged.length && merged[at].end < ce) at++;
    if (at < merged.length && merged[at].start <= cs) continue;
    const sIdx = fx.sentenceAt(cs);
    const sent = fx.sentences[sIdx];
    if (!sent || cs < sent.start || ce > sent.end) continue;
    const word = fx.masked.slice(cs, ce);
    // "He never earned a six-figure salary, …, he wrote": "never" only negates the verb after it.
    if (word === 'never' || word === 'Never') continue;
    // "Mr. Trump’s theatrical embrace is not limited to China": after an owner the word is a noun, and the verb
    // after it opens its own predicate, not what was said.
    if (
      FINITE_AFTER_NOUN_RE.test(fx.masked.slice(ce, ce + 24)) &&
      POSSESSOR_BEFORE_RE.test(fx.masked.slice(Math.max(sent.start, cs - 40), cs))
    )
      continue;
    // "(Image credit: All About Space)", "Photo credit: …": a label before its colon, not a verb.
    if (fx.masked[ce] === ':' && opensLabel(fx.masked, cs)) continue;
    // The cheap checks on the text around the word first: a word they drop needs no score.
    if (auxiliaryOpensNoFrame(fx.masked, word, ce)) continue;
    // A line with no sentence end is a subheading or a label, not a sentence that reports speech.
    if (endTestedFor !== sIdx) {
      endTestedFor = sIdx;
      endsSentence = SENTENCE_END_RE.test(fx.body.slice(sent.start, sent.end));
    }
    if (!endsSentence) continue;
    // The model before cueMayHold: both only read the text, and the model drops five in six of the words ("to",
    // "is", "was" …) where cueMayHold drops one in eight (dev: 3,639 calls of cueMayHold a pass become 590).
    // (An auxiliary before a participle passes at a lower score: see auxiliary-threshold.ts.)
    const threshold = cueThreshold(CUE_MODEL.threshold, word);
    if (cueScore(CUE_MODEL, fx.masked, cs, ce, sent.start) <= threshold) continue;
    const info: CueInfo = {
      base: word,
      bare: false,
      participle: word.endsWith('ing'),
      learned: true,
      detected: true,
    };
    if (!cueMayHold(fx, cs, ce, word, sent, info)) continue;
    // "John Hammond, has vocally called to reject Trump": the auxiliary the model found opens the verb group, which
    // is the cue (as PolNeAR marks "has also broadly called for"); what was said follows it. ("has repeatedly denied
    // any wrongdoing" is then read as "denied any wrongdoing" is: no frame.)
    const groupEnd = AUXILIARIES.has(word) ? verbGroupEnd(fx.masked, ce, sent.end) : -1;
    const before = fx.frames.length;
    if (groupEnd > 0) cue(fx, cs, groupEnd, fx.masked.slice(cs, groupEnd), sIdx, info, true);
    // (Where the object alone makes no frame, the auxiliary keeps the frame it had.)
    // "He ruled out a coalition", "spelled out the terms": the particle is part of the verb, not of its object.
    if (fx.frames.length === before) {
      const pe =
        fx.masked.charCodeAt(ce + 1) === 111 && PARTICLE_OUT_RE.test(fx.masked.slice(ce, ce + 6))
          ? ce + 4
          : ce;
      cue(fx, cs, pe, fx.masked.slice(cs, pe), sIdx, info, true);
    }
    for (let f = before; f < fx.frames.length; f++) fx.frames[f].learned = true;
    if (fx.frames.length > before) dropOpenerFrames(fx, before);
  }
}

/**
 * "made it clear that …", "took particular joy in …", "took credit for …": a word that opens a listed cue of more
 * words ("made clear", "took issue with"), read by the detector alone, is one cue with the learned word just after
 * it, and what was said follows that word. The opener's own frame (content "it clear that …") goes when a frame was
 * just made at that word, in the same sentence, with at most two words between.
 */
function dropOpenerFrames(fx: Finder, before: number): void {
  const made = fx.frames[before];
  if (!made.region) return;
  // The learned frames come in text order, after every other: the opener's frame is among the last ones before.
  for (let f = before - 1; f >= 0 && fx.frames[f].learned; f--) {
    const opener = fx.frames[f];
    if (opener.sentence !== made.sentence) break;
    if (
      opener.region &&
      SCAN_WORDS.get(fx.masked, opener.cue.start, opener.cue.end)?.asked &&
      opener.cue.end <= opener.region.start &&
      opener.region.start <= made.cue.start &&
      opener.region.end >= made.region.end &&
      OPENER_OBJECT_RE.test(fx.masked.slice(opener.region.start, made.cue.start))
    )
      fx.frames.splice(f, 1);
  }
}

/** Whether the word right after `at` (one space on) is a preposition of place, time or company. */
function prepositionAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const end = nextWordEnd(text, at, at + 12);
  return end > 0 && ADJUNCT_PREPOSITIONS.has(text.slice(at + 1, end));
}

/** Prepositions that open where, when or among whom, never what was said. */
const ADJUNCT_PREPOSITIONS = new Set([
  'among',
  'amid',
  'in',
  'inside',
  'within',
  'from',
  'during',
  'after',
  'before',
  'since',
  'until',
  'across',
  'around',
  'near',
  'throughout',
]);

/** Up to two lower-case words, no punctuation, between the opener's content start and the learned word after them. */
const OPENER_OBJECT_RE = /^(?:[a-z]+\s+){0,2}$/;

/**
 * A frame from the learned detector adds what the word lists miss; where its content overlaps a frame they
 * found ("issued a warning and said …"), it is the same statement read less surely, so it goes.
 */
export function dropShadowedLearned(fx: Finder): void {
  if (!fx.frames.some((f) => f.learned)) return;
  // The listed frames' contents by sentence: each learned frame is checked against its own sentence only.
  const listed = new Map<number, Frame[]>();
  for (const f of fx.frames) {
    if (f.learned || !f.region || f.outerEvidence) continue;
    const list = listed.get(f.sentence);
    if (list) list.push(f);
    else listed.set(f.sentence, [f]);
  }
  let kept = 0;
  for (const f of fx.frames) {
    if (!f.learned || !f.region || !isShadowed(fx, f, listed.get(f.sentence))) fx.frames[kept++] = f;
  }
  fx.frames.length = kept;
}

/** "… doesn't surprise Republican pollster Daron Shaw: “Historically, …”": a person's name, a colon, a quote. */
/**
 * "Pollsters take blame in Iowa poll overhype - HuffPollster: “…”", "… - Pew Research: “…”": in a digest a headline,
 * a dash and the outlet or body whose words follow; a short capitalised name there is who wrote them, whether or
 * not it was recognised (a person named there is read as any other).
 */
function digestSourceEndingAt(fx: Finder, e: number): Subject | null {
  const head = fx.masked.slice(Math.max(0, e - 40), e);
  // (Only a dash with spaces opens such a source: looked for before the pattern.)
  if (!head.includes(' - ') && !head.includes(' — ') && !head.includes(' – ')) return null;
  const found = DIGEST_SOURCE_RE.exec(head);
  if (!found) return null;
  const m = fx.index.byEnd.get(e);
  if (m) return typeOfMention(fx, m) === 'organization' ? fromMention(fx, m) : null;
  return { start: e - found[1].length, end: e, speaker: found[1], entity: null, kind: 'organization' };
}

/** A dash, then one to three capitalised words up to the colon: " - HuffPollster", " - Pew Research". */
const DIGEST_SOURCE_RE = /\S\s[-—–]\s(\p{Lu}[\p{L}&.’'-]*(?:\s\p{Lu}[\p{L}&.’'-]*){0,2})$/u;

function colonQuotes(fx: Finder): void {
  for (const q of fx.quoted) {
    let k = q.open;
    while (k > 0 && isSpace(fx.masked[k - 1])) k--;
    if (fx.masked[k - 1] !== ':') continue;
    const colon = k - 1;
    let e = colon;
    while (e > 0 && isSpace(fx.masked[e - 1])) e--;
    const m = fx.index.byEnd.get(e);
    if (!m || typeOfMention(fx, m) !== 'person') {
      const digest = digestSourceEndingAt(fx, e);
      if (digest && !fx.frames.some((f) => f.region && f.region.start <= q.open && q.open < f.region.end)) {
        const sIdx = fx.sentenceAt(colon);
        fx.frames.push(
          plainFrame(fx.paraOf, sIdx, {
            cue: { start: colon, end: colon + 1 },
            subject: digest,
            region: { start: q.open, end: q.close },
          }),
        );
      }
      continue;
    }
    // "Roland Z wrote of Ms. Merkel: “…”": the person the words are about is no speaker.
    const named = descriptorStart(fx, m);
    const lead = fx.masked.slice(Math.max(0, named - 20), named).replace(HONORIFIC_END_RE, '');
    if (TOPIC_PREPOSITIONS.has(lettersBeforeEnd(lead, 0, lead.length).toLowerCase())) continue;
    if (fx.frames.some((f) => f.region && f.region.start <= q.open && q.open < f.region.end)) continue;
    const sIdx = fx.sentenceAt(colon);
    const start = Math.max(fx.sentences[sIdx]?.start ?? 0, descriptorStart(fx, m));
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: colon, end: colon + 1 },
        subject: fromMention(fx, m, start),
        region: { start: q.open, end: q.close },
      }),
    );
  }
}

/** Learned words of plan or intention ("is planning", "plans to", "is considering"): a company's plans, not its words. */
const INTENTION_CUES = new Set([
  'planning',
  'plans',
  'planned',
  'considering',
  'considers',
  'intends',
  'intended',
  'preparing',
  'weighing',
  'seeking',
  'seeks',
]);

/**
 * Whether an outlet's tag closing the sentence ("…, Bloomberg News reported.") reports frames that are only a learned
 * plan or intention of the sentence's subject opening it: the news is the outlet's (PolNeAR and the reader both
 * take the outlet as the source of the whole clause).
 */
function reportsIntentions(fx: Finder, frame: Frame, same: Frame[]): boolean {
  const region = frame.region;
  if (!region || region.end > frame.subject.start) return false;
  const sentStart = fx.sentences[frame.sentence].start;
  for (const f of same) {
    if (!f.learnedCue || !INTENTION_CUES.has(fx.masked.slice(f.cue.start, f.cue.end))) return false;
    if (f.subject.start !== sentStart || f.subject.start < region.start) return false;
  }
  return true;
}

export function addFrame(fx: Finder, frame: Frame): void {
  const same: Frame[] = [];
  for (let i = fx.frames.length - 1; i >= 0 && fx.frames[i].sentence === frame.sentence; i--)
    same.push(fx.frames[i]);
  // "…, AFP reported": an outlet cue after another frame in the sentence names the channel.
  const name = frame.subject.speaker;
  if (
    same.length > 0 &&
    name &&
    frame.subject.kind !== 'person' &&
    isOutletLike(name) &&
    !isEvidence(fx, frame.subject)
  ) {
    if (reportsIntentions(fx, frame, same)) {
      // "Apple is planning to launch a new iPad, Bloomberg News reported.": a plan is no statement; the outlet
      // reports the whole clause.
      fx.frames.length -= same.length;
      fx.frames.push(frame);
      return;
    }
    // (Not the outlet's own frame: "…, Bloomberg News reported, citing …" leaves Bloomberg no channel of itself.)
    for (const f of same) if (!f.via && f.subject.speaker !== name) f.via = outletName(name);
    // Kept apart, to end the content of the frame it reports before the outlet ("…, the Times reported"; not
    // "the Post, citing an official"). Listing it as an attribution of its own, as PolNeAR marks it, was tried:
    // train ≥80% F1 +0.0004 but ≥30% −0.0003 (bench/quotes/RESULTS.md, quotes11).
    if (frame.region && frame.region.end <= frame.subject.start && !frame.learnedCue)
      fx.channelFrames.push(frame);
    return;
  }
  fx.frames.push(frame);
}

/**
 * "According to the study, published in Nature, sea levels …", "According to Smith, who asked not to be named, the
 * deal …": a relative clause or a participle set off after the source tells of the source, not what it says.
 */
const SOURCE_ASIDE_RE =
  /^\s*(?:(?:who|whose|which)\s|\p{Ll}+ed\s+(?:in|by|on|at|last|this|earlier|from|with|for)\s)[^,;:"~]{1,80},\s*/u;

/** How long such an aside after the source's comma is (0 when none is, or when too little would follow it). */
function sourceAsideLength(fx: Finder, from: number, end: number): number {
  const aside = SOURCE_ASIDE_RE.exec(fx.masked.slice(from, Math.min(end, from + 100)));
  if (!aside || wordCount(fx.masked.slice(from + aside[0].length, end), 3) < 3) return 0;
  return aside[0].length;
}

/**
 * After a nameless source phrase, "by" or "from" and who made it: after a participle of making and a time at most
 * ("… conducted Friday by", "… released by", "… from"), then "the" and one lowercase word at most ("by the federal
 * …"). Not a participle of who holds it ("reviewed by The Post", "obtained by"): that is the channel.
 */
const MAKER_AFTER_RE =
  /^\s+(?:(?:conducted|released|published|issued|reported|commissioned|compiled|prepared|written|filed|produced|sponsored)\s+)?(?:(?:on\s+|last\s+|this\s+|earlier\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\s+)?(?:by|from)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?=\p{Lu})/u;

/**
 * "according to a recent poll by the Marist Institute", "… exit polls reported by CNN and other networks": the
 * subject search stops at the nameless document, and whoever made it is named right after; the phrase up to that
 * name is the source, speaking for it (not for a place: "a poll from Ohio"). Null when no such name follows.
 */
function madeBy(fx: Finder, subject: Subject, x: number, sentEnd: number): Subject | null {
  const m = MAKER_AFTER_RE.exec(fx.masked.slice(subject.end, sentEnd));
  if (!m) return null;
  const at = subject.end + m[0].length;
  // "by the federal Securities and Exchange Commission": the recognizer may take the lowercase word into the name.
  const maker = fx.index.byStart.get(at) ?? fx.index.byStart.get(fx.masked.lastIndexOf(' ', at - 2) + 1);
  if (!maker || typeOfMention(fx, maker) === 'place') return null;
  return spanning(fromMention(fx, maker), x, maker.end);
}

/**
 * "According to exit polls, …" / "…, according to early results of the exit poll conducted by …": the phrase up to
 * the next comma or the end as the source, speaking for whoever is named within it; null when none is there.
 */
function phraseToComma(fx: Finder, x: number, sentEnd: number): Subject | null {
  const np = fx.masked.slice(x, Math.min(sentEnd, x + 160)).match(/^([^,"~;]{2,150}?)(?:,|[.!?]?$)/);
  if (!np) return null;
  // "a 2018 survey by Penelope Muse Abernathy of the University of North Carolina": the person, not
  // the institution named after her, is the source.
  // "a report in the Argus Leader of Sioux Falls": a place inside the phrase is where, not who (unless a name
  // goes on after it: "the Washington Free Beacon").
  const found = personWithin(fx, x, x + np[1].length) ?? mentionWithin(fx, x, x + np[1].length);
  const where =
    found !== null &&
    found.start > x &&
    typeOfMention(fx, found) === 'place' &&
    !/^\s+\p{Lu}/u.test(fx.masked.slice(found.end, found.end + 3));
  const inner = where ? null : found;
  return inner ? spanning(fromMention(fx, inner), x, x + np[1].length) : namelessSubject(x, x + np[1].length);
}

function according(fx: Finder, cs: number, ce: number, sIdx: number): void {
  const sent = fx.sentences[sIdx];
  let x = ce;
  while (x < sent.end && isSpace(fx.masked[x])) x++;
  let subject = subjectStartingAt(fx, x, sent.end, sIdx, true) ?? genericAfter(fx, x, sent.end);
  if (subject && !subject.speaker && !subject.entity) subject = madeBy(fx, subject, x, sent.end) ?? subject;
  // "according to the European Union and the United States": the whole group, as after a verb of saying.
  if (subject?.entity) subject = coordinatedBodies(fx, subject, sent.start, true);
  if (!subject) subject = phraseToComma(fx, x, sent.end);
  if (!subject) return;
  const pre = fx.masked.slice(sent.start, cs).replace(/[\s,;:—–-]+$/, '');
  let region: Span | null = null;
  let pieces = false;
  // "However, according to two officials, the vote …": a connective before it names nothing, as at the start.
  if (pre.trim() === '' || ONLY_CONNECTIVES_RE.test(`${pre} `)) {
    const comma = fx.masked.indexOf(',', subject.end);
    if (comma >= 0 && comma < sent.end)
      region = { start: comma + 1 + sourceAsideLength(fx, comma + 1, sent.end), end: sent.end };
  } else {
    region = { start: sent.start + asAsideLength(fx, sent.start, sIdx, cs), end: sent.start + pre.length };
    // "At the heart of the trouble, according to Dennis Ross, was a decision …": the rest finishes it.
    // A phrase opened by a determiner or "who" there describes the source instead ("…, according to an
    // analysis by Lily Batchelder, a former Democratic tax aide now teaching at …").
    const rest = fx.masked
      .slice(subject.end, sent.end)
      .match(/^\s*,\s+(?!(?:a|an|the|who|whose|which)\s)(?=[\p{L}\p{N}"])/u);
    const after = rest ? fx.masked.slice(subject.end + rest[0].length, sent.end) : '';
    // "The decision, according to two officials, could come Friday.": the words before the aside are the subject
    // of the verb after it, and both halves are what was said, however short each is (as with "she predicted").
    pieces =
      rest !== null &&
      /,\s*$/.test(fx.masked.slice(sent.start, cs)) &&
      opensWithVerb(after) &&
      !ONLY_CONNECTIVES_RE.test(`${pre} `);
    if (rest && (pieces || wordCount(after, 3) >= 3)) {
      fx.frames.push(
        plainFrame(fx.paraOf, sIdx, {
          cue: { start: cs, end: ce },
          subject,
          region: { start: subject.end + rest[0].length, end: sent.end },
          piece: pieces,
        }),
      );
    }
  }
  const frame: Frame = plainFrame(fx.paraOf, sIdx, {
    cue: { start: cs, end: ce },
    subject,
    region,
    piece: pieces,
  });
  addFrame(fx, frame);
}

/**
 * "As Dr. Sanjay Gupta noted at the time, Trump's heart disease meant …, according to the Mayo Clinic.": how far the
 * "As X noted," aside opening the sentence reaches (to where its frame's content starts), or 0 when none opens it.
 */
function asAsideLength(fx: Finder, from: number, sIdx: number, before: number): number {
  if (!mayOpenAs(fx.masked.slice(from, from + 12)) || !AS_THEN_TITLES_RE.test(fx.masked.slice(from, before)))
    return 0;
  for (let i = fx.frames.length - 1; i >= 0; i--) {
    const f = fx.frames[i];
    if (f.sentence !== sIdx) break;
    if (
      f.region &&
      f.cue.end <= f.region.start &&
      f.region.start < before &&
      lastNonSpaceCode(fx.masked, f.cue.end, f.region.start) === 44
    )
      return f.region.start - from;
  }
  return 0;
}

const SENTENCE_END_RE = /[.!?…][\s"'”’)\]]*$/;

/**
 * Whether a listed frame's content covers more than half of a learned frame's content, and repeats it. The listed
 * frames a kept learned frame holds (holdsListedCue) are noted in fx.heldByLearned.
 */
const isShadowed = (fx: Finder, f: Frame, listed: Frame[] | undefined): boolean => {
  const r = f.region!;
  if (!listed) return false;
  const held: Frame[] = [];
  for (const g of listed) {
    if (
      opensContent(fx.masked, g, f) ||
      Math.min(g.region!.end, r.end) - Math.max(g.region!.start, r.start) <= 0.5 * (r.end - r.start) ||
      tooShortToList(fx.body, g)
    )
      continue;
    if (!holdsListedCue(fx.masked, g, f)) return true;
    held.push(g);
  }
  for (const g of held) fx.heldByLearned.add(g.cue);
  return false;
};

/**
 * Whether a listed frame's clause opens a learned frame's content, its subject first: "Hewitt suggested Trump hadn’t
 * meant his statement …", "were more likely to say they preferred Clinton": the learned verb reports the whole
 * clause, as PolNeAR marks it, so it repeats nothing. (Not a frame whose subject comes later: "has been targeting
 * Machado since Clinton … cited …" is no content of "has"; nor a learned verb inside its own content, "Stumpf
 * appeared to blame …", where the listed frame names the speaker.)
 */
const opensContent = (masked: string, g: Frame, f: Frame): boolean =>
  f.cue.end <= f.region!.start &&
  g.subject.end > g.subject.start &&
  g.subject.start >= f.region!.start &&
  g.cue.end <= f.region!.end &&
  /^\s*(?:that\s+)?$/.test(masked.slice(f.region!.start, g.subject.start));

/**
 * Whether a learned frame's content holds a listed frame's cue, and so reports it rather than repeats it:
 * "rebuked Mr. Trump for suggesting that …", "vented about Sanders vowing to …", "issued a statement saying that …",
 * "filed a lawsuit alleging that …" (PolNeAR marks the learned frame, the listed one inside it). Only when nothing
 * but the learned content's own words stands between the two cues: no "and", "but", "or", comma, semicolon or
 * subordinator ("issued a warning and said …" is two statements, "walked back his comments while speaking …" an
 * adjunct); the learned cue and those words not only adverbs, auxiliaries or times ("has also said", "earlier
 * Thursday said" are the listed verb's own frame); not opening or ending with "to" ("tried to suggest", "went out of
 * his way to say": the listed verb is what was done) nor ending on a determiner ("his comments": a noun); and the
 * listed frame's subject inside the learned content ("Mr. Trump for suggesting") or the learned frame's own
 * ("saying" after "issued a statement").
 */
const holdsListedCue = (masked: string, g: Frame, f: Frame): boolean =>
  f.cue.end <= f.region!.start &&
  isOwnWord(masked.slice(f.cue.start, f.cue.end)) &&
  g.cue.start >= f.region!.start &&
  g.cue.end <= f.region!.end &&
  !/[,;]|\b(?:and|but|or|while|when|after|before|as|because|since|although|though|if|until)\b/.test(
    masked.slice(f.cue.end, g.cue.start),
  ) &&
  opensWithOwnWords(masked.slice(f.region!.start, g.cue.start)) &&
  ((g.subject.start >= f.region!.start && g.subject.end <= g.cue.start) ||
    (g.subject.start === f.subject.start && g.subject.end === f.subject.end));

/**
 * Whether the words of a learned content before a listed cue hold one of its own, neither open nor end with "to",
 * and do not end on a determiner or possessive.
 */
const opensWithOwnWords = (gap: string): boolean =>
  !/^\s*to\s|\bto\s*$/.test(gap) &&
  !/\b(?:the|a|an|his|her|their|its|our|my|your)\s+$/i.test(gap) &&
  (gap.match(/[\p{L}’'-]+/gu) ?? []).some(isOwnWord);

/** A word that is neither an adverb or auxiliary (ADVERBS, "-ly") nor a light word of time or manner. */
const isOwnWord = (w: string): boolean =>
  !ADVERBS.has(lowerCased(w)) && !/ly$/.test(w) && !LIGHT_WORD_RE.test(w);

/** Times ("earlier Thursday") and the adverbs ADVERBS leaves out ("still", "instead", "never"). */
const LIGHT_WORD_RE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|this|last|next|earlier|later|not|still|instead|quite|often|always|never)$/i;

/** A closing quotation mark, then only a capitalised name before the verb: "“…?” Beck ". */
/** Prepositions before the person words are about or to, not from ("by Ben Sisario:" and "from …:" name writers). */
const TOPIC_PREPOSITIONS = new Set([
  'of',
  'about',
  'on',
  'to',
  'at',
  'with',
  'against',
  'toward',
  'towards',
  'over',
  'regarding',
]);

/** An honorific right before a name, as the name's descriptor may leave it out: "Ms. ". */
const HONORIFIC_END_RE = /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s*$/;

/** What ends the words of a quotation that its sentence goes on after: "“…,” he said", "“…?” she asked". */
const CONTINUING_CLOSE = new Set([',', '?', '!', '—', '–']);

/**
 * After a quotation: its speaker (a few words, or a name with an apposition in commas) and a verb in the past
 * tense that closes the clause ("an angry Hollande retaliated.", "Murphy, the head of Right to Rise USA, Tweeted on
 * Friday"); or the verb first ("reacted Trump.").
 */
const VERB_CLOSING_QUOTE_RE =
  /^\s*,?\s*((?:[^\s.,;:!?"~]+\s+){1,6}?|[^\s.,;:!?"~][^.;:!?"~]{2,80}?,\s+|)(\p{Ll}{3,}ed|Tweeted)(?=\s*(?:[.,;!?]|$)|\s+(?:on|in|at|with|as|after|before|during|while|from|over|about|when|via|later|again|back|\p{Lu}[\p{L}’'.-]*\s*[.,]))/u;

/**
 * A text that "read" what is quoted before it: "“We will not back down,” the statement read.", "the letter reads",
 * "a sign read". The words are the document's (a sign's or a banner's too: someone put them up to be read, and the
 * reader wants to know whose words they are), so it is their source; "read" is otherwise a verb of reading.
 */
const DOCUMENT_READ_RE =
  /^\s*,?\s*((?:the|a|an|one|another|its|his|her|their|our|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|note|message|post|tweet|sign|banner|placard|poster|caption|headline|memo|e-?mail|text|release|notice|card|inscription|plaque|editorial|announcement|communiqu[eé]|slogan|shirt|t-shirt|label|chyron|subject line|website|page|petition|resolution)s?\s+)(reads?)(?=\s*(?:[.,;!?]|$)|\s+(?:in\s+part|on|in|at)\b)/u;

/** The verb first, in the present tense too, before a phrase or a name: "reads a Wednesday editorial in …". */
const VERB_THEN_SPEAKER_RE = /^\s*,?\s*()(\p{Ll}{3,}(?:ed|s))(?=\s+(?:the\s|a\s|an\s|\p{Lu}))/u;

/**
 * Words before such a verb that make it no speaker's: an auxiliary right before it, a relative pronoun, or only a
 * determiner ("“…,” the bespectacled, 71-year-old diplomat said": an adjective).
 */
const NOT_A_SPEAKER_TAG_RE =
  /(?:^|\s)(?:that|which|who|whom|whose|where|when)\s|(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had)\s+$|^(?:the|a|an|his|her|their|its)\s+$/i;

/**
 * Where "Asked" or "When asked", with "asked" at `cs`, opens a text, a line or a sentence (after a stop, a question
 * or exclamation mark or a quotation mark, then spaces), as /(^|[\n.!?"]\s*)(?:When\s+asked|Asked)(?=\s)/ finds it;
 * -1 when it does not.
 */
function askedOpeningAt(text: string, cs: number): number {
  if (cs + 5 >= text.length || !isWhitespace(codeAt(text, cs + 5))) return -1;
  let phrase = cs;
  if (text[cs] === 'a') {
    let k = cs;
    while (k > 0 && isWhitespace(codeAt(text, k - 1))) k--;
    if (k === cs || k < 4 || text.slice(k - 4, k) !== 'When') return -1;
    phrase = k - 4;
  } else if (text[cs] !== 'A') return -1;
  if (phrase === 0) return 0;
  let j = phrase;
  while (j > 0 && isWhitespace(codeAt(text, j - 1))) j--;
  if (j > 0 && '\n.!?"'.includes(text[j - 1])) return phrase;
  return text.slice(j, phrase).includes('\n') ? phrase : -1;
}

/**
 * Where the question starts after "Asked": an asker ("by Stephanopoulos", group 1) and where or when it was put
 * ("on Fox News", "during a January debate") at most, then the question word.
 */
const ASKED_QUESTION_RE =
  /^\s+(?:by\s+([^\s,.;:"~]+(?:\s+[\p{Lu}][^\s,.;:"~]*){0,3})\s+)?(?:[^\s,.;:"~]+\s+){0,8}?(?=(?:whether|if|what|why|how|who|whom|which|when|where|about|to)\s)/u;

/**
 * The comma that ends the question, before the clause that answers it: a name, a number, a pronoun or a determiner
 * next (the first such comma: an apposition in the question ends it early, "whether Trump, the nominee, …").
 */
const ANSWER_AFTER_RE = /,\s+(?=[\p{Lu}\d"~]|(?:he|she|they|we|it|the|a|an|his|her|their|its)\s)/u;
