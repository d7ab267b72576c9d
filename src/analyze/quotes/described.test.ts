import { describe, expect, it } from 'vitest';
import { describedSpeaker, nameIn } from './described.js';

describe('describedSpeaker', () => {
  it('gives a body, poll or official described with a proper name as written, without its determiner', () => {
    expect(describedSpeaker('The Trump campaign', true)).toBe('Trump campaign');
    expect(describedSpeaker('a Bloomberg poll', false)).toBe('Bloomberg poll');
    expect(describedSpeaker('the nonpartisan Congressional Budget Office', false)).toBe(
      'nonpartisan Congressional Budget Office',
    );
    expect(describedSpeaker('A Homeland Security Department official', true)).toBe(
      'Homeland Security Department official',
    );
    expect(describedSpeaker('The nonpartisan Commission on Presidential Debates', true)).toBe(
      'nonpartisan Commission on Presidential Debates',
    );
  });

  it('takes reporters and office holders described with a proper name', () => {
    expect(describedSpeaker('A reporter for USA Today', true)).toBe('reporter for USA Today');
    expect(describedSpeaker('The New York state attorney general', true)).toBe(
      'New York state attorney general',
    );
    // A possessive names its owner even at the start of a sentence.
    expect(describedSpeaker('Connecticut’s tax commissioner', true)).toBe('Connecticut’s tax commissioner');
  });

  it('cuts what follows the head: asides, relative clauses, participles', () => {
    expect(describedSpeaker('A Quinnipiac University poll released in late August', true)).toBe(
      'Quinnipiac University poll',
    );
    expect(describedSpeaker('the Tax Foundation, a conservative think tank', false)).toBe('Tax Foundation');
  });

  it('names no one when the only capital opens the sentence', () => {
    expect(describedSpeaker('Protesters', true)).toBeNull();
    expect(describedSpeaker('Several experts', true)).toBeNull();
    expect(describedSpeaker('the official', false)).toBeNull();
  });

  it('names no one when the head cannot speak, or the phrase is a clause or a preposition', () => {
    expect(describedSpeaker('the Affordable Care Act', false)).toBeNull();
    expect(describedSpeaker('percent of Republicans', false)).toBeNull();
    expect(describedSpeaker('With Democratic leaders', true)).toBeNull();
    expect(describedSpeaker('the “Remain” campaign', false)).toBeNull();
  });
});

describe('nameIn', () => {
  it('keeps a name as it is', () => {
    expect(nameIn('Maria Zakharova')).toBe('Maria Zakharova');
    expect(nameIn('The Daily Beast')).toBe('The Daily Beast');
    expect(nameIn('NATO')).toBe('NATO');
    expect(nameIn('von der Leyen')).toBe('von der Leyen');
    expect(nameIn('al-Assad')).toBe('al-Assad');
    expect(nameIn('May')).toBe('May');
  });

  it('drops the words a recognizer took with a name', () => {
    expect(nameIn('While Obama')).toBe('Obama');
    expect(nameIn('Even China')).toBe('China');
  });

  it('finds no one in a time, a dateline, a heading in capitals, an adverb or a lone adjective', () => {
    for (const junk of [
      'On Tuesday',
      'Thursday',
      'August',
      'WASHINGTON',
      'VOTERS CARE MORE',
      'Ultimately',
      'Islamic',
      'law',
      '2001',
    ])
      expect(nameIn(junk)).toBeNull();
  });
});
