// Error breakdown for the quote benchmark (development aid): wrong or empty named speakers, and missed gold
// quotes grouped by their gold cue word. Usage: npx tsx bench/quotes/diagnose.ts --split dev [--show speakers|misses|false] [--n 40]

import { findAttributions } from '../../src/analyze/quotes/index.js';
import { fallbackEntities } from './names.js';
import { option, polnearDir } from './options.js';
import { type GoldAttribution, loadSplit } from './polnear.js';

const split = option('split', 'dev');
const show = option('show', 'speakers');
const n = Number(option('n', '40'));
// --names ner: entities from the entity stage, as the benchmark's default; otherwise the capitalised-name fallback.
const tag = await (async () => {
  if (option('names', 'fallback') !== 'ner') return fallbackEntities;
  const ent = await import('../../src/analyze/entities/index.js');
  const ner = await import('../../src/analyze/ner/index.js');
  const model = ner.loadNerModel();
  return (text: string) => ent.analyzeEntities({ body: text, captions: [], title: null }, model);
})();

const cov = (g: GoldAttribution, s: number, e: number) =>
  g.content.parts.reduce((x, [a, b]) => x + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
const glen = (g: GoldAttribution) => g.content.parts.reduce((x, [a, b]) => x + b - a, 0);

const counts = new Map<string, number>();
let shown = 0;
for (const art of loadSplit(polnearDir(), split)) {
  const ctx = (s: number, e: number) => art.text.slice(Math.max(0, s), e).replace(/\n/g, ' ¶ ');
  const ents = tag(art.text);
  const res = findAttributions(art.text, ents.mentions, ents.entities);
  for (const g of art.gold) {
    let best = null;
    let bo = 0;
    for (const p of res.attributions) {
      const o = cov(g, p.start, p.end);
      if (o > bo) {
        bo = o;
        best = p;
      }
    }
    if (show === 'misses' && bo < 0.3 * glen(g)) {
      const key = (g.cue?.text ?? '<none>').toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (shown++ < n)
        console.log(
          `MISS [${g.cue?.text ?? '-'}] src=${g.source?.text ?? '-'} :: ${ctx(g.content.parts[0][0] - 80, g.content.parts[0][1] + 20).slice(0, 260)}`,
        );
    }
    // Characters of the gold content covered by all predictions together, as the scorer counts them.
    const covered = new Set<number>();
    for (const p of res.attributions)
      for (const [a, b] of g.content.parts)
        for (let i = Math.max(a, p.start); i < Math.min(b, p.end); i++) covered.add(i);
    if (show === 'short' && covered.size >= 0.3 * glen(g) && covered.size < 0.8 * glen(g) && best) {
      if (shown++ < n)
        console.log(`SHORT gold=«${g.content.text.slice(0, 160)}»\n      pred=«${best.text.slice(0, 160)}»`);
    }
    if (show === 'speakers' && best && bo >= 0.3 * glen(g) && g.source) {
      const src = g.source.text;
      if (!/[A-Z][a-z]/.test(src.replace(/^\S+/, ''))) continue;
      const gw = new Set(
        src
          .toLowerCase()
          .split(/[\s\-.,’']+/)
          .filter((w) => w.length > 1),
      );
      const ok = (best.speaker ?? '')
        .toLowerCase()
        .split(/[\s\-.,’']+/)
        .some((w) => gw.has(w));
      if (ok) continue;
      const key = best.speaker ? 'wrong' : 'empty';
      counts.set(`${key}/${best.kind}`, (counts.get(`${key}/${best.kind}`) ?? 0) + 1);
      if (shown++ < n)
        console.log(
          `${key.toUpperCase()} ${best.kind} gold=«${src}» got=«${best.speaker}» phrase=«${best.source ? art.text.slice(best.source.start, best.source.end) : ''}» cue=«${g.cue?.text}» :: ${ctx(Math.min(g.source.parts[0][0], g.content.parts[0][0]) - 40, Math.max(g.source.parts[0][1], g.content.parts[0][0]) + 60).slice(0, 300)}`,
        );
    }
  }
  if (show === 'false') {
    for (const p of res.attributions) {
      const ok = art.gold.some(
        (g) => cov(g, p.start, p.end) > 0.3 * (p.end - p.start) || cov(g, p.start, p.end) >= 0.3 * glen(g),
      );
      if (!ok) {
        counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
        if (shown++ < n)
          console.log(
            `FALSE ${p.kind} spk=${p.speaker} :: ${ctx(p.start - 60, p.start)} [[${p.text.slice(0, 140)}]]`,
          );
      }
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
