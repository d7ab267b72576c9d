// PolNeAR reader (brat standoff attributions) and the Gender Gap Tracker style overlap scorer.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fragments {
  parts: [number, number][];
  text: string;
}

export interface GoldAttribution {
  content: Fragments;
  source: Fragments | null;
  cue: Fragments | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

const parseSpans = (s: string): [number, number][] =>
  s.split(';').map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return [a, b] as [number, number];
  });

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; parts: [number, number][]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, mid, text] = line.split('\t');
      if (!mid) continue;
      const sp = mid.indexOf(' ');
      spans.set(id, { label: mid.slice(0, sp), parts: parseSpans(mid.slice(sp + 1)), text: text ?? '' });
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    let content: Fragments | null = null;
    let source: Fragments | null = null;
    let cue: Fragments | null = null;
    for (const arg of ev.split(/\s+/)) {
      const [role, id] = arg.split(':');
      const t = spans.get(id);
      if (!t) continue;
      if (role.startsWith('Content')) content = { parts: t.parts, text: t.text };
      else if (role.startsWith('Source')) source = { parts: t.parts, text: t.text };
      else if (role.startsWith('Cue')) cue = { parts: t.parts, text: t.text };
    }
    if (content) out.push({ content, source, cue });
  }
  return out;
}

/** One annotation per article: the first .ann file in sorted order, as the dataset README advises. */
export function loadSplit(root: string, split: string): PolnearArticle[] {
  const textDir = join(root, 'data', split, 'text');
  const annDir = join(root, 'data', split, 'attributions');
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(base)) firstAnn.set(base, f);
  }
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const name = f.slice(0, -4);
    const ann = firstAnn.get(name);
    if (!ann) continue;
    out.push({
      name,
      text: readFileSync(join(textDir, f), 'utf8'),
      gold: parseAnn(readFileSync(join(annDir, ann), 'utf8')),
    });
  }
  return out;
}

export interface Prediction {
  start: number;
  end: number;
  source: { start: number; end: number } | null;
  speaker: string | null;
  kind?: string;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const fragLen = (f: Fragments): number => f.parts.reduce((n, [a, b]) => n + (b - a), 0);
const fragOverlap = (f: Fragments, s: number, e: number): number =>
  f.parts.reduce((n, [a, b]) => n + overlap(a, b, s, e), 0);

/** Characters of a gold span covered by the union of predicted spans. */
const unionCover = (f: Fragments, preds: Prediction[]): number => {
  let n = 0;
  for (const [a, b] of f.parts) {
    const iv = preds
      .map((p) => [Math.max(a, p.start), Math.min(b, p.end)] as [number, number])
      .filter(([x, y]) => y > x)
      .sort((x, y) => x[0] - y[0]);
    let cur = -1;
    for (const [x, y] of iv) {
      if (y <= cur) continue;
      n += y - Math.max(x, cur);
      cur = y;
    }
  }
  return n;
};

export interface Tally {
  gold: number;
  pred: number;
  tp30: number;
  matched30: number;
  tp80: number;
  matched80: number;
  /** Matched (≥30%) gold quotes that have a gold source, and those whose predicted source overlaps it. */
  withSource: number;
  sourceRight: number;
  /** Of those, gold sources that contain a capitalised name, and those where the resolved speaker shares a name word. */
  namedSource: number;
  namedRight: number;
  /** The same two counts split by the kind of the matched prediction (direct, partial, indirect). */
  namedByKind: Record<string, [number, number]>;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  pred: 0,
  tp30: 0,
  matched30: 0,
  tp80: 0,
  matched80: 0,
  withSource: 0,
  sourceRight: 0,
  namedSource: 0,
  namedRight: 0,
  namedByKind: {},
});

const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'president',
  'senator',
  'governor',
]);
const ARTICLE = /^(?:The|A|An|But|And|In|On|As|According)$/;
const PRONOUN = /^(?:he|she|they|it|i|we|you|who|which|that|him|her|them)$/i;

/**
 * Gold quote g is found at threshold t when predictions cover ≥ t of its characters (a quote broken by
 * "he said" may come back as two predictions). Prediction p is correct when it covers ≥ t of some gold
 * quote on its own, or lies ≥ t inside a gold quote that is found.
 */
export function scoreArticle(gold: GoldAttribution[], preds: Prediction[], t: Tally, text: string): void {
  t.gold += gold.length;
  t.pred += preds.length;
  for (const [thr, key] of [
    [0.3, 'tp30'],
    [0.8, 'tp80'],
  ] as const) {
    const found = gold.map((g) => unionCover(g.content, preds) >= thr * fragLen(g.content));
    for (const p of preds) {
      const len = p.end - p.start;
      const ok = gold.some((g, i) => {
        const ov = fragOverlap(g.content, p.start, p.end);
        return ov >= thr * fragLen(g.content) || (found[i] && ov >= thr * len);
      });
      if (ok) t[key]++;
    }
    const m = found.filter(Boolean).length;
    if (thr === 0.3) t.matched30 += m;
    else t.matched80 += m;
  }
  for (const g of gold) {
    if (unionCover(g.content, preds) < 0.3 * fragLen(g.content)) continue;
    if (!g.source) continue;
    let best: Prediction | null = null;
    let bestOv = 0;
    for (const p of preds) {
      const ov = fragOverlap(g.content, p.start, p.end);
      if (ov > bestOv) {
        bestOv = ov;
        best = p;
      }
    }
    t.withSource++;
    const src = best?.source;
    if (src && fragOverlap(g.source, src.start, src.end) > 0) t.sourceRight++;
    // A capital that only opens the sentence ("Several experts said") is no name.
    const pos = g.source.parts[0][0];
    const lead = text.slice(Math.max(0, pos - 3), pos);
    const opens = pos === 0 || /(?:[.!?”"\n]\s*|^\s*)$/.test(lead);
    const srcText = opens ? g.source.text.replace(/^\S+/, '') : g.source.text;
    const names =
      srcText
        .match(/(?<![\p{L}])[\p{Lu}][\p{L}’'-]+/gu)
        ?.filter((w) => !PRONOUN.test(w) && !ARTICLE.test(w)) ?? [];
    if (names.length > 0) {
      t.namedSource++;
      // Compare name words: "Mr. VandeHei" is "Jim VandeHei", "Lopez-Cantera" is "Carlos Lopez-Cantera".
      const words = (s: string) =>
        s
          .toLowerCase()
          .split(/[\s\-.,’']+/)
          .filter((w) => w.length > 1);
      const goldWords = new Set(names.flatMap(words));
      const right = words(best?.speaker ?? '').some((w) => goldWords.has(w) && !TITLE_WORDS.has(w));
      if (right) t.namedRight++;
      const k = best?.kind ?? 'any';
      t.namedByKind[k] ??= [0, 0];
      t.namedByKind[k][0]++;
      if (right) t.namedByKind[k][1]++;
    }
  }
}

export const prf = (tp: number, pred: number, matched: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
