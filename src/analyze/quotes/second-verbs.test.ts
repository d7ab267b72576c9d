import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A second verb of the same speaker after "and"/"but": PolNeAR marks one content over both clauses when the second
// verb is one of belief or hope; a second verb of speech is a statement of its own (quotes26). Sentences from
// PolNeAR train, names kept.
const ARNOLD: EntitySpec[] = [{ id: 'ea', name: 'Elizabeth Arnold', type: 'person', forms: ['Ms. Arnold'] }];

describe('a second verb of belief or hope after "and" (quotes26)', () => {
  it('goes on in the first content ("said she did not condone violence and hoped that …")', () => {
    const body =
      'Ms. Arnold said she did not condone violence and hoped that people would find a way to voice concerns ' +
      'peacefully.';
    expect(attributionsMarked(body, ARNOLD)).toContainEqual({
      text: 'she did not condone violence and hoped that people would find a way to voice concerns peacefully',
      speaker: 'Elizabeth Arnold',
    });
  });

  it('leaves a second verb of speech its own statement ("said … and added that …")', () => {
    const body =
      'Ms. Arnold said she did not condone violence and added that people should protest peacefully.';
    expect(attributionsMarked(body, ARNOLD)).toContainEqual({
      text: 'she did not condone violence',
      speaker: 'Elizabeth Arnold',
    });
  });
});
