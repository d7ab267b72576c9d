import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a quotation alone after a sentence that a stance or learned word frames goes on in the
// voice of the named holder who opens that sentence (attribute/stance-run-on.ts).
const speakerOf = (body: string, specs: Parameters<typeof attributionsMarked>[1], start: string) =>
  attributionsMarked(body, specs).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a quotation alone after a stance word’s sentence', () => {
  it('is the holder’s who opens that sentence, in the paragraph or the one before', () => {
    const ann = [personSpec('ar', 'Ann Rowe', 'Rowe')];
    expect(
      speakerOf(
        'Rowe touted her record as an early sponsor of the wage bill. "We need to find ways to support the ' +
          'workers who want a union in their workplace."',
        ann,
        'We need',
      ),
    ).toBe('Ann Rowe');
    expect(
      speakerOf(
        'At the chair’s direction, the Harbor Party issued a statement apologizing to its members.\n\n"On ' +
          'behalf of everyone at the party, we want to offer a deep and sincere apology to all of you."',
        [orgSpec('hp', 'Harbor Party')],
        'On behalf',
      ),
    ).toBe('Harbor Party');
  });

  it('not a holder named inside a clause of that sentence', () => {
    expect(
      speakerOf(
        'The debt grew in those years, when the Harbor Party was eager to calm the public. "We are going to ' +
          'enter the next recession without any consensus on what to do about it."',
        [orgSpec('hp', 'Harbor Party')],
        'We are going',
      ),
    ).toBe(null);
  });
});
