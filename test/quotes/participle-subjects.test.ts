// Subjects the finder used to miss for verbs of speech: participle phrases ("…, referring to …") that go on from the
// frame before them.
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/analyze/quotes/index.js';
import { markEntities, TWO_PEOPLE } from '../../src/analyze/quotes/test-helpers.js';

const attributions = (body: string) => {
  const { mentions, entities } = markEntities(body, TWO_PEOPLE);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    text: a.text,
    speaker: a.speaker,
  }));
};

describe('a participle of two words ("referring to", "pointing to")', () => {
  it('goes on from the frame before it: its object is what the speaker referred to', () => {
    expect(
      attributions(
        '“Whites will become a minority in 30 years,” Anna Smith said, referring to the ever-growing Hispanic community.',
      ),
    ).toContainEqual({ text: 'the ever-growing Hispanic community', speaker: 'Anna Smith' });
  });

  it('does not make the person referred to the speaker of the quote before', () => {
    const found = attributions(
      '“The country was sold out,” Anna Smith said in August, referring to Senator John Doe, the chief negotiator.',
    );
    expect(found).toContainEqual({ text: 'The country was sold out,', speaker: 'Anna Smith' });
    expect(found.filter((a) => a.speaker === 'John Doe')).toEqual([]);
  });
});
