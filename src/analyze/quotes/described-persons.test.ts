import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a description with a club, a country or an age ("The Portuguese boss said", "the
// former Lyngby manager said", "said the 47-year-old Dane") stands for the person the story follows, through the
// guards of a distant referent (attribute/distant-referents.ts); when they do not settle it the quote keeps no
// speaker, never the description's words as a name ("former Lyngby manager", "Dane").
const PEOPLE = [personSpec('pk', 'Peter Kolb', 'Kolb'), personSpec('lm', 'Lars Moen', 'Moen')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

const story = (described: string, between = '') =>
  'Peter Kolb has signed a deal to coach the harbor club until 2024.\n\nLars Moen was dismissed last week after ' +
  'six years in charge.\n\nTalks between the club and Kolb went on into Tuesday night, and Kolb agreed late.' +
  `\n\n${between}${described} said after the signing: "I am proud to be joining a club with such loyal fans."` +
  `\n\n"We will win," ${described.toLowerCase().startsWith('the') ? `the${described.slice(3)}` : described} said.` +
  `\n\n"We start on Monday," said the${described.slice(3)}.`;

describe('a description with a club, a country or an age', () => {
  for (const described of ['The Portuguese boss', 'The former Lyngby manager', 'The 47-year-old Dane']) {
    it(`"${described}" is the person the story follows`, () => {
      const body = story(described);
      expect(speakerOf(body, 'I am proud')).toBe('Peter Kolb');
      expect(speakerOf(body, 'We will win')).toBe('Peter Kolb');
      expect(speakerOf(body, 'We start on Monday')).toBe('Peter Kolb');
    });

    it(`"${described}" names no one when another person was named last`, () => {
      const body = story(described, 'The fans sang for Moen on Monday.\n\n');
      expect(speakerOf(body, 'I am proud')).toBeNull();
      expect(speakerOf(body, 'We start on Monday')).toBeNull();
    });
  }

  it('"said the Dane" after a quotation is the person the story follows, not «Dane»', () => {
    expect(speakerOf(story('The Dane'), 'We start on Monday')).toBe('Peter Kolb');
  });

  it('leaves a role the text gives a person to that person ("Chelsea manager Lars Moen")', () => {
    const titled = [PEOPLE[0], { ...PEOPLE[1], roles: ['Chelsea manager'] }];
    const body = story('The former Chelsea manager').replace(
      'Lars Moen was',
      'Chelsea manager Lars Moen was',
    );
    const said = attributionsMarked(body, titled).find((a) => a.text.startsWith('I am proud'));
    expect(said?.speaker).toBe('Lars Moen');
  });

  it('keeps a name set off after the description', () => {
    const body = story('The former Lyngby manager').replace(
      'said the former Lyngby manager.',
      'said the former Lyngby manager, Lars Moen.',
    );
    expect(speakerOf(body, 'We start on Monday')).toBe('Lars Moen');
  });
});
