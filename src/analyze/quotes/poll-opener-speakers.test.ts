import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec } from './test-helpers.js';

// Named speakers (issue #5): "In a Keller Research poll released Monday, 41 percent of voters said …" — the share of
// people a poll counted speaks for the poll that opens the sentence, and so for its maker
// (attribute/poll-openers.ts, pollInOpening).
const ORGS = [orgSpec('kr', 'Keller Research'), orgSpec('hg', 'Harbor Gazette')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, ORGS).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a share of polled people speaks for the poll opening the sentence', () => {
  it('its maker named before the noun, or after "by"', () => {
    expect(
      speakerOf(
        'The levy is on the ballot.\n\nIn a Keller Research poll released Monday, 41 percent of voters said the ' +
          'levy should pass.',
        'the levy should pass',
      ),
    ).toBe('Keller Research');
    expect(
      speakerOf(
        'The levy is on the ballot.\n\nIn a poll conducted by the Harbor Gazette, just 28 percent of voters said ' +
          'they trusted the council.',
        'they trusted the council',
      ),
    ).toBe('Harbor Gazette');
  });

  it('nobody when the poll names no maker', () => {
    expect(
      speakerOf(
        'The levy is on the ballot.\n\nIn a poll of Ohio residents, 41 percent of voters said the levy should pass.',
        'the levy should pass',
      ),
    ).toBeNull();
  });
});
