import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A content before a trailing "according to" that stops short of the cue, at another report inside it: PolNeAR's
// content runs on to the cue, the report inside included; the span, its text and its speaker stay (span53).
// Invented sentences.
const MORENO: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's text, its content as the benchmark reads it, and its speaker. */
const read = (body: string, specs: EntitySpec[] = []): [string, string, string | null][] =>
  scoredContentsMarked(body, specs).map((a) => [a.text, a.content, a.speaker]);

describe('a content that stops short of its trailing "according to" (span53)', () => {
  it('runs on over a report inside it ("…, Moreno told the council that …, according to …")', () => {
    expect(
      read(
        'After the vote, Moreno told the council that the tolls would stay, according to two people at the meeting.',
        MORENO,
      ),
    ).toEqual([
      ['After the vote', 'After the vote, Moreno told the council that the tolls would stay', null],
      ['that the tolls would stay', 'that the tolls would stay', 'Elena Moreno'],
    ]);
  });

  it('runs on over a passive report ("…, the office was told that …, according to the email")', () => {
    const out = read(
      'Even as the storm hit the harbor on Friday, the ferry office was told that no boats were ready, according to the email.',
    );
    expect(out[0]).toEqual([
      'Even as the storm hit the harbor on Friday',
      'Even as the storm hit the harbor on Friday, the ferry office was told that no boats were ready',
      null,
    ]);
  });

  it('leaves a content that reaches the cue as it is', () => {
    expect(read('The ferry fares rose by a third last year, according to the harbor board.')).toEqual([
      ['The ferry fares rose by a third last year', 'The ferry fares rose by a third last year', null],
    ]);
  });

  it('stops before another quotation between the content and the cue', () => {
    const out = read(
      'The tolls will rise, and Moreno told the council that “nothing will change that,” according to two people there.',
      MORENO,
    );
    expect(out[0]).toEqual(['The tolls will rise', 'The tolls will rise', null]);
  });
});
