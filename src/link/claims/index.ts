// Claims: factual statements that recur across articles, grouped by their checkable core and followed over time.

import type { Span } from '../../model/index.js';
import { coreAtoms } from './core.js';

export { type CoreAtom, coreAtoms } from './core.js';

export interface ClaimDoc {
  id: string;
  body: string;
  /** Sentence spans from analyze/; split here when absent. */
  sentences?: Span[];
  published: string | null;
  outlet: string | null;
}

export interface ClaimSighting {
  article: string;
  published: string | null;
  outlet: string | null;
  /** The sentence stating the claim, as offsets into the article body. */
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  /** Stable across runs: derived from `key`. */
  id: string;
  /** The statement as first seen. */
  text: string;
  /** The checkable core, e.g. "pct:>80~vote" (over 80 percent of the vote). */
  key: string;
  articles: string[];
  outlets: string[];
  first: { article: string; published: string | null };
  /** Sightings in publication order (undated ones last, in the order they were added). */
  timeline: ClaimSighting[];
}

/** Sentences when analyze/ gave none: ends of sentences and paragraph breaks. */
export function splitSentences(body: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]*(?:[.!?]+["”’')]*|\n|$)/g;
  for (const m of body.matchAll(re)) {
    if (m[0].length === 0) {
      if (m.index >= body.length) break;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** 64-bit FNV-1a of the key as 16 hex digits: the same key gives the same id in every run. */
export function claimId(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return `claim-${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

const time = (s: string | null): number => {
  if (s === null) return Number.POSITIVE_INFINITY;
  const t = Date.parse(s);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

function orderTimeline(c: Claim): void {
  // Stable sort keeps undated and same-day sightings in the order they were added.
  c.timeline.sort((a, b) => time(a.published) - time(b.published));
  const first = c.timeline[0];
  c.first = { article: first.article, published: first.published };
  c.text = first.text;
}

export interface ClaimTrackerOptions {
  /** A claim is reported once this many distinct articles state it. */
  minArticles?: number;
}

/**
 * Follows claims over a stream of articles. Every checkable core is remembered from its first sentence on; it
 * becomes a claim when a second article states it. The tracker is incremental: `add` looks up each core by key.
 */
export class ClaimTracker {
  private readonly byKey = new Map<string, Claim>();
  private readonly minArticles: number;

  /** `existing`: claims stored by earlier runs (one-article ones too, from `pending()`, so they can still grow). */
  constructor(existing: Claim[] = [], options: ClaimTrackerOptions = {}) {
    this.minArticles = options.minArticles ?? 2;
    for (const c of existing) {
      this.byKey.set(c.key, {
        ...c,
        articles: [...c.articles],
        outlets: [...c.outlets],
        first: { ...c.first },
        timeline: c.timeline.map((t) => ({ ...t })),
      });
    }
  }

  /** Reads the claims of one article; returns the claims it created or extended (those stated by enough articles). */
  add(doc: ClaimDoc): Claim[] {
    const sentences = doc.sentences ?? splitSentences(doc.body);
    const touched = new Map<string, Claim>();
    for (const s of sentences) {
      const text = doc.body.slice(s.start, s.end);
      for (const atom of coreAtoms(text)) {
        let claim = this.byKey.get(atom.key);
        if (claim?.articles.includes(doc.id)) continue;
        const sighting: ClaimSighting = {
          article: doc.id,
          published: doc.published,
          outlet: doc.outlet,
          start: s.start,
          end: s.end,
          text,
        };
        if (!claim) {
          claim = {
            id: claimId(atom.key),
            text,
            key: atom.key,
            articles: [],
            outlets: [],
            first: { article: doc.id, published: doc.published },
            timeline: [],
          };
          this.byKey.set(atom.key, claim);
        }
        claim.articles.push(doc.id);
        if (doc.outlet !== null && !claim.outlets.includes(doc.outlet)) claim.outlets.push(doc.outlet);
        claim.timeline.push(sighting);
        orderTimeline(claim);
        if (claim.articles.length >= this.minArticles) touched.set(claim.key, claim);
      }
    }
    return [...touched.values()].map(copy);
  }

  /** Claims stated by enough articles, most widespread first. */
  claims(): Claim[] {
    return [...this.byKey.values()]
      .filter((c) => c.articles.length >= this.minArticles)
      .sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id))
      .map(copy);
  }

  /** Cores seen in fewer articles so far: what a store keeps so that the next run can still match them. */
  pending(): Claim[] {
    return [...this.byKey.values()].filter((c) => c.articles.length < this.minArticles).map(copy);
  }
}

function copy(c: Claim): Claim {
  return {
    ...c,
    articles: [...c.articles],
    outlets: [...c.outlets],
    first: { ...c.first },
    timeline: c.timeline.map((t) => ({ ...t })),
  };
}
