// Readers for the NER data formats on disk (CoNLL-2003, wikigold, UNER EWT, GUM) and conlleval-style scoring.

import { ENTITY_TYPES, type NerType, type TokenSpan } from './tags.js';

export interface LabeledSentence {
  words: string[];
  spans: TokenSpan[];
}

export interface LabeledDocument {
  sentences: LabeledSentence[];
}

/** Turns per-token labels into spans; IOB1 and IOB2 both read right (B- or a type change opens a new span). */
export function labelsToSpans(labels: string[], mapType: (t: string) => NerType | null): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type: NerType | null = null;
  for (let i = 0; i <= labels.length; i++) {
    const lab = i < labels.length ? labels[i] : 'O';
    const dash = lab.indexOf('-');
    const prefix = lab === 'O' ? 'O' : dash > 0 ? lab.slice(0, dash) : 'I';
    const t = lab === 'O' ? null : mapType(dash > 0 ? lab.slice(dash + 1) : lab);
    const continues = t !== null && prefix === 'I' && t === type;
    if (!continues && start >= 0 && type) {
      spans.push({ start, end: i, type });
      start = -1;
      type = null;
    }
    if (t !== null && !continues) {
      start = i;
      type = t;
    }
  }
  return spans;
}

const conllType = (t: string): NerType | null =>
  (ENTITY_TYPES as readonly string[]).includes(t) ? (t as NerType) : null;

/** CoNLL-2003 (`word POS chunk NER`, -DOCSTART- lines) or wikigold (`word NER`). */
export function parseConll(text: string): LabeledDocument[] {
  const docs: LabeledDocument[] = [];
  let doc: LabeledDocument = { sentences: [] };
  let words: string[] = [];
  let labels: string[] = [];
  const endSentence = (): void => {
    if (words.length) doc.sentences.push({ words, spans: labelsToSpans(labels, conllType) });
    words = [];
    labels = [];
  };
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) {
      endSentence();
      continue;
    }
    const parts = l.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    words.push(parts[0]);
    labels.push(parts[parts.length - 1]);
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** UNER English-EWT `.iob2`: `# ` comment lines, tab-separated `index word label ...`. */
export function parseUner(text: string): LabeledDocument[] {
  const sentences: LabeledSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (words.length) sentences.push({ words, spans: labelsToSpans(labels, conllType) });
      words = [];
      labels = [];
      continue;
    }
    const parts = line.split('\t');
    words.push(parts[1]);
    labels.push(parts[2] ?? 'O');
  }
  if (words.length) sentences.push({ words, spans: labelsToSpans(labels, conllType) });
  return [{ sentences }];
}

const GUM_TYPES: Record<string, NerType> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** GUM `word<TAB>type` with no B/I prefixes: adjacent tokens of one type form one span (GUM's limitation). */
export function parseGum(text: string): LabeledDocument {
  const sentences: LabeledSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (words.length) sentences.push({ words, spans: labelsToSpans(labels, (t) => GUM_TYPES[t] ?? null) });
      words = [];
      labels = [];
      continue;
    }
    const [w, lab] = line.split('\t');
    words.push(w);
    labels.push(lab === 'O' || !lab ? 'O' : `I-${lab}`);
  }
  if (words.length) sentences.push({ words, spans: labelsToSpans(labels, (t) => GUM_TYPES[t] ?? null) });
  return { sentences };
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
  byType: Record<string, { precision: number; recall: number; f1: number; gold: number }>;
}

/** conlleval's definition: a predicted entity counts only when span and type both match exactly. */
export function scoreSpans(
  gold: TokenSpan[][],
  predicted: TokenSpan[][],
  types: readonly string[] = ENTITY_TYPES,
): Score {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  for (const t of types) counts.set(t, { g: 0, p: 0, c: 0 });
  for (let s = 0; s < gold.length; s++) {
    const keys = new Set(gold[s].map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of gold[s]) {
      const c = counts.get(x.type);
      if (c) c.g++;
    }
    for (const x of predicted[s]) {
      const c = counts.get(x.type);
      if (!c) continue;
      c.p++;
      if (keys.has(`${x.start}:${x.end}:${x.type}`)) c.c++;
    }
  }
  const prf = (c: { g: number; p: number; c: number }) => {
    const precision = c.p ? c.c / c.p : 0;
    const recall = c.g ? c.c / c.g : 0;
    return {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  };
  const total = { g: 0, p: 0, c: 0 };
  const byType: Score['byType'] = {};
  for (const [t, c] of counts) {
    total.g += c.g;
    total.p += c.p;
    total.c += c.c;
    byType[t] = { ...prf(c), gold: c.g };
  }
  return { ...prf(total), gold: total.g, predicted: total.p, correct: total.c, byType };
}

/**
 * wikigold's fixed held-out part: every fifth document (index 0, 5, 10, ...). The training script trains on the
 * others; the bench reports wikigold F1 on these alone.
 */
export const wikigoldHeldOut = (docIndex: number): boolean => docIndex % 5 === 0;
