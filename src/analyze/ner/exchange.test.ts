import { describe, expect, it } from 'vitest';
import { buildExchangeClusters } from './exchange.js';

// Two kinds of words that never share a context: animals run, colours paint cars.
const animals = ['cat', 'dog', 'horse', 'goat'];
const colours = ['red', 'blue', 'green', 'black'];
const corpus: string[][] = [];
for (let r = 0; r < 20; r++) {
  for (const a of animals) corpus.push(['the', a, 'ran', 'away']);
  for (const c of colours) corpus.push(['a', c, 'car', 'stopped']);
}
const options = { vocabulary: 100, minCount: 2, ks: [4, 8], iterations: 6 };

describe('exchange word classes', () => {
  const classes = buildExchangeClusters(() => corpus, options);

  it('puts words that share contexts in one class; the finer level keeps the two kinds apart', () => {
    const of = (w: string, level: number) => classes.get(w)?.[level];
    for (const level of [0, 1]) {
      for (const a of animals) expect(of(a, level)).toBe(of('cat', level));
      for (const c of colours) expect(of(c, level)).toBe(of('red', level));
    }
    // Four classes: both kinds are "the word after a determiner"; eight: animals and colours part.
    expect(of('cat', 0)).toBe(of('red', 0));
    expect(of('cat', 1)).not.toBe(of('red', 1));
    expect(of('ran', 1)).not.toBe(of('cat', 1));
  });

  it('leaves out words under the minimum count and is deterministic', () => {
    const withRare = [...corpus, ['the', 'unicorn', 'ran', 'away']];
    expect(buildExchangeClusters(() => withRare, options).has('unicorn')).toBe(false);
    expect(buildExchangeClusters(() => corpus, options)).toEqual(classes);
  });
});
