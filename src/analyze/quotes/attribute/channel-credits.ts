// "…,” Mr. Pence said, according to audio provided to The Times", "In one email, Carter discussed …, the Times
// reported": an outlet's tag closing the sentence reports the whole of it, the speaker's own tag included. PolNeAR
// credits the outlet with such an attribution (its frame alone is marked); who-said-what lists the words as the
// speaker's, through the outlet (the frame's `via`), as reported-through.ts does for "According to X, Y said".

import type { Span } from '../../../model/index.js';
import type { Finder } from './finder.js';
import { speakerFor } from './speakers.js';
import { type Attribution, type Frame, newAttribution } from './types.js';

/**
 * A clause set off after the speaker's verb, before the outlet's tag: "…, which stood at 263 entering Tuesday's
 * primary, according to the Associated Press", "…, KING-TV reported, while in Chicago the parade began …, the
 * Chicago Sun-Times reported", "…, given that, as The Times reported, he has …". The tag may report that clause
 * alone (PolNeAR marks it so), not the speaker's words.
 */
const CLAUSE_SET_OFF_RE = /[,;]\s*(?:which|who|whose|where|while|whereas|and|but|as)\s|;/i;

/**
 * Whether the outlet's content takes in the speaker's words: it holds the speaker's verb ("Carter said he …, the
 * Times reported": the clause before the tag), or it is the quotation that opens what the speaker said ("Trump
 * said: “…,” the Times reported": the tag's content is the quotation alone).
 */
const takesInWords = (c: Span, f: Frame): boolean =>
  c.start <= f.cue.start
    ? f.cue.end <= c.end
    : f.region !== null && f.region.start <= c.start && c.start < f.region.end;

/**
 * The outlet's channel frame (see addFrame) that reports frame f: in f's sentence, named after f's verb and after
 * the start of f's content, its content taking in f's words, with no clause set off after f's verb between. Null
 * for a frame with no channel, or one told only "in an interview with" an outlet (f's `via` from viaIn: the
 * speaker's words, PolNeAR's too).
 */
function reportingChannel(fx: Finder, f: Frame): Frame | null {
  for (const c of fx.channelFrames) {
    if (c.sentence !== f.sentence || !c.region || !takesInWords(c.region, f)) continue;
    if (f.cue.end > c.subject.start || (f.region && f.region.start >= c.subject.start)) continue;
    if (CLAUSE_SET_OFF_RE.test(fx.masked.slice(f.cue.end, Math.min(c.subject.start, c.cue.start)))) continue;
    return c;
  }
  return null;
}

/**
 * The attributions with each one whose frame an outlet's closing tag reports (see reportingChannel), or whose
 * speaker someone "quoted … as saying" (fx.quotingFrames), credited to that outlet, its source, cue and kind, as
 * PolNeAR marks it; the speaker's own credit is kept in `told`, which
 * `withToldSpeakers` puts back for who-said-what.
 */
export function withChannelCredits(fx: Finder, attributions: Attribution[]): Attribution[] {
  if (fx.channelFrames.length === 0 && fx.quotingFrames.size === 0) return attributions;
  const byCue = new Map<number, Frame>();
  for (const f of fx.frames) if (f.via) byCue.set(f.cue.start, f);
  if (byCue.size === 0) return attributions;
  return attributions.map((a) => {
    const f = a.via && a.cue ? byCue.get(a.cue.start) : undefined;
    // "X quoted Y as saying …": X's frame at "quoted" (see quotedAsSaying in cue.ts) reports Y's words.
    const quoting = f ? fx.quotingFrames.get(f.cue.start) : undefined;
    const c = quoting ?? (f ? reportingChannel(fx, f) : null);
    if (!c) return a;
    const outlet = speakerFor(fx, c);
    // PolNeAR's content of "quoted Y as saying that …" opens at Y; a quotation's is the quotation alone.
    const opensAtQuoted = quoting && a.kind !== 'direct' && a.source && a.source.start < a.start;
    return newAttribution({
      ...a,
      quotedFrom: opensAtQuoted ? a.source?.start : a.quotedFrom,
      speaker: outlet.speaker,
      speakerEntity: outlet.entity,
      via: null,
      source: { start: c.subject.start, end: c.subject.end },
      cue: c.cue,
      sourceKind: c.subject.kind,
      told: {
        speaker: a.speaker,
        speakerEntity: a.speakerEntity,
        via: a.via,
        source: a.source,
        cue: a.cue,
        sourceKind: a.sourceKind,
      },
    });
  });
}

/** Who-said-what's view of the attributions: each one credited to an outlet's tag goes back to its speaker. */
export const withToldSpeakers = (attributions: Attribution[]): Attribution[] =>
  attributions.some((a) => a.told)
    ? attributions.map((a) => {
        if (!a.told) return a;
        return newAttribution({ ...a, ...a.told, told: undefined });
      })
    : attributions;
