import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): "named" after a noun an indefinite article opens ("a worker named Kim Bell") says who the
// person is and reports nothing; the verb after the name does (attribute/scan.ts, namingAfterIndefinite).
const BELL = [personSpec('kb', 'Kim Bell', 'Bell'), personSpec('ar', 'Ann Rowe', 'Rowe')];
const found = (body: string) => attributionsMarked(body, BELL).map((a) => [a.text, a.speaker]);

describe('"named" after an indefinite noun phrase', () => {
  it('leaves the report to the verb after the name', () => {
    expect(
      found('The vote is close.\n\nA worker named Kim Bell said the plant will close in the spring.'),
    ).toEqual([['the plant will close in the spring', 'Kim Bell']]);
  });

  it('stays a cue after a definite subject', () => {
    const texts = found(
      'The vote is close.\n\nOn Monday the governor named Kim Bell as the one who would lead the harbor board.',
    ).map(([text]) => text);
    expect(texts.some((t) => t?.startsWith('Kim Bell as the one'))).toBe(true);
  });
});
