import { findAttributions } from '../../src/analyze/quotes/index.js';
import { fallbackEntities } from './names.js';
import { loadSplit } from './polnear.js';
const arts = loadSplit('/work/shared/data/quotes/polnear', process.env.SPLIT ?? 'train');
const want = new Set(process.argv.slice(3)); const lim = Number(process.argv[2]);
const shown = new Map<string, number>();
const cov = (s: number, e: number, a: number, b: number) => Math.max(0, Math.min(e, b) - Math.max(s, a));
for (const a of arts) {
  const ents = fallbackEntities(a.text);
  const res = findAttributions(a.text, ents.mentions, ents.entities);
  for (const g of a.gold) {
    const c = (g.cue?.text ?? '<none>').toLowerCase().replace(/\s+/g, ' ');
    if (!want.has(c)) continue;
    const len = g.content.parts.reduce((x, [s, e]) => x + e - s, 0);
    const got = g.content.parts.reduce((x, [s, e]) => x + res.attributions.reduce((y, p) => y + cov(s, e, p.start, p.end), 0), 0);
    if (got >= 0.3 * len) continue;
    const n = shown.get(c) ?? 0; if (n >= lim) continue; shown.set(c, n + 1);
    const s0 = Math.min(g.content.parts[0][0], g.cue?.parts[0][0] ?? 1e9, g.source?.parts[0][0] ?? 1e9);
    const e0 = Math.max(g.content.parts.at(-1)![1], g.cue?.parts.at(-1)![1] ?? 0);
    const near = res.attributions.filter((p) => cov(s0 - 200, e0 + 200, p.start, p.end) > 0).map((p) => `{${p.kind}:${a.text.slice(p.start, p.end).slice(0, 60)}}`).join(' ');
    console.log(`[${c}] SRC=${g.source?.text ?? '-'} | CONTENT=${g.content.text.slice(0,120)}\n    CTX=${a.text.slice(Math.max(0,s0-80), Math.min(e0+20, s0+260)).replace(/\n/g,' ⏎ ')}\n    PRED=${near.slice(0, 300)}`);
  }
}
