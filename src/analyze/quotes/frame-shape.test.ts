import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { markEntities, TWO_PEOPLE } from './test-helpers.js';

describe('frames', () => {
  // Every way of making a frame (a listed verb, its participle, "according to", a learned cue, a colon before a
  // quotation, a transcript line) gives one object shape, flags false where unset: reads of frames stay monomorphic.
  it('share one key order, whatever made them', () => {
    const body = [
      'SMITH: We will not give up on this.',
      'Anna Smith said the talks had failed, adding that the party would vote again next week.',
      'According to John Doe, the vote is set for Tuesday.',
      'Doe slammed the plan as a disaster for the working families of the state.',
      'The decision doesn’t surprise Senator John Doe: “It was always going to end like this.”',
    ].join('\n');
    const { mentions, entities } = markEntities(body, TWO_PEOPLE);
    const { frames } = findAttributions(body, mentions, entities);
    expect(frames.length).toBeGreaterThanOrEqual(4);
    const shapes = new Set(frames.map((f) => Object.keys(f).join(',')));
    expect([...shapes]).toEqual([
      'cue,subject,region,via,sentence,paragraph,statement,verbatim,learned,learnedCue,piece,outerEvidence',
    ]);
  });
});
