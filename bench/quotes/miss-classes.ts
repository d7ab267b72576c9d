// Where recall goes: every gold attribution the benchmark misses (no prediction covers ≥ 30% of it under the GGT
// one-to-one pairing), put in one class by the first test that holds, in this order:
//   taken         a prediction covers ≥ 30% of it but was paired with another gold quote: beside it (siblings) or
//                 overlapping it; /framed when a frame was built at its own cue, /no-frame when not
//   nested        its content lies inside another gold quote's content (an attribution within a quotation)
//   short         a prediction overlaps it, but covers < 30% of it (the content span is wrong)
//   frame-elsewhere  a frame was built at its cue, but no prediction overlaps it (content placed elsewhere or dropped)
//   no-cue        the gold gives no cue (a headline's "X: …", a quotation alone)
//   according     "according to …"
//   nominal       the cue is a noun or a noun phrase ("the report", "in a statement", "polls show" has "show")
//   listed-word   a word of the cue is on the hand-written or learned lists, and no frame was built there
//   model-word    a word of the cue is one the learned detector is asked about: it did not fire, or no frame
//   nominal       (after those) the cue is a noun phrase ("support for", "criticism", "the decision")
//   unknown-word  no word of the cue is known to the scan (stance verbs: "mocked", "don't like", "wants")
// Usage: npx tsx bench/quotes/miss-classes.ts --split train [--names ner] [--examples CLASS] [--n 30]

import { cueModel } from '../../src/analyze/quotes/cue-model.js';
import { cueForm } from '../../src/analyze/quotes/lexicon.js';
import { ClassTally } from './class-tally.js';
import { option } from './options.js';
import { coverage, type Prediction } from './polnear.js';
import { scoredArticles } from './scored.js';

const split = option('split', 'train');
const examples = option('examples', '');
const n = Number(option('n', '30'));

/** Nouns PolNeAR marks as cues ("the report", "a statement", "criticism of"). */
const NOMINAL =
  /(?:^|\s)(?:the\s+|a\s+|an\s+|in\s+(?:a|an|the|his|her|its|their)\s+)?(?:\p{L}+\s+)?(?:statement|report|poll|polls|survey|interview|remarks|comments?|speech|tweets?|letter|ad|view|views|criticism|opinion|claims?|allegations?|accusations?|argument|message|memo|analysis|study|data|numbers|estimates?|response|announcement|promise|pledge|warning|plan|proposal|support|opposition|call|calls|attacks?|praise|position|belief|questions?|testimony|op-ed|column|editorial|book|video|post|suggestion|decision|vote|votes|endorsement|concern|concerns|fears?|hopes?|argues?)(?:\s+(?:of|for|on|that|to|by|from|about|in|with))?$/iu;

const MODEL_VOCAB = cueModel()?.vocab ?? new Set<string>();
const tally = new ClassTally();
let gold = 0;
let shown = 0;
for await (const { art, res, preds, at30, paired } of scoredArticles(split, { names: 'ner' })) {
  gold += art.gold.length;
  const cover = (i: number, p: Prediction): number => coverage(art.gold[i].content, p);
  const framedAtCue = (g: (typeof art.gold)[number]): boolean =>
    !!g.cue && res.frames.some((f) => f.cue.start < g.cue!.parts[0][1] && g.cue!.parts[0][0] < f.cue.end);
  art.gold.forEach((g, i) => {
    if (at30[i]) return;
    const [gs, ge] = [g.content.parts[0][0], g.content.parts[g.content.parts.length - 1][1]];
    const cue = g.cue?.text.toLowerCase().replace(/\s+/g, ' ') ?? '';
    let cls: string;
    const taker = preds.find((p) => paired.has(p) && cover(i, p) > 0.3);
    if (taker) {
      // Siblings: the prediction runs over two gold quotes side by side; nested: one gold quote holds the other.
      const o = art.gold[at30.indexOf(taker)].content;
      const [os, oe] = [o.parts[0][0], o.parts[o.parts.length - 1][1]];
      cls = oe <= gs || ge <= os ? 'taken/siblings' : 'taken/overlapping';
      cls += framedAtCue(g) ? '/framed' : '/no-frame';
    } else if (
      art.gold.some(
        (o, j) =>
          j !== i &&
          o.content.parts[0][0] <= gs &&
          ge <= o.content.parts[o.content.parts.length - 1][1] &&
          (o.content.parts[0][0] < gs || ge < o.content.parts[o.content.parts.length - 1][1]),
      )
    )
      cls = 'nested';
    else if (preds.some((p) => cover(i, p) > 0)) cls = 'short';
    else if (framedAtCue(g)) cls = 'frame-elsewhere';
    else if (!g.cue) cls = 'no-cue';
    else if (/^according/.test(cue)) cls = 'according';
    else if (cue.split(' ').some((w) => cueForm(w)) || cueForm(cue)) cls = 'listed-word';
    else if (cue.split(' ').some((w) => MODEL_VOCAB.has(w))) cls = 'model-word';
    else if (NOMINAL.test(cue)) cls = 'nominal';
    else cls = 'unknown-word';
    tally.add(cls, cue || '-');
    if (cls.startsWith(examples) && examples && shown++ < n) {
      const ctx = art.text.slice(Math.max(0, gs - 100), ge + 20).replace(/\n/g, ' ¶ ');
      console.log(`${cls} [${g.cue?.text ?? '-'}] src=${g.source?.text ?? '-'} :: ${ctx.slice(0, 300)}`);
      if (taker) {
        const other = art.gold[at30.indexOf(taker)];
        console.log(
          `    gold=«${g.content.text.slice(0, 120)}»\n    pred=«${art.text.slice(taker.start, taker.end).slice(0, 120)}»\n    paired=[${other.cue?.text}] «${other.content.text.slice(0, 120)}»`,
        );
      }
    }
  });
}
const missed = tally.total;
console.log(`${split}: gold ${gold}, missed ${missed} (recall ${(1 - missed / gold).toFixed(3)})`);
console.log('| class | misses | share of gold | commonest cues |');
console.log('| ----- | ------ | ------------- | -------------- |');
for (const [cls, c, top] of tally.rows(8))
  console.log(`| ${cls} | ${c} | ${((100 * c) / gold).toFixed(1)}% | ${top} |`);
