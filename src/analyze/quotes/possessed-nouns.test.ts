import { describe, expect, it } from 'vitest';
import { listedMarked as listed, personSpec } from './test-helpers.js';

// A verb of speech's -s form after a possessive, with a finite verb after it, is a noun (attribute/possessed-nouns.ts).
// Invented sentences, built as the NYT's "… increase his demands have made China wary …, people … said" was.

describe('"his demands have …"', () => {
  const specs = [personSpec('h', 'Ada Holm', 'Holm')];

  it('opens no frame: nothing is said in it', () => {
    const body =
      'Mayor Ada Holm has changed her mind twice. Her habit of raising her demands has made the union wary.';
    expect(listed(body, specs)).toEqual([]);
  });

  it('leaves the tag at the end to report the whole sentence', () => {
    const body =
      'Mayor Ada Holm has changed her mind twice. Holm’s habit of raising her demands have made the union wary of ' +
      'any deal, two officials close to the talks said.';
    expect(listed(body, specs)).toEqual([
      ['Holm’s habit of raising her demands have made the union wary of any deal', null],
    ]);
  });

  it('still reads the verb with no possessive before it ("the union demands that …")', () => {
    const body = 'Holm spoke on Monday. The union demands that the city raise wages.';
    expect(listed(body, specs)).toEqual([['that the city raise wages', null]]);
  });
});
