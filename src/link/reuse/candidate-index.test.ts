// The in-memory candidate index: growth past its initial capacity, and the limits that mark fingerprints common.
import { describe, expect, it } from 'vitest';
import { MemoryCandidateIndex } from './candidate-index.js';

describe('MemoryCandidateIndex', () => {
  it('keeps every posting while its tables grow', () => {
    const index = new MemoryCandidateIndex({ capacity: 16, maxDocs: 1000 });
    for (let d = 0; d < 200; d++) {
      index.add(
        d,
        Int32Array.from({ length: 50 }, (_, k) => d * 50 + k),
        -1,
      );
    }
    expect(index.size()).toBe(200 * 50);
    const common = new Uint8Array(3);
    const found = index.lookup(Int32Array.from([0, 51, 9999]), common);
    expect([...found].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 1],
      [1, 1],
      [199, 1],
    ]);
    expect([...common]).toEqual([0, 0, 0]);
  });

  it('counts a document once per fingerprint and drops fingerprints seen in too many documents', () => {
    const index = new MemoryCandidateIndex({ maxDocs: 3, maxOutlets: 32, maxSameOutletDocs: 100 });
    for (let d = 0; d < 3; d++) index.add(d, Int32Array.from([5, 5, 6 + d]), d);
    expect(index.lookup(Int32Array.from([5]), new Uint8Array(1)).size).toBe(3);
    index.add(3, Int32Array.from([5]), 3);
    const common = new Uint8Array(1);
    expect(index.lookup(Int32Array.from([5]), common).size).toBe(0);
    expect(common[0]).toBe(1);
  });

  it('treats a fingerprint repeated by one outlet as its template', () => {
    const index = new MemoryCandidateIndex({ maxSameOutletDocs: 3 });
    for (let d = 0; d < 3; d++) index.add(d, Int32Array.from([42]), 7);
    const common = new Uint8Array(1);
    expect(index.lookup(Int32Array.from([42]), common).size).toBe(0);
    expect(common[0]).toBe(1);
  });
});
