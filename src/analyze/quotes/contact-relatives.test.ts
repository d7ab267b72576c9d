import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A relative clause with no relative word ("the fare cut Moreno wants to win", "a plan Moreno says is doomed"):
// PolNeAR's content opens at the head noun phrase; the span, its text and its speaker stay (span48). Invented.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's content as the benchmark reads it, and its speaker. */
const read = (body: string): [string, string | null][] =>
  scoredContentsMarked(body, PEOPLE).map((a) => [a.content, a.speaker]);

describe('a relative clause with no relative word (span48)', () => {
  it('opens the content at the head before an infinitive gap ("the fare cut Moreno hopes to win")', () => {
    const got = read('Harbour workers doubted the fare cut Moreno hopes to win this spring.');
    expect(got).toContainEqual(['the fare cut Moreno hopes to win this spring', 'Elena Moreno']);
  });

  it('opens it at the head before a subject gap ("a levy Moreno says is unfair")', () => {
    const got = read('The council kept a levy Moreno says is unfair to ferry riders.');
    expect(got).toContainEqual(['a levy Moreno says is unfair to ferry riders', 'Elena Moreno']);
  });

  it('leaves a sentence-opening adverbial alone ("After the vote Moreno said …")', () => {
    const got = read('After the vote Moreno said the levy would stay.');
    expect(got.map(([c]) => c)).not.toContain('the vote Moreno said the levy would stay');
    expect(read('After the vote Moreno wanted to rest.').map(([c]) => c)).not.toContain(
      'the vote Moreno wanted to rest',
    );
  });
});

// The head may open the sentence ("The things Moreno wants to change are small"): its determiner is then a capital
// one; a phrase that ends in "of" or an owner's "'s" runs on into the subject and is no head (span49). Invented.
describe('a sentence-opening head of a relative clause with no relative word (span49)', () => {
  it('opens the content at "The things" before "Moreno wants to"', () => {
    expect(read('The things Moreno wants to change are small.')).toContainEqual([
      'The things Moreno wants to change are small',
      'Elena Moreno',
    ]);
  });

  it('opens it at "The only regret" before a subject gap ("she acknowledged was")', () => {
    const got = read('The only regret she acknowledged was a failed promise to fix the pier.');
    expect(got.map(([c]) => c)).toContain(
      'The only regret she acknowledged was a failed promise to fix the pier',
    );
  });

  it('takes no owner or "of" phrase that runs on into the subject for a head', () => {
    // (The majority speaks as a described group since named54.)
    expect(read("The harbour board's Green majority voted to end the toll.")).toEqual([
      ['to end the toll', 'Green majority'],
    ]);
    const got = read('The discovery of the old harbour posts has exposed a gap in the checks.');
    for (const [c] of got) expect(c).not.toMatch(/^The discovery/);
  });
});
