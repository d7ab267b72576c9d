import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A tag set as an aside inside a phrase that trails the main clause (sib57): the tag reports that phrase, and
// PolNeAR's content opens where the phrase does; the main clause before it is the writer's own account (or another
// frame's). A tag in the main clause, or one closing the sentence, still takes the sentence from its start.
// Invented sentences.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno'), personSpec('jt', 'Jon Tal', 'Tal')];

/** Each attribution's content as the benchmark reads it, and its speaker. */
const read = (body: string): [string, string | null][] =>
  scoredContentsMarked(body, PEOPLE).map((a) => [a.content, a.speaker]);

describe('a tag set inside a trailing phrase (sib57)', () => {
  it('opens the content at a relative word before the tag', () => {
    const got = read(
      'The harbor board bought a second ferry last spring, which, Moreno said, would cut the waiting time in half.',
    );
    expect(got).toContainEqual(['which', 'Elena Moreno']);
    expect(got).toContainEqual(['would cut the waiting time in half', 'Elena Moreno']);
    expect(got.some(([c]) => c.startsWith('The harbor board'))).toBe(false);
  });

  it('opens the content inside an unclosed bracket', () => {
    const got = read(
      'The harbor board sold the old pier (the upkeep of which, Moreno said, had cost the town a fortune) in May.',
    );
    expect(got).toContainEqual(['the upkeep of which', 'Elena Moreno']);
    expect(got.some(([c]) => c.startsWith('The harbor board'))).toBe(false);
  });

  it('opens the content past an opening dash', () => {
    const got = read(
      'The new rule bars trucks from the bridge at night - a change, Moreno said, that the drivers never asked for.',
    );
    // (Its two words before the tag are too few for a piece of their own.)
    expect(got).toContainEqual(['that the drivers never asked for', 'Elena Moreno']);
    expect(got.some(([c]) => c.startsWith('The new rule'))).toBe(false);
  });

  it('takes only the words after the tag when "and" or "but" stands before it', () => {
    const got = read(
      'The board raised the fares to pay for the repairs and, Moreno argued, to keep the night ferry running.',
    );
    expect(got).toContainEqual(['to keep the night ferry running', 'Elena Moreno']);
    expect(got.some(([c]) => c.startsWith('The board'))).toBe(false);
  });

  it('opens the content at the clause after ", but"', () => {
    const got = read(
      'The ferry service is hardly modern, but it carries more people every year, Moreno said, with new routes to the islands.',
    );
    expect(got).toContainEqual(['it carries more people every year', 'Elena Moreno']);
    expect(got.some(([c]) => c.startsWith('The ferry service'))).toBe(false);
  });

  it('keeps the sentence from its start for a tag in the main clause', () => {
    expect(read('The harbor board, Moreno said, would buy a second ferry next year.')).toContainEqual([
      'The harbor board',
      'Elena Moreno',
    ]);
  });

  it('keeps the sentence from its start for a tag closing the sentence', () => {
    const got = read(
      'The board kept the old ferry running all winter - a choice that saved the island route, said Moreno, a member of the board.',
    );
    expect(got).toContainEqual([
      'The board kept the old ferry running all winter - a choice that saved the island route',
      'Elena Moreno',
    ]);
  });

  it('keeps the sentence from its start when another speaker’s report goes on after the tag', () => {
    // ("attacks that" alone would leave Tal's "said" the sentence's first words, and Moreno's words Tal's.)
    const got = read(
      'Elena Moreno, the board chair, said the fares are a fair answer to attacks that Tal made against the board last year - attacks that, Moreno noted, Tal said during the meeting were caused by the fare rise.',
    );
    const first = got.find(([c]) => c.startsWith('Elena Moreno, the board chair'));
    expect(first?.[1]).toBe('Elena Moreno');
  });
});
