import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a learned noun cue that is the object of a light verb ("… Dana Whitfield made a case
// for …") is the view of the person named right before the verb; the subject search ran over the verb, and the
// phrase "Award-winning novelist Dana Whitfield made a" named nobody.
const spoken = (body: string, specs = [personSpec('dw', 'Dana Whitfield', 'Dana Whitfield', 'Whitfield')]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker] as [string, string | null]);

describe('a noun cue after a light verb', () => {
  it('is the view of the person named before the verb', () => {
    expect(
      spoken(
        'The harbor council met on Monday.\n\nAward-winning novelist Dana Whitfield made a case for reading older books during an interview with a radio host in May.',
      ),
    ).toContainEqual([
      'for reading older books during an interview with a radio host in May',
      'Dana Whitfield',
    ]);
  });

  it('gives no one when the name before the verb is no person’s', () => {
    const said = spoken(
      'The harbor council met on Monday.\n\nThe award-winning Harbor Trust made a case for reading older books during an interview with a radio host in May.',
      [orgSpec('ht', 'Harbor Trust')],
    );
    expect(said.some(([, who]) => who === 'Harbor Trust')).toBe(false);
  });
});
