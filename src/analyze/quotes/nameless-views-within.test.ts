import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec } from './test-helpers.js';

// A learned stance word whose subject names nobody, after a comma or "and"/"but"/"while" inside a listed frame's
// content: PolNeAR runs the listed frame's content over it (frames45). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'm', name: 'Dana Moreno', type: 'person', forms: ['Dana Moreno', 'Moreno'] },
  { id: 'v', name: 'Ilse Varga', type: 'person', forms: ['Ilse Varga', 'Varga'] },
];

const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a nameless stance clause inside a listed content', () => {
  it('goes on in the content ("said …, while most residents expect …")', () => {
    const body =
      'Moreno said the new ferry terminal would open in the spring, while most residents expect further delays.';
    expect(contents(body)).toContainEqual({
      text: 'the new ferry terminal would open in the spring, while most residents expect further delays',
      cue: 'said',
    });
  });

  it('keeps the cut before a named subject ("said …, while Varga wants …")', () => {
    const body =
      'Moreno said the new ferry terminal would open in the spring, while Varga wants it moved north.';
    expect(contents(body)).toContainEqual({
      text: 'the new ferry terminal would open in the spring',
      cue: 'said',
    });
  });
});
