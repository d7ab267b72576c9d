import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): "His remarks indicated …", "her statement said …": words of speech owned by "his" or
// "her" are the person the pronoun stands for, as "Brayfield's remarks" are Brayfield's
// (attribute/pronoun-owned-words.ts).
const PEOPLE = [
  personSpec('ob', 'Owen Brayfield', 'Brayfield'),
  personSpec('mt', 'Mara Talbridge', 'Talbridge'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('words of speech owned by a pronoun', () => {
  it('are the words of the man "his" stands for', () => {
    const body =
      'Owen Brayfield spoke to reporters at the lock on Monday. His remarks indicated that the dam would be rebuilt.';
    expect(speakerOf(body, 'that the dam')).toBe('Owen Brayfield');
  });

  it('are the words of the woman "her" stands for, after an opening adverb', () => {
    const body = 'Mara Talbridge left the hearing early. Later, her statement said the vote had been rigged.';
    expect(speakerOf(body, 'the vote had')).toBe('Mara Talbridge');
  });

  it('are the words of the person after "according to"', () => {
    const body =
      'Mara Talbridge left the hearing early. The vote had been rigged, according to her written statement.';
    expect(speakerOf(body, 'The vote had')).toBe('Mara Talbridge');
  });

  it('name no one after a preposition', () => {
    const body =
      'Owen Brayfield spoke at the lock on Monday. The crowd, reacting to his remarks, said the dam must be rebuilt.';
    expect(speakerOf(body, 'the dam must')).not.toBe('Owen Brayfield');
  });
});
