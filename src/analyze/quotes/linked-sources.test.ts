import { describe, expect, it } from 'vitest';
import { listedMarked as listed } from './test-helpers.js';

// Unnamed sources "familiar with" / "close to" a matter named without an article (attribute/linked-sources.ts).

describe('a trailing tag whose unnamed sources know a bare noun phrase', () => {
  it('reports the clause before it ("…, people familiar with trade policy said")', () => {
    expect(
      listed('The tariff plan has made exporters nervous, people familiar with trade policy said.'),
    ).toEqual([['The tariff plan has made exporters nervous', null]]);
  });

  it('also with a plural matter ("sources close to negotiations")', () => {
    expect(listed('The deal could be signed within a week, sources close to negotiations said.')).toEqual([
      ['The deal could be signed within a week', null],
    ]);
  });

  it('as it did with an article ("people familiar with the matter")', () => {
    expect(listed('The deal could be signed within a week, people familiar with the matter said.')).toEqual([
      ['The deal could be signed within a week', null],
    ]);
  });
});
