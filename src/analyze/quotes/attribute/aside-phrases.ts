// A tag set as an aside inside a phrase that trails its sentence's main clause: "Sanders counts on his supporters
// to win Iowa, which, his advisers believe, would lead to …", "He tells audiences she may be prosecuted (the
// existence of which, many Democrats say, represents …)", "… sanctions - a provision, Corker said, that is meant
// to …", "to help his clients and, he argued, to help stabilize Ukraine", "The program is hardly formal, but it has
// attracted a loyal following, said Ms. Gil, with …". What the tag reports is that phrase, not the main clause
// before it, which tells the writer's own account: PolNeAR's content opens where the phrase does (at its relative
// word, inside the bracket or dash, past "and"/"but", or at the clause after ", but" or a semicolon).
// PolNeAR train and dev: 10 gold quotes gain a pairing, 3 lose theirs to the aside's (a main clause the aside's
// speaker was credited with), no speaker turns wrong (bench/quotes/RESULTS.md, sib57).

import { isHandCue } from '../lexicon.js';

/** A relative clause opened right before the tag: ", which, " (", who, ", ", whose support, "). */
const RELATIVE_OPENED_RE = /,\s+((?:which|who|whom|whose)\b[^,;:"()—–]*),\s*$/i;

/** "and" or "but" right before the tag: what follows the tag is the phrase, nothing before it. */
const CONJUNCTION_BEFORE_RE = /[\s,]\s*(?:and|but)\s*,\s*$/i;

/** A second clause opened by ", but" or a semicolon before the tag: the tag reports that clause alone. */
const CLAUSE_OPENED_RE = /(?:,\s+but|;)\s+/g;

/** Dashes standing as brackets: " - ", "--", "—", "–". */
const DASH_RE = /\s-{1,2}\s|[—–]|--/g;

/**
 * Where, in `pre` (the tag's sentence from its start up to the tag's subject, which ends with the comma setting the
 * tag off), the phrase the tag reports opens: past an unclosed bracket, at a relative word after a comma, past the
 * last ", but" or semicolon, or past an odd (opening) dash; at the end of `pre` after "and"/"but" (the phrase is all
 * after the tag); null when the tag
 * stands in the main clause ("The hashtag, Mr. Abboud said, accompanied …") and the sentence's start stays.
 */
export function asidePhraseStart(pre: string): number | null {
  if (CONJUNCTION_BEFORE_RE.test(pre)) return pre.length;
  const open = pre.lastIndexOf('(');
  if (open >= 0 && pre.indexOf(')', open) < 0) return open + 1;
  const rel = RELATIVE_OPENED_RE.exec(pre);
  if (rel) return rel.index + rel[0].indexOf(rel[1]);
  const clause = [...pre.matchAll(CLAUSE_OPENED_RE)].at(-1);
  if (clause) return (clause.index ?? 0) + clause[0].length;
  const dashes = [...pre.matchAll(DASH_RE)];
  if (dashes.length % 2 === 1) {
    const d = dashes[dashes.length - 1];
    const start = (d.index ?? 0) + d[0].length;
    // ("… institutions — as many researchers believe, …": an "as" aside right after the dash leaves no phrase.)
    return /[\p{L}\p{N}]/u.test(pre.slice(start)) ? start : null;
  }
  return null;
}

/**
 * Whether one of the first three words of the text is a hand-listed verb of speech: "… - attacks that, Sweet noted,
 * Trump said during the debate were sparked by …" goes on with another speaker's report, not the phrase's own words.
 */
export const opensWithReport = (text: string): boolean =>
  text.split(/[^\p{L}’'-]+/u, 3).some((w) => w !== '' && isHandCue(w.toLowerCase()));
