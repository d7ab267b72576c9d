import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, orgSpec, personSpec } from './test-helpers.js';

// A comma left out after an opening phrase that ends in an outlet's name: "In a meeting with the editorial board of
// the Washington Post Trump said …" (subject-edges.ts; issue #5, named speaker).

const NAMES: EntitySpec[] = [personSpec('l', 'Maria Lopez', 'Lopez'), orgSpec('p', 'Springfield Post')];

const speakerOf = (body: string, opening: string): string | null | undefined =>
  attributionsRead(body, NAMES).find((a) => a.text.startsWith(opening))?.speaker;

describe('a person named right after an outlet that ends an opening phrase', () => {
  it('is who spoke: the outlet is the object of the phrase’s preposition', () => {
    const body =
      'Maria Lopez spoke on Monday. In a meeting with the editorial board of the Springfield Post Lopez said ' +
      'that the plan to close the mill was dead.';
    expect(speakerOf(body, 'that the plan')).toBe('Maria Lopez');
  });

  it('is not who spoke when no preposition opens the sentence', () => {
    const body =
      'Maria Lopez spoke on Monday. Readers of the Springfield Post Lopez named in the survey said that the ' +
      'plan to close the mill was dead.';
    expect(speakerOf(body, 'that the plan')).not.toBe('Maria Lopez');
  });
});
