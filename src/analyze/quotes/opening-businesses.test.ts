import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec } from './test-helpers.js';

// Empty speakers on real pages (issue #5): "VW has used chrome-like paint … in favor of more AppleSkin. The automaker
// says …" (SlashGear) was left to no one because two names stood before "the automaker"; the business that opens
// the sentence before as its subject is the one meant (attribute/company-nouns.ts).
const SPECS = [
  orgSpec('cv', 'Corvane'),
  { id: 'lf', name: 'Lumafoil', type: 'other' as const, forms: ['Lumafoil'] },
  orgSpec('br', 'Brightmere'),
  orgSpec('hc', 'Harlan Commission'),
  { id: 'nl', name: 'Nordlane', type: 'other' as const, forms: ['Nordlane'] },
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, SPECS).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('"the company" after two names', () => {
  it('is the business that opens the sentence before', () => {
    const body =
      'Corvane has swapped steel trim for aluminium in favor of more Lumafoil. The automaker says the change saves weight.';
    expect(speakerOf(body, 'the change saves')).toBe('Corvane');
  });

  it('is no one when the two opened the sentence together', () => {
    const body = 'Corvane and Brightmere reported strong orders. The company says the change saves weight.';
    expect(speakerOf(body, 'the change saves')).toBeNull();
  });

  it('is no one when the sentence before opens with another organization (a regulator, not the business)', () => {
    const body = 'The Harlan Commission is investigating Corvane. The company said it would cooperate.';
    expect(speakerOf(body, 'it would cooperate')).toBeNull();
  });

  it('is not the regulator opening the sentence before, even when the business is a name of no kind', () => {
    const body = 'The Harlan Commission is investigating Nordlane. The company said it would cooperate.';
    expect(speakerOf(body, 'it would cooperate')).toBeNull();
  });

  it('is no one when another business is named in its own sentence', () => {
    const body =
      'Corvane first sold the trim in 2016. Sales have doubled across Brightmere’s shops, according to the company.';
    expect(speakerOf(body, 'Sales have doubled')).toBeNull();
  });
});
