import { describe, expect, it } from 'vitest';
import { type EntitySpec, findQuotesMarked, personSpec, scoredContentsMarked } from './test-helpers.js';

// A tag set as an aside after a short opener (span52): PolNeAR's content takes in the opener ("Instead, she said,
// …"), in the content the benchmark reads; the quote, its text and its speaker stay. Invented sentences.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's content as the benchmark reads it, and its speaker. */
const read = (body: string): [string, string | null][] =>
  scoredContentsMarked(body, PEOPLE).map((a) => [a.content, a.speaker]);

/** The quotes users read: text and speaker. */
const quotes = (body: string): [string, string | null][] =>
  findQuotesMarked(body, PEOPLE).quotes.map((q) => [q.text, q.speaker]);

describe('a tag set as an aside after a short opener (span52)', () => {
  it('opens a reported clause’s content at the opener', () => {
    const got = read(
      'The ferry ran late again. Instead, Moreno said, the harbor board should buy a second boat.',
    );
    expect(got).toContainEqual([
      'Instead, Moreno said, the harbor board should buy a second boat',
      'Elena Moreno',
    ]);
  });

  it('opens a quotation’s content at the opener, the quote users read unchanged', () => {
    const body = 'The vote was close. But, Moreno added, “the harbor will stay open all winter.”';
    expect(read(body)).toContainEqual([
      'But, Moreno added, “the harbor will stay open all winter.”',
      'Elena Moreno',
    ]);
    expect(quotes(body)).toContainEqual(['the harbor will stay open all winter.', 'Elena Moreno']);
  });

  it('takes in the content’s own subject before the tag ("The levy, Moreno said, was …")', () => {
    expect(read('The levy, Moreno said, was never meant to last.')).toContainEqual([
      'The levy, Moreno said, was never meant to last',
      'Elena Moreno',
    ]);
  });

  it('leaves out a date that sets the tag’s own time, and a tag not closed by a comma', () => {
    expect(read('In 2019, Moreno said, the harbor board sold the second boat.')).toContainEqual([
      'the harbor board sold the second boat',
      'Elena Moreno',
    ]);
    expect(read('In the end, Moreno said the harbor board had sold the boat.')).toContainEqual([
      'the harbor board had sold the boat',
      'Elena Moreno',
    ]);
  });

  it('leaves out a longer opener, the tag’s own setting ("In a statement on Tuesday, …")', () => {
    expect(read('In a statement on Tuesday, Moreno said, “the harbor will stay open.”')).toContainEqual([
      '“the harbor will stay open.”',
      'Elena Moreno',
    ]);
  });
});
