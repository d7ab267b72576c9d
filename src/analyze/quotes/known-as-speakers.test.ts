import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A role after the verb of speech, then "known as" and the name it goes by: that person spoke, and "known as"
// reports nothing of its own. Invented sentences.
const PEOPLE: EntitySpec[] = [{ id: 'g', name: 'Gus', type: 'person', forms: ['Gus'] }];

describe('"said the night manager known as Gus"', () => {
  const body =
    'The depot stayed open all week.\n\n"There was never any order to close," said the night manager known as Gus, speaking publicly for the first time.';
  it('gives the quotation to the name the role goes by', () => {
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'There was never any order to close,',
      speaker: 'Gus',
    });
  });
  it('makes no frame of "known as"', () => {
    expect(attributionsMarked(body, PEOPLE).map((a) => a.text)).not.toContain(
      'Gus, speaking publicly for the first time',
    );
  });
});
