// Error breakdown for the quote benchmark (development aid): wrong or empty named speakers, missed gold quotes
// grouped by their gold cue word, false and short predictions. Gold and predictions are paired as run.ts scores
// them (the GGT one-to-one rule, quotes that share a cue joined into one prediction in pieces), so what is listed
// here is what the benchmark counts.
// Usage: npx tsx bench/quotes/diagnose.ts --split dev [--show speakers|misses|false|short] [--n 40] [--names ner]

import { option } from './options.js';
import { namedSpeakerRight, type Prediction } from './polnear.js';
import { scoredArticles } from './scored.js';

const split = option('split', 'dev');
const show = option('show', 'speakers');
const n = Number(option('n', '40'));

const counts = new Map<string, number>();
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
let shown = 0;
for await (const { art, preds, at30, at80, paired } of scoredArticles(split, { names: 'fallback' })) {
  const ctx = (s: number, e: number) => art.text.slice(Math.max(0, s), e).replace(/\n/g, ' ¶ ');
  const predText = (p: Prediction) =>
    (p.parts ?? [[p.start, p.end]]).map(([s, e]) => art.text.slice(s, e)).join(' … ');
  art.gold.forEach((g, i) => {
    const best = at30[i];
    if (show === 'misses' && !best) {
      count((g.cue?.text ?? '<none>').toLowerCase());
      if (shown++ < n)
        console.log(
          `MISS [${g.cue?.text ?? '-'}] src=${g.source?.text ?? '-'} :: ${ctx(g.content.parts[0][0] - 80, g.content.parts[0][1] + 20).slice(0, 260)}`,
        );
    }
    if (show === 'short' && best && !at80[i]) {
      count(best.kind ?? 'any');
      if (shown++ < n)
        console.log(
          `SHORT gold=«${g.content.text.slice(0, 160)}»\n      pred=«${predText(best).slice(0, 160)}»`,
        );
    }
    if (
      show === 'speakers' &&
      best &&
      g.source &&
      namedSpeakerRight(g, best.speaker ?? null, art.text) === false
    ) {
      const key = best.speaker ? 'wrong' : 'empty';
      count(`${key}/${best.kind}`);
      if (shown++ < n)
        console.log(
          `${key.toUpperCase()} ${best.kind} gold=«${g.source.text}» got=«${best.speaker}» phrase=«${best.source ? art.text.slice(best.source.start, best.source.end) : ''}» cue=«${g.cue?.text}» :: ${ctx(Math.min(g.source.parts[0][0], g.content.parts[0][0]) - 40, Math.max(g.source.parts[0][1], g.content.parts[0][0]) + 60).slice(0, 300)}`,
        );
    }
  });
  if (show === 'false') {
    for (const p of preds) {
      if (paired.has(p)) continue;
      count(p.kind ?? 'any');
      if (shown++ < n)
        console.log(
          `FALSE ${p.kind} spk=${p.speaker} :: ${ctx(p.start - 60, p.start)} [[${predText(p).slice(0, 140)}]]`,
        );
    }
  }
}
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 60)
    .map(([k, v]) => `${k}:${v}`)
    .join('  '),
);
