import { describe, expect, it } from 'vitest';
import { type EntitySpec, findQuotesMarked, personSpec, scoredContentsMarked } from './test-helpers.js';

// Content that goes on past a quotation's tag (span50): "“…,” X said of Y" holds Y, and a partial quotation broken by
// its tag goes on to its sentence's end, in the content the benchmark reads; the quote, its text and its speaker stay.
// Invented sentences.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's content as the benchmark reads it, and its speaker. */
const read = (body: string): [string, string | null][] =>
  scoredContentsMarked(body, PEOPLE).map((a) => [a.content, a.speaker]);

/** The quotes users read: text and speaker. */
const quotes = (body: string): [string, string | null][] =>
  findQuotesMarked(body, PEOPLE).quotes.map((q) => [q.text, q.speaker]);

describe('what a quotation is said of (span50)', () => {
  const body =
    '“We wanted to keep the harbor open all winter,” Moreno said of the old ferry dock, which closed in 1998.';

  it('runs the content on to the topic after "said of"', () => {
    expect(read(body)).toContainEqual([
      '“We wanted to keep the harbor open all winter,” Moreno said of the old ferry dock, which closed in 1998',
      'Elena Moreno',
    ]);
  });

  it('keeps the quote users read and its speaker as they were', () => {
    expect(quotes(body)).toContainEqual(['We wanted to keep the harbor open all winter,', 'Elena Moreno']);
  });

  it('stops before a clause of the tag’s own ("…, adding that …")', () => {
    const got = read(
      '“It is a fair levy,” Moreno said of the ferry surcharge, adding that riders would decide.',
    );
    expect(got).toContainEqual(['“It is a fair levy,” Moreno said of the ferry surcharge', 'Elena Moreno']);
  });

  it('leaves a tag with no "of" alone ("said on Tuesday")', () => {
    expect(read('“It is a fair levy,” Moreno said on Tuesday.')).toContainEqual([
      '“It is a fair levy,”',
      'Elena Moreno',
    ]);
  });
});

describe('a partial quotation broken by its tag (span50)', () => {
  it('runs the content on to the sentence’s end', () => {
    const got = read(
      'The council treated the levy as “a matter of simple arithmetic,” Moreno said, that nobody had bothered to check.',
    );
    expect(got).toContainEqual([
      '“a matter of simple arithmetic,” Moreno said, that nobody had bothered to check',
      'Elena Moreno',
    ]);
  });

  it('stops at the tag when a participle of the tag’s own follows ("Moreno said, adding …")', () => {
    const got = read(
      'The council treated the levy as “a matter of simple arithmetic,” Moreno said, adding that it was late.',
    );
    expect(got).toContainEqual(['“a matter of simple arithmetic,”', 'Elena Moreno']);
  });
});
