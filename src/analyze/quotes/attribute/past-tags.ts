// Content that goes on past a quotation's tag, as PolNeAR marks it: what the quotation is said of ("“We wanted to
// control the real estate,” the city manager said of the championship course": every train content whose cue
// reads "said of" holds the topic), and the rest of a sentence a partial quotation opened ("He thought of his
// speeches as “little talks,” he told friends, in which he could tell stories …"). The content it is scored as ends
// there (Attribution.contentEnd), while the quotation, its text and its speaker stay as they are: the tag between
// is the speaker's, not the content's.

import type { QuotedSpan } from '../marks.js';
import type { Finder } from './finder.js';
import type { Frame } from './types.js';

/** "of" or "about" right after the tag's verb: what the quotation is about. */
const TOPIC_AFTER_CUE_RE = /^\s+(?:of|about)\s+\S/;

/**
 * Where a topic ends: before a quotation that goes on in the same sentence ("said of Trump, “whether you're …”"),
 * or before a comma that opens a clause of the tag's own ("said of the terrorist group, adding …", ", before
 * taking aim at …", ", his words drowned by applause"). A "’" between letters is an owner's or a contraction's
 * ("said of Trump’s campaign").
 */
const TOPIC_STOP_RE =
  /["“”‘]|''|’(?!\p{L})|\n|,\s+(?:\p{Ll}+ing\b|before\b|after\b|while\b|his\b|her\b|their\b)/u;

/**
 * After a partial quotation's tag, a comma and what the tag itself goes on with, not the sentence the quotation
 * opened: a participle ("he said, adding …", "noting", "saying") or an adverbial ("before …", "as …", "with an
 * awkward smile"). Anything else completes the sentence ("he added, to pursue a hybrid system", "he said, wind up
 * in a debate …", "Quill wrote, Lazar is actually …").
 */
const TAG_OWN_CLAUSE_RE =
  /^,\s+(?:\p{L}+ing\b|before\b|after\b|as\b|while\b|when\b|with\b|without\b|according\b|though\b|although\b|who\b|whose\b|[“"'‘])/u;

/**
 * The tag of frame f right after quotation q, up to the sentence's end: the quotation closed on a comma (or "?" or
 * "!" when `marks` allows), then the frame's subject and its cue, nothing else before them.
 */
function tagAfter(fx: Finder, q: QuotedSpan, f: Frame, marks: string): { sentEnd: number } | null {
  if (!q.closed || q.multiParagraph || f.cue.start < q.close) return null;
  if (!marks.includes(fx.body[q.innerEnd - 1])) return null;
  const sent = fx.sentences[fx.sentenceAt(q.close)];
  if (!sent || f.cue.end >= sent.end) return null;
  const tagStart = Math.min(f.subject.start, f.cue.start);
  if (tagStart < q.close || fx.masked.slice(q.close, tagStart).replace(/^\s*,?\s*/, '') !== '') return null;
  return { sentEnd: sent.end };
}

/** Where a direct quotation's content ends past "“…,” X said of Y": at Y's end. Null when no topic follows. */
export function tagTopicEnd(fx: Finder, q: QuotedSpan, f: Frame): number | null {
  const tag = tagAfter(fx, q, f, ',?!');
  if (!tag) return null;
  const rest = fx.masked.slice(f.cue.end, tag.sentEnd);
  if (!TOPIC_AFTER_CUE_RE.test(rest)) return null;
  const stop = rest.search(TOPIC_STOP_RE);
  const end = f.cue.end + (stop >= 0 ? rest.slice(0, stop) : rest).replace(/[\s.!?,;:]+$/, '').length;
  return fx.cueOfAnotherIn(f, f.cue.end, end) ? null : end;
}

/**
 * Where a partial quotation's content ends when its tag, subject first, breaks the sentence the quotation belongs to
 * ("because of the “impact,” Jacobs said, that he's had on the news"): at the sentence's end. The tag may hold one
 * or two words after its cue ("he told friends, in which …"). Null when the tag ends the sentence or goes on with a
 * clause of its own.
 */
export function sentenceEndPastTag(fx: Finder, q: QuotedSpan, f: Frame): number | null {
  const tag = tagAfter(fx, q, f, ',');
  if (!tag || f.subject.start > f.cue.start) return null;
  const rest = fx.masked.slice(f.cue.end, tag.sentEnd);
  const comma = /^(?:\s+\p{Ll}+){0,2}(?=,)/u.exec(rest);
  if (!comma) return null;
  const after = rest.slice(comma[0].length);
  if (TAG_OWN_CLAUSE_RE.test(after) || !/\p{L}/u.test(after)) return null;
  const end = f.cue.end + rest.replace(/[\s.!?,;:]+$/, '').length;
  return fx.cueOfAnotherIn(f, f.cue.end, end) ? null : end;
}
