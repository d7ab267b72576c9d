import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A finding whose noun phrase opens the clause after an opening adverbial of time, with what was found right after
// "found" and no "that"; "research" made by an organisation speaks for it. Invented sentences.
const BODIES: EntitySpec[] = [
  { id: 'h', name: 'Harbor Policy Institute', type: 'organization', forms: ['Harbor Policy Institute'] },
];

describe('"In 2019, research conducted by X found …"', () => {
  it('credits the maker of the research', () => {
    expect(
      attributionsMarked(
        'The ferry board met on Monday. In 2019, research conducted by the Harbor Policy Institute found the ferry ran late on most weekdays.',
        BODIES,
      ),
    ).toContainEqual({ text: 'the ferry ran late on most weekdays', speaker: 'Harbor Policy Institute' });
  });
  it('credits it where "Research" opens the sentence', () => {
    expect(
      attributionsMarked(
        'Research conducted by the Harbor Policy Institute found the ferry ran late.',
        BODIES,
      ),
    ).toContainEqual({ text: 'the ferry ran late', speaker: 'Harbor Policy Institute' });
  });
});
