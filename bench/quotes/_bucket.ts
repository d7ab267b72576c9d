import { findAttributions } from '../../src/analyze/quotes/index.js';
import { cueForm } from '../../src/analyze/quotes/lexicon.js';
import { fallbackEntities } from './names.js';
import { loadSplit } from './polnear.js';
const arts = loadSplit('/work/shared/data/quotes/polnear', process.env.SPLIT ?? 'train');
const cov = (s: number, e: number, a: number, b: number) => Math.max(0, Math.min(e, b) - Math.max(s, a));
const b: Record<string, number> = {};
for (const a of arts) {
  const ents = fallbackEntities(a.text);
  const res = findAttributions(a.text, ents.mentions, ents.entities);
  for (const g of a.gold) {
    const len = g.content.parts.reduce((x, [s, e]) => x + e - s, 0);
    const got = g.content.parts.reduce((x, [s, e]) => x + res.attributions.reduce((y, p) => y + cov(s, e, p.start, p.end), 0), 0);
    if (got >= 0.3 * len) continue;
    const c = (g.cue?.text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    const words = c.split(' ');
    const known = c !== '' && (cueForm(c) || words.some((w) => cueForm(w)) || c === 'according to');
    const wc = g.content.text.split(/\s+/).length;
    const k = `${c === '' ? 'nocue' : known ? 'known' : 'unknown'} ${wc <= 2 ? 'short' : 'long'} ${g.source ? 'src' : 'nosrc'} ${g.content.parts[0][0] < (g.cue?.parts[0][0] ?? 0) ? 'before' : 'after'}`;
    b[k] = (b[k] ?? 0) + 1;
  }
}
console.log(Object.entries(b).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${n} ${k}`).join('\n'));
