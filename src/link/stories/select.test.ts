import { describe, expect, it } from 'vitest';
import { kthLargest } from './select.js';

describe('kthLargest', () => {
  it('agrees with a full sort on random inputs, ties and repeats included', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rnd() * 60);
      // Few distinct values in half the rounds, so that ties around the pivot are exercised.
      const xs = Float64Array.from({ length: n }, () => (round % 2 ? Math.floor(rnd() * 4) : rnd()));
      const sorted = [...xs].sort((a, b) => b - a);
      const k = 1 + Math.floor(rnd() * n);
      expect(kthLargest(Float64Array.from(xs), k)).toBe(sorted[k - 1]);
    }
  });

  it('handles the ends: the largest and the smallest', () => {
    expect(kthLargest(Float64Array.of(3, 9, 1, 7), 1)).toBe(9);
    expect(kthLargest(Float64Array.of(3, 9, 1, 7), 4)).toBe(1);
    expect(kthLargest(Float64Array.of(5), 1)).toBe(5);
  });
});
