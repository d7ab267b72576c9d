// Checks the plagdet implementation against the unit cases of the PAN reference script.
import { describe, expect, it } from 'vitest';
import { plagdet } from './plagdet.js';

const c = (pair: string, a: number, b: number, x: number, y: number) => ({
  pair,
  suspStart: a,
  suspEnd: b,
  srcStart: x,
  srcEnd: y,
});

describe('plagdet', () => {
  it('is 1 for an exact detection', () => {
    expect(plagdet([c('p', 0, 100, 0, 100)], [c('p', 0, 100, 0, 100)]).plagdet).toBeCloseTo(1);
  });
  it('penalises two fragments like the reference (P=R=1, gran=2 -> 0.6309)', () => {
    const s = plagdet([c('p', 0, 100, 0, 100)], [c('p', 0, 50, 0, 50), c('p', 50, 100, 50, 100)]);
    expect(s.granularity).toBe(2);
    expect(s.plagdet).toBeCloseTo(0.6309, 3);
  });
  it('gives 2/3 for half precision and full recall', () => {
    const s = plagdet([c('p', 0, 100, 0, 100)], [c('p', 0, 100, 0, 100), c('p', 500, 600, 500, 600)]);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.plagdet).toBeCloseTo(2 / 3, 3);
  });
});
