import { findAttributions } from '../../src/analyze/quotes/index.js';
import { cueForm } from '../../src/analyze/quotes/lexicon.js';
import { fallbackEntities } from './names.js';
import { loadSplit } from './polnear.js';
const arts = loadSplit('/work/shared/data/quotes/polnear', process.env.SPLIT ?? 'train');
const cov = (s: number, e: number, a: number, b: number) => Math.max(0, Math.min(e, b) - Math.max(s, a));
let n = 0; const lim = Number(process.argv[2] ?? 30); const skip = Number(process.argv[3] ?? 0);
let i = 0;
for (const a of arts) {
  const ents = fallbackEntities(a.text);
  const res = findAttributions(a.text, ents.mentions, ents.entities);
  for (const g of a.gold) {
    const len = g.content.parts.reduce((x, [s, e]) => x + e - s, 0);
    const got = g.content.parts.reduce((x, [s, e]) => x + res.attributions.reduce((y, p) => y + cov(s, e, p.start, p.end), 0), 0);
    if (got >= 0.3 * len || !g.cue || !g.source) continue;
    const c = g.cue.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!(cueForm(c) || c.split(' ').some((w) => cueForm(w)))) continue;
    if (g.content.parts[0][0] < g.cue.parts[0][0] || g.content.text.split(/\s+/).length <= 2) continue;
    if (i++ % 7 !== skip) continue;
    if (n++ >= lim) break;
    const s0 = Math.min(g.content.parts[0][0], g.cue.parts[0][0], g.source.parts[0][0]);
    const e0 = g.content.parts.at(-1)![1];
    console.log(`[${c}] SRC=${g.source.text} | CONTENT=${g.content.text.slice(0, 100)}\n   CTX=${a.text.slice(Math.max(0, s0 - 60), Math.min(e0 + 10, s0 + 240)).replace(/\n/g, ' ⏎ ')}`);
  }
  if (n >= lim) break;
}
