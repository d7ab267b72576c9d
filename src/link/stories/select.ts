// Selection of the k-th largest number, for cutting an article down to its strongest words.

/**
 * The k-th largest value (k >= 1) of the first `length` values of xs, which it reorders: quickselect, as only the
 * cut is needed, not the order, and it works in the caller's reused buffer (no copy to sort per article).
 */
export function kthLargest(xs: Float64Array, k: number, length = xs.length): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] > pivot) i++;
      while (xs[j] < pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return xs[target];
  }
  return xs[target];
}
