// Quotations that no verb frame holds but whose lead-in still names who speaks: a line that ends on a colon before
// a paragraph of quotation ("Sanders made the following comment:⏎⏎“…”"), a verb closed by a comma right before the
// quotation ("Mr. Trump was prompted to say, “…”"), and an aside "as X put it" in the quotation's sentence. Only
// a person or an organization the recognizer names right before the verb (or right after "as") is taken: a lead-in
// whose speaker is not plain leaves the quotation speakerless, since no speaker is better than a wrong one.

import type { Mention } from '../../../model/index.js';
import type { QuotedSpan } from '../marks.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { descriptorStart } from './subject-edges.js';
import { type Frame, plainFrame } from './types.js';

/** The most words a lead-in sentence may have: a longer one says more than who speaks. */
const MAX_LEAD_WORDS = 40;

/**
 * A verb of speech, or one that hands over a statement, and what may follow it up to the colon or comma before the
 * quotation: "made the following comment", "issued the following statement", "reported after the FBI …", "called
 * over her shoulder", "was prompted to say".
 */
const LEAD_VERB_RE =
  /(?:^|\s)(said|says|say|wrote|writes|write|tweeted|posted|declared|stated|state|explained|remarked|replied|responded|answered|cracked|joked|quipped|added|announced|warned|reported|called|sang|sings)((?:\s+[^\s"~:;,]+){0,16})\s*[:,]\s*$/;

/** Verbs that hand over a statement rather than say it: their object must be one ("issued the following statement"). */
const HANDED_STATEMENT_RE =
  /(?:^|\s)(issued|released|made|gave|offered|posted|put\s+out)\s+(?:the\s+following|this|a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|comment|comments|remarks?|response|message|tweet|note|post)\s*:\s*$/u;

/** What follows a lead verb that makes it no lead-in: another clause, a listener before "that", a quoted title. */
const NOT_LEAD_TAIL_RE = /\b(?:that|who|whom|which|whether|if|and|or|but|of|about)\b/;

/** Words that may stand between the speaker's name and the lead verb: auxiliaries, adverbs, "was prompted to". */
const BETWEEN_NAME_AND_VERB_RE =
  /(?:^|[^\s])(\s+(?:(?:also|then|later|simply|quickly|immediately|again|once|famously|recently|just|has|had|have|was|were|is|would|will|did)\s+)*(?:(?:was|were)\s+(?:prompted|moved|compelled|forced|quick)\s+to\s+)?)$/;

/**
 * "as Ms. Simonyan put it", "as anti-terrorist prosecutor Marc Trévidic put it": up to three lower-case titles and
 * an abbreviated one ("Ms.", "Sen."), which the recognizer leaves out of the name, before it.
 */
const AS_PUT_IT_RE =
  /(?:^|[\s(,;—–-])[Aa]s\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}{0,3}\.\s+)?(?=\p{Lu})/gu;

/**
 * After the name in an "as … put it" aside: an appositive set off by commas (the closing one may stand inside a
 * quoted title's marks: "author of ''America's Unwritten Constitution,'' put it"), then "put it".
 */
const PUT_IT_AFTER_NAME_RE = /^(?:,[^,;:]{1,140}[,"])?\s+put\s+it\b/;

/**
 * Right after a quotation, an "as X said" aside: the quotation's closing comma at most, "as", up to three
 * lower-case titles and an abbreviated one ("as Sen. Ted Cruz said", "as state auditor Ann Roe put it").
 */
const AS_AFTER_QUOTATION_RE =
  /^,?\s*as\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}{0,3}\.\s+)?(?=\p{Lu})/u;

/**
 * After the name in a trailing "as X said" aside: a verb of saying (an auxiliary or "once" before it), then the
 * sentence's end, a comma, or a phrase of time or place ("said on a radio show"), not a clause of its own ("as Roe
 * said he would": a promise kept, not the quotation's speaker).
 */
const SAID_AFTER_NAME_RE =
  /^\s+(?:(?:has|had|once|later|herself|himself)\s+)?(said|says|put\s+it|noted|notes|wrote|writes|observed|argued|explained|joked|quipped|remarked|tweeted)(?=\s*[,.;:!?—–]|\s+(?:on|in|at|during|to|last|this|earlier|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;

/** Whether a mention names someone who can speak: a person or an organization. */
function speaks(fx: Finder, m: Mention): boolean {
  const t = typeOfMention(fx, m);
  return t === 'person' || t === 'organization';
}

/** A frame for `q` whose subject is mention `m`, with its cue at [cs, ce). */
function leadFrame(fx: Finder, q: QuotedSpan, m: Mention, cs: number, ce: number): Frame {
  const sIdx = fx.sentenceAt(cs);
  const s = fx.sentences[sIdx];
  return plainFrame(fx.paraOf, sIdx, {
    cue: { start: cs, end: ce },
    subject: fromMention(fx, m, Math.max(s?.start ?? 0, descriptorStart(fx, m))),
    region: { start: q.open, end: q.close },
  });
}

/**
 * The text that leads into `q`: its own sentence up to it when that ends on a colon or a comma, or, for a quotation
 * that opens its paragraph, the last sentence of the paragraph before when that ends on a colon. [start, end).
 */
function leadStretch(fx: Finder, q: QuotedSpan): { start: number; end: number } | null {
  const s = fx.sentences[fx.sentenceAt(q.open)];
  if (!s) return null;
  const own = fx.masked.slice(s.start, q.open);
  if (/[:,]\s*$/.test(own) && /\S/.test(own)) return { start: s.start, end: q.open };
  const lineStart = fx.masked.lastIndexOf('\n', q.open - 1) + 1;
  if (fx.masked.slice(lineStart, q.open).trim() !== '') return null;
  let e = lineStart;
  while (e > 0 && /\s/.test(fx.masked[e - 1])) e--;
  if (e === 0 || fx.masked[e - 1] !== ':') return null;
  const prev = fx.sentences[fx.sentenceAt(e - 1)];
  if (!prev || fx.masked.slice(prev.start, e).includes('\n')) return null;
  return { start: prev.start, end: e };
}

/** The speaker named right before the lead verb that closes the stretch before `q` (see LEAD_VERB_RE). */
function verbLeadIn(fx: Finder, q: QuotedSpan): Frame | null {
  const stretch = leadStretch(fx, q);
  if (!stretch) return null;
  const text = fx.masked.slice(stretch.start, stretch.end);
  if (text.split(/\s+/).length > MAX_LEAD_WORDS) return null;
  const verb = LEAD_VERB_RE.exec(text);
  const handed = verb ? null : HANDED_STATEMENT_RE.exec(text);
  const found = verb ?? handed;
  if (!found) return null;
  if (verb && NOT_LEAD_TAIL_RE.test(verb[2])) return null;
  const cs = stretch.start + found.index + found[0].length - found[0].trimStart().length;
  const ce = cs + found[1].length;
  const between = BETWEEN_NAME_AND_VERB_RE.exec(fx.masked.slice(stretch.start, cs));
  if (!between) return null;
  const m = fx.index.byEnd.get(cs - between[1].length);
  if (!m || m.start < stretch.start || !speaks(fx, m)) return null;
  // "Trump’s spokeswoman said": an owner names whose words they are, not who says them.
  if (/^['’]s?\b/.test(fx.body.slice(m.end, m.end + 2))) return null;
  return leadFrame(fx, q, m, cs, ce);
}

/** The speaker of an "as X put it" aside before `q` in its sentence ("As Ms. Simonyan put it …, RT is ''…''"). */
function asPutIt(fx: Finder, q: QuotedSpan): Frame | null {
  const s = fx.sentences[fx.sentenceAt(q.open)];
  if (!s) return null;
  const text = fx.masked.slice(s.start, q.open);
  if (!text.includes('put it')) return null;
  AS_PUT_IT_RE.lastIndex = 0;
  for (let a = AS_PUT_IT_RE.exec(text); a; a = AS_PUT_IT_RE.exec(text)) {
    const at = s.start + a.index + a[0].length;
    // (The recognizer may hold the title in the name, "Ms. Simonyan", or leave it out.)
    const m = fx.index.byStart.get(at) ?? (a[1] ? fx.index.byStart.get(at - a[1].length) : undefined);
    if (!m || !speaks(fx, m)) continue;
    const after = PUT_IT_AFTER_NAME_RE.exec(fx.masked.slice(m.end, q.open));
    if (!after) continue;
    const ce = m.end + after[0].length;
    return leadFrame(fx, q, m, ce - 'put it'.length, ce);
  }
  return null;
}

/**
 * The speaker of an "as X said" aside right after `q` ("the fact that the race “is a dead heat right now,” as Cruz
 * said on a radio show, …"): the quotation is the words of whom the aside names.
 */
function asSaidAfter(fx: Finder, q: QuotedSpan): Frame | null {
  const s = fx.sentences[fx.sentenceAt(q.open)];
  if (!s) return null;
  const tail = fx.masked.slice(q.close, Math.min(s.end, q.close + 160));
  const a = AS_AFTER_QUOTATION_RE.exec(tail);
  if (!a) return null;
  const at = q.close + a[0].length;
  const m = fx.index.byStart.get(at) ?? (a[1] ? fx.index.byStart.get(at - a[1].length) : undefined);
  if (!m || !speaks(fx, m)) return null;
  const said = SAID_AFTER_NAME_RE.exec(fx.masked.slice(m.end, s.end));
  if (!said) return null;
  const ce = m.end + said[0].length;
  return leadFrame(fx, q, m, ce - said[1].length, ce);
}

/** A frame for a quotation no other frame holds, from a lead-in that names its speaker; null when none does. */
export function leadInFrame(fx: Finder, q: QuotedSpan): Frame | null {
  return verbLeadIn(fx, q) ?? asPutIt(fx, q) ?? asSaidAfter(fx, q);
}
