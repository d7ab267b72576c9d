import { describe, expect, it } from 'vitest';
import { findQuotesMarked, orgSpec, personSpec, sourcedMarked } from './test-helpers.js';

// "According to X, Y said …": who-said-what lists Y's words as Y's, through X (reported-through.ts). Invented
// sentences, built as the Express's Weibo post and the Smithsonian's blog post were.

const listedWithVia = (body: string, specs: Parameters<typeof findQuotesMarked>[1]) =>
  findQuotesMarked(body, specs).quotes.map((q) => [q.text, q.speaker, q.via]);

describe('speech reported "according to" another source', () => {
  it('is the unnamed speaker’s, through the source, not the source’s own (Express: "According to AFP, one user on Weibo … posted: “…”")', () => {
    const body =
      'According to Reuters, one farmer in the valley, who grows apples, posted: “Why did nobody warn us about the frost?”';
    expect(listedWithVia(body, [orgSpec('r', 'Reuters')])).toEqual([
      ['“Why did nobody warn us about the frost?”', null, 'Reuters'],
      ['Why did nobody warn us about the frost?', null, 'Reuters'],
    ]);
  });

  it('is the named speaker’s, through the source (Smithsonian: "According to NPR’s …, Li Jifeng … wrote …")', () => {
    const body = 'According to the Courier, Mara Quist said that the orchard would close in the spring.';
    expect(listedWithVia(body, [orgSpec('l', 'Courier'), personSpec('q', 'Mara Quist')])).toEqual([
      ['that the orchard would close in the spring', 'Mara Quist', 'Courier'],
    ]);
  });

  it('stays the source’s where the words after it are what someone was told (a passive)', () => {
    const body = 'According to the handbook, new tellers were told that every loan needs two signatures.';
    expect(listedWithVia(body, [])).toEqual([
      ['new tellers were told that every loan needs two signatures', null, null],
    ]);
  });

  it('stays the source’s where the "verb" describes the noun after it ("percent of all reported gifts")', () => {
    const body =
      'According to Giftwatch, forty percent of all reported gifts to local charities came from retirees.';
    expect(listedWithVia(body, [orgSpec('g', 'Giftwatch')])).toEqual([
      ['forty percent of all reported gifts to local charities came from retirees', 'Giftwatch', null],
    ]);
  });

  it('leaves the attributions PolNeAR marks as they are: the source’s, over the whole clause', () => {
    const body = 'According to the Courier, Mara Quist said that the orchard would close in the spring.';
    expect(sourcedMarked(body, [orgSpec('l', 'Courier'), personSpec('q', 'Mara Quist')])).toEqual([
      ['Mara Quist said that the orchard would close in the spring', 'the Courier'],
    ]);
  });
});
