import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a "he" or "she" with no one else to stand for means the one person of that gender whose
// words its own sentence names before it in a possessive (attribute/possessed-views.ts).
const VANCE = [personSpec('tv', 'Tom Vance', 'Vance'), personSpec('kb', 'Kim Bell', 'Bell')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, VANCE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a pronoun after a possessed view in its own sentence', () => {
  it('is the possessor', () => {
    expect(
      speakerOf(
        'The vote is close.\n\nOpposition to the levy was at the heart of Vance’s critique of a system that he ' +
          'said has favored the richest riders.',
        'has favored',
      ),
    ).toBe('Tom Vance');
  });

  it('not when the possessive names a person who may be meant', () => {
    expect(
      speakerOf(
        'The vote is close.\n\nOpposition to the levy was at the heart of Vance’s lawyer’s brief, and he said the ' +
          'levy has favored the richest riders.',
        'the levy has favored',
      ),
    ).toBe(null);
  });
});
