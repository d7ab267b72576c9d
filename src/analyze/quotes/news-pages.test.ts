import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';

// Cases read on news pages that no benchmark scores (the article-extraction set's CNBC, The Hill, AP, Fox News …
// pages): each sentence is as the outlet wrote it, with names shortened.
const sourced = (body: string): [string, string | null][] =>
  findAttributions(body, [], []).attributions.map((a) => [
    a.text,
    a.source && body.slice(a.source.start, a.source.end),
  ]);

describe('a noun phrase summing up the clause before it', () => {
  it('is no speaker of that clause (", a deal announced at the beginning of the week")', () => {
    const body =
      "Coty acquired a 51% ownership position in Jenner's beauty portfolio, a deal announced at the beginning of " +
      'the week. Jenner still sells in Ulta stores.';
    expect(sourced(body)).toEqual([]);
  });

  it('leaves a person set off the same way a speaker (", a spokesman announced at the briefing")', () => {
    const body = 'Prices will rise by 5% next year, a spokesman announced at the briefing.';
    expect(sourced(body)).toEqual([['Prices will rise by 5% next year', 'a spokesman']]);
  });
});
