import { describe, expect, it } from 'vitest';
import { framesMarked, orgSpec, personSpec } from './test-helpers.js';

// Named speakers (issue #5): "The Daily Ledger and the Harbor newspaper chain filed …" — the subject search stops at
// the nameless phrase after "and"; the one named first speaks for them all.
const speakers = (body: string, specs: Parameters<typeof framesMarked>[1]) =>
  framesMarked(body, specs).map((f) => f.speaker);

describe('a name, then "and" and a nameless phrase, as the subject', () => {
  it('speaks for the name before "and the …"', () => {
    expect(
      speakers('The Daily Ledger and the Harbor newspaper chain filed a motion to unseal the records.', [
        orgSpec('dl', 'Daily Ledger'),
      ]),
    ).toEqual(['Daily Ledger']);
  });

  it('speaks for "she" before "and other …", resolved', () => {
    expect(
      speakers(
        'Jane Holt spoke first. Later, she and other Democrats on the stage refused to say the words.',
        [personSpec('jh', 'Jane Holt')],
      ),
    ).toEqual(['Jane Holt']);
  });

  it('speaks for a name or "she" before "and his/her/their …" (named58)', () => {
    const lv = [personSpec('lv', 'Lena Varga', 'Varga')];
    // The first frame is "have said"'s.
    expect(
      speakers(
        'The board raised the ferry fares on Tuesday. Varga and her rivals for the party nomination have said they will undo the rise.',
        lv,
      )[0],
    ).toBe('Lena Varga');
    expect(
      speakers(
        'Lena Varga lost the vote. She and her aides have vowed to win back the islanders’ trust.',
        lv,
      ),
    ).toEqual(['Lena Varga']);
  });

  it('not after a preposition, nor for a pronoun of another clause', () => {
    const ml = [personSpec('ml', 'Mary Lind')];
    expect(
      speakers(
        'A ruling between Mary Lind and the unions found that the committee had limited the debates.',
        ml,
      ),
    ).toEqual([null]);
    expect(
      speakers("Mary Lind and other senators pointed at what they called the chairman's failure to act.", ml),
    ).toEqual([null]);
  });
});
