import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { emptyResources, sentenceAttributes } from './features.js';
import * as door from './index.js';
import { loadNerModel, parseConll, recognize, scoreSpans, tagDocument } from './index.js';
import { buildModel, deserializeModel, serializeModel } from './model.js';
import { allowed, NUM_TAGS, spansToTags, tagsToSpans } from './tags.js';
import { trainPerceptron } from './train.js';

describe('BILOU tags', () => {
  it('round-trips spans', () => {
    const spans = [
      { start: 0, end: 2, type: 'PER' as const },
      { start: 3, end: 4, type: 'LOC' as const },
      { start: 4, end: 7, type: 'ORG' as const },
    ];
    expect(tagsToSpans(spansToTags(8, spans))).toEqual(spans);
  });

  it('forbids ill-formed transitions', () => {
    expect(allowed(0, 2)).toBe(false); // O -> I-PER
    expect(allowed(1, 3)).toBe(true); // B-PER -> L-PER
    expect(allowed(1, 7)).toBe(false); // B-PER -> L-ORG
  });
});

describe('CoNLL reading and scoring', () => {
  const sample =
    '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n. . O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n';

  it('reads IOB1 into spans', () => {
    const docs = parseConll(sample);
    expect(docs).toHaveLength(1);
    expect(docs[0].sentences.map((s) => s.spans)).toEqual([
      [
        { start: 0, end: 1, type: 'ORG' },
        { start: 2, end: 3, type: 'MISC' },
      ],
      [{ start: 0, end: 2, type: 'PER' }],
    ]);
  });

  it('counts only exact span and type matches (conlleval)', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'PER' as const },
        { start: 3, end: 4, type: 'LOC' as const },
      ],
    ];
    const pred = [
      [
        { start: 0, end: 1, type: 'PER' as const },
        { start: 3, end: 4, type: 'LOC' as const },
      ],
    ];
    const s = scoreSpans(gold, pred);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
  });
});

describe('training and the binary model form', () => {
  it('learns a toy task deterministically and survives serialization', () => {
    const res = emptyResources();
    const data = [
      {
        words: ['Mr', 'Smith', 'went', 'to', 'Paris', '.'],
        spans: [
          { start: 1, end: 2, type: 'PER' as const },
          { start: 4, end: 5, type: 'LOC' as const },
        ],
      },
      {
        words: ['Jones', 'visited', 'London', 'today'],
        spans: [
          { start: 0, end: 1, type: 'PER' as const },
          { start: 2, end: 3, type: 'LOC' as const },
        ],
      },
    ].map((s) => ({
      attrs: sentenceAttributes(s.words, res),
      gold: spansToTags(s.words.length, s.spans),
      hints: null,
    }));
    const train = () => trainPerceptron(data, { epochs: 5, seed: 1 }).averaged();
    const a = train();
    const b = train();
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    const model = buildModel(a.keys, a.weights, res, false);
    const spans = tagDocument(model, [['Mr', 'Smith', 'went', 'to', 'Paris', '.']]);
    expect(spans[0]).toEqual([
      { start: 1, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    const back = deserializeModel(serializeModel(a.keys, a.weights, res, false, 0));
    expect(back).not.toBeNull();
    if (back) expect(tagDocument(back, [['Mr', 'Smith', 'went', 'to', 'Paris', '.']])).toEqual(spans);
    expect(a.weights.length % NUM_TAGS).toBe(0);
  });

  it('rejects bytes that are not a model', () => {
    expect(deserializeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]))).toBeNull();
  });
});

describe('the committed model', () => {
  const model = loadNerModel();

  it('is cached', () => {
    expect(loadNerModel()).toBe(model);
  });

  it('finds people, places and organizations with character offsets', () => {
    const text =
      'Russian President Vladimir Putin spoke with European Council President Charles Michel about Belarus.';
    const toks = tokenize(text);
    const found = recognize(model, [toks])[0].map((s) => [text.slice(s.start, s.end), s.type]);
    expect(found).toContainEqual(['Vladimir Putin', 'PER']);
    expect(found).toContainEqual(['Belarus', 'LOC']);
    expect(found.some(([t]) => (t as string).includes('Charles Michel'))).toBe(true);
  });

  it('exports its door', () => {
    expect(Object.keys(door).sort()).toEqual(
      [
        'ENTITY_TYPES',
        'emptyModel',
        'loadNerModel',
        'parseConll',
        'parseGum',
        'parseUner',
        'recognize',
        'scoreSpans',
        'tagDocument',
      ].sort(),
    );
  });
});
