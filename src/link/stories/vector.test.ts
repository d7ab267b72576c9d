import { describe, expect, it } from 'vitest';
import { TermVector } from './vector.js';

describe('TermVector', () => {
  it('adds to weights in place and returns the weight before', () => {
    const v = new TermVector();
    expect(v.add('quake', 0.5)).toBe(0);
    expect(v.add('quake', 0.25)).toBe(0.5);
    expect(v.get('quake')).toBe(0.75);
    expect(v.get('storm')).toBeUndefined();
    expect(v.has('quake')).toBe(true);
    expect(v.size).toBe(1);
  });

  it('grows past its first buffer without losing weights', () => {
    const v = new TermVector();
    for (let i = 0; i < 100; i++) v.add(`k${i}`, i);
    expect(v.size).toBe(100);
    expect(v.get('k99')).toBe(99);
    expect(v.keyOf(42)).toBe('k42');
    expect(v.valueOf(42)).toBe(42);
  });

  it('prunes to the heaviest keys, heaviest first, ties in insertion order', () => {
    const v = new TermVector();
    for (const [k, w] of [
      ['a', 1],
      ['b', 3],
      ['c', 2],
      ['d', 3],
      ['e', 0.5],
    ] as const)
      v.add(k, w);
    v.prune(3);
    expect([0, 1, 2].map((i) => v.keyOf(i))).toEqual(['b', 'd', 'c']);
    expect(v.size).toBe(3);
    expect(v.has('a')).toBe(false);
    v.add('f', 4);
    expect(v.keyOf(3)).toBe('f');
  });

  it('keeps the tag a key was first added with, through growth and pruning', () => {
    const v = new TermVector();
    for (let i = 0; i < 20; i++) v.add(`k${i}`, i, 100 + i);
    v.add('k3', 50, 7);
    expect(v.tagOf(3)).toBe(103);
    v.prune(2);
    expect([v.keyOf(0), v.keyOf(1)]).toEqual(['k3', 'k19']);
    expect([v.tagOf(0), v.tagOf(1)]).toEqual([103, 119]);
    expect(v.slotFor('fresh', 5)).toBe(2);
    expect(v.tagOf(2)).toBe(5);
  });
});
