// Quotation marks the writer sets around a label of their own: a scare quote at the end of a sentence, after an
// adjective, or a slogan's or campaign's name put before its noun. Nobody is credited with them, and nobody said
// them; who-said-what does not list them (listed-statements.ts asks this for a partial quote with no speaker).

import type { Attribution } from './attribute.js';
import { wordCount } from './text.js';

/**
 * "a news has gone viral about an ‘oxygen bar’!", "publications have carried the news about this unique ‘bar’.",
 * "While the “Meth. We’re on it.” campaign did not appeal to …", "South Dakota’s viral “Meth. We’re on it.” awareness
 * campaign": a quotation set after a determiner or an owner (and at most one adjective), that either ends the
 * sentence while no verb of saying frames it (`framedBySaying` false), or stands before the noun it names, is the
 * writer's label (nonspeech59). ("because of his “history of absconding”", framed by "a judge ruled", ends its
 * sentence and stays: the judge's words; a quotation credited to a speaker is never asked about.)
 */
export function isWritersLabel(a: Attribution, body: string, framedBySaying: boolean): boolean {
  if (a.kind !== 'partial' || a.speaker !== null) return false;
  if (!LABEL_OPENER_RE.test(body.slice(Math.max(0, a.start - 40), a.start))) return false;
  const words = wordCount(a.text, 9);
  const after = body.slice(a.end, a.end + 30);
  const noun = NOUN_AFTER_RE.exec(after);
  if (noun !== null && !FUNCTION_WORDS.has(noun[1]) && !PRONOUNS.has(noun[1]))
    return words <= 3 ? !/[,.!?;:]$/.test(a.text) : words <= 8 && SLOGAN_RE.test(a.text);
  const endsSentence = SENTENCE_END_AFTER_RE.test(after) || (/[.!?]$/.test(a.text) && /^[’”"']/u.test(after));
  return !framedBySaying && words <= 3 && endsSentence;
}

/**
 * A determiner or an owner right before the opening mark, at most one lower-case adjective between: "an ‘…’",
 * "this unique ‘…’", "South Dakota’s viral “…”". ("that" is left out: "lecturing the nation that “hearsay can be
 * much better evidence than direct” testimony" opens a clause someone said.)
 */
const LABEL_OPENER_RE =
  /(?:\b(?:[Aa]n?|[Tt]he|this|these|those|its|his|her|their|our|my|your)|['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+)?[‘“"']$/u;
/** The lower-case word right after the closing mark: the noun a label (or a scare quote) stands before. */
export const NOUN_AFTER_RE = /^[’”"']\s+(\p{Ll}[\p{L}-]*)/u;
/**
 * A longer label is a slogan in sentences, a stop inside it ("Meth. We’re on it."); a longer phrase before a word
 * is often someone's ("the “90 to 95 percent” figure came from the Clinton campaign"), and a phrase closed by a
 * comma is set off, not a label ("called him an “academic and musician,” inexperienced").
 */
const SLOGAN_RE = /[.!?]\s+\S.*[^,]$/u;
/** "The new strategy is a “very welcome tack,” he said.": a pronoun after the mark starts the tag, not a noun. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** The closing mark, then the sentence's stop ("‘oxygen bar’!") or the line's end. */
const SENTENCE_END_AFTER_RE = /^[’”"']?\s*(?:[.!?]|$)/u;
/** Words that do not start a noun: after a quotation they carry the sentence on ("a “phase one” deal to …"). */
export const FUNCTION_WORDS = new Set(
  'to in on at of for from with by and or but as than that which who whom whose when while after before during about into over under against between through is are was were be been has have had will would can could may might should must do does did not so if because'.split(
    ' ',
  ),
);
