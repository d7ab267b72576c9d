import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a partial quotation in a sentence with no frame of its own is the words of the person
// who opens the sentence (attribute/partial-openers.ts).
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, [personSpec('ar', 'Ann Rowe', 'Rowe'), personSpec('tr', 'Tom Ray', 'Ray')]).find(
    (a) => a.text.startsWith(start),
  )?.speaker ?? null;

describe('a partial quotation in a sentence no frame reads', () => {
  it('is the words of the person who opens the sentence', () => {
    const body =
      'The rally ended late.\n\nRowe, who has in the past described Ray as “a reckless and vain showman,” ' +
      'stayed away from the stage.';
    expect(speakerOf(body, 'a reckless and vain showman')).toBe('Ann Rowe');
  });

  it('not after an opening phrase or clause, nor in the heading', () => {
    expect(
      speakerOf(
        'The rally ended late.\n\nOf Ray, the crowd knew little beyond the nickname “the showman of the plains.”',
        'the showman of the plains',
      ),
    ).toBe(null);
    expect(
      speakerOf(
        'Rowe Wears ‘Make the Plains Great Again Too’ Hat.\n\nThe rally ended late.',
        'Make the Plains',
      ),
    ).toBe(null);
  });
});
