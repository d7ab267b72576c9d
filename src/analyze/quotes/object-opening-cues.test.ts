import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): the learned detector fires on a noun whose phrase opens in the predicate ("went on a
// very public rant", "has become the leading voice"); the name opening the clause holds the view
// (attribute/speakers.ts, objectOpeningCue), a bullet mark before it and "the" included.
const PEOPLE = [
  personSpec('lm', 'Lena Morse', 'Morse'),
  personSpec('jk', 'Jane Kerr', 'Kerr'),
  personSpec('dt', 'Dan Tull', 'Tull'),
  personSpec('rc', 'Rob Cole', 'Cole'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a name opening the clause holds the noun its predicate leads to', () => {
  it('after a bullet mark', () => {
    const body =
      'Other news from the weekend.\n~ Lena Morse went on a very public rant about her landlord cheating her and ' +
      'also hinted she might sue.\n~ The fair opens Friday.';
    expect(speakerOf(body, 'about her landlord')).toBe('Lena Morse');
  });

  it('with "the" opening the noun phrase', () => {
    const body =
      'The board meets next week.\n\nMs. Kerr has become the leading voice among board members for a concern ' +
      'widely shared among economists: that rates will rise too quickly, potentially stifling growth.';
    expect(speakerOf(body, 'among board members')).toBe('Jane Kerr');
  });

  it('not for a noun an "of" gives to another, nor a name a participle gives', () => {
    expect(
      speakerOf(
        'The vote is near.\n\nCole captured two states during the string of contests known as Super Tuesday: Ohio and Iowa.',
        'Super Tuesday',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'The vote is near.\n\nBut Kerr had the full support of the conservative movement behind her.',
        'of the conservative',
      ),
    ).toBeNull();
  });
});
