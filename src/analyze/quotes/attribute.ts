// Attribution frames: who is said to say what, from speech verbs, quotation marks and "according to".

import type { LocalEntity, Mention, Quote, Span } from '../../model/index.js';
import { withChannelCredits } from './attribute/channel-credits.js';
import { showTitleAfterOutlet } from './attribute/clause-subjects.js';
import { withoutCompoundCueRepeats } from './attribute/compound-cues.js';
import { introducer } from './attribute/content-start.js';
import { SEEMING } from './attribute/cue-patterns.js';
import { Finder } from './attribute/finder.js';
import { sourceOwnsNounCue, withHeldQuotesApart } from './attribute/held-quotes.js';
import { leadInFrame } from './attribute/lead-ins.js';
import { withoutThatClauseReports } from './attribute/nested-clauses.js';
import { withNestedQuotationsHeld } from './attribute/nested-quotations.js';
import { withoutNestedViews } from './attribute/nested-views.js';
import { partialQuoteOpener } from './attribute/partial-openers.js';
import { sentenceEndPastTag, tagTopicEnd } from './attribute/past-tags.js';
import { withQuotationMarks } from './attribute/quotation-marks.js';
import { readsAsTitle } from './attribute/quoted-titles.js';
import { framesBySentence, trimRegions } from './attribute/regions.js';
import { dropShadowedLearned, run } from './attribute/scan.js';
import { namesOwnSpeaker } from './attribute/self-named.js';
import { runUpToSourcing } from './attribute/sourcing-run-up.js';
import { speakerFor } from './attribute/speakers.js';
import { stanceOpeningSentenceBefore } from './attribute/stance-run-on.js';
import { subjectFromOf } from './attribute/subject-from.js';
import { nameBetweenOtherThanTopic } from './attribute/subject-search.js';
import { tagAsideStart } from './attribute/tag-asides.js';
import {
  type Attribution,
  type AttributionResult,
  type Frame,
  newAttribution,
  sourceSpanOf,
} from './attribute/types.js';
import { pastDateline } from './datelines.js';
import { SCARE_BEFORE } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { minContentWords } from './short-objects.js';
import { isWhitespace, quoteRunEnd, wordCount, wordCountOutsideQuotes } from './text.js';

export { maskQuotes } from './attribute/finder.js';
export type { Attribution, AttributionResult, Frame, Subject, SubjectKind } from './attribute/types.js';
export { looksLikeClause, outletName } from './attribute/words.js';

/** A short tag after a quotation, up to its full stop: one to six words, the last in lower case. */
const UNREAD_TAG_RE = /^\s*(?:[\p{L}’'-]+\s+){0,5}\p{Ll}+$/u;

/**
 * A dash right before a quotation: "BROADWAY BEAT—“…,” by …", "The hashtag #X - ''a candle for Paris'' -",
 * "(2005) — “Yes to …” (2009)". With no frame, such a quotation is a list item's headline, a slogan in a list or an
 * apposition, not an attribution (PolNeAR train and dev: 0 of 19 marked); who-said-what still lists it, speakerless,
 * as before.
 */
const DASH_BEFORE_RE = /(?:[—–]|\s-|--)\s*$/;

/**
 * Most words of a quotation standing alone with no frame that reads as a heading or a pull quote ("'A change
 * warrior.'", "''The economy, stupid.''", "“Related:”"), not someone's statement (PolNeAR train and dev: 0 of 8
 * marked); who-said-what still lists it, speakerless, as before.
 */
const MAX_LINE_WORDS = 4;

/** Longest content a frame can have that quotes are checked against: a transcript paragraph. */
const MAX_REGION = 20_000;

/** Whitespace or , ; : — – -: what a content neither opens nor (with a full stop too) ends with. */
const isContentEdge = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || isWhitespace(c);

/** A content's span without the spaces and marks at its edges, nor a bracket closing what opened before it. */
export const trimContent = (body: string, s: Span): Span => {
  let a = s.start;
  let b = s.end;
  while (a < b && isContentEdge(body.charCodeAt(a))) a++;
  while (b > a && (isContentEdge(body.charCodeAt(b - 1)) || body.charCodeAt(b - 1) === 46)) b--;
  // "(As Gupta noted, the risk was moderate.)": a bracket closing what opened before the content is not its own.
  if (b > a && body.charCodeAt(b - 1) === 41 && body.lastIndexOf('(', b - 1) < a) {
    b--;
    while (b > a && (isContentEdge(body.charCodeAt(b - 1)) || body.charCodeAt(b - 1) === 46)) b--;
  }
  return { start: a, end: b };
};

/**
 * Whether a content holds its own subject ("Rubio is seen as the candidate …", see subjectInContent): it tells
 * something of that subject, not what the subject said.
 */
export const holdsOwnSource = (a: Attribution): boolean =>
  a.source !== null && a.source.end > a.source.start && a.start <= a.source.start && a.source.end <= a.end;

/** Passives of purpose, whose subject's owner holds the aim ("is intended to", "was meant to", "is designed to"). */
const INTENDED_RE = /^(?:intended|meant|designed)$/i;

/**
 * Cues whose named subject holds the content that holds it: an intention ("Mrs. Clinton's plan is intended to …")
 * or a look kept only for a person named alone ("Rubio seemed hopeful that …": see cue.ts).
 */
const holderOwnsContent = (cue: string): boolean => INTENDED_RE.test(cue) || SEEMING.has(cue);

/** An attribution's speaker dropped: its source stays where the words about it stand. */
function unsaid(a: Attribution): void {
  a.speaker = null;
  a.speakerEntity = null;
}

/**
 * One attribution per stretch of text: two cues over the same words ("rejected …, warning that …",
 * "questioned the health of …" and "the health of …") give one statement twice. Two paraphrases that share at
 * least half of the longer one are one, and the first stays (the list is sorted); of two over the very same
 * words, the one that names a speaker.
 * Quotations always stay: a partial quote inside a paraphrase is a quote of its own, unless its frame's own
 * paraphrase went as a repeat (see withoutRepeatedFramesQuotes).
 */
function withoutRepeats(sorted: Attribution[], runsOn: Set<Attribution>, body: string): Attribution[] {
  const out: Attribution[] = [];
  // Cues of the paraphrases dropped as repeats of another's words.
  const repeated = new Set<Span>();
  for (const a of sorted) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(a);
      continue;
    }
    const shared = Math.min(prev.end, a.end) - Math.max(prev.start, a.start);
    if (prev.start === a.start && prev.end === a.end) {
      // (Not a frame that only tells of the speaker it holds: "Sondland was known for …, said another witness".)
      if (holdsOwnSource(a) ? false : holdsOwnSource(prev) || (!prev.speaker && a.speaker)) {
        out[out.length - 1] = a;
        if (prev.kind === 'indirect' && prev.cue) repeated.add(prev.cue);
      } else if (a.kind === 'indirect' && a.cue) repeated.add(a.cue);
    } else if (
      runsOn.has(a) ||
      prev.kind !== 'indirect' ||
      a.kind !== 'indirect' ||
      shared < 0.5 * Math.max(prev.end - prev.start, a.end - a.start)
    )
      out.push(a);
    else if (a.cue) repeated.add(a.cue);
  }
  return repeated.size > 0 ? withoutRepeatedFramesQuotes(out, repeated, body) : out;
}

/**
 * "Sanders has said that he plans to support the nominee and that a Trump presidency would be “a disaster”": when
 * a frame inside another's paraphrase ("plans") lost its own paraphrase as a repeat, a partial quote it holds in
 * the same voice (or in none resolved) is part of the paraphrase around it, not a second statement: PolNeAR marks
 * the one attribution around it (PolNeAR train: 121 such quotes dropped, 10 of them marked). Another speaker's quote stays
 * ("Pence blamed the media for Trump’s claim that Obama “founded ISIS”"), unless its cue is a learned stance word
 * (see heldInOuterWords; train: 14 more dropped, 1 of them marked).
 */
function withoutRepeatedFramesQuotes(kept: Attribution[], repeated: Set<Span>, body: string): Attribution[] {
  return kept.filter(
    (a) =>
      a.kind !== 'partial' ||
      !a.cue ||
      !repeated.has(a.cue) ||
      !kept.some(
        (b) =>
          b.kind === 'indirect' &&
          b.cue !== a.cue &&
          b.start <= a.start &&
          a.end <= b.end &&
          (!a.speaker || a.speaker === b.speaker || (b.speaker !== null && heldInOuterWords(a, body))),
      ),
  );
}

/**
 * "McCaskill said Sanders has pushed her to be a “stronger” candidate", "Mr. Regalado said, Mr. Trump is seen as
 * “a bully”": a partial quote at a learned stance word whose paraphrase went as a repeat holds the
 * words of the speaker around it, when one is named, not of the stance's subject. A noun cue's owner stays credited ("Trump’s claim
 * that Obama “founded ISIS”").
 */
const heldInOuterWords = (a: Attribution, body: string): boolean =>
  a.learnedCue && a.source !== null && !sourceOwnsNounCue(a, body);

/** Index of the first element of ascending xs above v. */
const upperBound = (xs: number[], v: number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

// A frame whose content is all quotation is a direct quote; otherwise its content is also reported speech
// ("said that voting fraud is “a big problem” but “…”" keeps it beside the quotes). With one word of its own
// ("that “…”") it is listed as framing only (see Attribution.framing).
/** Words of a frame's content outside its quotation marks (at most 2 counted; a quotation joins its neighbours). */
const ownWords = (masked: string, f: Frame): number => {
  const r = trimContent(masked, f.region!);
  return wordCountOutsideQuotes(masked, r.start, r.end, 2, false);
};

/**
 * Whether a frame's content has a word of its own besides its quotations and an opening "that" (0 or 1): as
 * wordCount(content.replace(/"~*"?/g, ' ').replace(/^\s*that\s/, ''), 1), read in place.
 */
const wordsOutsideQuotes = (masked: string, f: Frame): number => {
  const r = trimContent(masked, f.region!);
  return wordCountOutsideQuotes(masked, afterOpeningThat(masked, r.start, r.end), r.end, 1, true);
};

/**
 * Where the content text[start, end) goes on past an opening "that" and the one space after it, a quotation
 * reading as a space (what /^\s*that\s/ takes from the content with its quotations spaced out); else start.
 */
function afterOpeningThat(text: string, start: number, end: number): number {
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 34) p = quoteRunEnd(text, p, end);
    else if (isWhitespace(c)) p++;
    else break;
  }
  if (p + 4 >= end || !text.startsWith('that', p)) return start;
  const next = text.charCodeAt(p + 4);
  if (next === 34) return quoteRunEnd(text, p + 4, end);
  return isWhitespace(next) ? p + 5 : start;
}

/**
 * "Jurors heard from a forensic expert who said …": the source stays on "who", as PolNeAR marks it, and the unnamed
 * phrase it stands for is its antecedent. (A named one is the speaker already; see relativeResolved.)
 */
function markAntecedent(body: string, a: Attribution): void {
  const src = a.source;
  if (src === null || !/^who$/i.test(body.slice(src.start, src.end))) return;
  const base = Math.max(0, src.start - 60);
  const np = ANTECEDENT_RE.exec(body.slice(base, src.start));
  if (!np || !PEOPLE_PHRASE_RE.test(np[2]) || THING_HEAD_RE.test(np[2])) return;
  const start = base + np.index + np[1].length;
  a.antecedent = { start, end: start + np[2].length };
}

/**
 * A phrase of people: no preposition, conjunction or verb inside ("a Democrat familiar with the discussion, who", "a
 * voice to those who", "the Islamic Center here and who" name no one who spoke), but "one of three members",
 * "a majority of those".
 */
const PEOPLE_PHRASE_RE =
  /^(?!.*\s(?:with|to|for|in|on|at|by|from|among|between|into|over|and|or|here|there|also|includes?|is|are|was|were)\s)(?!.*\sof\s)(?:.*\S)$|^(?:[Oo]ne|[Aa]\s+majority|[Mm]any|[Mm]ost|[Ss]ome|[Ee]ach)\s+of\s+(?:the\s+)?(?:two|three|four|five|several|those|[\p{Ll}-]+s)(?:\s+[\p{Ll}-]+)?$/u;

/** Heads that name a place, a thing or a count, not anyone: "the country who", "the race who", "the number who". */
const THING_HEAD_RE =
  /\s(?:country|nation|state|city|world|race|number|discussion|matter|issue|margin|share|plurality|majority|party|campaign|government|administration|company|election|primary|year|time|area|region|district)$/;

/** A phrase of no name right before "who": an article, up to three words, a lower-case noun. */
const ANTECEDENT_RE =
  /((?:^|[\s(]))((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*),?\s+$/u;

/**
 * The frame a quote standing alone at `at` runs on from: the one of the last quote before it in its paragraph, or
 * when none comes before, the first after it ("“A.” “B,” he said.").
 */
function speakerRunningOn(
  list: { at: number; frame: Frame; whole: boolean }[] | undefined,
  at: number,
): Frame | null {
  if (!list) return null;
  let found: Frame | null = null;
  let whole: Frame | null = null;
  for (const e of list) {
    if (e.at >= at) break;
    found = e.frame;
    if (e.whole) whole = e.frame;
  }
  // "“…,” Trump told a rally, saying Clinton would “abolish the second amendment.”\n\n“…”": the paragraph of
  // quotation goes on from the tag's whole quotation, not from a partial quote in a participle of the same sentence.
  if (whole && found && found !== whole && whole.sentence === found.sentence) return whole;
  return found ?? list[0].frame;
}

/**
 * "“…,” Christie said, adding that he had fought for bills … “A leader must fight …”": a quotation that goes on
 * in the voice of a quote before it joins the same speaker's report in the sentence just before, where that report
 * comes after the quote's own frame, as PolNeAR marks it (one attribution in pieces); the speaker stays the same.
 */
function nearerSameSpeaker(running: Frame | null, just: Frame | null): Frame | null {
  if (!running || !just || just === running || just.cue.start < running.cue.start) return running;
  const same = running.subject.entity
    ? running.subject.entity === just.subject.entity
    : !!running.subject.speaker && running.subject.speaker === just.subject.speaker;
  return same ? just : running;
}

/** Words after a closing mark that begin a tag or a new clause, not the quoted sentence going on. */
const TAG_AFTER_CLOSE_RE =
  /^\s+(?:he|she|they|it|we|I|you|said|says|say|told|tells|added|adds|asked|asks|wrote|writes|according|noted|the|a|an|his|her|their|one|another)\b/;

/**
 * "“They agree with him on issues, but they aren't there yet” to support him as a candidate.": a quotation that
 * closes mid-sentence, no stop or comma inside its marks, on a word the sentence goes on from, is what was said up
 * to the sentence's end, as PolNeAR marks it. Where it closes: the inner end, or the sentence's end before its stop.
 */
function sentenceGoingOn(fx: Finder, q: QuotedSpan): number {
  if (!q.closed || q.multiParagraph) return q.innerEnd;
  const last = fx.body.charCodeAt(q.innerEnd - 1);
  if (!((last >= 97 && last <= 122) || (last >= 65 && last <= 90))) return q.innerEnd;
  const after = fx.masked.slice(q.close, q.close + 24);
  if (!/^\s+\p{Ll}/u.test(after) || TAG_AFTER_CLOSE_RE.test(after)) return q.innerEnd;
  const sent = fx.sentences[fx.sentenceAt(q.close)];
  if (!sent || sent.end <= q.close) return q.innerEnd;
  const rest = fx.masked.slice(q.close, sent.end);
  if (rest.includes('"') || rest.includes('\n')) return q.innerEnd;
  // A title or a term in marks ("“Make Mexico Great Again Also” on Wednesday", "“big four” negotiators") is a noun
  // of the sentence, not a sentence quoted: five words at least, most of them in lower case.
  const words = fx.body.slice(q.innerStart, q.innerEnd).split(/\s+/);
  if (words.length < 5 || 2 * words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length)
    return q.innerEnd;
  // (Nor over another frame's cue: that frame's words would then lie inside a quotation and be lost.)
  // (Up to an aside that names the speaker again: "…” from diplomacy to the defense budget, in Bolton’s view.")
  const aside = rest.search(/,\s+(?:in\s+\S+\s+view|according\s+to|as\s+\S+\s+(?:put|puts)\s+it)\b/);
  const end = q.close + (aside >= 0 ? aside : rest.replace(/[\s.!?]+$/, '').length);
  if (fx.frames.some((f) => f.cue.start >= q.close && f.cue.start < end)) return q.innerEnd;
  return end;
}

/**
 * "Sometimes employees don’t follow the rules, he said. “But does that mean …?”": a quotation standing alone right
 * after a sentence of reported speech in the same paragraph goes on in that speaker's voice. Only a speech verb's
 * frame with a named speaker counts, not a stance or a learned word; several frames there must share that speaker.
 */
function reportedJustBefore(bySentence: Map<number, Frame[]>, sIdx: number, para: number): Frame | null {
  const before = bySentence.get(sIdx - 1) ?? [];
  const named = before.filter((g) => g.paragraph === para && g.subject.entity && g.region && !g.learnedCue);
  // ("Prices, Smith said, will rise …": a tag set inside its sentence gives two frames of the one speaker.)
  return named.length > 0 && named.every((g) => g.subject.entity === named[0].subject.entity)
    ? named[0]
    : null;
}

/**
 * Whether a quotation that closes on a comma, "?" or "!" is followed by a few words and a full stop within its
 * sentence (ending at `end`): a tag ("“…,” the two write."), read by no frame, that still gives the quote a speaker
 * of its own.
 */
function unreadTagAfter(body: string, masked: string, q: QuotedSpan, end: number): boolean {
  const last = body.charCodeAt(q.innerEnd - 1);
  if (last !== 44 && last !== 63 && last !== 33) return false;
  // The tag's sentence may run on into the next quotation: read up to the first full stop.
  const stop = masked.indexOf('.', q.close);
  if (stop < 0 || stop > end || stop - q.close > 50) return false;
  return UNREAD_TAG_RE.test(masked.slice(q.close, stop));
}

/**
 * "“Supporters of some other candidates,” Blackwell added, “have focused …”": a quotation broken by its tag. The
 * tag's frame holds what follows it; the words before the tag are the same speaker's. Only a quotation that ends
 * in a comma, with nothing but the tag between it and that frame's content.
 */
function tagBreaking(body: string, masked: string, q: QuotedSpan, frames: Frame[] | undefined): Frame | null {
  if (!frames || q.innerEnd <= q.innerStart || body[q.innerEnd - 1] !== ',') return null;
  for (const f of frames) {
    if (!f.region || f.region.start < q.close) continue;
    const tagStart = Math.min(f.subject.start, f.cue.start);
    const tagEnd = Math.max(f.subject.end, f.cue.end);
    if (tagStart < q.close || !/^\s*$/.test(masked.slice(q.close, tagStart))) continue;
    if (/^,?[^",.;:~]{0,40}?,\s*$/.test(masked.slice(tagEnd, f.region.start))) return f;
  }
  return null;
}

/**
 * "“It is a difficult issue,” said the senator, “because it puts …”": a quotation that resumes right after the tag
 * of the quotation before it is the same speaker's, named or not (a named one is also found as the sentence's only
 * speaker). Only a comma between the tag and the quotation, and a tag that closes the quotation before it.
 */
function tagResumed(body: string, masked: string, q: QuotedSpan, frames: Frame[] | undefined): Frame | null {
  if (!frames) return null;
  for (const f of frames) {
    if (!f.region || f.region.end > q.open) continue;
    const tagStart = Math.min(f.subject.start, f.cue.start);
    const tagEnd = Math.max(f.subject.end, f.cue.end);
    // The tag closes the quotation before it: it comes after its frame's content.
    if (tagEnd > q.open || f.region.end > tagStart) continue;
    // "“…,” said Raffaello Pantucci, director of …, “but it is …”", "“Word is,” Trump said last month on Twitter,
    // “that Ford …”": an aside after the tag may stand before a quotation that goes on mid-sentence.
    const gap = masked.slice(tagEnd, q.open);
    if (
      !/^,\s*$/.test(gap) &&
      !(ASIDE_BEFORE_RESUMED_RE.test(gap) && /^\p{Ll}/u.test(body.slice(q.innerStart, q.innerStart + 1)))
    )
      continue;
    if (/^[\s,]*["\u201d]?[\s,]*$/.test(masked.slice(f.region.end, tagStart))) return f;
  }
  return null;
}

/** An aside or an adverbial after a quotation's tag, up to the comma before the quotation it resumes. */
const ASIDE_BEFORE_RESUMED_RE = /^[^,"“”~;:]{0,40},?[^"“”~;:]{1,160},\s*$/;

/** Quotes with speakers, plus the frames and quoted passages behind them. */
export function findAttributions(
  body: string,
  mentions: Mention[],
  entities: LocalEntity[],
): AttributionResult {
  const fx = new Finder(body, mentions, entities);
  run(fx);
  dropShadowedLearned(fx);
  trimRegions(fx);
  const out: Attribution[] = [];
  // Attributions of frames whose content goes on in the one before (fx.runsOn): withoutRepeats keeps them.
  const runsOn = new Set<Attribution>();
  const joinedClauses = new Set<Attribution>();
  const framesWithQuotes = new Set<Frame>();
  // Frameless quotations after a dash or short and alone: listed by who-said-what, not attributions (see setOff).
  const setOffQuotes: Attribution[] = [];
  const quoteFrame = new Map<QuotedSpan, Frame | null>();
  // Frames by where their content starts, so that each quote looks only at the frames that can hold it.
  const withRegion = fx.frames.filter((f) => f.region).sort((a, b) => a.region!.start - b.region!.start);
  const regionStarts = withRegion.map((f) => f.region!.start);
  for (const q of fx.quoted) {
    let best: Frame | null = null;
    for (let i = upperBound(regionStarts, q.open + 1) - 1; i >= 0; i--) {
      const f = withRegion[i];
      if (!f.region) continue;
      if (f.region.start < q.open - MAX_REGION) break;
      if (f.region.start <= q.open + 1 && q.close - 1 <= f.region.end + 1) {
        const better =
          !best ||
          (f.subject.speaker && !best.subject.speaker) ||
          (!!f.subject.speaker === !!best.subject.speaker &&
            f.region.end - f.region.start < best.region!.end - best.region!.start);
        if (better) best = f;
      }
    }
    quoteFrame.set(q, best);
  }
  const bySentence = framesBySentence(fx);
  const framedParagraphs = new Set(fx.frames.map((g) => g.paragraph));
  // Per paragraph, each named frame of a quote with where that quote opens, in text order.
  const directByPara = new Map<number, { at: number; frame: Frame; whole: boolean }[]>();
  // A frame of a quote whose speaker the text leaves unresolved ("“…,” he said" with no "he" in reach) still
  // holds the quotes that run on in its paragraph: one attribution in pieces, as PolNeAR marks it.
  const unnamedByPara = new Map<number, Frame>();
  for (const q of fx.quoted) {
    const f = quoteFrame.get(q) ?? null;
    if (f) {
      framesWithQuotes.add(f);
      if (f.subject.speaker) {
        const list = directByPara.get(f.paragraph);
        const e = { at: q.open, frame: f, whole: wordsOutsideQuotes(fx.masked, f) === 0 };
        if (list) list.push(e);
        else directByPara.set(f.paragraph, [e]);
      } else unnamedByPara.set(f.paragraph, f);
    }
  }
  for (const q of fx.quoted) {
    let f = quoteFrame.get(q) ?? null;
    // Set when the speaker comes from a frame whose cue does not tell this quotation (see stanceOpeningSentenceBefore,
    // partialQuoteOpener).
    let cueless = false;
    // Set for a frameless quotation right after a dash or a short one standing alone (see DASH_BEFORE_RE,
    // MAX_LINE_WORDS): who-said-what lists it, unscored.
    let setOff = false;
    const words = wordCount(body.slice(q.innerStart, q.innerEnd), 8);
    const before = body.slice(Math.max(0, q.open - 30), q.open);
    if (SCARE_BEFORE.test(before)) continue;
    // "tells MSNBC’s “Morning Joe” on Friday", "on CBS's "Face the Nation"": a show's title after its network (not
    // a person's words: "Trump’s “Incredibly Hateful Rhetoric”").
    if (showTitleAfterOutlet(fx, q, before)) continue;
    let kind: Quote['kind'];
    if (f) {
      kind = wordsOutsideQuotes(fx.masked, f) === 0 ? 'direct' : 'partial';
    } else {
      const sIdx = fx.sentenceAt(q.open);
      const s = fx.sentences[sIdx];
      const standalone =
        q.multiParagraph ||
        (s && q.open <= s.start + 1 && q.close >= s.end - 2) ||
        (s && q.open <= s.start + 1 && words >= 8);
      // "“…,” Tester said, referring to the excuse, “…”": one speaker for the sentence's quotes.
      // Only when no one else is named between that frame and this quote.
      const inSentence = (bySentence.get(sIdx) ?? []).filter(
        (g) =>
          g.subject.speaker &&
          g.region &&
          g.cue.start < q.open &&
          !nameBetweenOtherThanTopic(fx, Math.max(g.cue.end, g.region.end, g.subject.end), q.open),
      );
      const introduced = inSentence.length === 1 && words >= 2 ? null : introducer(fx, q);
      // A lone word before the tag ("“Honestly,” he said, …") is no quote to list on its own.
      const broken = words >= 2 ? tagBreaking(body, fx.masked, q, bySentence.get(sIdx)) : null;
      const resumed = broken ? null : tagResumed(body, fx.masked, q, bySentence.get(sIdx));
      // "Sanders made the following comment:⏎⏎“…”", "As Ms. Simonyan put it, RT is ''…''": a lead-in names the
      // speaker of a quotation no frame holds.
      const lead =
        broken || resumed || introduced || (inSentence.length === 1 && words >= 2) || words < 4
          ? null
          : leadInFrame(fx, q);
      if (broken) {
        f = broken;
        kind = 'direct';
      } else if (resumed) {
        f = resumed;
        kind = 'direct';
      } else if (inSentence.length === 1 && words >= 2) {
        f = inSentence[0];
        kind = 'direct';
      } else if (introduced) {
        f = introduced;
        kind = 'direct';
      } else if (lead) {
        // The quotation is whole when the lead-in closes right before it.
        f = lead;
        kind = standalone || /[:,]\s*$/.test(fx.masked.slice(s?.start ?? 0, q.open)) ? 'direct' : 'partial';
      } else if (!standalone) {
        if (words < 4) continue;
        if (s && readsAsTitle(body.slice(q.innerStart, q.innerEnd), body.slice(s.start, q.open))) continue;
        kind = 'partial';
        // "“…,” said Steve Schmidt. Unless rivals quit, “it's very difficult to see how he is stopped on his way to
        // the nomination.”": a long quotation in a sentence with no frame of its own goes on in the voice of the
        // sentence before (a short one is more often a term or a title).
        if (words >= 8 && !bySentence.has(sIdx))
          f = reportedJustBefore(bySentence, sIdx, fx.paragraphAt(q.open));
        // Else the person who opens the sentence (see partialQuoteOpener), with no cue to join the quotation to.
        if (!f && !bySentence.has(sIdx)) {
          f = partialQuoteOpener(fx, sIdx, q.open);
          cueless = f !== null;
        }
      } else {
        kind = 'direct';
        const para = fx.paragraphAt(q.open);
        // Speech often runs on: a quote alone in a paragraph continues the speaker of the one before.
        // ("“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “…”": hers, the speaker of
        // the quote before it, not of the one after.)
        // "“You seem to have picked a new standard,” the two write.": a tag no frame reads still says whose the
        // quote is, so it does not run on from the speaker before; it stays unattributed.
        const tagged = unreadTagAfter(body, fx.masked, q, s.end);
        f = tagged
          ? null
          : (nearerSameSpeaker(
              speakerRunningOn(directByPara.get(para), q.open),
              reportedJustBefore(bySentence, sIdx, para),
            ) ??
            unnamedByPara.get(para) ??
            reportedJustBefore(bySentence, sIdx, para));
        if (!f && !tagged) {
          // "Erekat said it was only the latest move by the US …\n\n“They wanted us on our knees …”": a paragraph
          // of quotation alone goes on in the voice of the reported speech that closed the paragraph before.
          const before = fx.paragraphBefore(para);
          const prev =
            speakerRunningOn(directByPara.get(before), q.open) ??
            (q.close >= fx.paraEndOf(para) - 1 ? reportedJustBefore(bySentence, sIdx, before) : null);
          const framesHere = framedParagraphs.has(para);
          if (prev && !framesHere && q.open <= fx.paraStartOf(para) + 1) f = prev;
          // "Clinton touted her credentials as a co-sponsor of the bill. “We need to find ways …”": failing a
          // speech frame, the named holder who opens the sentence before with a stance or learned word speaks
          // on. That word does not tell the quotation, so the quotation keeps no cue (and is not joined to the
          // stance's content as one attribution).
          if (!f) {
            f =
              stanceOpeningSentenceBefore(fx, bySentence, sIdx, para) ??
              (!framesHere && q.open <= fx.paraStartOf(para) + 1 && q.close >= fx.paraEndOf(para) - 1
                ? stanceOpeningSentenceBefore(fx, bySentence, sIdx, before)
                : null);
            cueless = f !== null;
          }
        }
      }
      if (words < 2 && kind !== 'direct') continue;
      setOff = !f && (DASH_BEFORE_RE.test(before) || (kind === 'direct' && words <= MAX_LINE_WORDS));
    }
    // ("“…,” the city manager said of the course", "as “little talks,” he told friends, in which …": the content
    // runs on past the tag, to what the quotation is said of or to the end of the sentence it opened.)
    const framed = f && !cueless ? f : null;
    const pastTag =
      framed && kind === 'direct'
        ? tagTopicEnd(fx, q, framed)
        : framed && kind === 'partial'
          ? sentenceEndPastTag(fx, q, framed)
          : null;
    const content = { start: q.innerStart, end: kind === 'direct' ? sentenceGoingOn(fx, q) : q.innerEnd };
    const who = f ? speakerFor(fx, f) : null;
    const goesOn = content.end !== q.innerEnd;
    const into = setOff ? setOffQuotes : out;
    into.push(
      newAttribution({
        start: content.start,
        end: content.end,
        text: body.slice(content.start, content.end),
        kind,
        speaker: who?.speaker ?? null,
        speakerEntity: who?.entity ?? null,
        via: f?.via ?? null,
        source: f ? sourceSpanOf(f.subject, who, content) : null,
        cue: f && !cueless ? f.cue : null,
        sourceKind: f ? f.subject.kind : null,
        learnedCue: f?.learnedCue ?? false,
      }),
    );
    if (goesOn) into[into.length - 1].quotationEnd = q.innerEnd;
    if (pastTag !== null) into[into.length - 1].contentEnd = pastTag;
    // ("But, he added, “we are, in effect, in a war”": the opener before an aside tag is the content's.)
    const aside = framed ? tagAsideStart(fx, framed, q.innerStart) : null;
    if (aside !== null) into[into.length - 1].subjectFrom = aside;
  }
  for (const f of fx.frames) {
    if (!f.region) continue;
    const own = framesWithQuotes.has(f) ? ownWords(fx.masked, f) : 2;
    if (own === 0) continue;
    const r = trimContent(body, f.region);
    // "WASHINGTON, March 4 (Reuters) - The United States …, the Treasury said", "(Reuters) — The New York State
    // Attorney General is investigating WeWork": the dateline, or the agency's credit without one, is no content.
    r.start = pastDateline(body, r.start);
    // "called Trump “unhinged.”": a frame's own word beside its quotation is content, though short.
    // (The fewest words are looked up only for a content under three words: most have more.)
    const words = wordCount(body.slice(r.start, r.end), 3);
    if (words < 3) {
      const least = own === 1 ? Math.min(2, minContentWords(body, f)) : minContentWords(body, f);
      if (words < least) continue;
    }
    // A transcript line is the speaker's own words, final stop included.
    if (f.verbatim && /[.!?]/.test(body[r.end] ?? '')) r.end++;
    const who = speakerFor(fx, f);
    out.push(
      newAttribution({
        start: r.start,
        end: r.end,
        text: body.slice(r.start, r.end),
        kind: f.verbatim ? 'direct' : 'indirect',
        speaker: who.speaker,
        speakerEntity: who.entity,
        via: f.via,
        source: sourceSpanOf(f.subject, who, r),
        cue: f.cue,
        sourceKind: f.subject.kind,
        learnedCue: f.learnedCue ?? false,
        framing: own === 1,
      }),
    );
    const subjectFrom = subjectFromOf(fx, f, r.start);
    if (subjectFrom !== null) out[out.length - 1].subjectFrom = subjectFrom;
    if (fx.runsOn.has(f)) runsOn.add(out[out.length - 1]);
    if (fx.joinedClauses.has(f)) joinedClauses.add(out[out.length - 1]);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const a of out)
    if (a.speaker === null && a.source !== null && a.source.end - a.source.start === 3)
      markAntecedent(body, a);
  const kept = withoutThatClauseReports(
    withoutCompoundCueRepeats(withoutNestedViews(withoutRepeats(out, runsOn, body), joinedClauses, body)),
    body,
  );
  // "Manafort was charged with …", "Pigs are considered unclean", "Sanders was declared the winner": a content that
  // holds its own subject tells something of it, and the subject said none of it. Nobody named says it (the frame
  // keeps its subject, to which a pronoun after it may point).
  // Not an intention ("Mrs. Clinton's plan is intended to make sure …"): whose plan it is holds it.
  for (const a of kept)
    if (
      a.speaker !== null &&
      holdsOwnSource(a) &&
      !(a.cue && holderOwnsContent(body.slice(a.cue.start, a.cue.end)))
    )
      unsaid(a);
  // "“… for Mary Steenburgen to just put her name on something …,” she said": a quote that names its resolved
  // speaker in the third person is about her, not hers (see namesOwnSpeaker).
  for (const a of kept) if (namesOwnSpeaker(body, a)) unsaid(a);
  const apart = withNestedQuotationsHeld(withHeldQuotesApart(kept, body), body);
  const attributions = withChannelCredits(fx, apart.attributions);
  // (A quotation set off by a dash is listed, as the held ones are, in text order.)
  const held =
    setOffQuotes.length === 0
      ? apart.held
      : [...apart.held, ...setOffQuotes].sort((a, b) => a.start - b.start || b.end - a.end);
  // The paraphrases a learned frame around them reports, and their partial quotes, gone from the list as repeats.
  const restated =
    fx.heldByLearned.size === 0
      ? []
      : out.filter(
          (a) =>
            a.kind !== 'direct' &&
            a.cue !== null &&
            fx.heldByLearned.has(a.cue) &&
            !attributions.some((b) =>
              a.kind === 'indirect'
                ? b.kind === 'indirect' && b.cue === a.cue
                : b.start === a.start && b.end === a.end,
            ),
        );
  // ("…, and the remaining two pledged to support him, according to …": the scored content runs on to the cue.)
  for (const a of attributions) runUpToSourcing(body, a);
  withQuotationMarks(attributions, fx.quoted);
  withQuotationMarks(held, fx.quoted);
  withQuotationMarks(restated, fx.quoted);
  return { attributions, held, restated, frames: fx.frames, quoted: fx.quoted };
}
