// Learns an outlet's page template: a line that recurs across many of one outlet's documents is not news.

import { createHash } from 'node:crypto';

/** A short line (a label, a footer) is template when it is in most of the outlet's documents. */
const MAX_TEMPLATE_LINE = 160;
/** Longer lines are remembered by a digest: a disclaimer or editor's note can run to several sentences. */
const MAX_TRACKED_LINE = 1000;
/**
 * Any line, prose included, is template when the outlet printed it in this many documents on this many different
 * days (an editor's note under every article on one person, "Do you support X? Like the page:"). Updated versions of
 * one article share whole paragraphs too, but within a day or two; undated documents never make prose template.
 */
const MIN_SPREAD_DOCS = 4;
const MIN_SPREAD_DAYS = 3;
/** Bounded memory: past this many tracked lines, lines seen once are forgotten (lossy counting). */
const MAX_TRACKED = 200_000;

/** How often a line was seen: in how many of its outlet's documents, on how many days. */
export interface LineCounts {
  docs: number;
  outletDocs: number;
  /** Distinct publication days the line was seen on, counted up to MIN_SPREAD_DAYS. */
  days: number;
}

export interface TemplateVerdict extends LineCounts {
  template: boolean;
}

/**
 * A line as the template profile compares it: its words only. An outlet's copies of one note differ in spacing,
 * dashes and quote marks ("liar,rampant", "—" and "―").
 */
export const templateKey = (line: string): string =>
  line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Per-outlet counts of short lines. The profile is the one piece of state the text cleaner reads;
 * the pipeline feeds it a window of documents before cleaning them, so that template is learned from
 * the batch at hand as well as from everything before it.
 */
export class BoilerplateProfile {
  private readonly lineDocs = new Map<string, number>();
  /** The first few distinct days each line was seen on (only lines of dated documents have an entry). */
  private readonly lineDays = new Map<string, string[]>();
  private readonly outletDocs = new Map<string, number>();

  constructor(private readonly options: { minDocs?: number; minShare?: number } = {}) {}

  /**
   * Records the distinct lines of one document of an outlet (its template group); `published`, when known, lets a
   * line printed on many days count as template even in a minority of the outlet's documents.
   */
  observe(outletKey: string, lines: Iterable<string>, published?: string | null): void {
    this.outletDocs.set(outletKey, (this.outletDocs.get(outletKey) ?? 0) + 1);
    const day = published ? dayOf(published) : null;
    const seen = new Set<string>();
    for (const line of lines) {
      if (line.length === 0 || line.length > MAX_TRACKED_LINE) continue;
      const key = lineKey(outletKey, line);
      if (seen.has(key)) continue;
      seen.add(key);
      this.lineDocs.set(key, (this.lineDocs.get(key) ?? 0) + 1);
      if (day) this.noteDay(key, day);
    }
    if (this.lineDocs.size > MAX_TRACKED) this.forgetRare();
  }

  /** `prose`: the cleaner judged the line to be a paragraph of news; only its spread over days can make it template. */
  verdict(outletKey: string, line: string, prose = false): TemplateVerdict {
    const counts = this.counts(outletKey, line);
    const { docs, outletDocs, days } = counts;
    const minDocs = this.options.minDocs ?? 3;
    const minShare = this.options.minShare ?? 0.5;
    const common =
      !prose &&
      line.length <= MAX_TEMPLATE_LINE &&
      docs >= minDocs &&
      docs / Math.max(outletDocs, 1) >= minShare;
    const spread = docs >= MIN_SPREAD_DOCS && days >= MIN_SPREAD_DAYS;
    return { template: common || spread, ...counts };
  }

  /** The counts a verdict is made from (a queue worker gets them in a snapshot instead of the whole profile). */
  counts(outletKey: string, line: string): LineCounts {
    const outletDocs = this.outletDocs.get(outletKey) ?? 0;
    if (line.length > MAX_TRACKED_LINE) return { docs: 0, outletDocs, days: 0 };
    const key = lineKey(outletKey, line);
    return { docs: this.lineDocs.get(key) ?? 0, outletDocs, days: this.lineDays.get(key)?.length ?? 0 };
  }

  private noteDay(key: string, day: string): void {
    const days = this.lineDays.get(key);
    if (!days) this.lineDays.set(key, [day]);
    else if (days.length < MIN_SPREAD_DAYS && !days.includes(day)) days.push(day);
  }

  private forgetRare(): void {
    for (const [key, count] of this.lineDocs) {
      if (count > 1) continue;
      this.lineDocs.delete(key);
      this.lineDays.delete(key);
    }
  }
}

/** The calendar day of a publication date as a source gave it (ISO, RFC 822 ...); unparseable ones as written. */
function dayOf(published: string): string {
  const time = Date.parse(published);
  return Number.isNaN(time) ? published.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
}

/** Long lines are keyed by a digest, so that memory stays bounded by the number of lines, not their length. */
function lineKey(outletKey: string, line: string): string {
  const text = templateKey(line);
  if (text.length <= MAX_TEMPLATE_LINE) return `${outletKey}\u0000${text}`;
  return `${outletKey}\u0001${createHash('sha1').update(text).digest('base64')}`;
}
