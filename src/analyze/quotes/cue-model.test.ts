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
      serializeCueModel({ bits: 4, weights, vocab: new Set(['cited']), threshold: 0.1 }),
    );
    expect(back?.bits).toBe(4);
    expect(back!.weights[3]).toBeCloseTo(1.5, 3);
    expect(back!.weights[9]).toBeCloseTo(-0.25, 3);
    expect(back!.weights.filter((w) => w !== 0).length).toBe(2);
    expect([...back!.vocab]).toEqual(['cited']);
    expect(back!.threshold).toBeCloseTo(0.1);
    expect(deserializeCueModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBeNull();
  });
});
