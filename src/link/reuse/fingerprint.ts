// Winnowed word-k-gram fingerprints: the few hashes per document that the candidate index stores.

import type { TokenizedText } from './text.js';

export interface Fingerprints {
  /** Selected k-gram hashes, in text order (a hash may repeat). */
  hashes: Int32Array;
  /** Token index of the first word of each selected k-gram. */
  positions: Int32Array;
}

/**
 * Winnowing (Schleimer et al. 2003): in every window of `window` consecutive k-grams the minimum hash is kept,
 * so any shared run of at least window + k - 1 content words shares a fingerprint, at about 2/(window+1) density.
 */
export function fingerprint(tok: TokenizedText, k: number, window: number): Fingerprints {
  const n = tok.length - k + 1;
  if (n <= 0) return { hashes: new Int32Array(0), positions: new Int32Array(0) };
  const grams = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < k; j++) {
      h ^= tok.ids[i + j];
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
      h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
      h ^= h >>> 15;
    }
    grams[i] = h;
  }
  const hashes: number[] = [];
  const positions: number[] = [];
  const w = Math.min(window, n);
  let last = -1;
  for (let start = 0; start + w <= n; start++) {
    // Rightmost minimum, so sliding windows agree on the same pick and each is recorded once.
    let best = start;
    for (let i = start + 1; i < start + w; i++) if (grams[i] <= grams[best]) best = i;
    if (best !== last) {
      hashes.push(grams[best]);
      positions.push(best);
      last = best;
    }
  }
  return { hashes: Int32Array.from(hashes), positions: Int32Array.from(positions) };
}
