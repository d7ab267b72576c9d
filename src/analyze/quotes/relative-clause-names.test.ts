import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, personSpec } from './test-helpers.js';

// A name that closes a "who" clause is the clause's object, not the subject of the verb after it
// (attribute/relative-clause-names.ts; named44, issue #5, named speaker).

const NAMES: EntitySpec[] = [
  personSpec('k', 'Tom Kessler', 'Kessler'),
  personSpec('l', 'Maria Lopez', 'Lopez'),
];

const speakerOf = (body: string, opening: string): string | null | undefined =>
  attributionsRead(body, NAMES).find((a) => a.text.startsWith(opening))?.speaker;

describe('a name closing a "who" clause before the verb', () => {
  it('is not the speaker: the phrase the clause tells of is', () => {
    const body =
      'The vote is on Tuesday. Many of the county party leaders who would rather be campaigning for Lopez or ' +
      'Tom Kessler said they have rallied behind the ticket.';
    expect(speakerOf(body, 'they have rallied')).toBeNull();
  });

  it('leaves a speaker set off by the commas of an aside', () => {
    const body =
      'The vote is on Tuesday. Tom Kessler, who campaigned for Lopez, said they have rallied behind the ticket.';
    expect(speakerOf(body, 'they have rallied')).toBe('Tom Kessler');
  });

  it('leaves a name that opens a clause of its own inside the "who" clause', () => {
    const body =
      'The vote is on Tuesday. Voters who heard the debate when Tom Kessler spoke were moved, and Lopez said ' +
      'they have rallied behind the ticket.';
    expect(speakerOf(body, 'they have rallied')).toBe('Maria Lopez');
  });
});
