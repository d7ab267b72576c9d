// The in-run peer of the quote benchmarks: what a quick script would do, quotation marks and the nearest name.

import type { Mention } from '../../src/model/index.js';
import type { Prediction } from './polnear.js';

/** The in-run peer: every double-quoted passage, spoken by the nearest name in the same paragraph. */
export function naiveQuotes(text: string, mentions: Mention[]): Prediction[] {
  const out: Prediction[] = [];
  const re = /[“"]([^“”"\n]{2,}?)[”"]/g;
  for (const m of text.matchAll(re)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[1].length;
    let best: Mention | null = null;
    let dist = Number.POSITIVE_INFINITY;
    for (const men of mentions) {
      if (men.type !== 'person') continue;
      const d = men.start >= end ? men.start - end : start - men.end;
      if (
        d >= 0 &&
        d < dist &&
        !text.slice(Math.min(men.end, start), Math.max(men.start, end)).includes('\n')
      ) {
        dist = d;
        best = men;
      }
    }
    out.push({
      start,
      end,
      source: best ? { start: best.start, end: best.end } : null,
      speaker: best?.text ?? null,
    });
  }
  return out;
}
