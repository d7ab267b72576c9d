// Where a young story should split: the cut between its members that the pairwise join scores disagree with most.

/**
 * The members of a young story that should leave it, or null when it should stay whole.
 *
 * `z[j][i]` (i < j) is the join score of member j, taken as an article, against member i alone, in log-odds above
 * the join threshold: positive means "would have joined it". A story whose members split into two groups with
 * cross pairs that add up below `-margin` holds two events (correlation clustering with the learned pair scores:
 * keeping them apart gains that much over keeping them together). Member 0, the story's first article, always
 * stays, so that the story keeps its id. Exhaustive over the 2^(n-1) - 1 cuts: young stories are small.
 */
export function cutOff(z: readonly (readonly number[])[], margin: number, minPart = 1): boolean[] | null {
  const n = z.length;
  let best = -margin;
  let bestMask = 0;
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    const leaving = bitCount(mask);
    if (leaving < minPart || n - leaving < minPart) continue;
    // Bit i - 1 of the mask: member i leaves.
    let cross = 0;
    for (let j = 1; j < n; j++) {
      const jOut = (mask >> (j - 1)) & 1;
      for (let i = 0; i < j; i++) {
        const iOut = i === 0 ? 0 : (mask >> (i - 1)) & 1;
        if (iOut !== jOut) cross += z[j][i];
      }
    }
    if (cross < best) {
      best = cross;
      bestMask = mask;
    }
  }
  if (bestMask === 0) return null;
  return Array.from({ length: n }, (_, i) => i > 0 && ((bestMask >> (i - 1)) & 1) === 1);
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v > 0; v &= v - 1) n++;
  return n;
}
