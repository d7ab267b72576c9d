// Q&A interviews: "Q: What will you do next? A: We will expand into Asia." The answers are the interviewee's own
// words, as a transcript line is its speaker's (see transcripts in layout-frames.ts); the questions are nobody's
// and are not listed (a frame over a question hides the frames inside it, "Does Bernie Sanders represent …": on
// PolNeAR train, two named speakers right were lost that way).

import type { Mention } from '../../../model/index.js';
import { wordCount } from '../text.js';
import { lineEnd } from './content-start.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import { namelessSubject, plainFrame, type Subject, spanning } from './types.js';

/**
 * A "Q" or "A" label with its colon or full stop, opening a line or following a sentence's end ("… comes first. Q:
 * When?"). Group 1 is what opens the label's line or follows the sentence before it.
 */
const QA_LABEL_RE = /(^|\n[ \t]*|[.!?]["”’]?[ \t]+)([QA])[:.][ \t]+(?=["“‘\p{Lu}\p{N}])/gu;

interface Label {
  kind: 'Q' | 'A';
  /** Where the letter stands. */
  at: number;
  /** Where the words after the label begin. */
  text: number;
}

/** Every Q and A label of the text, in order; empty unless a Q comes before an A. */
function labelsOf(fx: Finder): Label[] {
  const out: Label[] = [];
  QA_LABEL_RE.lastIndex = 0;
  for (let m = QA_LABEL_RE.exec(fx.masked); m !== null; m = QA_LABEL_RE.exec(fx.masked)) {
    const at = m.index + m[1].length;
    out.push({ kind: m[2] as 'Q' | 'A', at, text: m.index + m[0].length });
    // A label and the sentence end before the next one may share characters: look again from the letter's end.
    QA_LABEL_RE.lastIndex = at + 2;
  }
  const q = out.findIndex((l) => l.kind === 'Q');
  return q >= 0 && out.some((l, i) => i > q && l.kind === 'A') ? out.slice(q) : [];
}

/**
 * The person interviewed: the first person named, outside quotations, in the paragraph of the first question before
 * it, else in the paragraph before that ("In an interview with The Hindu, Maria Lopez spoke …", "Actress Diane
 * Guerrero has become …": an interviewer named later, "he spoke with POLITICO's Michael Grunwald", comes second).
 */
function interviewee(fx: Finder, firstQ: number): Mention | null {
  let p = fx.paragraphAt(firstQ);
  for (let tries = 0; tries < 5 && p >= 0; tries++) {
    const from = fx.paraStartOf(p);
    const to = Math.min(firstQ, fx.paraStartOf(p + 1) || fx.masked.length);
    const ms = fx.index.mentions;
    for (let i = mentionFrom(fx, from); i < ms.length && ms[i].start < to; i++)
      if (fx.masked[ms[i].start] !== '~' && typeOfMention(fx, ms[i]) === 'person') return ms[i];
    if (p === 0) break;
    p = fx.paragraphBefore(p);
  }
  return null;
}

/** Frames for the answers of a Q&A (verbatim, the interviewee's, or nobody's when no one is named before). */
export function qaAnswers(fx: Finder): void {
  const labels = labelsOf(fx);
  if (labels.length === 0) return;
  const who = interviewee(fx, labels[0].at);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    // An answer runs to the next label or its line's end, whichever comes first.
    const next = labels[i + 1]?.at ?? fx.masked.length;
    let end = Math.min(next, lineEnd(fx, l.text));
    while (end > l.text && /\s/.test(fx.masked[end - 1])) end--;
    if (l.kind === 'Q' || wordCount(fx.masked.slice(l.text, end), 2) < 2) continue;
    const label = { start: l.at, end: l.at + 1 };
    const subject: Subject = who
      ? spanning(fromMention(fx, who), label.start, label.end)
      : namelessSubject(label.start, label.end);
    const sIdx = fx.sentenceAt(l.at);
    fx.frames.push(
      plainFrame(fx.paraOf, sIdx, {
        cue: { start: l.at + 1, end: l.at + 2 },
        subject,
        region: { start: l.text, end },
        verbatim: true,
      }),
    );
  }
}
