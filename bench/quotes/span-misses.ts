// Where ≥80% F1 goes: every gold content that the GGT pairing matches at ≥ 30% but not at ≥ 80% (span38), put in one
// class by how its paired prediction differs. The scorer's overlap is the share of the gold content covered, so a
// prediction that runs too far never loses at 80%: every class is a span too short, or a prediction taken first.
//   taken             the prediction covers ≥ 80% but serves another gold content
//   inner-frame       another cue's prediction, its cue inside the gold content: the gold's own frame is missing
//   inner-frame/outer-short   … and the prediction at the gold's own cue covers less (a cut at the inner frame)
//   no-frame          a quotation with no frame, the gold holding the frame's words around it
//   other-frame       another cue's prediction elsewhere
//   opens-before-cue  same cue, the gold opens before the cue (a passive or raising subject, a relative head, an opener)
//   starts-late/colon|that|other   same cue, the prediction opens late: after a colon, at a later "that", elsewhere
//   ends-early/<what follows>      same cue, the prediction stops early; "+taken" when another prediction holds the rest
//   middle            same cue, a piece inside the gold is missing (a quotation's tag with "said of …" after it)
// Usage: npx tsx bench/quotes/span-misses.ts --split train [--names ner] [--examples CLASS] [--n 20]

import { option } from './options.js';
import type { GoldAttribution, Prediction } from './polnear.js';
import { type ScoredPrediction, scoredArticles } from './scored.js';

const split = option('split', 'train');
const examples = option('examples', '');
const n = Number(option('n', '20'));

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const pieces = (p: Prediction): [number, number][] => p.parts ?? [[p.start, p.end]];
const covered = (g: GoldAttribution, p: Prediction): number =>
  g.content.parts.reduce(
    (sum, [a, b]) => sum + pieces(p).reduce((m, [s, e]) => m + overlap(a, b, s, e), 0),
    0,
  );
const goldLength = (g: GoldAttribution): number => g.content.parts.reduce((sum, [a, b]) => sum + b - a, 0);
/** Whether the prediction's cue lies in one of the stretches. */
const cueIn = (p: ScoredPrediction, within: [number, number][]): boolean =>
  !!p.cue && within.some(([a, b]) => overlap(a, b, p.cue!.start, p.cue!.end) > 0);

/** The gold's stretches the prediction leaves uncovered. */
function gaps(g: GoldAttribution, p: Prediction): [number, number][] {
  const out: [number, number][] = [];
  const sorted = [...pieces(p)].sort((x, y) => x[0] - y[0]);
  for (const [a, b] of g.content.parts) {
    let at = a;
    for (const [s, e] of sorted) {
      if (e <= at || s >= b) continue;
      if (s > at) out.push([at, s]);
      at = Math.max(at, e);
    }
    if (at < b) out.push([at, b]);
  }
  return out;
}

/** What follows where a prediction stops early. */
function stopWord(after: string): string {
  if (/^["“”'‘’]/.test(after)) return 'quote-mark';
  if (after.startsWith('\n')) return 'paragraph';
  const rest = after.trimStart();
  if (/^[.!?]/.test(rest)) return 'sentence-end';
  if (/^,\s*according\s+to/i.test(rest) || /^according\s+to/i.test(rest)) return 'according-to';
  if (rest.startsWith(',')) return 'comma';
  if (/^(?:and|but|or)\b/.test(rest)) return 'and-but';
  return 'other';
}

function classify(text: string, g: GoldAttribution, p: ScoredPrediction, all: ScoredPrediction[]): string {
  if (covered(g, p) / goldLength(g) >= 0.8) return 'taken';
  const gs = g.content.parts[0][0];
  const ge = g.content.parts[g.content.parts.length - 1][1];
  const sameCue = !!g.cue && cueIn(p, g.cue.parts);
  if (!sameCue) {
    if (cueIn(p, g.content.parts)) {
      const own = g.cue ? all.find((q) => q !== p && cueIn(q, g.cue!.parts)) : undefined;
      return own ? 'inner-frame/outer-short' : 'inner-frame';
    }
    return p.cue ? 'other-frame' : 'no-frame';
  }
  const missing = gaps(g, p);
  const head = missing.filter(([a, b]) => a === gs && b <= p.start + 1).reduce((s, [a, b]) => s + b - a, 0);
  const tail = missing.filter(([a, b]) => b === ge && a >= p.end - 1).reduce((s, [a, b]) => s + b - a, 0);
  const middle = missing.reduce((s, [a, b]) => s + b - a, 0) - head - tail;
  if (middle > Math.max(head, tail)) return 'middle';
  if (tail >= head) {
    const rest = missing.filter(([a, b]) =>
      all.some((q) => q !== p && pieces(q).some(([s, e]) => overlap(a, b, s, e) > 0)),
    );
    return `ends-early/${stopWord(text.slice(p.end, p.end + 40))}${rest.length > 0 ? '+taken' : ''}`;
  }
  if (p.cue && p.cue.start >= gs && p.cue.start < p.start) return 'opens-before-cue';
  const before = text.slice(gs, p.start).trimEnd();
  if (before.endsWith(':')) return 'starts-late/colon';
  if (/\bthat$/.test(before) || text.startsWith('that', p.start)) return 'starts-late/that';
  return 'starts-late/other';
}

const counts = new Map<string, number>();
let pairs30 = 0;
let shown = 0;
for await (const { art, preds, at30, at80 } of scoredArticles(split, { names: 'ner' })) {
  art.gold.forEach((g, i) => {
    const p = at30[i];
    if (!p) return;
    pairs30++;
    if (at80[i]) return;
    const cls = classify(art.text, g, p, preds);
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (examples && cls === examples && shown < n) {
      shown++;
      const flat = (s: string) => s.replace(/\n/g, '⏎').slice(0, 300);
      const gs = g.content.parts[0][0];
      const ge = g.content.parts[g.content.parts.length - 1][1];
      console.log(
        `-- ${art.name} gold cue "${g.cue?.text ?? ''}", predicted cue "${p.cue ? art.text.slice(p.cue.start, p.cue.end) : ''}"`,
      );
      console.log(`   gold: ${flat(art.text.slice(gs, ge))}`);
      console.log(`   pred: ${flat(art.text.slice(p.start, p.end))}`);
    }
  });
}
const all = [...counts.values()].reduce((s, k) => s + k, 0);
console.log(`PolNeAR ${split}: ${pairs30} gold contents paired at ≥30%, ${all} of them not at ≥80%`);
for (const [cls, k] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${String(k).padStart(5)}  ${cls}`);
