import { loadSplit } from './polnear.js';
const arts = loadSplit('/work/shared/data/quotes/polnear', 'train');
const want = new Set(process.argv.slice(2));
const shown = new Map<string, number>();
for (const a of arts) for (const g of a.gold) {
  const c = (g.cue?.text ?? '<none>').toLowerCase().replace(/\s+/g, ' ');
  if (!want.has(c)) continue; const n = shown.get(c) ?? 0; if (n >= 4) continue; shown.set(c, n + 1);
  const s0 = Math.min(g.content.parts[0][0], g.cue?.parts[0][0] ?? 1e9, g.source?.parts[0][0] ?? 1e9);
  const e0 = Math.max(g.content.parts.at(-1)![1], g.cue?.parts.at(-1)![1] ?? 0);
  console.log(`[${c}] SRC=${g.source?.text ?? '-'} | CONTENT=${g.content.text.slice(0,150)}\n    CTX=${a.text.slice(Math.max(0,s0-60), Math.min(e0+20, s0+300)).replace(/\n/g,' ')}`);
}
