import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';

// A verb whose object is a noun of saying or belief with a "that" clause of its own: PolNeAR marks the noun as part
// of the content (quotes26). Sentences from PolNeAR train, names kept.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a noun of saying or belief before "that" (quotes26)', () => {
  it('opens the content ("repeated accusations that …")', () => {
    expect(contents('Christie repeated accusations that Rubio recites the same campaign points.')).toEqual([
      'accusations that Rubio recites the same campaign points',
    ]);
  });

  it('opens it at an owner before the noun ("reiterated his belief that …")', () => {
    expect(contents('Sanders reiterated his belief that there will be a contested convention.')).toEqual([
      'his belief that there will be a contested convention',
    ]);
  });

  it('leaves a noun of occasion out ("said in a statement that …")', () => {
    expect(contents('The campaign said in a statement that the talks had failed.')).toEqual([
      'that the talks had failed',
    ]);
  });
});
