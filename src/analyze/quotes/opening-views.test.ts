import { describe, expect, it } from 'vitest';
import { orgSpec, personSpec, sourcedMarked } from './test-helpers.js';

// Recall (issue #5): a sentence opened by its viewer ("To Ms. Varga, …", "To many, …") or by a passive report ("As
// reported by the Daily Ledger, …") credits the rest of the sentence to them, with no verb after a subject.
describe('a viewpoint opening a sentence', () => {
  it('credits the rest of the sentence to the person named', () => {
    expect(
      sourcedMarked(
        'The council met on Monday.\n\nTo Ms. Varga, the vote marked a betrayal of the old neighborhood.',
        [personSpec('v', 'Ms. Varga', 'Varga')],
      ),
    ).toEqual([['the vote marked a betrayal of the old neighborhood', 'Ms. Varga']]);
  });

  it('runs the source over a relative clause on the viewer, the content starting after it', () => {
    expect(
      sourcedMarked(
        'To Daniel Okafor, who has studied the city for years, the closure was a quiet relief for the harbor.',
        [personSpec('o', 'Daniel Okafor', 'Okafor')],
      ),
    ).toEqual([
      ['the closure was a quiet relief for the harbor', 'Daniel Okafor, who has studied the city for years'],
    ]);
  });

  it('credits "many" and "others" after "But to"', () => {
    expect(
      sourcedMarked(
        'To many, the ferry pilot is a local hero. But to others, he is a reckless showman on the water.',
      ),
    ).toEqual([
      ['the ferry pilot is a local hero', 'many'],
      ['he is a reckless showman on the water', 'others'],
    ]);
  });

  it('is no viewpoint for a purpose, an idiom or a nameless noun phrase', () => {
    expect(
      sourcedMarked(
        'To win the county, the mayor must hold the river towns. To a person, the workers stayed on the line. To his successor, the mayor left a pile of unpaid bills.',
      ),
    ).toEqual([]);
  });
});

describe("a holder's view opening a sentence", () => {
  it('credits the rest of the sentence to the person named before "\'s view"', () => {
    expect(
      sourcedMarked('In Dana Moreno’s view, the new pier would double the harbor traffic within a year.', [
        personSpec('m', 'Dana Moreno', 'Moreno'),
      ]),
    ).toEqual([['the new pier would double the harbor traffic within a year', 'Dana Moreno']]);
  });

  it('credits it to a possessive pronoun', () => {
    expect(sourcedMarked('In their view, the ferry could carry twice as many riders by spring.')).toEqual([
      ['the ferry could carry twice as many riders by spring', 'their'],
    ]);
  });
});

describe('a passive report opening a sentence', () => {
  it('credits the rest of the sentence to the reporter named after "by"', () => {
    expect(
      sourcedMarked(
        'The mayor toured the plant.\n\nAs first reported by the Daily Ledger, the council voted to close the old bridge.',
        [orgSpec('dl', 'Daily Ledger')],
      ),
    ).toEqual([['the council voted to close the old bridge', 'the Daily Ledger']]);
  });
});
