// A speaker's name the tagger missed, heading the words between a quotation and its verb: "“…,” He Jianxiong, the
// former executive director for China at the International Monetary Fund, said" (the surname "He" read as the
// pronoun). The body named in the apposition is where the person works, not who spoke.

import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import type { Subject } from './types.js';

/**
 * Two to four capitalised words (no full stop, so no "Mr." or initials the tagger would have read) and then a
 * comma and a description opened by an article or possessive: the head of an apposition.
 */
const NAME_THEN_DESCRIPTION_RE =
  /^(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,3}),\s+(?:the|a|an|his|her|its|their)\s/u;

/** Words that open a sentence or a clause in capitals without naming anyone ("But Officials", "The Company"). */
const NOT_A_NAME_RE =
  /^(?:The|A|An|But|And|Or|So|Yet|Then|Now|This|That|These|Those|Its|Their|Our|In|On|At|For|With|After|Before|When|While|As|If|Meanwhile|However|Still|Also)$/;

/**
 * The subject for a segment [s, e) that opens with an untagged name and its apposition, or null. Only where no
 * mention starts inside the name: a tagged name there is the subject search's own.
 */
export function untaggedNameHead(fx: Finder, s: number, e: number): Subject | null {
  const head = NAME_THEN_DESCRIPTION_RE.exec(fx.masked.slice(s, Math.min(e, s + 80)));
  if (!head) return null;
  const name = head[1];
  if (NOT_A_NAME_RE.test(name.split(/\s+/, 1)[0])) return null;
  const at = mentionFrom(fx, s);
  if (at < fx.index.mentions.length && fx.index.mentions[at].start < s + name.length) return null;
  return { start: s, end: e, speaker: name, entity: null, kind: 'unknown' };
}
