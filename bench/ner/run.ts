// NER benchmark: conlleval entity F1 and tokens/s on CoNLL-2003 testb (plus other domains), compromise as the peer.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { wikigoldHeldOut } from '../../src/analyze/ner/conll.js';
import { documentAttributes } from '../../src/analyze/ner/features.js';
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
import {
  clearWordMemo,
  decodeSentence,
  decodeWithHistory,
  documentHints,
  modelScorer,
  sentenceFeatures,
} from '../../src/analyze/ner/model.js';
import { tagsToSpans } from '../../src/analyze/ner/tags.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.WIRETRACE_DATA ?? resolve(root, '../shared/data');
const read = (p: string): string => readFileSync(join(dataDir, p), 'utf8');
const model = loadNerModel(process.env.NER_MODEL);
const pct = (x: number): string => (100 * x).toFixed(2);

interface Timed {
  pred: TokenSpan[][];
  /**
   * Median and best wall-clock and process CPU seconds over the timed runs, after `warmup` untimed ones (the machine
   * is shared: CPU time is the steadier one, and a median moves less with the load than a best).
   */
  wall: number;
  cpu: number;
  bestWall: number;
  bestCpu: number;
  runs: number;
  tokens: number;
}

const countTokens = (docs: LabeledDocument[]): number =>
  docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);

const median = (v: number[]): number => [...v].sort((x, y) => x - y)[v.length >> 1];

function timed(runs: number, fn: () => TokenSpan[][], tokens: number, warmup = 0): Timed {
  const walls: number[] = [];
  const cpus: number[] = [];
  let pred: TokenSpan[][] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pred = fn();
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    if (r < warmup) continue;
    walls.push(wall);
    cpus.push((c.user + c.system) / 1e6);
  }
  return {
    pred,
    wall: median(walls),
    cpu: median(cpus),
    bestWall: Math.min(...walls),
    bestCpu: Math.min(...cpus),
    runs,
    tokens,
  };
}

/** "N tokens per CPU-second" line of a timing: median, best, and the wall-clock median. */
const speed = (t: Timed): string =>
  `median of ${t.runs} after a warm-up run: ${Math.round(t.tokens / t.cpu)} tokens per CPU-second (best ${Math.round(t.tokens / t.bestCpu)}), ${Math.round(t.tokens / t.wall)} tokens/s wall`;

function ours(docs: LabeledDocument[], runs = 1, passes?: 1 | 2): Timed {
  return timed(
    runs,
    () => {
      // Each run starts with an empty word memo: a run over text the memo already holds would be nearly free.
      clearWordMemo(model);
      return docs.flatMap((d) =>
        tagDocument(
          model,
          d.sentences.map((s) => s.words),
          { passes },
        ),
      );
    },
    countTokens(docs),
    // Timed runs warm up the JIT on the whole set first; scoring runs need no warm-up.
    runs > 1 ? 1 : 0,
  );
}

/**
 * The tagger as it was before the paired table (kept for training): both passes rescore every feature through the
 * plain table. Timed in the same run as the "before" figure; its output must equal tagDocument's.
 */
function reference(docs: LabeledDocument[], runs: number): Timed {
  const scorer = modelScorer(model);
  const tag = (sentences: string[][]): TokenSpan[][] => {
    const attrs = documentAttributes(sentences, model.resources);
    const statics = attrs.map((a) => sentenceFeatures(a));
    let tags = model.history
      ? decodeWithHistory(attrs, (s, history) =>
          decodeSentence(scorer, attrs[s], null, statics[s], null, history),
        )
      : attrs.map((a, s) => decodeSentence(scorer, a, null, statics[s]));
    if (model.twoPass) {
      const hints = documentHints(attrs, tags);
      tags = attrs.map((a, s) => decodeSentence(scorer, a, hints[s], statics[s], null));
    }
    return tags.map((t) => tagsToSpans(t));
  };
  return timed(runs, () => docs.flatMap((d) => tag(d.sentences.map((s) => s.words))), countTokens(docs), 1);
}

/** compromise on detokenized documents (sentences joined by newlines), PER/LOC/ORG only, exact span and type. */
function compromise(docs: LabeledDocument[]): Timed {
  const run = (): TokenSpan[][] => {
    const pred: TokenSpan[][] = [];
    for (const d of docs) {
      let text = '';
      const where: { s: number; t: number; start: number; end: number }[] = [];
      d.sentences.forEach((s, si) => {
        if (si > 0) text += '\n';
        s.words.forEach((w, ti) => {
          // Undo the CoNLL tokenization where it is unambiguous: "Putin 's" -> "Putin's", "( AFP )" -> "(AFP)".
          if (
            ti > 0 &&
            !/^(?:[,.;:!?)\]%]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(w) &&
            !/^[([$]$/.test(s.words[ti - 1])
          )
            text += ' ';
          where.push({ s: si, t: ti, start: text.length, end: text.length + w.length });
          text += w;
        });
      });
      const out: TokenSpan[][] = d.sentences.map(() => []);
      const doc = nlp(text);
      const add = (list: { offset: { start: number; length: number } }[], type: TokenSpan['type']) => {
        for (const m of list) {
          const a = m.offset.start;
          const b = a + m.offset.length;
          const inside = where.filter((x) => x.start >= a && x.end <= b);
          // compromise's matches may carry punctuation and possessives that CoNLL keeps outside the name.
          const junk = (x: { s: number; t: number }): boolean =>
            /^(?:[^\p{L}\p{N}]+|'s)$/u.test(d.sentences[x.s].words[x.t]);
          while (inside.length && junk(inside[inside.length - 1])) inside.pop();
          while (inside.length && junk(inside[0])) inside.shift();
          if (!inside.length || inside[0].s !== inside[inside.length - 1].s) continue;
          out[inside[0].s].push({ start: inside[0].t, end: inside[inside.length - 1].t + 1, type });
        }
      };
      add(doc.people().out('offset') as never, 'PER');
      add(doc.places().out('offset') as never, 'LOC');
      add(doc.organizations().out('offset') as never, 'ORG');
      pred.push(...out);
    }
    return pred;
  };
  return timed(1, run, countTokens(docs));
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
const runs = Number(process.env.NER_RUNS ?? 7);
const b = ours(testb, runs);
const bs = scoreSpans(gold(testb), b.pred);
console.log(line('CoNLL-2003 testb (4 types)', bs));
console.log(line('CoNLL-2003 testb (PER/LOC/ORG)', scoreSpans(gold(testb), b.pred, three)));
console.log(`wiretrace speed (testb, ${b.tokens} tokens, one thread): ${speed(b)}`);
const one = ours(testb, runs, 1);
console.log(line('testb, first pass only (4 types)', scoreSpans(gold(testb), one.pred)));
console.log(`wiretrace speed, first pass only: ${speed(one)}`);
if (!process.env.NER_SKIP_REFERENCE) {
  const r = reference(testb, runs);
  console.log(
    `reference decoder (plain table, every feature rescored), ${model.twoPass ? 'two passes' : model.history ? 'one pass with history' : 'one pass'}: ${speed(r)}; same output as tagDocument: ${JSON.stringify(r.pred) === JSON.stringify(b.pred) ? 'yes' : 'NO'}; speed-up ${(r.cpu / b.cpu).toFixed(2)}x (CPU time)`,
  );
}
const a = ours(testa);
console.log(line('CoNLL-2003 testa (dev, 4 types)', scoreSpans(gold(testa), a.pred)));

// The model trains on the rest of wikigold, so only its fixed held-out part (every fifth document) is scored.
const wiki = parseConll(read('ner/open/wikigold/wikigold.conll.txt')).filter((_, di) => wikigoldHeldOut(di));
console.log(line('wikigold held-out 1/5 (4 types)', scoreSpans(gold(wiki), ours(wiki).pred)));
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
  console.log(
    `compromise speed: ${Math.round(b.tokens / c.wall)} tokens/s wall, ${Math.round(b.tokens / c.cpu)} tokens per CPU-second (one run)`,
  );
  console.log(
    `ratios wiretrace/compromise on testb: F1 (PER/LOC/ORG) ${(scoreSpans(gold(testb), b.pred, three).f1 / cs.f1).toFixed(2)}x, speed ${(c.cpu / b.cpu).toFixed(1)}x (CPU time)`,
  );
}
