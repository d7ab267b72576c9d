// Where PolNeAR's content opens for a passive that tells something of its subject ("Hollande is expected to run
// again", "Peacekeepers have been blamed for the outbreak"): at the subject, which its content holds in pieces
// around the cue (PolNeAR train: the subject is inside the content for 229 of 383 passive cues, and for nearly every
// participle of judging, expecting, naming or charging; not for "asked", "told", "pressed", whose subject is the one
// addressed, nor for feelings such as "worried" or "convinced", whose subject holds the view). Not "it is said" or
// "it was reported": an empty "it" stands for the content after it. A participle right after its noun is the same
// passive with "be" left out ("a bill designed to …", "a community known to be …").
// The field is the benchmark's (see contentSpan): the span, its text, its speaker and who-said-what stay as they are,
// as the subject may still be whose plan or forecast it is (PolNeAR train / dev: +12 / +4 contents at ≥80%).
// The learned detector may take the adverb or the "be" before the participle for the cue ("The group is also known
// by …", "Yellen has been repeatedly criticized for …", "Direct mail is nonetheless considered …"): the participle
// after that word is then the passive's own, and the same rule holds (span49).
// An aside between the subject and its "be" ("The central bank, which has held rates near zero, is expected to …",
// "Yanukovych, then prime minister, was declared …") leaves the subject the same: PolNeAR's content holds it (span53).
// "has been called “strategic ambiguity”" and "is not counted among" name and rank their subject as well (span54).

import { phraseBefore, VIEWED_BE_RE } from './cue-checks.js';
import type { Finder } from './finder.js';
import type { Frame } from './types.js';

/** Participles whose passive subject is what the words are about, not who said them nor whom they were put to. */
const TOLD_OF_SUBJECT_RE =
  /^(?:expected|projected|predicted|forecast|seen|considered|known|shown|declared|deemed|viewed|regarded|perceived|thought|believed|described|labell?ed|dubbed|billed|touted|rumou?red|recognized|recognised|listed|rated|ranked|treated|attributed|charged|accused|suspected|convicted|sentenced|indicted|implicated|criticized|criticised|blamed|challenged|designed|intended|meant|named|nominated|appointed|elected|announced|identified|defined|mentioned|cited|singled|scheduled|slated|called|counted|titled)$/i;

/** A particle after "called" ("called to", "called on", "called for", "called off"). */
const CALLED_PARTICLE_RE = /^\s+(?:to|on|upon|for|off|up|out|in|back)(?!\p{L})/u;

/** Participles that follow their noun as a passive with no "be" ("a plan designed to", "a man known as"). */
const REDUCED_RE =
  /^(?:titled|known|expected|projected|predicted|forecast|slated|scheduled|designed|intended|meant|considered|deemed|seen|thought|believed|rumou?red)$/i;

const LEADING_PREPOSITION_RE = /^(?:with|in|on|for|at|from|by|after|before|amid|despite|among)\s+/i;

const PRONOUN_RE = /^(?:he|she|they|we|it|i|you|which|who|whom|that)$/i;

/**
 * A comma-closed aside between the subject and its "be": an apposition, an age, a relative clause ("Yanukovych, then
 * prime minister, was declared …", "The central bank, which has held rates near zero, is expected …"). No quotation
 * mark, colon, dash or bracket inside: those open words of another kind.
 */
const ASIDE_RE = /^,[^,"“”'‘’;:()—–]+,(?=\s)/u;

/** The adverbs that may stand in a passive's "be" chain: "-ly" ones and a few others. */
const CHAIN_ADVERBS = String.raw`\p{Ll}+ly|also|still|once|already|long|now|often|nonetheless`;

/** An adverb or a finite "be" that the learned detector may read as the cue of the participle after it. */
const LEAD_WORD_RE = new RegExp(`^(?:${CHAIN_ADVERBS}|is|are|was|were)$`, 'u');

/** Adverbs, "being" or "been" between that word and the participle, then the participle itself. */
const TO_PARTICIPLE_RE = new RegExp(
  String.raw`(?:\s+(?:${CHAIN_ADVERBS}|being|been)(?!\p{L}))*\s+(\p{Ll}+)(?!\p{L})`,
  'uy',
);

/**
 * The participle the frame's cue stands for, with where it starts: the cue's own first word, or, when the cue is
 * one lead word ("also", "widely", "is"), the participle it leads to.
 */
function passiveVerb(fx: Finder, f: Frame): { word: string; at: number } {
  const { cue } = f;
  const text = fx.body.slice(cue.start, cue.end);
  const word = text.split(/\s/, 1)[0];
  if (word !== text || !LEAD_WORD_RE.test(word)) return { word, at: cue.start };
  TO_PARTICIPLE_RE.lastIndex = cue.end;
  const m = TO_PARTICIPLE_RE.exec(fx.masked);
  // "was hotly criticized by economists": the agent after "by" is the one whose words these are, and the passive's
  // subject is their content (see late-agents.ts), not this frame's. ("known by the name …" names no agent.)
  if (!m || (m[1] !== 'known' && fx.masked.startsWith(' by ', TO_PARTICIPLE_RE.lastIndex)))
    return { word, at: cue.start };
  return { word: m[1], at: cue.end + m[0].length - m[1].length };
}

/**
 * The words between the subject and its passive with an aside after the subject left out (span53): PolNeAR's content
 * holds the subject before the aside as it holds one right before "is expected". A subject that already ends in its
 * aside ("The surcharge, unlike the old toll") leaves only the closing comma. Not over another frame's cue: the aside
 * is then a report of its own ("Moreno, who said …, was …").
 */
function withoutAside(fx: Finder, f: Frame, between: string): string {
  const { subject } = f;
  const said = fx.body.slice(subject.start, subject.end);
  const held = said.includes(',');
  // One aside only: a subject that holds two commas ("Rubio, whose hometown, Miami, is projected …") is a relative
  // clause's own passive, whose subject the search has overshot.
  if (held && said.split(',').length > 2) return between;
  const cut = held ? (/^,\s/.test(between) ? 1 : 0) : (ASIDE_RE.exec(between)?.[0].length ?? 0);
  if (cut === 0 || fx.cueOfAnotherIn(f, subject.start, subject.end + cut)) return between;
  return between.slice(cut);
}

/**
 * The start of the subject's noun phrase when the frame's content comes after a passive cue right after that
 * subject ("The embattled French president is expected to run …"), else null. Only where the content opens after
 * the cue: a passive whose subject the content already holds (see subjectInContent) has no more to take.
 */
export function passiveSubjectStart(fx: Finder, f: Frame, contentStart: number): number | null {
  const { subject, cue } = f;
  // (The content right after the cue: "was announced, Trump's club was paid …" reports no announcement.)
  if (fx.body.slice(cue.end, contentStart).trim() !== '') return null;
  const { word, at } = passiveVerb(fx, f);
  if (!TOLD_OF_SUBJECT_RE.test(word)) return null;
  // "was called to testify", "were called on to act", "has been called for": a particle after "called" makes it a
  // summons or a demand, whose subject is the one addressed; "has been called “strategic ambiguity”" names its subject.
  if (word === 'called' && CALLED_PARTICLE_RE.test(fx.masked.slice(at + word.length, at + word.length + 8)))
    return null;
  // (A lead word read as the cue is part of the "be" chain: "was already being criticized" reads as "was …".)
  let between = fx.masked.slice(subject.end, at);
  // (With no "be", an aside does not lead back to a subject: "Following a protest from …, the bill, known as …".)
  const adjacent = /^\s*$/.test(between);
  if (at > cue.start) between = between.replace(/\s(?:being|already|nonetheless)(?=\s)/g, '');
  between = withoutAside(fx, f, between);
  const said = fx.body.slice(subject.start, subject.end);
  // "a bill designed to …", "a community known to be …", "with Murphy expected to win": a participle right after
  // its noun, before "to" or "as" (in the cue or after it: "known as"), is a passive with its "be" left out; so is
  // "titled" before a title ("a documentary titled Weiner", "the spot titled “Dangerous”"). Not after a pronoun,
  // nor a participle that is as often an active past with its object moved ("what they described as …").
  const reduced =
    adjacent &&
    !said.includes(',') &&
    REDUCED_RE.test(word) &&
    !PRONOUN_RE.test(said) &&
    (/^\s+(?:to|as)\s/.test(fx.masked.slice(at + word.length, at + word.length + 4)) ||
      (word === 'titled' && /^\s+["“\p{Lu}]/u.test(fx.body.slice(at + word.length, at + word.length + 3))));
  if (!reduced && !VIEWED_BE_RE.test(between)) return null;
  // A pronoun is the whole phrase ("Eventually he was sentenced": not from "Eventually"); so is a relative one ("a
  // debate, which is expected to draw …": the head it stands for lies outside its clause).
  let start = PRONOUN_RE.test(said)
    ? subject.start
    : phraseBefore(fx, fx.sentences[f.sentence].start, subject.start, cue.start);
  // "With the number of people … projected to swell": the preposition that opens the phrase is not what is told.
  const lead = fx.masked.slice(start, subject.start).match(LEADING_PREPOSITION_RE);
  if (lead) start += lead[0].length;
  return start < contentStart ? start : null;
}
