// Matched gold quotes with a named source whose predicted speaker is empty or wrong, by the kind of frame behind
// the prediction: a learned-detector frame at "to", at an auxiliary or elsewhere ("L-to", "L-aux", "L-other"), a
// listed learned word, a rule frame, or no cue. Paired as run.ts scores them (entities from the NER model by
// default), with the words before the cue, for reading why the subject search failed (development aid).
// Usage: npx tsx bench/quotes/speaker-classes.ts --split train [--all] [--names fallback]
//   --all also lists the quotes whose speaker is right (key right/…), for per-class right / empty / wrong counts.

import { option } from './options.js';
import { namedSpeakerRight } from './polnear.js';
import { scoredArticles } from './scored.js';

const split = option('split', 'dev');
const all = process.argv.includes('--all');
const AUXILIARY_RE = /^(?:is|was|are|were|be|been|has|have|had|will|would|can|could|do|does|did)$/;
const counts = new Map<string, number>();
let named = 0;
let right = 0;
for await (const { art, res, at30 } of scoredArticles(split, { names: 'ner' })) {
  art.gold.forEach((g, i) => {
    const best = at30[i];
    if (!best || !g.source) return;
    const ok = namedSpeakerRight(g, best.speaker ?? null, art.text);
    if (ok === null) return;
    named++;
    if (ok) right++;
    if (ok && !all) return;
    const cue = best.cue ?? null;
    const frame = cue
      ? res.frames.find((f) => f.cue.start === cue.start && f.cue.end === cue.end)
      : undefined;
    const cueText = cue ? art.text.slice(cue.start, cue.end) : '';
    const first = cueText.split(/\s+/)[0].toLowerCase();
    const kind = !cue
      ? 'nocue'
      : frame?.learned
        ? first === 'to'
          ? 'L-to'
          : AUXILIARY_RE.test(first)
            ? 'L-aux'
            : 'L-other'
        : frame?.learnedCue
          ? 'listlearned'
          : 'rule';
    const key = `${ok ? 'right' : best.speaker ? 'wrong' : 'empty'}/${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const at = cue ? cue.start : best.start;
    const phrase = best.source ? art.text.slice(best.source.start, best.source.end) : '';
    const flat = (s: string) => s.replace(/\n/g, ' ¶ ');
    console.log(
      `${key}\t${art.name}\tgold=«${g.source.text.slice(0, 60)}» got=«${best.speaker}» phrase=«${phrase.slice(0, 50)}» :: ${flat(art.text.slice(Math.max(0, at - 160), at))} [[${cueText}]] ${flat(art.text.slice(at + cueText.length, at + cueText.length + 60))}`,
    );
  });
}
console.log(
  `named speaker right ${right}/${named}  ${[...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}:${v}`)
    .join('  ')}`,
);
