import { join } from 'node:path';
import { findAttributions } from '../../src/analyze/quotes/index.js';
import { fallbackEntities } from './names.js';
import { loadSplit } from './polnear.js';
const split = process.argv[2] ?? 'train';
const arts = loadSplit('/work/shared/data/quotes/polnear', split);
const missCue = new Map<string, number>(); const allCue = new Map<string, number>();
let miss = 0, tot = 0; const noCue = { n: 0 };
const cov = (s: number, e: number, a: number, b: number) => Math.max(0, Math.min(e, b) - Math.max(s, a));
for (const a of arts) {
  const ents = fallbackEntities(a.text);
  const res = findAttributions(a.text, ents.mentions, ents.entities);
  for (const g of a.gold) {
    tot++;
    const len = g.content.parts.reduce((x, [s, e]) => x + e - s, 0);
    const got = g.content.parts.reduce((x, [s, e]) => x + res.attributions.reduce((y, p) => y + cov(s, e, p.start, p.end), 0), 0);
    const cue = (g.cue?.text ?? '<none>').toLowerCase().replace(/\s+/g, ' ');
    allCue.set(cue, (allCue.get(cue) ?? 0) + 1);
    if (got < 0.3 * len) { miss++; missCue.set(cue, (missCue.get(cue) ?? 0) + 1); }
  }
}
console.log(`gold ${tot} missed ${miss}`);
const top = [...missCue.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 120));
for (const [c, n] of top) console.log(n, allCue.get(c), c);
