// Learns an outlet's page template: a line that recurs across many of one outlet's documents is not news.

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
/** Line keys kept from observe for the cleaner's questions: a window of 500 documents has about 10,000 lines. */
const RECENT_KEYS = 50_000;
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
export function templateKey(line: string): string {
  // Every line of every document goes through here twice (observe, then the cleaner's verdict), so no Unicode
  // property classes: what is not a letter or digit is ASCII, Latin-1 or general punctuation (quotes, dashes) or
  // CJK punctuation, and letters elsewhere are kept as they are.
  const text = /^[\x00-\x7f]*$/.test(line) ? line : line.normalize('NFKC');
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u00c0-\u1fff\u2070-\u2fff\u3040-\uffff]+/g, ' ')
    .trim();
}

/**
 * Per-outlet counts of short lines. The profile is the one piece of state the text cleaner reads;
 * the pipeline feeds it a window of documents before cleaning them, so that template is learned from
 * the batch at hand as well as from everything before it.
 */
export class BoilerplateProfile {
  private readonly outlets = new Map<string, OutletLines>();
  private tracked = 0;
  private readonly recentKeys = new Map<string, string>();

  constructor(private readonly options: { minDocs?: number; minShare?: number } = {}) {}

  /**
   * Records the distinct lines of one document of an outlet (its template group); `published`, when known, lets a
   * line printed on many days count as template even in a minority of the outlet's documents.
   */
  observe(outletKey: string, lines: Iterable<string>, published?: string | null): void {
    let outlet = this.outlets.get(outletKey);
    if (!outlet) {
      outlet = { docs: 0, dated: 0, lines: new Map() };
      this.outlets.set(outletKey, outlet);
    }
    outlet.docs++;
    const day = published ? dayOf(published) : null;
    if (day) outlet.dated++;
    const seen = new Set<string>();
    for (const line of lines) {
      if (line.length === 0 || line.length > MAX_TRACKED_LINE) continue;
      // A long line can only be template by its spread over days: an undated document says nothing of that.
      if (day === null && line.length > MAX_TEMPLATE_LINE) continue;
      const key = this.keyOf(line);
      if (seen.has(key)) continue;
      seen.add(key);
      let stat = outlet.lines.get(key);
      if (!stat) {
        stat = { docs: 0, days: null };
        outlet.lines.set(key, stat);
        this.tracked++;
      }
      stat.docs++;
      if (day) noteDay(stat, day);
    }
    if (this.tracked > MAX_TRACKED) this.forgetRare();
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
    const outlet = this.outlets.get(outletKey);
    if (!outlet) return { docs: 0, outletDocs: 0, days: 0 };
    // Long lines are tracked for dated documents only (see observe): without any, no need to key one.
    const untracked = line.length > (outlet.dated > 0 ? MAX_TRACKED_LINE : MAX_TEMPLATE_LINE);
    const stat = untracked ? undefined : outlet.lines.get(this.keyOf(line));
    return { docs: stat?.docs ?? 0, outletDocs: outlet.docs, days: stat?.days?.length ?? 0 };
  }

  /**
   * A window of documents is observed, then cleaned: the cleaner asks about the very lines observe just keyed, so
   * the keys of the latest lines are kept (bounded: cleared when full).
   */
  private keyOf(line: string): string {
    let key = this.recentKeys.get(line);
    if (key === undefined) {
      if (this.recentKeys.size >= RECENT_KEYS) this.recentKeys.clear();
      key = lineKey(line);
      this.recentKeys.set(line, key);
    }
    return key;
  }

  private forgetRare(): void {
    for (const outlet of this.outlets.values())
      for (const [key, stat] of outlet.lines) {
        if (stat.docs > 1) continue;
        outlet.lines.delete(key);
        this.tracked--;
      }
  }
}

/** One template group's documents and, per line key, in how many of them and on which days the line was seen. */
interface OutletLines {
  docs: number;
  /** Of them, the documents with a publication date. */
  dated: number;
  lines: Map<string, LineStat>;
}

interface LineStat {
  docs: number;
  /** The first few distinct days the line was seen on; null until a dated document has it. */
  days: string[] | null;
}

function noteDay(stat: LineStat, day: string): void {
  if (!stat.days) stat.days = [day];
  else if (stat.days.length < MIN_SPREAD_DAYS && !stat.days.includes(day)) stat.days.push(day);
}

/** The calendar day of a publication date as a source gave it (ISO, RFC 822 ...); unparseable ones as written. */
function dayOf(published: string): string {
  const time = Date.parse(published);
  return Number.isNaN(time) ? published.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
}

/** A line's key: its words (see templateKey), or for a long line a digest of them. */
function lineKey(line: string): string {
  return line.length <= MAX_TEMPLATE_LINE ? templateKey(line) : digestOfWords(line);
}

/**
 * The words of a long line hashed in one pass, as templateKey would read them (case, spacing, punctuation, quote
 * marks and dashes ignored), so that memory stays bounded by the number of lines, not their length: two 32-bit
 * FNV-1a hashes and the length (a collision would also need four documents on three days to matter).
 */
function digestOfWords(line: string): string {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let n = 0;
  let gap = false;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    const separator =
      c < 128
        ? !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))
        : c < 0xc0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f);
    if (separator) {
      gap = n > 0;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (gap) {
      a = Math.imul(a ^ 32, 0x01000193);
      b = Math.imul(b ^ 32, 0x5bd1e995);
      n++;
      gap = false;
    }
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    n++;
  }
  return `\u0001${n}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
