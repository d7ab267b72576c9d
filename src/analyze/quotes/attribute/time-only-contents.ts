// Cues whose words after them say only when: "A memorial service is planned Friday in Louisville", "Bills were
// introduced last year in the Senate", "It was negotiated over the past 13 days" (a learned word in the passive:
// its subject is what was planned, and nobody speaks), and "Trump made the comments Friday during a brief
// appearance", "Obama made the comments just before ending a trip" (a noun of remarks after "made": what was said
// is elsewhere; also read at "made" when the word lists take it as the cue). PolNeAR marks none of these on train
// or dev (precision59). A time phrase that goes on to a reported clause ("was confirmed Friday that …") or to the
// passive's agent ("was supported Friday by Sen. Feinstein", marked), and the listed verbs ("was revealed last week
// as …", marked) are left alone.

import { PERFECT_PARTICIPLES } from '../verb-forms.js';
import { isPastParticiple } from './late-agents.js';

/**
 * A time phrase right after the cue (and a participle's particle: "hammered out"): a weekday, "last year", "just
 * before", "over the past 13 days", "for the convention’s opening day".
 */
const TIME_AFTER_RE =
  /^(?:\s+(?:out|up|off|down|back)(?=\s))?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:last|next|this|earlier|later)\s+(?:year|month|week|weekend|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)\b|just\s+(?:before|after)\s|(?:over|in|during|for)\s+the\s+(?:past|last|next)\s|for\s+the\s+(?:[\p{L}’'-]+\s+){0,2}?(?:day|night|weekend|morning|evening)\b)/u;

/**
 * "… that" or "… by" within two words after the time phrase: the clause of what was said ("was confirmed Friday
 * night that"), or the passive's agent, who speaks ("Her position was supported Friday by Sen. Feinstein").
 */
const THAT_OR_BY_AFTER_RE = /^(?:\s+[\p{L}\d]+){0,2}?\s+(?:that|by)\b/u;

/** A form of "be" (with an adverb or "not") right before the participle: "is planned", "were not widely". */
const BE_BEFORE_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|[a-z]+ly)\s+)?$/i;

/** Nouns of remarks that "made" takes: "made the comments", "made similar remarks". */
const REMARKS = new Set(['comments', 'comment', 'remarks', 'remark', 'statement', 'statements']);

/** "made the ", "made similar ", "makes these same ": the verb that makes the noun after it a thing said. */
const MADE_BEFORE_RE = /\b(?:made|makes|make|making)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The forms of "make", which the word lists may take as a cue of their own ("made" + "the comments Friday …"). */
const MAKE_FORMS = new Set(['made', 'makes', 'make', 'making']);

/** " the comments", " similar remarks": a noun of remarks (and up to two words before it) after "made". */
const REMARKS_AFTER_RE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:comments?|remarks?|statements?)(?=\s)/iu;

/** True when the text at `at` opens with a time phrase that no "that" or "by" goes on from. */
function timeOnlyAt(text: string, at: number): boolean {
  const time = TIME_AFTER_RE.exec(text.slice(at, at + 60));
  return (
    time !== null && !THAT_OR_BY_AFTER_RE.test(text.slice(at + time[0].length, at + time[0].length + 40))
  );
}

/**
 * True when what follows the cue `word` at `cs`–`ce` opens with a time phrase that no "that" or "by" goes on from,
 * and the cue is a learned past participle after a form of "be" (`learned`), a noun of remarks after "made", or
 * "made" before such a noun.
 */
export function onlyWhenFollows(
  text: string,
  sentStart: number,
  cs: number,
  ce: number,
  word: string,
  learned: boolean,
): boolean {
  const lower = word.toLowerCase();
  // "made the comments Friday …" read at "made": the time comes after the noun.
  if (MAKE_FORMS.has(lower)) {
    const noun = REMARKS_AFTER_RE.exec(text.slice(ce, ce + 40));
    return noun !== null && timeOnlyAt(text, ce + noun[0].length);
  }
  if (REMARKS.has(lower))
    return MADE_BEFORE_RE.test(text.slice(Math.max(sentStart, cs - 30), cs)) && timeOnlyAt(text, ce);
  // (One word only: "were made clear Sunday night as …" is left to the other checks.)
  if (!learned || lower.includes(' ') || !(isPastParticiple(lower) || PERFECT_PARTICIPLES.has(lower)))
    return false;
  return BE_BEFORE_RE.test(text.slice(Math.max(sentStart, cs - 30), cs)) && timeOnlyAt(text, ce);
}
