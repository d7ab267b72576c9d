// PAN plagdet (Potthast et al. 2010): character-level macro precision/recall over both sides, and granularity.

export interface CaseSpan {
  pair: string;
  suspStart: number;
  suspEnd: number;
  srcStart: number;
  srcEnd: number;
}

export interface PlagdetScore {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 && b0 < a1;

/** Length of [a0,a1) covered by the union of the given intervals. */
function covered(a0: number, a1: number, parts: [number, number][]): number {
  const clipped = parts
    .map(([x, y]): [number, number] => [Math.max(a0, x), Math.min(a1, y)])
    .filter(([x, y]) => y > x)
    .sort((p, q) => p[0] - q[0]);
  let total = 0;
  let end = -1;
  for (const [x, y] of clipped) {
    if (x >= end) {
      total += y - x;
      end = y;
    } else if (y > end) {
      total += y - end;
      end = y;
    }
  }
  return total;
}

const detects = (a: CaseSpan, b: CaseSpan): boolean =>
  a.pair === b.pair &&
  overlaps(a.suspStart, a.suspEnd, b.suspStart, b.suspEnd) &&
  overlaps(a.srcStart, a.srcEnd, b.srcStart, b.srcEnd);

function macro(xs: CaseSpan[], ys: CaseSpan[], byPair: Map<string, CaseSpan[]>): number {
  if (xs.length === 0) return 0;
  let sum = 0;
  for (const x of xs) {
    const hits = (byPair.get(x.pair) ?? []).filter((y) => detects(x, y));
    const len = x.suspEnd - x.suspStart + (x.srcEnd - x.srcStart);
    if (hits.length === 0 || len === 0) continue;
    const c =
      covered(
        x.suspStart,
        x.suspEnd,
        hits.map((h) => [h.suspStart, h.suspEnd]),
      ) +
      covered(
        x.srcStart,
        x.srcEnd,
        hits.map((h) => [h.srcStart, h.srcEnd]),
      );
    sum += c / len;
  }
  void ys;
  return sum / xs.length;
}

const group = (xs: CaseSpan[]): Map<string, CaseSpan[]> => {
  const m = new Map<string, CaseSpan[]>();
  for (const x of xs) {
    const g = m.get(x.pair);
    if (g) g.push(x);
    else m.set(x.pair, [x]);
  }
  return m;
};

export function plagdet(cases: CaseSpan[], detections: CaseSpan[]): PlagdetScore {
  const casesBy = group(cases);
  const detBy = group(detections);
  const recall = macro(cases, detections, detBy);
  const precision = macro(detections, cases, casesBy);
  let detected = 0;
  let fragments = 0;
  for (const c of cases) {
    const n = (detBy.get(c.pair) ?? []).filter((d) => detects(c, d)).length;
    if (n > 0) {
      detected++;
      fragments += n;
    }
  }
  const granularity = detected === 0 ? 1 : fragments / detected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    granularity,
    plagdet: f1 / Math.log2(1 + granularity),
    cases: cases.length,
    detections: detections.length,
  };
}
