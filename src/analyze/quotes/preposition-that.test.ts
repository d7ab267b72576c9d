import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A "that" right after a preposition points at something ("for that outage", "in that district"): it opens no
// reported clause, so the content opens at a later "that" or where it would with none (span54). Invented.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

const contents = (body: string): string[] => scoredContentsMarked(body, PEOPLE).map((a) => a.content);

describe('a "that" after a preposition opens no content (span54)', () => {
  it('takes the later "that" after "said in that interview"', () => {
    const got = contents('Elena Moreno said in that interview that the ferry levy would stay.');
    expect(got).toContain('that the ferry levy would stay');
    expect(got).not.toContain('that interview that the ferry levy would stay');
  });

  it('takes the later "that" after "told the council at that meeting"', () => {
    const got = contents('Elena Moreno told the council at that meeting that the levy would stay.');
    expect(got).toContain('that the levy would stay');
  });

  it('keeps the object before "in that district" ("is assured of keeping two seats …")', () => {
    const got = contents('Elena Moreno is assured of keeping two seats in that district alone.');
    expect(got).toContain('of keeping two seats in that district alone');
    expect(got).not.toContain('that district alone');
  });

  it('still opens at a plain "that" and at "that" after a noun of saying', () => {
    expect(contents('Elena Moreno said that the ferry levy would stay.')).toContain(
      'that the ferry levy would stay',
    );
    expect(contents('Elena Moreno said on Tuesday that the ferry levy would stay.')).toContain(
      'that the ferry levy would stay',
    );
  });
});
