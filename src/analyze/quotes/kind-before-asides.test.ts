import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec } from './test-helpers.js';

// Empty speakers on real pages (issue #5): "The company, which is expected to lay off thousands of employees …,
// confirmed on Monday that …" (VentureBeat) had no speaker, though "The company confirmed" had one: an aside after
// a body named by its kind hid it from companyReferent (attribute/company-nouns.ts, kindBeforeAside).
const SPECS = [orgSpec('cv', 'Corvane'), orgSpec('hc', 'Harlan Commission')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, SPECS).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('"the company, which …, said"', () => {
  it('is the business named before', () => {
    const body =
      'Corvane cut jobs last year. The company, which faces steep losses, confirmed on Monday that it had been ' +
      'contacted by regulators.';
    expect(speakerOf(body, 'that it had been contacted')).toBe('Corvane');
  });

  it('is no one when two bodies were named before', () => {
    const body =
      'The Harlan Commission is looking at Corvane. The company, which faces steep losses, said it had been ' +
      'contacted by regulators.';
    expect(speakerOf(body, 'it had been contacted')).toBeNull();
  });

  it('is not the business when the kind only ends a longer subject ("an analyst at the company")', () => {
    const body =
      'Corvane cut jobs last year. An analyst at the company, who asked not to be named, said it had been ' +
      'contacted by regulators.';
    expect(speakerOf(body, 'it had been contacted')).not.toBe('Corvane');
  });
});
