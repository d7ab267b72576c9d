// Where PolNeAR's content opens when the frame's clause is a relative one with no relative word, its object or
// subject left as a gap ("the increase he seeks to win", "a plan they say is doomed", "any fees she reported
// receiving"): at the head noun phrase the clause hangs on, which stands for the part of what is said that the
// clause leaves out. As for objectRelativeStart, only the content the benchmark scores moves (subjectFrom).

import type { Finder } from './finder.js';
import { verbRightAfterSubject } from './object-relatives.js';
import type { Frame } from './types.js';

/** A determiner-led noun phrase right before the subject: "the increase", "any proposals", "exactly the kind of
 *  liberal jurist", "something", "the 1.2 billion dollars". Lower-case words only, no comma. */
const HEAD_BEFORE_RE =
  /(?<!\p{L})(?:(?:exactly|just|only)\s+)?(?:(?:[Tt]he|[Aa]|[Aa]n|[Aa]ny|[Ss]ome|[Ee]very|[Ee]ach|[Nn]o|[Tt]he\s+same|[Tt]he\s+only)\s+(?:(?!(?:as|that|which|who|whom|what|how|why|when|where|while|because|though|although|even|if|is|are|was|were|be|been|has|have|had|in|on|at|for|to|from|by|with|about|over|into|and|or|but|not|than|since|after|before|until)\s)[\p{Ll}\d][\p{L}\d.’'-]*\s+){1,4}|(?:something|anything|everything|nothing)\s+)$/u;

/** What the gap leaves right after the cue: an infinitive ("seeks to win") or a verb whose subject is the head
 *  ("say is doomed", "said could"). A "that" or a noun phrase there is a content of its own. */
const GAP_AFTER_RE =
  /^(?:not\s+)?to\s+(?!(?:me|him|her|them|us|you|it)(?!\p{L}))|^(?:is|are|was|were|will|would|could|can|may|might|should|has|have|had)\s/u;

/** A preposition or conjunction opening the sentence before the phrase ("After the debate Vega said …"): the
 *  phrase is an adverbial, not a head. */
const OPENER_RE =
  /^\s*(?:After|Before|In|On|At|During|Since|Until|For|By|With|Over|Under|Through|From|Of|As|When|Throughout)\s+$/u;

/**
 * Where the nearest head phrase ending `before` starts, else -1: "The council kept a levy Moreno says …" hangs on
 * "a levy", not on a phrase that takes in the verb before it ("exactly", "just", "only" before it kept).
 */
function nearestHead(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    if (i > 0 && !/\s/.test(before[i - 1])) continue;
    if (before.slice(i).search(HEAD_BEFORE_RE) !== 0) continue;
    const focus = before.slice(0, i).match(/(?<!\p{L})(?:exactly|just|only)\s+$/u);
    return focus ? i - focus[0].length : i;
  }
  return -1;
}

/** The head phrase's start when the frame's clause hangs on one with no relative word, else null. */
export function contactRelativeStart(fx: Finder, f: Frame, contentStart: number): number | null {
  const { subject, cue } = f;
  // The clause's own verb right after its subject (auxiliaries and adverbs only), the gap right after the cue.
  if (!verbRightAfterSubject(fx, f)) return null;
  if (!/^\s*$/.test(fx.masked.slice(cue.end, contentStart))) return null;
  if (!GAP_AFTER_RE.test(fx.masked.slice(contentStart, contentStart + 12))) return null;
  // A subject that is itself a relative word ("the woman who wants to …") is another clause's; a comma, a list.
  const subjectText = fx.masked.slice(subject.start, subject.end);
  if (subjectText.includes(',') || /^(?:who|that|which|whom|what)(?!\p{L})/iu.test(subjectText)) return null;
  const sentStart = fx.sentences[f.sentence].start;
  const before = fx.masked.slice(Math.max(sentStart, subject.start - 60), subject.start);
  const at = nearestHead(before);
  // ("The discovery of the old posts has …", "The chamber's Republican majority voted to …": a phrase ending in
  // "of" or an owner's "'s" runs on into the subject, it is no head.)
  if (at < 0 || /(?:(?<!\p{L})of|['’]s)\s+$/u.test(before)) return null;
  const start = subject.start - before.length + at;
  if (start > sentStart && OPENER_RE.test(fx.masked.slice(sentStart, start))) return null;
  return start;
}
