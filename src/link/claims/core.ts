// The checkable core of a sentence: numbers, percentages, ordinals, dates and years, each with the word it counts.

import { stem } from '../reuse/text.js';

/** One checkable fact inside a sentence, e.g. { key: "pct:>80~vote" } for "over 80 percent of the vote". */
export interface CoreAtom {
  key: string;
  /** Offsets of the atom's words inside the sentence. */
  start: number;
  end: number;
}

const MONTHS = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((m, i) => [
    [m, i + 1],
    [m.slice(0, 3), i + 1],
  ]),
);
MONTHS.delete('may'.slice(0, 3));
MONTHS.set('sept', 9);

const ORDINALS = new Map(
  'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((w, i) => [w, i + 2]),
);

const SCALES = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
]);

/** Words before a number that change what is claimed ("over 80%" is not "80%"). */
const COMPARATORS: [string[], string][] = [
  [['more', 'than'], '>'],
  [['greater', 'than'], '>'],
  [['at', 'least'], '>'],
  [['upwards', 'of'], '>'],
  [['less', 'than'], '<'],
  [['fewer', 'than'], '<'],
  [['close', 'to'], '~'],
  [['over'], '>'],
  [['above'], '>'],
  [['exceeding'], '>'],
  [['under'], '<'],
  [['below'], '<'],
  [['nearly'], '~'],
  [['almost'], '~'],
  [['about'], '~'],
  [['around'], '~'],
  [['approximately'], '~'],
  [['roughly'], '~'],
  [['some'], '~'],
];

const SKIP = new Set(
  (
    'a an the of in on at to for by with from and or as is are was were be been its his her their this that ' +
    'those these than more over about some per cent percent consecutive straight successive new full total ' +
    'overall presidential parliamentary general national local official final historic record so-called ' +
    'them him it they he she we has have had'
  ).split(' '),
);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// "76ers", "49ers" are names, not counts: read whole, before a number could take their digits.
const WORD = /\d+ers(?!\p{L})|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|\p{L}+(?:[’'-]\p{L}+)*|%/gu;

function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isNumber = (w: string): boolean => /^\d+(?:[.,]\d+)*$/.test(w);

function numberValue(w: string): number {
  // "200,000" groups thousands; "3.5" is a decimal; "1,5" (European decimal) is rare enough in English news.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  return Number(w.replace(/,/g, '.'));
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(3).replace(/0+$/, ''));

/** The counted word: the first content word after `from`, or before `before` when nothing usable follows. */
function head(ws: Word[], from: number, before: number): string | null {
  for (let i = from; i < ws.length && i < from + 5; i++) {
    const w = ws[i].lower;
    if (SKIP.has(w)) continue;
    if (isNumber(w) || w === '%' || MONTHS.has(w)) break;
    return stem(w.replace(/[’']s$/, ''));
  }
  return previous(ws, before);
}

function previous(ws: Word[], before: number): string | null {
  for (let i = before - 1; i >= 0 && i >= before - 4; i--) {
    const w = ws[i].lower;
    if (SKIP.has(w)) continue;
    if (isNumber(w) || w === '%' || MONTHS.has(w)) return null;
    return stem(w.replace(/[’']s$/, '').replace(/^re-/, ''));
  }
  return null;
}

function comparator(ws: Word[], at: number): [string, number] {
  for (const [phrase, sym] of COMPARATORS) {
    const from = at - phrase.length;
    if (from < 0) continue;
    if (phrase.every((p, k) => ws[from + k].lower === p)) return [sym, from];
  }
  return ['', at];
}

/** Finds the checkable atoms of one sentence. Pure. */
export function coreAtoms(sentence: string): CoreAtom[] {
  const ws = words(sentence);
  const out: CoreAtom[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const ord =
      ORDINALS.get(w.lower) ?? (/^\d+(?:st|nd|rd|th)$/.test(w.lower) ? Number.parseInt(w.lower, 10) : 0);
    if (
      ord > 0 &&
      !(i > 0 && MONTHS.has(ws[i - 1].lower)) &&
      !(i + 1 < ws.length && MONTHS.has(ws[i + 1].lower))
    ) {
      const h = head(ws, i + 1, i);
      if (h) out.push({ key: `ord:${ord}~${h}`, start: w.start, end: w.end });
      continue;
    }
    if (!isNumber(w.lower)) continue;
    let value = numberValue(w.lower);
    // "2018.04.05" (a dotted date) or "1.2.3" (a version) counts nothing.
    if (Number.isNaN(value)) continue;
    const prevMonth = i > 0 ? MONTHS.get(ws[i - 1].lower) : undefined;
    const nextMonth = i + 1 < ws.length ? MONTHS.get(ws[i + 1].lower) : undefined;
    if ((prevMonth || nextMonth) && value >= 1 && value <= 31 && !w.lower.includes('.')) {
      const month = prevMonth ?? nextMonth ?? 0;
      const from = prevMonth ? i - 1 : i;
      let to = prevMonth ? i : i + 1;
      if (to + 1 < ws.length && /^(19|20)\d\d$/.test(ws[to + 1].lower)) to++;
      const h = head(ws, to + 1, from);
      if (h) out.push({ key: `date:${month}-${value}~${h}`, start: ws[from].start, end: ws[to].end });
      i = to;
      continue;
    }
    if (
      /^(19|20)\d\d$/.test(w.lower) &&
      !(i + 1 < ws.length && (ws[i + 1].lower === '%' || SCALES.has(ws[i + 1].lower)))
    ) {
      if (i > 0 && MONTHS.has(ws[i - 1].lower)) continue;
      const h = previous(ws, i) ?? head(ws, i + 1, i);
      if (h) out.push({ key: `year:${value}~${h}`, start: w.start, end: w.end });
      continue;
    }
    const [cmp, from] = comparator(ws, i);
    let to = i;
    const scale = i + 1 < ws.length ? SCALES.get(ws[i + 1].lower) : undefined;
    if (scale) {
      value *= scale;
      to++;
    }
    let kind = 'num';
    const next = to + 1 < ws.length ? ws[to + 1].lower : '';
    if (next === '%' || next === 'percent' || next === 'pct') {
      kind = 'pct';
      to++;
    } else if (next === 'per' && to + 2 < ws.length && ws[to + 2].lower === 'cent') {
      kind = 'pct';
      to += 2;
    }
    const h = head(ws, to + 1, from);
    if (h) out.push({ key: `${kind}:${cmp}${fmt(value)}~${h}`, start: ws[from].start, end: ws[to].end });
    i = to;
  }
  return out;
}
