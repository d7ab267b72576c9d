// NER benchmark: conlleval entity F1 and tokens/s on CoNLL-2003 testb (plus other domains), compromise as the peer.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import {
  type LabeledDocument,
  loadNerModel,
  parseConll,
  parseGum,
  parseUner,
  scoreSpans,
  type TokenSpan,
  tagDocument,
} from '../../src/analyze/ner/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.WIRETRACE_DATA ?? resolve(root, '../shared/data');
const read = (p: string): string => readFileSync(join(dataDir, p), 'utf8');
const model = loadNerModel(process.env.NER_MODEL);
const pct = (x: number): string => (100 * x).toFixed(2);

function ours(docs: LabeledDocument[]): { pred: TokenSpan[][]; seconds: number; tokens: number } {
  const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  // Warm up the JIT, then time the best of three runs (the machine is shared).
  tagDocument(
    model,
    docs[0].sentences.map((s) => s.words),
  );
  let best = Number.POSITIVE_INFINITY;
  let pred: TokenSpan[][] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    pred = docs.flatMap((d) =>
      tagDocument(
        model,
        d.sentences.map((s) => s.words),
      ),
    );
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { pred, seconds: best, tokens };
}

function compromise(docs: LabeledDocument[]): { pred: TokenSpan[][]; seconds: number } {
  const pred: TokenSpan[][] = [];
  const t0 = performance.now();
  for (const d of docs)
    for (const s of d.sentences) {
      let text = '';
      const starts: number[] = [];
      for (const w of s.words) {
        if (text) text += ' ';
        starts.push(text.length);
        text += w;
      }
      const doc = nlp(text);
      const out: TokenSpan[] = [];
      const add = (list: { offset: { start: number; length: number } }[], type: TokenSpan['type']) => {
        for (const m of list) {
          const a = m.offset.start;
          const b = a + m.offset.length;
          let ts = -1;
          let te = -1;
          for (let i = 0; i < starts.length; i++) {
            const e = starts[i] + s.words[i].length;
            if (starts[i] >= a && e <= b) {
              if (ts < 0) ts = i;
              te = i + 1;
            }
          }
          if (ts >= 0) out.push({ start: ts, end: te, type });
        }
      };
      add(doc.people().out('offset') as never, 'PER');
      add(doc.places().out('offset') as never, 'LOC');
      add(doc.organizations().out('offset') as never, 'ORG');
      pred.push(out);
    }
  return { pred, seconds: (performance.now() - t0) / 1000 };
}

const gold = (docs: LabeledDocument[]): TokenSpan[][] => docs.flatMap((d) => d.sentences.map((s) => s.spans));
const line = (name: string, s: ReturnType<typeof scoreSpans>): string =>
  `${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${Object.entries(s.byType)
    .map(([t, v]) => `${t} ${pct(v.f1)}`)
    .join(', ')})`;

const testb = parseConll(read('ner/conll2003/eng.testb'));
const testa = parseConll(read('ner/conll2003/eng.testa'));
const three = ['PER', 'ORG', 'LOC'] as const;

console.log(`wiretrace NER benchmark, ${new Date().toISOString()}, node ${process.version}`);
const b = ours(testb);
const bs = scoreSpans(gold(testb), b.pred);
console.log(line('CoNLL-2003 testb (4 types)', bs));
console.log(line('CoNLL-2003 testb (PER/LOC/ORG)', scoreSpans(gold(testb), b.pred, three)));
console.log(
  `wiretrace speed: ${b.tokens} tokens in ${b.seconds.toFixed(3)} s = ${Math.round(b.tokens / b.seconds)} tokens/s (one thread, best of 3)`,
);
const a = ours(testa);
console.log(line('CoNLL-2003 testa (dev, 4 types)', scoreSpans(gold(testa), a.pred)));

const wiki = parseConll(read('ner/open/wikigold/wikigold.conll.txt'));
console.log(line('wikigold (4 types)', scoreSpans(gold(wiki), ours(wiki).pred)));
const gumDir = join(dataDir, 'ner/open/gum-news');
const gum = readdirSync(gumDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort()
  .map((f) => parseGum(readFileSync(join(gumDir, f), 'utf8')));
console.log(line('GUM news (PER/LOC/ORG*)', scoreSpans(gold(gum), ours(gum).pred, three)));
const ewt = parseUner(read('ner/open/uner-en-ewt/en_ewt-ud-test.iob2'));
console.log(line('UNER EWT test (PER/LOC/ORG)', scoreSpans(gold(ewt), ours(ewt).pred, three)));

if (!process.env.NER_SKIP_PEER) {
  const c = compromise(testb);
  const cs = scoreSpans(gold(testb), c.pred, three);
  console.log(line('compromise testb (PER/LOC/ORG)', cs));
  console.log(`compromise speed: ${Math.round(b.tokens / c.seconds)} tokens/s (one pass)`);
  console.log(
    `ratios wiretrace/compromise on testb: F1 (PER/LOC/ORG) ${(scoreSpans(gold(testb), b.pred, three).f1 / cs.f1).toFixed(2)}x, speed ${(c.seconds / b.seconds).toFixed(1)}x`,
  );
}
