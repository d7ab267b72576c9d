import { describe, expect, it } from 'vitest';
import { sourcedMarked as sourced } from './test-helpers.js';

// A cue followed only by when something happened reports nothing: a learned word in the passive ("is planned
// Saturday") or a noun of remarks after "made" ("made the comments Tuesday during …").

describe('a learned passive with only a time after it', () => {
  it('reports nothing after a weekday or "last spring"', () => {
    expect(
      sourced('A candlelight vigil for the two firefighters is planned Saturday in the town square.'),
    ).toEqual([]);
    expect(
      sourced('The trade bill was introduced last spring in the Assembly and is still waiting for a vote.'),
    ).toEqual([]);
    expect(sourced('The mayor was booed Tuesday during a ribbon cutting at the new library.')).toEqual([]);
  });

  it('reports nothing after "over the past nine days", past a particle', () => {
    expect(
      sourced('The contract was hammered out over the past nine days with help from a mediator.'),
    ).toEqual([]);
  });

  it('keeps the clause when "that" follows the time ("was confirmed Friday that …")', () => {
    expect(sourced('The truce was confirmed Friday that both armies would pull back.')).toEqual([
      ['that both armies would pull back', 'The truce'],
    ]);
  });

  it('keeps the passive whose agent follows the time ("was supported Friday by …")', () => {
    expect(sourced('The senator’s bid was supported Friday by the union’s president.')).toEqual([
      ['The senator’s bid was supported Friday', 'the union’s president'],
    ]);
  });
});

describe('a noun of remarks after "made" with only a time after it', () => {
  it('reports nothing ("made similar comments just after …")', () => {
    expect(sourced('The coach made similar comments just after the final whistle.')).toEqual([]);
    expect(
      sourced('The governor made the comments Thursday during a visit to a bakery in the capital.'),
    ).toEqual([]);
  });

  it('keeps what follows when it is not a time', () => {
    expect(sourced('The coach made comments to reporters about the referee.').map(([c]) => c)).toEqual([
      'to reporters about the referee',
    ]);
  });
});
