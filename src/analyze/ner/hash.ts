// Fast 32-bit hashing for feature hashing: strings once per token, then integer mixing per feature.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines two hashes (murmur3 finalizer), order-sensitive. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/** Modular inverse of an odd 32-bit multiplier (Newton's iteration), for undoing `mix`. */
function inverseOdd(x: number): number {
  let inv = x;
  for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(x, inv));
  return inv;
}
const INV_GOLDEN = inverseOdd(0x9e3779b1);
const INV_C1 = inverseOdd(0x85ebca6b);
const INV_C2 = inverseOdd(0xc2b2ae35);

/** The `a` for which mix(a, b) === h: lets a loaded model pair each feature with its salted twin. */
export function unmix(h: number, b: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, INV_C2);
  h ^= (h >>> 13) ^ (h >>> 26);
  h = Math.imul(h, INV_C1);
  h ^= h >>> 16;
  return (Math.imul(h ^ b, INV_GOLDEN) ^ 0x5bd1e995) | 0;
}

/** FNV-1a over s[from, to), equal to hashString(s.slice(from, to)) without the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
