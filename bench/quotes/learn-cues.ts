// Learns extra attribution cues from PolNeAR train's Cue spans; writes src/analyze/quotes/learned-cues.ts.

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERBS, isHandCue } from '../../src/analyze/quotes/lexicon.js';
import { loadSplit } from './polnear.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataRoot = process.env.WIRETRACE_DATA ?? join(repoRoot, '..', 'shared', 'data');
const out = join(repoRoot, 'src', 'analyze', 'quotes', 'learned-cues.ts');

/** A form must be a cue this often among its occurrences in train, and at least this many times. */
const MIN_RATIO = Number(process.env.MIN_RATIO ?? '0.12');
const MIN_COUNT = Number(process.env.MIN_COUNT ?? '3');
// Forms whose content holds their own subject ("Trump seemed to …", "is expected to") or that are
// prepositions and punctuation: these attribute no statement to a source, so they stay out.
const EXCLUDE =
  /^(?:seem|seems|seemed|appear|appears|appeared|according to|is expected|are expected|was expected|were expected|expected|likely|reportedly|in|on|of|for|to|about|at|by|with|from|as|that|if)$/;
const LEAD = /^(?:are|am|be|being|now|widely|never|first|has|have|had|is|was|were|also|later|to)$/;
// Acts, not statements or positions: PolNeAR marks some of them ("signed", "hired"), but reporting them as
// quotes would make `kind: 'indirect'` mean something other than reported speech or a stated position.
const ACTS = new Set(
  (
    'accepted adopted allowed allows appointed approved authorized blocked captured cast covered delivered ' +
    'designed devoted experienced exposed filed follows gave hired included includes introduced invited ' +
    'launching passed proved provided rattled require required ruled ruling scared seemingly shocked signed ' +
    'watched glad looks determined determining'
  ).split(' '),
);
const CONTENT_WORDS = /^[a-z][a-z' -]*[a-z]$/;

const arts = loadSplit(join(dataRoot, 'quotes', 'polnear'), 'train');
// The reader masks quotations before it looks for cues, so forms are counted outside them only.
const QUOTED = /“[^”\n]*”|"[^"\n]*"/g;
const inQuote = (text: string): Uint8Array => {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(QUOTED)) mask.fill(1, m.index ?? 0, (m.index ?? 0) + m[0].length);
  return mask;
};
const asCue = new Map<string, number>();
for (const a of arts) {
  const mask = inQuote(a.text);
  for (const g of a.gold) {
    if (g.cue?.parts.length !== 1 || mask[g.cue.parts[0][0]]) continue;
    // "has said", "also noted": the reader skips auxiliaries and adverbs before a verb, so the verb is the cue.
    const words = g.cue.text.replace(/\s+/g, ' ').trim().split(' ');
    while (words.length > 1 && (ADVERBS.has(words[0]) || LEAD.test(words[0]))) words.shift();
    const form = words.join(' ');
    // Lowercase forms only: a capitalised cue opens a sentence or a headline and is counted under its lowercase form.
    if (!CONTENT_WORDS.test(form) || form.split(' ').length > 3) continue;
    asCue.set(form, (asCue.get(form) ?? 0) + 1);
  }
}
const total = new Map<string, number>();
const forms = [...asCue.keys()];
const byFirst = new Map<string, string[]>();
for (const f of forms) {
  const w = f.split(' ')[0];
  byFirst.set(w, [...(byFirst.get(w) ?? []), f]);
}
for (const a of arts) {
  const words = a.text.replace(QUOTED, ' ').match(/[A-Za-z']+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const cands = byFirst.get(words[i]);
    if (!cands) continue;
    for (const f of cands) {
      const n = f.split(' ').length;
      if (words.slice(i, i + n).join(' ') === f) total.set(f, (total.get(f) ?? 0) + 1);
    }
  }
}
const kept: [string, number, number][] = [];
for (const [form, n] of asCue) {
  const all = Math.max(n, total.get(form) ?? n);
  if (process.env.SHOW_NEAR && n >= MIN_COUNT && n / all >= 0.25 && n / all < MIN_RATIO)
    console.log(`near: ${form} ${n}/${all}`);
  if (
    n < MIN_COUNT ||
    n / all < MIN_RATIO ||
    EXCLUDE.test(form) ||
    ACTS.has(form) ||
    // "said of", "warned of": a form that holds a hand-written cue would take that cue's own handling away.
    isHandCue(form) ||
    form.split(' ').some(isHandCue)
  )
    continue;
  kept.push([form, n, all]);
}
kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
// Quoted the way Biome formats them, so that the file is stable under `biome check`.
const quote = (f: string): string => (f.includes("'") ? JSON.stringify(f) : `'${f}'`);
const lines = kept.map(([f, n, all]) => `  [${quote(f)}, ${n}, ${all}],`).join('\n');
writeFileSync(
  out,
  `// Attribution cues learned from PolNeAR train (bench/quotes/learn-cues.ts writes this file; do not edit by hand).

/** [form, times annotated as a cue in train, times the form occurs in train]; kept at ratio ≥ ${MIN_RATIO}, count ≥ ${MIN_COUNT}. */
export const LEARNED_CUES: readonly (readonly [string, number, number])[] = [
${lines}
];
`,
);
console.log(`${kept.length} learned cue forms written to ${out}`);
console.log(kept.map(([f, n, all]) => `${f} ${n}/${all}`).join(', '));
