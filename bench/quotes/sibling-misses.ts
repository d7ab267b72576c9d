// The misses miss-classes.ts puts in taken/siblings, split by what lies between the gold quote our prediction was
// paired with and the missed gold's own cue: one prediction of ours runs over two gold quotes that PolNeAR marks
// apart, and only one of them can pair. Classes, first test that holds (a rough reading of the text, for triage):
//   pred from a third cue / pred is the missed one's   the prediction belongs to neither gold's cue, or to the
//                                                      missed gold's (its content starts too early)
//   same cue                 one cue, two contents
//   cue outside pred         the missed gold's cue lies outside the prediction
//   paragraph break / new sentence   the prediction runs over a paragraph or a sentence end before the missed cue
//   colon                    the missed cue ends on, or is followed by, a colon
//   nominal cue              the missed cue is a noun or ends on a preposition ("support for", "criticism of")
//   relative clause [(own subject)]  "who", "which", "that" … between (the missed source inside it or not)
//   new clause, own subject  the missed gold's source lies between: "…, but Cook did not say when"
//   coordinated predicate, shared subject   only a comma or "and"/"but" between: "recounted A, recited B"
//   participle / adjunct     "…, vowing to …", an "-ing" cue
// Each class is split /framed (a frame was built at the missed cue) or /no-frame, and for /framed whether an
// attribution at that cue is listed (kept, held) or not (dropped by the finder's filters).
// Usage: npx tsx bench/quotes/sibling-misses.ts --split train [--examples CLASS] [--n 30]

import { ClassTally } from './class-tally.js';
import { option } from './options.js';
import { coverage, type GoldAttribution, type Prediction } from './polnear.js';
import { type ScoredPrediction, scoredArticles } from './scored.js';

const split = option('split', 'train');
const examples = option('examples', '');
const n = Number(option('n', '30'));

const NOMINAL_CUE_RE =
  /\b(?:statement|report|support|opposition|criticism|comments?|remarks?|suggestions?|disagreements?|vote|claims?|call|position|view|plan|proposal|for|of|about|on)\s*$/i;
const SENTENCE_END_RE = /[.?!]["”’']*\s+["“'‘]*[A-Z0-9]/;
const COORDINATED_RE = /^\s*[,;]?\s*(?:and|but|or|then|and then|but also|before|after)?\s*(?:[a-z]+ly\s+)?$/i;

const first = (f: { parts: [number, number][] }): number => f.parts[0][0];
const last = (f: { parts: [number, number][] }): number => f.parts[f.parts.length - 1][1];

function classify(text: string, g: GoldAttribution, other: GoldAttribution, taker: ScoredPrediction): string {
  if (!g.cue) return 'no cue';
  const pc = taker.cue;
  const isPredCue = (f: GoldAttribution['cue']): boolean =>
    !!f && !!pc && pc.start < last(f) && first(f) < pc.end;
  if (!isPredCue(other.cue)) return isPredCue(g.cue) ? "pred is the missed one's" : 'pred from a third cue';
  if (other.cue && first(g.cue) === first(other.cue)) return 'same cue';
  const cs = first(g.cue);
  if (cs < taker.start || cs >= taker.end) return 'cue outside pred';
  const oe = last(other.content);
  const gap = oe <= cs ? text.slice(oe, cs) : '';
  const ss = g.source ? first(g.source) : -1;
  const sourceBetween = ss >= oe && ss < cs;
  if (gap.includes('\n')) return 'paragraph break';
  if (SENTENCE_END_RE.test(gap)) return 'new sentence';
  if (/:\s*$/.test(g.cue.text) || /:\s*["“']*\s*$/.test(gap)) return 'colon';
  if (NOMINAL_CUE_RE.test(g.cue.text)) return 'nominal cue';
  if (/\b(?:who|which|whom|whose)\b/i.test(gap)) return 'relative clause (own subject)';
  if (/\bthat\b/i.test(gap) && !sourceBetween) return 'relative clause';
  if (sourceBetween) return 'new clause, own subject';
  if (COORDINATED_RE.test(gap.replace(/\s*(?:—|--)\s*/g, ' ')))
    return 'coordinated predicate, shared subject';
  if (/^\s*,?\s*$/.test(gap) || /ing\b/.test(g.cue.text)) return 'participle / adjunct';
  return 'other';
}

const tally = new ClassTally();
let gold = 0;
let shown = 0;
for await (const { art, res, preds, at30, paired } of scoredArticles(split, { names: 'ner' })) {
  gold += art.gold.length;
  const cover = (g: GoldAttribution, p: Prediction): number => coverage(g.content, p);
  art.gold.forEach((g, i) => {
    if (at30[i]) return;
    const taker = preds.find((p) => paired.has(p) && cover(g, p) > 0.3);
    if (!taker) return;
    const other = art.gold[at30.indexOf(taker)];
    if (!(last(other.content) <= first(g.content) || last(g.content) <= first(other.content))) return;
    let cls = classify(art.text, g, other, taker);
    const frame = g.cue
      ? res.frames.find((f) => f.cue.start < last(g.cue!) && first(g.cue!) < f.cue.end)
      : undefined;
    if (frame) {
      const at = (a: { cue: { start: number } | null }) => a.cue?.start === frame.cue.start;
      cls += res.attributions.some(at)
        ? ' /framed, attribution kept'
        : res.held.some(at)
          ? ' /framed, held'
          : ' /framed, no attribution';
    } else cls += ' /no-frame';
    tally.add(cls, g.cue?.text.toLowerCase().replace(/\s+/g, ' ') ?? '-');
    if (examples && cls.startsWith(examples) && shown++ < n) {
      const between =
        last(other.content) <= first(g.content)
          ? art.text.slice(last(other.content), first(g.content))
          : art.text.slice(last(g.content), first(other.content));
      console.log(
        `${cls} ${art.name}\n    missed [${g.cue?.text ?? '-'}] «${g.content.text.slice(0, 120)}»\n    paired [${other.cue?.text ?? '-'}] «${other.content.text.slice(0, 120)}»\n    between «${between.slice(0, 120)}»\n    pred «${art.text.slice(taker.start, taker.end).slice(0, 200)}»`,
      );
    }
  });
}
console.log(`${split}: gold ${gold}, taken/siblings misses ${tally.total}`);
console.log('| class | misses | commonest cues |');
console.log('| ----- | ------ | -------------- |');
for (const [cls, c, top] of tally.rows(6)) console.log(`| ${cls} | ${c} | ${top} |`);
