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

  it('reads "far" before a comparative and its noun as the agent, not a margin', () => {
    expect(sourcedMarked('The bridge levy is supported by far fewer councillors.')).toEqual([
      ['The bridge levy', 'far fewer councillors'],
    ]);
  });

  it('reads an adjective in "-ing" before its noun as the agent, not a means', () => {
    expect(
      sourcedMarked('In Larkton, the ferry plan was backed by overwhelming majorities of the river towns.'),
    ).toEqual([['the ferry plan', 'overwhelming majorities of the river towns']]);
  });

  it('still reads a margin or a means after "by" as no agent', () => {
    expect(
      sourcedMarked(
        'The ferry plan was backed by overwhelming margins. The toll was opposed by far more than the board expected. The levy was rejected by raising the fares.',
      ),
    ).toEqual([]);
  });
});
