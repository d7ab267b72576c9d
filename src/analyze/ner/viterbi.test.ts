import { describe, expect, it } from 'vitest';
import { ALLOWED, CLOSING, NUM_TAGS } from './tags.js';
import { rng } from './train.js';
import { viterbi, viterbiWork } from './viterbi.js';

const NT = NUM_TAGS;

/** Score of a tag sequence under the decoder's model (start as after O). */
function sequenceScore(tags: number[], emit: Float64Array, trans: Float64Array): number {
  let s = 0;
  let prev = 0;
  tags.forEach((t, i) => {
    s += trans[prev * NT + t] + emit[i * NT + t];
    prev = t;
  });
  return s;
}

/** Every well-formed sequence of length n, best first (exhaustive; small n only). */
function bruteForce(n: number, emit: Float64Array, trans: Float64Array): number {
  let best = Number.NEGATIVE_INFINITY;
  const walk = (prefix: number[]): void => {
    const prev = prefix.length ? prefix[prefix.length - 1] : 0;
    if (prefix.length === n) {
      if (CLOSING[prev]) best = Math.max(best, sequenceScore(prefix, emit, trans));
      return;
    }
    for (let t = 0; t < NT; t++) if (ALLOWED[prev * NT + t]) walk([...prefix, t]);
  };
  walk([]);
  return best;
}

describe('Viterbi over BILOU', () => {
  it('finds the best well-formed sequence (checked exhaustively on random scores)', () => {
    const random = rng(42);
    const work = viterbiWork();
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 3);
      const emit = Float64Array.from({ length: n * NT }, () => Math.round(random() * 20 - 10));
      const trans = Float64Array.from({ length: NT * NT }, () => Math.round(random() * 10 - 5));
      const tags = [...viterbi(n, emit, trans, work)];
      // Well formed: each transition allowed from the start, and the last tag closes its entity.
      let prev = 0;
      for (const t of tags) {
        expect(ALLOWED[prev * NT + t]).toBe(1);
        prev = t;
      }
      expect(CLOSING[prev]).toBe(1);
      expect(sequenceScore(tags, emit, trans)).toBe(bruteForce(n, emit, trans));
    }
  });

  it('does not lock into an entity the way a greedy decoder would', () => {
    // Token 0 slightly prefers B-PER (1) over U-PER (4), but token 1 strongly wants O: only U-PER, O is consistent.
    const emit = new Float64Array(2 * NT);
    emit[1] = 2;
    emit[4] = 1;
    emit[NT + 0] = 10;
    const tags = viterbi(2, emit, new Float64Array(NT * NT), viterbiWork());
    expect([...tags]).toEqual([4, 0]);
  });

  it('grows its buffers for long sentences', () => {
    const n = 1000;
    const emit = new Float64Array(n * NT);
    for (let i = 0; i < n; i++) emit[i * NT + 4] = 1; // U-PER everywhere
    expect([...viterbi(n, emit, new Float64Array(NT * NT), viterbiWork())]).toEqual(new Array(n).fill(4));
  });
});
