import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import {
  documentAttributes,
  documentTopic,
  documentWordFeatures,
  emptyResources,
  gazetteerPrefixes,
  indexResources,
  type NerResources,
  pairFeatures,
  roleFeatures,
  sentenceAttributes,
  staticFeatures,
  type WordAttributes,
} from './features.js';
import { hashRange, hashString, mix, unmix } from './hash.js';
import * as door from './index.js';
import { loadNerModel, parseConll, recognize, scoreSpans, tagDocument } from './index.js';
import { compromiseNameLists, LIST_BIT_BASE, NAME_LISTS, type NameList, withNameLists } from './lists.js';
import {
  buildModel,
  clearWordMemo,
  decodeSentence,
  decodeWithHistory,
  deserializeModel,
  documentHints,
  historyHints,
  modelScorer,
  type NerModel,
  sentenceFeatures,
  serializeModel,
} from './model.js';
import { allowed, ENTITY_TYPES, makeTag, NUM_TAGS, spansToTags, tagsToSpans } from './tags.js';
import { meanWeights, trainPerceptron } from './train.js';

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

  it("refuses a model written in another format (the greedy decoder's version 1) with a clear message", () => {
    const bytes = serializeModel(new Int32Array(0), new Float32Array(0), emptyResources(), false, 0);
    expect(deserializeModel(bytes)).not.toBeNull();
    const headerAt = new TextDecoder().decode(bytes).indexOf('"version":2');
    expect(headerAt).toBeGreaterThan(0);
    bytes[headerAt + '"version":'.length] = '1'.charCodeAt(0);
    expect(() => deserializeModel(bytes)).toThrow(/format 1 .*retrain/);
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

/** The tagger as first written: every pass rescores every feature through the plain table (kept for training). */
function referenceTags(model: NerModel, sentences: string[][], passes: 1 | 2): string {
  const scorer = modelScorer(model);
  const attrs = documentAttributes(sentences, model.resources);
  const statics = attrs.map((a) => sentenceFeatures(a));
  let tags = model.history
    ? decodeWithHistory(attrs, (s, history) =>
        decodeSentence(scorer, attrs[s], null, statics[s], null, history),
      )
    : attrs.map((a, s) => decodeSentence(scorer, a, null, statics[s]));
  if (model.twoPass && passes === 2) {
    const hints = documentHints(attrs, tags);
    tags = attrs.map((a, s) => decodeSentence(scorer, a, hints[s], statics[s], null));
  }
  return JSON.stringify(tags.map((t) => tagsToSpans(t)));
}

describe('document attributes', () => {
  const res = emptyResources();

  it('records how the document writes a word where case tells', () => {
    const attrs = documentAttributes(
      [
        ['MAGNA', 'SHARES', 'RISE'],
        ['Shares', 'of', 'Magna', 'rose', ',', 'and', 'shares', 'of', 'Ford', 'fell', '.'],
      ],
      res,
    );
    // MAGNA: seen capitalized mid-sentence (1); SHARES: seen lowercase (2); RISE: no evidence (0).
    expect([...attrs[0].docCase]).toEqual([1, 2, 0]);
    // "Shares" is sentence-initial (no evidence from there) but "shares" is written lowercase later on.
    expect(attrs[1].docCase[0]).toBe(2);
  });

  it('aggregates the contexts of a capitalized word repeated in the document', () => {
    const attrs = documentAttributes(
      [
        ['Ontario-based', 'Magna', 'rose'],
        ['Magna', "'s", 'shares', 'fell'],
        ['the', 'shares', 'fell'],
      ],
      res,
    );
    const magna = attrs[0].agg[1];
    // Both occurrences share one list: the left and right neighbours of each, four in all, and one cue class
    // ("shares" two words to the right).
    expect(attrs[1].agg[0]).toBe(magna);
    expect(magna).toHaveLength(5);
    // Lowercase and once-seen words get nothing.
    expect(attrs[2].agg[1]).toHaveLength(0);
    expect(attrs[0].agg[0]).toHaveLength(0);
  });

  it('pools the cue words near a capitalized word in classes, once-seen words too', () => {
    const attrs = documentAttributes(
      [
        ['Petofi', "'s", 'profit', 'fell'],
        ['He', 'sold', 'shares', 'in', 'Ruch', 'and', 'Magna', 'shareholders', 'agreed'],
        ['The', 'shares', 'rose', 'in', 'Leeds'],
      ],
      res,
    );
    const [petofi, ruch, magna, leeds] = [attrs[0].agg[0], attrs[1].agg[4], attrs[1].agg[6], attrs[2].agg[4]];
    // "profit" (a company word) to the right; "shares" to the left (company), "in" to the left (place), "and" none.
    expect(petofi).toHaveLength(1);
    expect(ruch).toHaveLength(2);
    // "shareholders" to the right of Magna: the company class of "shares", on the other side; "profit" is another class.
    expect(magna).toHaveLength(1);
    expect(leeds).toHaveLength(1);
    expect(leeds[0]).toBe(ruch[1]);
    expect(magna[0]).not.toBe(ruch[0]);
    expect(magna[0]).not.toBe(petofi[0]);
    // Lowercase words get no cues.
    expect(attrs[1].agg[2]).toHaveLength(0);
  });

  it("reads the desk label a wire story opens with as the document's topic", () => {
    const soccer = documentTopic(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN']);
    expect(soccer).not.toBe(0);
    expect(documentTopic(['Soccer', '-', 'Leeds', 'win'])).toBe(soccer);
    expect(documentTopic(['CRICKET', '-', 'LEICESTERSHIRE', 'TAKE', 'OVER'])).not.toBe(soccer);
    // No label: a plain sentence, a dateline, a hyphen that is not the second token.
    expect(documentTopic(['Japan', 'beat', 'Syria', '.'])).toBe(0);
    expect(documentTopic(['LONDON', '1996-08-30'])).toBe(0);
    expect(documentTopic(['-', 'SOCCER', 'WIN'])).toBe(0);
    const attrs = documentAttributes(
      [
        ['SOCCER', '-', 'LEEDS', 'WIN'],
        ['Leeds', 'won', '.'],
      ],
      res,
    );
    expect(attrs.map((a) => a.topic)).toEqual([soccer, soccer]);
  });

  it('gives each sentence the prediction history of its words in the sentences before it', () => {
    const attrs = documentAttributes(
      [
        ['Magna', 'rose', '.'],
        ['Magna', 'and', 'Ford', 'fell', '.'],
        ['Magna', 'said', 'so', '.'],
      ],
      res,
    );
    const O = 0;
    const uOrg = makeTag('U', ENTITY_TYPES.indexOf('ORG'));
    const uPer = makeTag('U', ENTITY_TYPES.indexOf('PER'));
    const tags = [
      Uint8Array.from([uOrg, O, O]),
      Uint8Array.from([uPer, O, uOrg, O, O]),
      Uint8Array.from([uOrg, O, O, O]),
    ];
    const hints = historyHints(attrs, tags);
    // The first sentence has no history; hint 1 + type + 1 (1 = O), +8 once the word was also given another label.
    expect([...hints[0]]).toEqual([0, 0, 0]);
    expect([...hints[1]]).toEqual([3, 0, 0, 0, 0]);
    // ORG once, PER once: the first of the tied types wins, and the word is marked as labelled two ways.
    expect(hints[2][0]).toBe(1 + 1 + ENTITY_TYPES.indexOf('PER') + 8);
    // Lowercase words never tagged as names carry no identity, so they have no history.
    expect(hints[2][1]).toBe(0);
  });

  it('gives the second pass the types of the same phrase and of longer phrases holding it elsewhere in the document', () => {
    const attrs = documentAttributes(
      [
        ['Bank', 'of', 'America', 'rose', '.'],
        ['America', 'voted', '.'],
        ['America', 'won', 'and', 'America', 'lost', 'in', 'America', '.'],
      ],
      res,
    );
    const tag = (prefix: 'B' | 'I' | 'L' | 'U', type: string) =>
      makeTag(prefix, ENTITY_TYPES.indexOf(type as 'ORG'));
    const tags = [
      Uint8Array.from([tag('B', 'ORG'), tag('I', 'ORG'), tag('L', 'ORG'), 0, 0]),
      Uint8Array.from([tag('U', 'LOC'), 0, 0]),
      Uint8Array.from([tag('U', 'LOC'), 0, 0, tag('U', 'PER'), 0, 0, tag('U', 'LOC'), 0]),
    ];
    const hints = documentHints(attrs, tags);
    const LOC = 1 + ENTITY_TYPES.indexOf('LOC');
    const ORG = 1 + ENTITY_TYPES.indexOf('ORG');
    // Bits 0-3: the word's majority type over the document (O = 1): "America" is LOC 3 times, ORG and PER once each.
    expect(hints[1][0] & 15).toBe(1 + LOC + 8);
    // Bits 4-7: the same phrase found elsewhere (the other "America" spans: LOC twice, PER once); bits 8-11:
    // the longer phrases that hold it ("Bank of America", ORG).
    expect((hints[1][0] >> 4) & 15).toBe(LOC + 8);
    expect(hints[1][0] >> 8).toBe(ORG);
    // The PER "America" sees only LOC in the others; a phrase found once has no same-phrase code, and none is longer.
    expect((hints[2][3] >> 4) & 15).toBe(LOC);
    expect(hints[0][0] >> 4).toBe(0);
    expect(hints[0][2] >> 4).toBe(0);
    // Tokens outside the spans carry only the word code.
    expect(hints[1][1] >> 4).toBe(0);
  });
});

describe('name lists', () => {
  const lists = compromiseNameLists();
  const bit = (list: NameList): number => 1 << (LIST_BIT_BASE + NAME_LISTS.indexOf(list));

  it("holds names from compromise's lexicon, one bit per list, above the entity-type bits", () => {
    expect((lists.get('john') ?? 0) & bit('firstName')).toBeTruthy();
    expect((lists.get('germany') ?? 0) & bit('country')).toBeTruthy();
    expect((lists.get('the') ?? 0) & 0xffff).toBe(0);
    for (const mask of lists.values()) expect(mask & ((1 << LIST_BIT_BASE) - 1)).toBe(0);
    expect(compromiseNameLists()).toEqual(lists);
  });

  it('merges into a gazetteer without dropping its types', () => {
    const merged = withNameLists(new Map([['germany', 4]]), lists);
    expect(merged.get('germany')).toBe(4 | (lists.get('germany') as number));
    expect(merged.size).toBe(new Set(['germany', ...lists.keys()]).size);
  });
});

describe('the fast tagging path', () => {
  it('can undo mix and hash a slice in place', () => {
    for (const a of [0, 1, -1, 123456789, -987654321, 0x7fffffff])
      for (const b of [0, 0x2f2f2f2f, -5]) expect(unmix(mix(a, b), b)).toBe(a);
    expect(hashRange('Lukashenko', 2, 6)).toBe(hashString('kash'));
    expect(hashRange('abc', 1, 1)).toBe(hashString(''));
  });

  it('finds the same gazetteer phrases and word attributes through the index as through the maps', () => {
    const gazetteer = new Map([
      ['new york', 4],
      ['new york city', 1],
      ['new york stock exchange', 2],
      ['york', 2],
      ['stock', 8],
      ['bank of new england', 2],
      ['of', 0],
    ]);
    const res: NerResources = {
      gazetteer,
      gazetteerMaxLength: 4,
      gazetteerPrefixes: gazetteerPrefixes(gazetteer),
      clusters: new Map([
        ['york', [4, 5, 6]],
        ['bank', [1, 2, 3]],
      ]),
      capitalization: new Map([['new', 3]]),
    };
    const indexed: NerResources = { ...res, index: indexResources(res) };
    const sentences = [
      // A phrase inside a longer prefix that stops short, a phrase cut by the sentence end, the longest one.
      ['New', 'York', 'Stock', 'market', 'in', 'New', 'York', 'City', 'and', 'Bank', 'of', 'New', 'England'],
      ['the', 'New', 'York', 'Stock', 'Exchange', 'and', 'New', 'York'],
      // Tokens that hold spaces match as the words they hold, as the phrase strings do.
      ['new york', 'city', 'of', 'bank of', 'new england', 'York'],
      ['new'],
      [],
    ];
    const strip = (a: ReturnType<typeof sentenceAttributes>) => ({
      ...a,
      forms: a.forms.map((f) => ({ ...f, phrase: null })),
    });
    for (const words of sentences)
      expect(strip(sentenceAttributes(words, indexed))).toEqual(strip(sentenceAttributes(words, res)));
    // Not vacuous: the phrases were found.
    const a = sentenceAttributes(sentences[0], indexed);
    expect(a.gaz[1].length).toBeGreaterThan(0);
    expect(a.gaz[6].length).toBeGreaterThan(2);
    expect(a.gaz[12].length).toBeGreaterThan(0);
    expect(sentenceAttributes(sentences[2], indexed).gaz[1].length).toBeGreaterThan(0);
  });

  it('splits staticFeatures exactly into per-word roles and neighbour pairs', () => {
    const gazetteer = new Map([
      ['new york', 4],
      // A training-data type (ORG) and a name list's bit (lists.ts) on one phrase.
      ['york', 2 | (1 << (LIST_BIT_BASE + 3))],
      ['united nations', 2],
    ]);
    const res: NerResources = {
      gazetteer,
      gazetteerMaxLength: 2,
      gazetteerPrefixes: gazetteerPrefixes(gazetteer),
      clusters: new Map([
        ['new', [1, 2, 3]],
        ['york', [4, 5, 6]],
        ['the', [7, 8, 9]],
      ]),
      capitalization: new Map([
        ['new', 3],
        ['the', 0],
      ]),
    };
    const cache = new Map<string, WordAttributes>();
    const document = [
      ['SOCCER', '-', 'YORK', 'WIN'],
      ['The', 'New', 'York', 'office', 'of', 'the', 'United', 'Nations', '.'],
      ['York'],
      ['THE', 'UNITED', 'NATIONS', 'SAYS', 'NO'],
      ['well-known', 'Smith-Jones', 'paid', '1,200', 'francs', 'to', 'York'],
    ];
    const attrs = documentAttributes(document, res, cache);
    expect(attrs).toEqual(documentAttributes(document, res));
    // The document-level attributes are there, so the split below covers their features too.
    expect(attrs[2].agg[0].length).toBeGreaterThan(0);
    expect(attrs[3].docCase[0]).toBe(2);
    expect(attrs[3].topic).not.toBe(0);
    for (const [s, words] of document.entries()) {
      const a = attrs[s];
      expect({ ...a, docCase: null, agg: null, topic: null }).toEqual({
        ...sentenceAttributes(words, res),
        docCase: null,
        agg: null,
        topic: null,
      });
      for (let i = 0; i < a.n; i++) {
        const whole: number[] = [];
        staticFeatures(a, i, whole);
        const parts: number[] = [];
        for (const shape of [false, true]) {
          roleFeatures(a, i, 0, shape, parts);
          roleFeatures(a, i > 0 ? i - 1 : -1, 1, shape, parts);
          roleFeatures(a, i + 1 < a.n ? i + 1 : -1, 2, shape, parts);
          roleFeatures(a, i > 1 ? i - 2 : -1, 3, shape, parts);
          roleFeatures(a, i + 2 < a.n ? i + 2 : -1, 4, shape, parts);
        }
        pairFeatures(a, i, parts);
        documentWordFeatures(a, i, parts);
        expect(parts.sort((x, y) => x - y)).toEqual(whole.sort((x, y) => x - y));
      }
    }
  });

  it('tags a document the same whatever the word memo holds from earlier documents', () => {
    const model = loadNerModel();
    const doc = [
      ['Russian', 'President', 'Vladimir', 'Putin', 'met', 'Lukashenko', 'in', 'Minsk', '.'],
      ['Putin', 'said', 'Belarus', 'and', 'Russia', 'agreed', '.'],
    ];
    clearWordMemo(model);
    const cold = tagDocument(model, doc);
    expect(model.memo.used).toBeGreaterThan(0);
    // Another document first: its words (some shared, in other document contexts) are memoized, then reused.
    clearWordMemo(model);
    tagDocument(model, [
      ['PUTIN', 'SAYS', 'NO'],
      ['Putin', 'of', 'Russia', 'met', 'Minsk', 'officials', '.'],
    ]);
    expect(tagDocument(model, doc)).toEqual(cold);
    expect(JSON.stringify(cold)).toBe(referenceTags(model, doc, 1));
  });

  it('tags the example corpus exactly like the reference decoder', () => {
    const model = loadNerModel();
    const dir = join(import.meta.dirname, '../../../examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const sentences = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((line) => tokenize(line).map((t) => t.text))
        .filter((s) => s.length > 0);
      for (const passes of [1, 2] as const)
        expect(JSON.stringify(tagDocument(model, sentences, { passes }))).toBe(
          referenceTags(model, sentences, passes),
        );
    }
  });
});

describe('the mean of several perceptrons', () => {
  it('averages each weight over the union of the features (a missing feature counts as zero)', () => {
    const row = (...v: number[]): number[] => [...v, ...new Array(NUM_TAGS - v.length).fill(0)];
    const a = { keys: Int32Array.from([7, 9]), weights: Float32Array.from([...row(2, 4), ...row(1)]) };
    const b = { keys: Int32Array.from([9, 5]), weights: Float32Array.from([...row(3), ...row(0, 6)]) };
    const m = meanWeights([a, b]);
    expect([...m.keys]).toEqual([7, 9, 5]);
    expect([...m.weights]).toEqual([...row(1, 2), ...row(2), ...row(0, 3)]);
  });
});
