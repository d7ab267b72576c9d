// A subject that is a person's name after the titles that describe them, read back with no speaker: "former Acme
// CEO and presidential candidate Carla Finn opened up on Twitter, reminding …" (an "and" between two titles made
// the phrase look like two people). The name that ends the phrase is who spoke.

import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import type { Frame, Speaker } from './types.js';

/**
 * The titles before the name: words with no comma, dash, quotation mark or bracket, opened by nothing or by an
 * article or "former"; "and" only before a lowercase word ("CEO and presidential candidate"), so that "Smith and
 * Senator" is two people.
 */
const TITLES_RE =
  /^(?:(?:the|a|an|former|then)\s+)?(?:(?!(?:of|for|from|with|by|to|at|in|on|about|against|than|as|who|whose|that|which|and|or|said|says|told)\s)[\p{L}\p{N}.’'&-]+\s+|and\s+(?=\p{Ll}))+$/iu;

/** The person whose name ends an unnamed subject after titles only, as the frame's speaker, or null. */
export function titledName(fx: Finder, f: Frame): Speaker | null {
  const { subject } = f;
  if (subject.speaker !== null || subject.entity !== null) return null;
  const m = fx.index.byEnd.get(subject.end);
  if (!m || m.start <= subject.start || typeOfMention(fx, m) !== 'person') return null;
  const titles = fx.masked.slice(subject.start, m.start);
  // Only the "and" case: a subject of titles alone before a name is the subject search's own to settle.
  if (!/\sand\s/.test(titles) || !TITLES_RE.test(titles)) return null;
  // A second person among the titles makes the phrase two people after all.
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, subject.start); i < ms.length && ms[i].start < m.start; i++)
    if (typeOfMention(fx, ms[i]) === 'person') return null;
  const who = fromMention(fx, m);
  return { speaker: who.speaker, entity: who.entity };
}
