import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// A learned "-ing" word right after a plural noun inside its speaker's paraphrase ("applauded … investors seeking to
// fund …") tells what those people do; it is no view of the speaker's own (attribute/nested-views.ts,
// modifiesNounBefore). PolNeAR train: the three such views were all unmarked.
const PEOPLE = [personSpec('mv', 'Mara Voss', 'Voss')];
const texts = (body: string) => attributionsMarked(body, PEOPLE).map((a) => a.text);

describe('a participle after a plural noun in a paraphrase', () => {
  it('is no view of the paraphrase’s speaker', () => {
    const body =
      'The harbor plan passed on Monday.\n\nSo, Mara Voss has encouraged and applauded the efforts of the mayor ' +
      'and more than two dozen wealthy investors seeking to fund a search for a cheaper design for the seawall.';
    expect(texts(body).some((t) => t.startsWith('and applauded the efforts'))).toBe(true);
    expect(texts(body).some((t) => t.startsWith('to fund a search'))).toBe(false);
  });

  it('a view right after its own subject stays', () => {
    const body =
      'The harbor plan passed on Monday.\n\nMara Voss said the council will keep working on the seawall, and Voss ' +
      'is hoping to finish the design before the storm season begins in the fall.';
    expect(texts(body).some((t) => t.startsWith('to finish the design'))).toBe(true);
  });
});
