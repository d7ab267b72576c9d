import { describe, expect, it } from 'vitest';
import { sourcedMarked as sourced } from './test-helpers.js';

// Cue words that in one shape name a result, a name's origin, a gain or the posts themselves, not a report
// (attribute/unreported-words.ts).

describe('"showing" as the noun of a result', () => {
  it('reports nothing after an article and an adjective of how well', () => {
    expect(sourced('The mayor hopes for a strong showing among young renters in the spring vote.')).toEqual(
      [],
    );
  });

  it('after an owner, the quotation inside the aide’s clause stays the aide’s, not a frame at "showing"', () => {
    expect(
      sourced('Her aide told reporters that the senator’s showing will be enough to “keep the seat.”'),
    ).toEqual([
      ['that the senator’s showing will be enough to “keep the seat.”', 'Her aide'],
      ['keep the seat.', 'Her aide'],
    ]);
  });

  it('keeps "polls showing …" and "is showing that …"', () => {
    expect(sourced('The council pointed to new polls showing the tram far ahead.')).toEqual([
      ['new polls showing the tram far ahead', 'The council'],
    ]);
    expect(sourced('The count is showing that turnout rose in every ward.')).toEqual([
      ['that turnout rose in every ward', 'The count'],
    ]);
  });
});

describe('"named for": what a thing is called after', () => {
  it('reports nothing', () => {
    expect(sourced('The ferry runs a night route named for a sailor who drowned in 1912.')).toEqual([]);
  });

  it('keeps "named X as …"', () => {
    expect(sourced('The coach named the goalkeeper as his new captain.')).toEqual([
      ['the goalkeeper as his new captain', 'The coach'],
    ]);
  });
});

describe('"earned": a gain, not speech', () => {
  it('reports nothing, at "earned" or at the auxiliary before it', () => {
    expect(sourced('That blunt style has earned him the loyalty of many dock workers in the port.')).toEqual(
      [],
    );
    expect(
      sourced(
        'Top female engineers in the private sector, for example, earned a median salary of $88,000, compared with men’s $95,000.',
      ),
    ).toEqual([]);
  });

  it('keeps "earned praise from …", the drawn-criticism shape', () => {
    expect(sourced('The coach has earned praise from fans for the new system.')).toEqual([
      ['earned praise from fans for the new system', 'The coach'],
    ]);
  });
});

describe('"tweets" after an owner', () => {
  it('reports nothing', () => {
    expect(sourced('The network turned his tweets into a short film about the flood.')).toEqual([]);
  });

  it('keeps "X tweets that …"', () => {
    expect(sourced('The mayor tweets that the bridge will reopen on Monday.')).toEqual([
      ['that the bridge will reopen on Monday', 'The mayor'],
    ]);
  });
});

describe('"charged" before a direction', () => {
  it('reports nothing: a rush somewhere', () => {
    expect(sourced('When the fire spread, he charged into the smoke to find his dog.')).toEqual([]);
  });

  it('keeps "charged X with …" and "charged that …"', () => {
    expect(sourced('Prosecutors charged the driver with reckless endangerment.')).toEqual([
      ['the driver with reckless endangerment', 'Prosecutors'],
    ]);
    expect(sourced('Critics charged that the audit was rigged.')).toEqual([
      ['that the audit was rigged', 'Critics'],
    ]);
  });
});

describe('"plans" with a verb of its own after it', () => {
  it('reports nothing: the noun', () => {
    expect(sourced('Premiums for many dental plans rose by double digits this spring.')).toEqual([]);
    expect(sourced("The county's new zoning plans did not go down well with farmers.")).toEqual([]);
  });

  it('keeps "plans to …" and "plans a …"', () => {
    expect(sourced('The council plans to reopen the pool in June.')).toEqual([
      ['to reopen the pool in June', 'The council'],
    ]);
    expect(sourced('The mayor plans a second vote for the spring.')).toEqual([
      ['a second vote for the spring', 'The mayor'],
    ]);
  });
});
