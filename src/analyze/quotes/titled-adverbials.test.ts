import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): an opening adverbial that ends on a quoted title ('On "Face the Nation," Sen. Ann Rowe
// …') ends after that title's mark, so the person after it opens the sentence (attribute/pronouns.ts
// openingAdverbialEnd) for the pronouns and the quotations after it.
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, [personSpec('ar', 'Ann Rowe', 'Rowe')]).find((a) => a.text.startsWith(start))
    ?.speaker ?? null;

const QUOTE =
  '“Here in Boston, I remember the historic snowfall you had last winter,” she told the packed hall.';

describe('an opening adverbial closed by a quoted title', () => {
  it('lets the person after it open the sentence, for "she" after a quotation', () => {
    const body = `At an event billed as “Hard Hats for Rowe,” Rowe unveiled a plan to fix highways.\n\n${QUOTE}`;
    expect(speakerOf(body, 'Here in Boston')).toBe('Ann Rowe');
  });

  it('with or without a comma inside the mark', () => {
    const body = `In “The Art of the Plan” Rowe set out how she would fix highways.\n\n${QUOTE}`;
    expect(speakerOf(body, 'Here in Boston')).toBe('Ann Rowe');
  });
});
