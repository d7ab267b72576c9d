// One article's state while its attributions are found: text, masked text, quotes, sentences, paragraphs.

import type { LocalEntity, Mention, Span } from '../../../model/index.js';
import { findQuotedSpans, type QuotedSpan } from '../marks.js';
import { quoteAwareSentences } from '../sentences.js';
import { buildSpeakerIndex, type EntityFacts, type SpeakerIndex } from '../speakers.js';
import type { Frame, Speaker } from './types.js';

export function maskQuotes(body: string, quoted: QuotedSpan[]): string {
  if (quoted.length === 0) return body;
  const parts: string[] = [];
  let at = 0;
  for (const q of quoted) {
    parts.push(body.slice(at, q.open));
    const len = q.close - q.open;
    if (q.closed) parts.push(`"${'~'.repeat(Math.max(0, len - 2))}"`);
    else parts.push(`"${'~'.repeat(Math.max(0, len - 1))}`);
    at = q.close;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

export interface NameIndex {
  exact: Map<string, EntityFacts>;
  surname: Map<string, EntityFacts>;
}

export class Finder {
  readonly index: SpeakerIndex;
  readonly body: string;
  readonly masked: string;
  readonly quoted: QuotedSpan[];
  readonly sentences: Span[];
  readonly paraOf: number[];
  readonly frames: Frame[] = [];
  /**
   * Outlets reporting another frame of their sentence ("In one email, Carter said …, the Times reported"): they
   * are that frame's `via`, and only end its content (trimRegions); they are not listed.
   */
  readonly channelFrames: Frame[] = [];
  /**
   * The one quoting in "X quoted Y as saying …" (see quotedAsSaying in cue.ts), by the start of Y's cue: a frame
   * at "quoted" that is not listed; PolNeAR credits X with the attribution (channel-credits.ts).
   */
  readonly quotingFrames = new Map<number, Frame>();
  /** Frames whose content goes on within the content of a frame before them (see trimRegions): both are kept. */
  readonly runsOn = new Set<Frame>();
  /**
   * Cues of listed frames whose content a learned frame around them reports (see dropShadowedLearned): PolNeAR
   * marks the outer frame, and who-said-what lists the inner one where the outer is no statement (`restated`).
   */
  readonly heldByLearned = new Set<Span>();
  /**
   * Of those, frames of a clause with its own subject after "and"/"but"/"while" in what a reporting verb reports
   * (see trimRegions): a view that stood alone before the content ran on over it, so it is not dropped as nested.
   */
  readonly joinedClauses = new Set<Frame>();
  readonly entities: Map<string, EntityFacts>;
  readonly paraStarts: number[];
  names: NameIndex | null = null;
  namesakes: Map<EntityFacts, EntityFacts[]> | null = null;
  /** nameIn by speaker string: an article names the same few speakers again and again. */
  readonly namesIn = new Map<string, string | null>();
  /** descriptorStart by mention start: the same speaker is looked up once for each of their quotes. */
  readonly descriptorStarts = new Map<number, number>();
  readonly speakers = new Map<Frame, Speaker>();
  /** describedSpeaker by its phrase, one map for each pair of its flags (see describedOnce in speakers.ts). */
  readonly described = [0, 1, 2, 3].map(() => new Map<string, string | null>());

  constructor(body: string, mentions: Mention[], entities: LocalEntity[]) {
    this.body = body;
    this.quoted = findQuotedSpans(body);
    this.masked = maskQuotes(body, this.quoted);
    this.sentences = quoteAwareSentences(body, this.masked, this.quoted);
    this.index = buildSpeakerIndex(body, mentions, entities);
    this.entities = this.index.facts;
    this.paraStarts = [0];
    for (let i = this.masked.indexOf('\n'); i >= 0; i = this.masked.indexOf('\n', i + 1))
      this.paraStarts.push(i + 1);
    this.paraOf = new Array<number>(this.sentences.length);
    for (let s = 0; s < this.sentences.length; s++)
      this.paraOf[s] = this.paragraphAt(this.sentences[s].start);
  }

  paraStartOf(p: number): number {
    return this.paraStarts[p] ?? 0;
  }

  /** Where paragraph p ends: at its newline, or at the end of the text. */
  paraEndOf(p: number): number {
    const next = this.paraStarts[p + 1];
    return next === undefined ? this.masked.length : next - 1;
  }

  /**
   * The paragraph before p, passing over blank lines (paragraphs are often set apart by an empty line, as the
   * store joins them): "the sentence before" may stand across one.
   */
  paragraphBefore(p: number): number {
    let q = p - 1;
    while (
      q > 0 &&
      this.masked.slice(this.paraStarts[q], this.paraStarts[q + 1] ?? this.masked.length).trim() === ''
    )
      q--;
    return q;
  }

  paragraphAt(pos: number): number {
    let lo = 0;
    let hi = this.paraStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paraStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Whether a frame other than f has its cue in [from, to): a content or an opener stretched over that span would take
   * in another report's words.
   */
  cueOfAnotherIn(f: Frame, from: number, to: number): boolean {
    return this.frames.some((g) => g !== f && g.cue.start >= from && g.cue.start < to);
  }

  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
