// A tag set inside its own sentence as an aside, after a short opener: "Instead, she said, her boss had booked a
// room", "But, he added, “we are, in effect, in a war”", "Back then, Ms. Ripert said, she found …". PolNeAR's
// content is the sentence around the tag, opener included: the opener belongs to what was said, the tag standing
// between its pieces. Over all train attributions whose tag follows a one- to three-word opener and is closed by a
// comma, the gold takes in the opener about two times in three ("But, he said, …" either way; "Instead", "Now",
// "Rather", "Otherwise", "Even then", "For decades" in). Only the content the benchmark scores moves
// (Attribution.subjectFrom, read by contentSpan): the span, its text, its speaker and who-said-what stay.
// A longer opener is the tag's own setting ("In a statement Thursday, Ferguson said, …", "Asked if …, Ryan said,
// …"), which PolNeAR leaves out; a tag not closed by a comma ("In Iowa, Cruz said he …") too.

import type { Finder } from './finder.js';
import type { Frame } from './types.js';

/** One to three words and a comma opening the sentence, no quotation mark, other punctuation or figure among them:
 *  a date sets the tag's own time ("In 2008, Trump said, …", "On November 19, Labott tweeted, …"). */
const SHORT_OPENER_RE = /^\s*[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2},\s+$/u;

/** Between the cue and the content: up to three words of the tag's own ("told reporters"), then the closing comma
 *  (and the content's opening quotation marks). */
const TAG_CLOSE_RE = /^(?:\s+[\p{L}’'.-]+){0,3},\s*["“'‘]*$/u;

/**
 * Where the content opens when frame f's tag stands as an aside after a short opener (the sentence's start), else
 * null. The subject (not empty) must stand right before the cue and the content open right after the tag's comma.
 */
export function tagAsideStart(fx: Finder, f: Frame, contentStart: number): number | null {
  const { subject, cue } = f;
  if (subject.end <= subject.start || subject.end > cue.start || contentStart < cue.end) return null;
  if (fx.body.slice(subject.end, cue.start).trim() !== '') return null;
  // "Minutes later, she sent an email saying, “done.”": a participle's tag is a clause of the sentence's own verb.
  if (/ing$/.test(fx.body.slice(cue.start, cue.end))) return null;
  const sent = fx.sentences[fx.sentenceAt(subject.start)];
  if (!sent || sent.start > subject.start) return null;
  const opener = fx.body.slice(sent.start, subject.start);
  if (!SHORT_OPENER_RE.test(opener) || !TAG_CLOSE_RE.test(fx.body.slice(cue.end, contentStart))) return null;
  const start = sent.start + (opener.length - opener.trimStart().length);
  return fx.cueOfAnotherIn(f, start, subject.start) ? null : start;
}
