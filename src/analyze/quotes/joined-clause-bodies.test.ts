import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, orgSpec, personSpec } from './test-helpers.js';

// A participle set off after a clause joined by "and" is said by that clause's subject, a body too: "Tenants say
// the fees are for show, and the Harbor Tenants Union has sued the city, saying …" (cue-checks.ts
// coordinatedMainClause; named44, issue #5, named speaker).

const NAMES: EntitySpec[] = [
  orgSpec('u', 'Harbor Tenants Union'),
  personSpec('k', 'Tom Kessler', 'Kessler'),
  { id: 'o', name: 'Oregon', type: 'place', forms: ['Oregon'] },
];

const speakerOf = (body: string, opening: string): string | null | undefined =>
  attributionsRead(body, NAMES).find((a) => a.text.startsWith(opening))?.speaker;

describe('a participle after a clause joined by "and" whose subject is a body', () => {
  it('is the body’s, not the nameless speaker of the clause before', () => {
    const body =
      'Tenant groups say the new fees are less for repairs than for show, and the Harbor Tenants Union has ' +
      'already sued the city over the fees, saying they break the lease law.';
    expect(speakerOf(body, 'they break')).toBe('Harbor Tenants Union');
  });

  it('reads past "of <place>" after the body’s name', () => {
    const body =
      'Tenant groups say the new fees are less for repairs than for show, and the Harbor Tenants Union of Oregon ' +
      'has already sued the city over the fees, saying they break the lease law.';
    expect(speakerOf(body, 'they break')).toBe('Harbor Tenants Union');
  });

  it('keeps a named speaker’s participle when "and" only joins what that speaker said', () => {
    const body =
      'Tom Kessler said the new fees were for show and the Harbor Tenants Union had lost its case, adding that ' +
      'the city would appeal.';
    expect(speakerOf(body, 'that the city')).toBe('Tom Kessler');
  });
});
