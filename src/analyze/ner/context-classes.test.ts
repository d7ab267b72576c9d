import { describe, expect, it } from 'vitest';
import { buildContextClusters } from './context-classes.js';

// Two kinds of words that never share a context: animals run away, colours paint cars that stop.
const animals = ['cat', 'dog', 'horse', 'goat'];
const colours = ['red', 'blue', 'green', 'black'];
const corpus: string[][] = [];
for (let r = 0; r < 20; r++) {
  for (const a of animals) corpus.push(['so', 'the', a, 'ran', 'away']);
  for (const c of colours) corpus.push(['then', 'a', c, 'car', 'stopped']);
}
const options = {
  vocabulary: 100,
  minCount: 2,
  contexts: 20,
  dimensions: 4,
  ks: [2, 4],
  iterations: 8,
  seed: 1,
};

describe('context word classes', () => {
  const classes = buildContextClusters(() => corpus, options);

  it('puts words that share contexts in one class and keeps the two kinds apart', () => {
    const of = (w: string, level: number) => classes.get(w)?.[level];
    for (const level of [0, 1]) {
      for (const a of animals) expect(of(a, level)).toBe(of('cat', level));
      for (const c of colours) expect(of(c, level)).toBe(of('red', level));
    }
    expect(of('cat', 1)).not.toBe(of('red', 1));
  });

  it('leaves out words under the minimum count and is deterministic', () => {
    const withRare = [...corpus, ['so', 'the', 'unicorn', 'ran', 'away']];
    expect(buildContextClusters(() => withRare, options).has('unicorn')).toBe(false);
    expect(buildContextClusters(() => corpus, options)).toEqual(classes);
  });
});
