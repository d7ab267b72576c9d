import { describe, expect, it } from 'vitest';
import { cueFeatures } from './cue-features.js';
import { type CueModel, cueModel, cueScore, deserializeCueModel, serializeCueModel } from './cue-model.js';

/** Score of the first occurrence of `word` in `text` (the sentence starts at 0). */
const scoreOf = (m: CueModel, text: string, word: string): number => {
  const at = text.indexOf(word);
  return cueScore(m, text, at, at + word.length, 0);
};

describe('learned cue detector', () => {
  const m = cueModel();

  it('loads the committed model', () => {
    expect(m).not.toBeNull();
    expect(m!.vocab.size).toBeGreaterThan(100);
  });

  it('tells a stance verb with a subject from the same word as a noun', () => {
    const cue = scoreOf(m!, 'Clinton dismissed the report as a distraction.', 'dismissed');
    const noun = scoreOf(m!, 'The dismissed workers went home early on Friday.', 'dismissed');
    expect(cue).toBeGreaterThan(m!.threshold);
    expect(cue).toBeGreaterThan(noun);
  });

  it('hashes the same features for the same context, wherever it sits', () => {
    const a: number[] = [];
    const b: number[] = [];
    cueFeatures('Trump blasted the deal.', 6, 13, 0, 18, a);
    cueFeatures('Xx.\nTrump blasted the deal.', 10, 17, 4, 18, b);
    expect(b).toEqual(a);
    expect(a.every((f) => f >= 0 && f < 1 << 18)).toBe(true);
  });

  /** Features of the first occurrence of `word` in `text` (the sentence starts at 0). */
  const featuresOf = (text: string, word: string): number[] => {
    const out: number[] = [];
    const at = text.indexOf(word);
    cueFeatures(text, at, at + word.length, 0, 18, out, true);
    return out;
  };

  it('writes four more features for the rich set, the plain ones first and unchanged', () => {
    const plain: number[] = [];
    cueFeatures('Trump blasted the deal.', 6, 13, 0, 18, plain);
    const rich = featuresOf('Trump blasted the deal.', 'blasted');
    expect(plain).toHaveLength(23);
    expect(rich).toHaveLength(27);
    expect(rich.slice(0, 23)).toEqual(plain);
  });

  it('sees, in the rich set, what opens the words a few tokens to the right of the cue', () => {
    // The two neighbours to the right are the same ("deep concern"); the "that" after them is what differs.
    const that = featuresOf('The mayor expressed deep concern that the bridge would fail.', 'expressed');
    const other = featuresOf('The mayor expressed deep concern for the bridge and the road.', 'expressed');
    expect(that).not.toEqual(other);
    // Beyond four words nothing is read.
    const far = featuresOf(
      'The mayor expressed deep and lasting personal concern that it failed.',
      'expressed',
    );
    const farOther = featuresOf(
      'The mayor expressed deep and lasting personal concern for it, he said.',
      'expressed',
    );
    expect(far).toEqual(farOther);
  });

  it('sees, in the rich set, a pronoun a few tokens to the left of the cue', () => {
    // The two neighbours to the left are the same ("very quietly"), and no capital stands near.
    const pronoun = featuresOf('and later she very quietly argued the case again', 'argued');
    const noun = featuresOf('and later all very quietly argued the case again', 'argued');
    expect(pronoun).not.toEqual(noun);
  });

  it('leaves exactly its own features in a reused array', () => {
    const fresh: number[] = [];
    cueFeatures('Trump blasted the deal.', 6, 13, 0, 18, fresh);
    const reused = [7, 7, 7];
    cueFeatures('Trump blasted the deal.', 6, 13, 0, 18, reused);
    expect(reused).toEqual(fresh);
    const longer = new Array(40).fill(1);
    cueFeatures('Trump blasted the deal.', 6, 13, 0, 18, longer);
    expect(longer).toEqual(fresh);
    cueFeatures('He said it.', 3, 7, 0, 18, reused);
    expect(reused).toHaveLength(fresh.length);
    expect(reused).not.toEqual(fresh);
  });

  it('reads back what it writes', () => {
    const weights = new Float32Array(1 << 4);
    weights[3] = 1.5;
    weights[9] = -0.25;
    const back = deserializeCueModel(
      serializeCueModel({ bits: 4, weights, vocab: new Set(['cited']), threshold: 0.1, rich: false }),
    );
    expect(back?.bits).toBe(4);
    expect(back!.weights[3]).toBeCloseTo(1.5, 3);
    expect(back!.weights[9]).toBeCloseTo(-0.25, 3);
    expect(back!.weights.filter((w) => w !== 0).length).toBe(2);
    expect([...back!.vocab]).toEqual(['cited']);
    expect(back!.threshold).toBeCloseTo(0.1);
    expect(back!.rich).toBe(false);
    const rich = deserializeCueModel(
      serializeCueModel({ bits: 4, weights, vocab: new Set(['cited']), threshold: 0.1, rich: true }),
    );
    expect(rich!.rich).toBe(true);
    expect(rich!.weights[3]).toBeCloseTo(1.5, 3);
    expect(deserializeCueModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBeNull();
  });
});
