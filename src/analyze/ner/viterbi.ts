// Exact first-order decoding over BILOU tags: the best well-formed tag sequence under emission and transition scores.

import * as tagSet from './tags.js';

// Bound once (see features.ts): tsx compiles modules to CommonJS, where every read of an import is a getter call.
const { ALLOWED, CLOSING, NUM_TAGS } = tagSet;
const NT = NUM_TAGS;

/** For each tag, the previous tags it may follow (ALLOWED as lists, so the inner loop skips forbidden pairs). */
const PREVIOUS: Uint8Array[] = Array.from({ length: NT }, (_, t) =>
  Uint8Array.from(Array.from({ length: NT }, (_, p) => p).filter((p) => ALLOWED[p * NT + t])),
);

/** Reusable buffers of one decoder (the tagger decodes sentence after sentence). */
export interface ViterbiWork {
  delta: Float64Array;
  next: Float64Array;
  back: Uint8Array;
  /** Room for the caller's emission scores. */
  emit: Float64Array;
}

export const viterbiWork = (): ViterbiWork => ({
  delta: new Float64Array(NT),
  next: new Float64Array(NT),
  back: new Uint8Array(256 * NT),
  emit: new Float64Array(256 * NT),
});

/**
 * Best tags for a sentence of n tokens. `emit` holds n x NUM_TAGS scores, `trans` NUM_TAGS x NUM_TAGS (row = previous
 * tag); the sentence starts as if after O and must end on a tag that closes any entity (O, L, U). Ties go to the
 * lower tag number, so the result is deterministic.
 */
export function viterbi(
  n: number,
  emit: ArrayLike<number>,
  trans: ArrayLike<number>,
  work: ViterbiWork,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (work.back.length < n * NT) work.back = new Uint8Array(2 * n * NT);
  const { back } = work;
  let delta = work.delta;
  let next = work.next;
  for (let t = 0; t < NT; t++) delta[t] = ALLOWED[t] ? trans[t] + emit[t] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const at = i * NT;
    for (let t = 0; t < NT; t++) {
      const prev = PREVIOUS[t];
      let best = prev[0];
      let bestScore = delta[best] + trans[best * NT + t];
      for (let k = 1; k < prev.length; k++) {
        const p = prev[k];
        const v = delta[p] + trans[p * NT + t];
        if (v > bestScore) {
          bestScore = v;
          best = p;
        }
      }
      next[t] = bestScore + emit[at + t];
      back[at + t] = best;
    }
    const swap = delta;
    delta = next;
    next = swap;
  }
  let last = 0;
  for (let t = 1; t < NT; t++) if (CLOSING[t] && delta[t] > delta[last]) last = t;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + tags[i]];
  return tags;
}
