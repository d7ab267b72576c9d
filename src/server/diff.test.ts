import { describe, expect, it } from 'vitest';
import { wordDiff } from './diff.js';

describe('wordDiff', () => {
  it('marks words only one side has and keeps the texts intact', () => {
    const a = 'Russia warned against foreign interference in Belarus on Thursday.';
    const b = 'Russia has warned against any foreign interference in Belarus.';
    const { left, right } = wordDiff(a, b);
    expect(left.map((p) => p.text).join('')).toBe(a);
    expect(right.map((p) => p.text).join('')).toBe(b);
    expect(left.filter((p) => p.op === 'del').map((p) => p.text.trim())).toEqual(['Belarus on Thursday.']);
    expect(right.filter((p) => p.op === 'ins').map((p) => p.text.trim())).toEqual(['has', 'any', 'Belarus.']);
  });

  it('treats identical passages as all the same', () => {
    const { left, right } = wordDiff('a b c', 'a b c');
    expect(left).toEqual([{ op: 'same', text: 'a b c' }]);
    expect(right).toEqual([{ op: 'same', text: 'a b c' }]);
  });

  it('gives up on very long passages instead of burning memory', () => {
    const { left, right } = wordDiff('a b c', 'a b d', 2);
    expect(left).toEqual([{ op: 'del', text: 'a b c' }]);
    expect(right).toEqual([{ op: 'ins', text: 'a b d' }]);
  });
});
