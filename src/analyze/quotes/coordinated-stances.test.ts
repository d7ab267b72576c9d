import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A verb of stance after "and", with no frame before it in the sentence: the clause's opening pronoun or described
// phrase does it, as it does a second verb of speech (coord37). Invented sentences.
const REYES: EntitySpec[] = [{ id: 'tr', name: 'Tom Reyes', type: 'person', forms: ['Reyes'] }];

describe('a second verb of stance takes the clause opening subject (coord37)', () => {
  it('a pronoun opening the clause ("He moved … and believes …")', () => {
    const body =
      'Tom Reyes grew up in Ohio. He moved to Dayton in 1998 and believes the city is ready for a comeback.';
    expect(attributionsMarked(body, REYES)).toContainEqual({
      text: 'the city is ready for a comeback',
      speaker: 'Tom Reyes',
    });
  });

  it('a described phrase opening the clause, no speaker named ("The retired teacher sold … and fears …")', () => {
    const body = 'The retired teacher sold her house in May and fears the school will close.';
    const found = findAttributions(body, [], []).attributions.map((a) => [a.text, a.speaker]);
    expect(found).toContainEqual(['the school will close', null]);
  });
});
