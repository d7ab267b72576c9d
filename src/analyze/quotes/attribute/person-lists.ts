// Lists that give each person a line of their own: "Jane R. Doe: Possession of cocaine, held in jail in lieu of
// $20,000 bond." (a police blotter's charges), a cast or a roster. A name and a colon there open an entry about that
// person, not their words, though a lone line of the same shape is a headline's source ("Lynch: No outside
// influence on FBI probe").

import type { Finder } from './finder.js';

/** One to five capitalised words and a colon opening a line: "Amy L. Carter: …". */
const NAME_LINE_RE = /^[ \t]*(?:[\p{Lu}][\p{L}.’'-]*[ \t]+){0,4}[\p{Lu}][\p{L}.’'-]*:[ \t]+\S/u;

/** The next paragraph after p with any text, or -1. */
function paragraphAfter(fx: Finder, p: number): number {
  for (let q = p + 1; q < fx.paraStarts.length; q++)
    if (fx.masked.slice(fx.paraStartOf(q), fx.paraEndOf(q)).trim() !== '') return q;
  return -1;
}

const opensWithName = (fx: Finder, p: number): boolean =>
  p >= 0 && NAME_LINE_RE.test(fx.masked.slice(fx.paraStartOf(p), fx.paraEndOf(p)));

/**
 * A finite auxiliary or a speaker's own pronoun: a transcript's line has one ("Matthews: Well, speculation is
 * bad."), an entry of charges or roles seldom does.
 */
const SPOKEN_CLAUSE_RE =
  /\b(?:is|are|was|were|am|be|been|have|has|had|do|does|did|will|would|can|could|should|may|might|must|I|we|you|me|us)\b|['’](?:s|re|m|ve|ll|d)\b|n['’]t\b/;

/**
 * Whether paragraph p, a "Name: …" line, is an entry of such a list: it ends as a sentence does (a headline seldom
 * takes a full stop) with no clause of speech in it, and the line before or after it opens with a name and a colon
 * too.
 */
export function isPersonListEntry(fx: Finder, p: number): boolean {
  const line = fx.masked.slice(fx.paraStartOf(p), fx.paraEndOf(p)).trimEnd();
  if (!line.endsWith('.') || SPOKEN_CLAUSE_RE.test(line.slice(line.indexOf(':') + 1))) return false;
  const before = p > 0 ? fx.paragraphBefore(p) : -1;
  return opensWithName(fx, before) || opensWithName(fx, paragraphAfter(fx, p));
}
