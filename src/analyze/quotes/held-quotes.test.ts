import { describe, expect, it } from 'vitest';
import { type EntitySpec, kindsMarked, listedKindsMarked } from './test-helpers.js';

// A quotation whose tag lies in another report's words is part of that one statement (PolNeAR marks one
// attribution), while who-said-what still lists it with its own speaker (issue #5, precision).

const PEOPLE: EntitySpec[] = [
  { id: 'w', name: 'Scott Walker', type: 'person', forms: ['Scott Walker', 'Walker'] },
  { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
  { id: 'r', name: 'Dennis Ross', type: 'person', forms: ['Dennis Ross', 'Mr. Ross', 'Ross'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  { id: 'p', name: 'Mike Pence', type: 'person', forms: ['Mike Pence', 'Pence'] },
];

/** Each attribution's kind, speaker and text. */
const attributions = (body: string) => kindsMarked(body, PEOPLE);

/** Who-said-what's list: each quote's kind, speaker and text. */
const listed = (body: string) => listedKindsMarked(body, PEOPLE);

describe('a tagged quotation inside a trailing "according to"', () => {
  const body =
    '“Delegates should be able to vote the way they see fit,” Walker said at a fundraiser, according to an ' +
    'Associated Press account of the event.';

  it('is not an attribution of its own', () => {
    expect(attributions(body).filter((a) => a.kind === 'direct')).toEqual([]);
  });

  it('is still listed as the tagged speaker’s', () => {
    expect(listed(body)).toContainEqual({
      kind: 'direct',
      speaker: 'Scott Walker',
      text: 'Delegates should be able to vote the way they see fit,',
    });
  });
});

describe('a partial quote whose tag lies in a named speaker’s paraphrase', () => {
  const body =
    'Mr. Ross said Mr. Obama had told Jewish leaders that he would not continue the policy of allowing “no ' +
    'daylight” between the two countries.';

  it('is part of that paraphrase, not an attribution of its own', () => {
    expect(attributions(body).filter((a) => a.kind === 'partial')).toEqual([]);
  });

  it('is still listed with its own speaker', () => {
    expect(listed(body).filter((q) => q.kind === 'partial')).toEqual([
      { kind: 'partial', speaker: 'Barack Obama', text: 'no daylight' },
    ]);
  });

  it('stays apart when a noun’s owner holds it ("Trump’s claim that Obama “founded ISIS”")', () => {
    const claim =
      'Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President ' +
      'Barack Obama “founded ISIS,” saying they were nitpicking.';
    expect(attributions(claim).some((a) => a.text.startsWith('founded ISIS'))).toBe(true);
  });
});
