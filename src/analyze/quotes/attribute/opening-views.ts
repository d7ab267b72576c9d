// Sentence openings that credit the rest of the sentence with no verb of speech after a subject: a viewpoint ("To
// Ms. Varga, the vote marked a betrayal …", "To many, he is a hero") and a passive report ("As reported by the Daily
// Ledger, the council voted …"). PolNeAR marks both, the viewer or the reporter as the source; no other pass frames
// them, as neither has a subject before its cue.

import type { Span } from '../../../model/index.js';
import { isWhitespace, wordCount } from '../text.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionWithin } from './subject-search.js';
import { type Frame, namelessSubject, plainFrame, type Subject, spanning } from './types.js';

/**
 * "To <viewer>, " opening a sentence, perhaps after "But" or "And"; group 1 is the viewer, up to its comma. On
 * PolNeAR train the openings whose viewer is a person named or "many", "others", "them" are gold attributions 9
 * times of 9; other noun phrases ("To White House officials", "To a lot of readers", "To his successor") mostly not,
 * and purposes ("To win the county, …") never.
 */
const TO_VIEWER_RE = /^(?:(?:But|And|Yet)\s+to|To)\s+([^,;:"~!?\n]{2,60}),\s+/;

/** Pronouns and quantifiers that stand for viewers by themselves: "To many, …", "But to others, …". */
const VIEWER_WORD_RE = /^(?:many|others|some|most|them|him|her)$/;

/** "who …, ": a relative clause describing the viewer before the content starts. */
const VIEWER_RELATIVE_RE = /^(?:who|whose)\s[^,;:"~.!?\n]{1,100},\s+/;

/**
 * "In <holder>'s view, " opening a sentence (also "opinion", "eyes", "mind"); group 1 is the holder, a possessive
 * pronoun or a name before "'s", group 2 the noun. On PolNeAR train 2 of 2 are gold attributions, none on dev.
 */
const IN_HOLDERS_VIEW_RE =
  /^(?:(?:But|And)\s+in|In)\s+(his|her|their|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}(?=[’']s\s))(?:[’']s)?\s+(?:own\s+)?(view|opinion|eyes|mind),\s+/u;

/**
 * "As (first) reported by <reporter>, " opening a sentence; group 1 is the cue word, group 2 the reporter. (The
 * active "As The Times reported, …" is a verb with its subject, framed by the cue pass.)
 */
const AS_REPORTED_BY_RE =
  /^(?:(?:But|And)\s+as|As)\s+(?:first\s+|previously\s+|originally\s+|was\s+|has\s+been\s+)?(reported)\s+(?:by|in)\s+([^,;:"~.!?\n]{2,80}),\s+/;

/** Frames for the viewpoint and passive-report openings of every sentence (see the patterns above). */
export function openingViews(fx: Finder): void {
  for (let sIdx = 0; sIdx < fx.sentences.length; sIdx++) {
    const sent = fx.sentences[sIdx];
    let at = sent.start;
    while (at < sent.end && isWhitespace(fx.masked.charCodeAt(at))) at++;
    const first = fx.masked.charCodeAt(at);
    // Cheap test first: the openings start with "T", "A", "B", "I" or "Y".
    if (first !== 84 && first !== 65 && first !== 66 && first !== 73 && first !== 89) continue;
    const text = fx.masked.slice(at, sent.end);
    const frame =
      viewpointFrame(fx, sIdx, at, text) ??
      holdersViewFrame(fx, sIdx, at, text) ??
      reportedByFrame(fx, sIdx, at, text);
    if (frame) fx.frames.push(frame);
  }
}

/** "To Ms. Varga, the vote marked …": the viewer is a person named, or a pronoun or quantifier standing for people. */
function viewpointFrame(fx: Finder, sIdx: number, at: number, text: string): Frame | null {
  const m = TO_VIEWER_RE.exec(text);
  if (!m) return null;
  const viewerStart = at + m[0].lastIndexOf(m[1]);
  const viewerEnd = viewerStart + m[1].length;
  let subject: Subject | null = null;
  if (VIEWER_WORD_RE.test(m[1])) {
    subject = namelessSubject(viewerStart, viewerEnd);
  } else {
    // The viewer phrase ends on a person's name ("To Florida consultant Wilson"), lower-case words before it being
    // a title at most ("To his successor" names nobody).
    const named = mentionWithin(fx, viewerStart, viewerEnd);
    if (!named || named.end !== viewerEnd || typeOfMention(fx, named) !== 'person') return null;
    if (/^(?:the|a|an|his|her|their|its|our)\s/i.test(m[1])) return null;
    subject = spanning(fromMention(fx, named), viewerStart, viewerEnd);
  }
  let from = at + m[0].length;
  // "To Sexton, who has made something of a study of Trump rallies, Tuesday marked …": the relative clause is the
  // viewer's (PolNeAR's source runs over it), and the content starts after it.
  const relative = VIEWER_RELATIVE_RE.exec(text.slice(m[0].length));
  if (relative) {
    subject = spanning(subject, subject.start, from + relative[0].trimEnd().length - 1);
    from += relative[0].length;
  }
  const cs = at + m[0].search(/[Tt]o\s/);
  return contentFrame(fx, sIdx, { start: cs, end: cs + 2 }, subject, from);
}

/** "In their view, Democrats could pick off …", "In Ash's view, the change would …": a pronoun or a person named. */
function holdersViewFrame(fx: Finder, sIdx: number, at: number, text: string): Frame | null {
  const m = IN_HOLDERS_VIEW_RE.exec(text);
  if (!m) return null;
  const holderStart = at + m[0].indexOf(m[1], 2);
  const holderEnd = holderStart + m[1].length;
  let subject: Subject = namelessSubject(holderStart, holderEnd);
  if (!/^(?:his|her|their)$/.test(m[1])) {
    const named = mentionWithin(fx, holderStart, holderEnd);
    if (!named || named.end !== holderEnd || typeOfMention(fx, named) !== 'person') return null;
    subject = spanning(fromMention(fx, named), holderStart, holderEnd);
  }
  const cs = at + m[0].lastIndexOf(m[2]);
  return contentFrame(fx, sIdx, { start: cs, end: cs + m[2].length }, subject, at + m[0].length);
}

/** "As reported by the Daily Ledger, the council voted …": the reporter named after "by" or "in". */
function reportedByFrame(fx: Finder, sIdx: number, at: number, text: string): Frame | null {
  const m = AS_REPORTED_BY_RE.exec(text);
  if (!m) return null;
  const cs = at + m[0].indexOf(m[1]);
  const reporterStart = at + m[0].lastIndexOf(m[2]);
  const reporterEnd = reporterStart + m[2].length;
  const named = mentionWithin(fx, reporterStart, reporterEnd);
  const subject: Subject = named
    ? spanning(fromMention(fx, named), reporterStart, reporterEnd)
    : namelessSubject(reporterStart, reporterEnd);
  return contentFrame(fx, sIdx, { start: cs, end: cs + m[1].length }, subject, at + m[0].length);
}

/** The frame whose content runs from `from` to the sentence's end, if that is three words or more and no quotation. */
function contentFrame(fx: Finder, sIdx: number, cue: Span, subject: Subject, from: number): Frame | null {
  const sent = fx.sentences[sIdx];
  let end = sent.end;
  while (end > from && /[\s.]/.test(fx.masked[end - 1])) end--;
  if (wordCount(fx.masked.slice(from, end), 3) < 3) return null;
  return plainFrame(fx.paraOf, sIdx, { cue, subject, region: { start: from, end } });
}
