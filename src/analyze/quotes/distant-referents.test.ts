import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a description ("The 47-year-old said") or a "he"/"she" whose person the story named
// paragraphs before stands for the article's main person when no one else may be meant
// (attribute/distant-referents.ts); otherwise the quote keeps no speaker rather than a wrong one.
const PEOPLE = [
  personSpec('pk', 'Peter Kolb', 'Kolb'),
  personSpec('lm', 'Lars Moen', 'Moen'),
  personSpec('ar', 'Anna Roth', 'Roth'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a description of the main person named paragraphs before', () => {
  const story = (between: string) =>
    'Peter Kolb has signed a deal to coach the harbor club until 2024.\n\nLars Moen was dismissed last week after ' +
    'six years in charge.\n\nTalks between the club and Kolb went on into Tuesday night, and Kolb agreed late.' +
    `\n\n${between}The Danish coach had been out of work since March.\n\nThe 47-year-old said after the signing: ` +
    '"I am proud to be joining a club with such loyal supporters."';

  it('speaks when the main person was named last', () => {
    expect(speakerOf(story(''), 'I am proud')).toBe('Peter Kolb');
  });

  it('names no one when another person was named since', () => {
    expect(speakerOf(story('Moen thanked the fans on Monday.\n\n'), 'I am proud')).toBeNull();
  });
});

describe('"he" or "she" two paragraphs after the person', () => {
  const story = (between: string) =>
    'A Vermont man admitted on Monday to threatening Sen. Anna Roth.\n\nPeter Kolb, 55, admitted making the call, ' +
    `prosecutors said. Kolb faces ten years in prison.\n\nSentencing is set for March.\n\n${between}` +
    'He was arrested in April for the call to the office of Roth.\n\nDuring the call, he told the staff that ' +
    'Roth was a "traitor" and should resign. Kolb later apologized.';

  it('means the man the story follows, past the woman named since', () => {
    expect(speakerOf(story(''), 'that Roth was a')).toBe('Peter Kolb');
  });

  it('names no one after a person the text does not name', () => {
    expect(speakerOf(story('His neighbor called the police in April.\n\n'), 'that Roth was a')).toBeNull();
  });

  it('names no one when a man of unknown gender in the text was named since', () => {
    expect(speakerOf(story('Moen, his lawyer, declined to comment.\n\n'), 'that Roth was a')).toBeNull();
  });
});
