// The entity layer against the tagger alone: what `analyzeEntities` (which users get: spans split on titles,
// leftovers dropped, names resolved within the article) makes of the tagger's output, scored the conlleval way on
// the same documents. Each labelled document becomes one article (words joined by spaces, one sentence a line); a
// mention counts when its characters map exactly onto a gold span's words and its type matches. Only people,
// organizations and places are scored: the layer leaves demonyms ("Russian", MISC in CoNLL) out by design, and
// "the Russian leader"-style phrases it adds are no names in these sets.
//
// Usage: WIRETRACE_DATA=/work/shared/data npx tsx bench/ner/entities.ts

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeEntities } from '../../src/analyze/entities/index.js';
import { wikigoldHeldOut } from '../../src/analyze/ner/conll.js';
import {
  type LabeledDocument,
  loadNerModel,
  type NerType,
  parseConll,
  parseUner,
  scoreSpans,
  type TokenSpan,
  tagDocument,
} from '../../src/analyze/ner/index.js';
import { dataDir } from '../data-dir.js';

const THREE = ['PER', 'ORG', 'LOC'] as const;
const TYPE_OF: Record<string, NerType> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

const model = loadNerModel(process.env.NER_MODEL);

interface Article {
  body: string;
  /** Per sentence, each word's character range in the body. */
  words: { start: number; end: number }[][];
}

function toArticle(doc: LabeledDocument): Article {
  let body = '';
  const words = doc.sentences.map((s) => {
    if (body) body += '\n';
    return s.words.map((w, i) => {
      if (i > 0) body += ' ';
      const start = body.length;
      body += w;
      return { start, end: body.length };
    });
  });
  return { body, words };
}

/** The entity layer's body mentions as token spans of the document's sentences. */
function layerSpans(doc: LabeledDocument): TokenSpan[][] {
  const article = toArticle(doc);
  const found = analyzeEntities({ body: article.body, captions: [], title: null }, model);
  const out: TokenSpan[][] = doc.sentences.map(() => []);
  for (const m of found.mentions) {
    if (m.caption !== undefined || !/^\p{Lu}/u.test(m.text) || /^the\s/i.test(m.text)) continue;
    const type = TYPE_OF[m.type];
    let placed = false;
    article.words.forEach((ws, si) => {
      const start = ws.findIndex((w) => w.start === m.start);
      const end = ws.findIndex((w) => w.end === m.end);
      if (start >= 0 && end >= start) {
        out[si].push({ start, end: end + 1, type });
        placed = true;
      }
    });
    // A mention that does not line up with the words is wrong in span; keep it counted as a prediction.
    if (!placed) out[0].push({ start: -1, end: -1, type });
  }
  return out;
}

const taggerSpans = (doc: LabeledDocument): TokenSpan[][] =>
  tagDocument(
    model,
    doc.sentences.map((s) => s.words),
  );

function compare(label: string, docs: LabeledDocument[]): void {
  const gold = docs.flatMap((d) => d.sentences.map((s) => s.spans));
  const tagger = scoreSpans(gold, docs.flatMap(taggerSpans), THREE);
  const layer = scoreSpans(gold, docs.flatMap(layerSpans), THREE);
  const f = (x: number): string => (100 * x).toFixed(2);
  const types = THREE.map((t) => `${t} ${f(tagger.byType[t].f1)} → ${f(layer.byType[t].f1)}`).join(', ');
  console.log(
    `${label.padEnd(22)} tagger F1 ${f(tagger.f1)} (P ${f(tagger.precision)} R ${f(tagger.recall)}) | entity layer F1 ${f(layer.f1)} (P ${f(layer.precision)} R ${f(layer.recall)}) | ${types}`,
  );
}

const read = (p: string): string => readFileSync(join(dataDir('ner'), p), 'utf8');
compare('CoNLL testa', parseConll(read('conll2003/eng.testa')));
compare('CoNLL testb', parseConll(read('conll2003/eng.testb')));
compare(
  'wikigold held-out 1/5',
  parseConll(read('open/wikigold/wikigold.conll.txt')).filter((_, i) => wikigoldHeldOut(i)),
);
compare('UNER EWT test', parseUner(read('open/uner-en-ewt/en_ewt-ud-test.iob2')));
