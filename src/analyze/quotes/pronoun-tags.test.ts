import { describe, expect, it } from 'vitest';
import { contentsAndCues, personSpec as person } from './test-helpers.js';

// span59 (issue #5): a learned verb with nothing after it is a tag only after a quotation and a name ("“…?” Beck
// questioned."); "“…,” the two write. “…”" and "“…,” he mocks." built no frame, and PolNeAR's content (both
// quotations, the tag between) paired only with a frameless quotation. Invented sentences.

const PEOPLE = [person('w', 'Dana Whitlock', 'Whitlock'), person('m', 'Elena Moreno', 'Moreno')];
const cueOf = (body: string, text: string): string | null | undefined =>
  contentsAndCues(body, PEOPLE).find((c) => c.text === text)?.cue;

describe('a learned verb of a tag after a quotation, its subject a pronoun or "the" and a word', () => {
  it('frames "the two write"', () => {
    const body =
      'Whitlock and Moreno wrote to the board. “You seem to have picked a new rule,” the two write. “We do not see the need.”';
    expect(cueOf(body, 'You seem to have picked a new rule,')).toBe('write');
    expect(cueOf(body, 'We do not see the need.')).toBe('write');
  });

  it('frames "he mocks"', () => {
    const body =
      'Whitlock read the memo aloud. “The market has not failed the harbor,” he mocks. “The harbor failed it.”';
    expect(cueOf(body, 'The market has not failed the harbor,')).toBe('mocks');
  });

  it('leaves a longer phrase to its own verb ("the audience screamed back")', () => {
    const body =
      'Moreno had a question for the crowd.\n\n“Who will pay for it?”\n\n“Canada!” the audience screamed back.';
    expect(cueOf(body, 'Canada!')).toBe('screamed');
  });
});
