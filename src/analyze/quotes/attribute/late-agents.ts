// The agent of a passive verb of speech or stance named after words of its own: "Clinton's position was supported
// Friday by Sen. Dianne Feinstein", "Pigs are considered unclean by Muslims", "Manafort was recommended to Trump most
// forcefully by Tom Barrack". The agent holds the stance; the passive's subject is what it is about.

import { lowerCased } from '../text.js';
import { OTHER_AGENT_PARTICIPLES, STANCE_PARTICIPLES } from '../verb-forms.js';
import type { Finder } from './finder.js';
import { agentAfterBy, BY_TIME_RE } from './subject-fixes.js';
import type { Subject } from './types.js';

/** How far past the verb "by" may stand and still name its agent. */
const LATE_BY_REACH = 90;

/**
 * What may not stand between the verb and its "by": a clause mark, a word that opens a clause, or another verb in
 * the past ("was asked about it during an interview published Monday by …": the agent is the other verb's).
 */
const LATE_BY_BREAK_RE = new RegExp(
  `[,;:"“”()—–]|\\s-\\s|\\b(?:that|who|whom|which|whether|because|after|before|when|while|if|since|although|though|but|where|published|${[...OTHER_AGENT_PARTICIPLES].join('|')}|being)\\b|\\b\\p{Ll}{2,}ed\\b`,
  'u',
);

/**
 * "is expected to rule soon on a case brought by …", "was excited to chat … by renting …": a verb after "to" has
 * a clause of its own, and a "by" within it is that verb's. A phrase after "to" ("recommended to Trump", "sentenced
 * to two years' probation") is no verb.
 */
const TO_VERB_RE =
  /\bto\s+(?!(?:the|a|an|some|his|her|their|its|our|my|your|this|that|these|those|more|most|many|all|any|no|one|two|three|four|five|six|seven|eight|ten)\b)\p{Ll}/u;

/** A deed right before "by", whose doer the agent is ("asked about the claim of credit for the attack by …"). */
const EVENT_BEFORE_BY_RE =
  /\s(?:attacks?|shootings?|killings?|bombings?|murders?|invasion|victory|win|defeat|speech|statement|remarks|comments|decision|ruling|report|letter|book|article|tweets?|posts?|ads?|letters)$/;

/**
 * After "by": a means ("by raising taxes"), a margin ("by 10 points", "by the narrowest of margins", "by far", "by
 * overwhelming margins"), not an agent. Two look alike and are agents: an adjective in "-ing" before a noun ("by
 * overwhelming majorities of voters", "by growing numbers of …"; a gerund takes an object: "by growing the
 * economy") and "far" before a comparative and its noun ("by far fewer publications"; not "by far more than …").
 */
const NOT_AGENT_AFTER_BY_RE =
  /^(?:\p{Ll}+\s+margins?\b|(?!(?:overwhelming|growing|increasing|dwindling|outgoing|remaining|sitting|ruling|leading)\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|it|them|him|us|me|up|out|down|off|in|on)\b)\p{Ll})\p{Ll}+ing\b|(?:a|the)\s+(?:narrowest|widest|slimmest|large|wide|narrow|slim|small|margin|vote|landslide|way|time)\b|far\b(?!\s+(?:fewer|more|less)\s+(?!than\b)\p{Ll})|a\s+(?:margin|vote|landslide)\b|then\b|now\b|itself\b|themselves\b|himself\b|herself\b)/u;

/**
 * The agent after a "by" that follows a passive verb ending at `ce` ("claimed by …") or with words between ("supported Friday by …"), and
 * where that "by" stands; null when no "by" comes within reach before a clause breaks, or when the "by" tells a means,
 * a margin or a time.
 */
export function lateAgentAfterBy(
  fx: Finder,
  ce: number,
  sentEnd: number,
  sIdx: number,
  addressed = false,
): { by: number; agent: Subject } | null {
  const stretch = fx.masked.slice(ce, Math.min(sentEnd, ce + LATE_BY_REACH));
  const at = stretch.indexOf(' by ');
  if (at < 0) return null;
  const between = stretch.slice(0, at);
  // "had been asked to preserve them by the House Select Committee": whom a verb of address puts to work, the
  // "by" after it still names who asked.
  if (
    LATE_BY_BREAK_RE.test(between) ||
    (!addressed && TO_VERB_RE.test(between)) ||
    EVENT_BEFORE_BY_RE.test(between)
  )
    return null;
  const by = ce + at;
  const agent = byPhraseAgent(fx, by, sentEnd, sIdx);
  return agent ? { by, agent } : null;
}

/** Whoever is named after the "by" at `by`, or the phrase there when it names nobody; null for a means, a margin, a time. */
export function byPhraseAgent(fx: Finder, by: number, sentEnd: number, sIdx: number): Subject | null {
  const next = fx.masked.slice(by + 4, by + 30);
  if (NOT_AGENT_AFTER_BY_RE.test(next) || BY_TIME_RE.test(next)) return null;
  return agentAfterBy(fx, by, sentEnd, sIdx) ?? unnamedAgent(fx, by + 4, sentEnd);
}

/** An agent phrase of up to six words, ended by a mark or a word that opens an adjunct ("by news organizations in …"). */
const UNNAMED_AGENT_RE =
  /^(?:[\p{L}\p{N}’'.&-]+)(?:\s+(?!(?:for|than|on|in|at|during|after|before|who|whom|whose|which|that|when|while|with|to|as|because|since|and|but|or|if|from|over|about|why|whether|what|how|where|is|are|was|were|has|have|had)\b)[\p{L}\p{N}’'.&-]+){0,5}/u;

/** Who acts when no name stands after "by": the words of the phrase, speaking for nobody named ("by a federal judge"). */
export function unnamedAgent(fx: Finder, x: number, sentEnd: number): Subject | null {
  const m = UNNAMED_AGENT_RE.exec(fx.masked.slice(x, Math.min(sentEnd, x + 80)));
  if (!m) return null;
  const end = x + m[0].replace(/[.]$/, '').length;
  return { start: x, end, speaker: null, entity: null, kind: 'anonymous' };
}

/**
 * A verb that may be a passive's participle: a regular "-ed" or an irregular one. Not "known" ("is also known by the
 * acronyms ISIL and ISIS" names, nobody holds it), not a present participle ("is proposing … by 2020").
 */
export function isPastParticiple(word: string): boolean {
  const w = lowerCased(word);
  return (w.length > 4 && w.endsWith('ed')) || STANCE_PARTICIPLES.has(w);
}
