import { describe, expect, it } from 'vitest';
import { sourcedMarked } from './test-helpers.js';

// Recall (issue #5): a passive verb of backing or blame with its agent after "by" ("The ferry plan was rejected by
// most of the harbor board"): the agent holds the view, and the clause's subject is what it is held of.
describe('a passive verb of backing or blame with its agent', () => {
  it('gives the subject, however short, to the agent after "by"', () => {
    expect(
      sourcedMarked('The vote came late. The ferry plan was rejected by most of the harbor board.'),
    ).toEqual([['The ferry plan', 'most of the harbor board']]);
  });

  it('reads the subject past an opening adverbial and an adverb before "be"', () => {
    expect(
      sourcedMarked('In the river towns, the mayor also was backed by nearly two thirds of the voters.'),
    ).toEqual([['the mayor', 'nearly two thirds of the voters']]);
  });

  it('leaves a passive inside a relative or a reported clause alone', () => {
    expect(
      sourcedMarked(
        'The board kept the old ferry plan, which was supported by the pilots union, for another year.',
      ),
    ).toEqual([]);
  });
});
