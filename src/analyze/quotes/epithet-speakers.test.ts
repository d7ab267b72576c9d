import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): "Obama the realist knows …" — the subject search keeps the epithet after the name
// ("the realist"); the person named right before it, opening the clause, is who it describes
// (attribute/speakers.ts, nameBeforeEpithet).
const PEOPLE = [personSpec('mv', 'Mara Voss', 'Voss'), personSpec('tb', 'Tom Brill', 'Brill')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a name before its epithet speaks', () => {
  it('opening the sentence, and after an opening connective', () => {
    const body =
      'The harbor plan passed on Monday.\n\nMara Voss spoke to the council after the vote. Voss the pragmatist ' +
      'knows that even the new levy will not pay for the whole seawall.\n\nSo, Voss the optimist has predicted ' +
      'that the state will cover the rest by spring.';
    expect(speakerOf(body, 'that even the new levy')).toBe('Mara Voss');
    expect(speakerOf(body, 'that the state will cover')).toBe('Mara Voss');
  });

  it('not a name inside an opening phrase', () => {
    const body =
      'The harbor plan passed on Monday.\n\nMara Voss spoke to the council. With Voss the chair said that the ' +
      'vote would wait.';
    expect(speakerOf(body, 'that the vote would wait')).not.toBe('Mara Voss');
  });
});
