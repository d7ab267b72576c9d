import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A frame reported inside another frame's content (pairing31): the outer speaker keeps what they said, the inner
// frame stays its own. Sentences from PolNeAR train, names kept.
const PEOPLE: EntitySpec[] = [
  { id: 'tc', name: 'Ted Cruz', type: 'person', forms: ['Cruz'] },
  { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
  { id: 'ss', name: 'Sallie Sherry', type: 'person', forms: ['Ms. Sherry'] },
];

describe('a content that opens on a pronoun and "and" before the inner frame\'s subject', () => {
  it('stays the outer speaker\'s ("Cruz said both he and Rubio promised …")', () => {
    const body =
      'Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal ' +
      'immigrants.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants',
      speaker: 'Ted Cruz',
    });
  });

  it('stays the outer speaker\'s ("Ms. Sherry said she and her female peers jokingly referred to …")', () => {
    const body =
      "At Bear Stearns, Ms. Sherry said she and her female peers jokingly referred to themselves as ''The Glass " +
      "Ceiling Club.''";
    const got = attributionsMarked(body, PEOPLE);
    expect(
      got.some((a) => a.speaker === 'Sallie Sherry' && a.text.startsWith('she and her female peers')),
    ).toBe(true);
  });
});
