// Mentions by the offset where they start or end: binary searches over the sorted mentions instead of a Map per
// article. The finder builds one per article and asks it a few hundred times; a Map cost more to build (a set and
// a rehash as it grows, for each of ~60 mentions) than its lookups saved (2026-12-05, qspeed18).

import type { Mention } from '../../model/index.js';

/** What the quote finder asks of mentions by offset: the part of Map<number, Mention> it uses. */
export interface MentionLookup {
  get(pos: number): Mention | undefined;
  has(pos: number): boolean;
}

/**
 * The first mention (in the given order) at each start: `sorted` ascends by start, so the first of a run of equal
 * starts is the one a Map filled with "set unless present" would hold.
 */
export class MentionsByStart implements MentionLookup {
  /** A plain array of small integers: a typed array's allocation alone cost more than the Map (2026-12-05). */
  private readonly starts: number[] = [];

  constructor(private readonly sorted: Mention[]) {
    for (const m of sorted) this.starts.push(m.start);
  }

  /** Index of the first mention starting at or after pos. */
  private lowerBound(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(pos: number): Mention | undefined {
    const i = this.lowerBound(pos);
    return i < this.starts.length && this.starts[i] === pos ? this.sorted[i] : undefined;
  }

  has(pos: number): boolean {
    const i = this.lowerBound(pos);
    return i < this.starts.length && this.starts[i] === pos;
  }
}

/**
 * The last mention (in the given order, ascending by start) at each end, as a Map filled with "set" would hold.
 * Searched by end when the ends ascend in that order too (mentions that neither nest nor overlap: nearly every
 * article); otherwise a Map.
 */
export function mentionsByEnd(sorted: Mention[]): MentionLookup {
  const ends: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    ends.push(sorted[i].end);
    if (i > 0 && ends[i] < ends[i - 1]) {
      const byEnd = new Map<number, Mention>();
      for (const m of sorted) byEnd.set(m.end, m);
      return byEnd;
    }
  }
  return new AscendingEnds(sorted, ends);
}

class AscendingEnds implements MentionLookup {
  constructor(
    private readonly sorted: Mention[],
    private readonly ends: number[],
  ) {}

  /** Index of the last mention ending at or before pos, or -1. */
  private upperIndex(pos: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  get(pos: number): Mention | undefined {
    const i = this.upperIndex(pos);
    return i >= 0 && this.ends[i] === pos ? this.sorted[i] : undefined;
  }

  has(pos: number): boolean {
    const i = this.upperIndex(pos);
    return i >= 0 && this.ends[i] === pos;
  }
}
