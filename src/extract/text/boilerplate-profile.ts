// Learns an outlet's page template: a short line that recurs across many of one outlet's documents is not news.

/** Lines longer than this are prose; prose repeated across documents is reuse to report, not template. */
const MAX_TEMPLATE_LINE = 160;
/** Bounded memory: past this many tracked lines, lines seen once are forgotten (lossy counting). */
const MAX_TRACKED = 200_000;

export interface TemplateVerdict {
  template: boolean;
  docs: number;
  outletDocs: number;
}

export const templateKey = (line: string): string =>
  line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .trim();

/**
 * Per-outlet counts of short lines. The profile is the one piece of state the text cleaner reads;
 * the pipeline feeds it a window of documents before cleaning them, so that template is learned from
 * the batch at hand as well as from everything before it.
 */
export class BoilerplateProfile {
  private readonly lineDocs = new Map<string, number>();
  private readonly outletDocs = new Map<string, number>();

  constructor(private readonly options: { minDocs?: number; minShare?: number } = {}) {}

  /** Records the distinct short lines of one document of an outlet (null: the source's own group). */
  observe(outletKey: string, lines: Iterable<string>): void {
    this.outletDocs.set(outletKey, (this.outletDocs.get(outletKey) ?? 0) + 1);
    const seen = new Set<string>();
    for (const line of lines) {
      if (line.length === 0 || line.length > MAX_TEMPLATE_LINE) continue;
      const key = `${outletKey}\u0000${templateKey(line)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.lineDocs.set(key, (this.lineDocs.get(key) ?? 0) + 1);
    }
    if (this.lineDocs.size > MAX_TRACKED) this.forgetRare();
  }

  verdict(outletKey: string, line: string): TemplateVerdict {
    const outletDocs = this.outletDocs.get(outletKey) ?? 0;
    if (line.length > MAX_TEMPLATE_LINE) return { template: false, docs: 0, outletDocs };
    const docs = this.lineDocs.get(`${outletKey}\u0000${templateKey(line)}`) ?? 0;
    const minDocs = this.options.minDocs ?? 3;
    const minShare = this.options.minShare ?? 0.5;
    return { template: docs >= minDocs && docs / Math.max(outletDocs, 1) >= minShare, docs, outletDocs };
  }

  private forgetRare(): void {
    for (const [key, count] of this.lineDocs) if (count <= 1) this.lineDocs.delete(key);
  }
}
