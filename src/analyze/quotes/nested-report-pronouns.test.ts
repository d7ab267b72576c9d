import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Named speakers (issue #5): "he" or "she" looks back past a report told inside an earlier frame's content ("He notes
// that the commission announced …") to the teller, instead of stopping at that report's speaker
// (attribute/pronouns.ts, attribute/cue-checks.ts withinEarlierRegion).
const speakerOf = (body: string, specs: Parameters<typeof attributionsMarked>[1], start: string) =>
  attributionsMarked(body, specs).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a pronoun after a report told inside another', () => {
  it('means the teller, past the body whose report the teller gave', () => {
    const body =
      'Tom Ray is raising questions about his microphone during the debate.\n\n' +
      'He notes that the Debate Commission announced on Friday that there was an issue with the sound. ' +
      'His audio was quieter at times.\n\n' +
      'He says, “Working that microphone was a lot more difficult than working the crowd.”';
    expect(
      speakerOf(
        body,
        [personSpec('tr', 'Tom Ray', 'Ray'), orgSpec('dc', 'Debate Commission')],
        'Working that microphone',
      ),
    ).toBe('Tom Ray');
  });
});
