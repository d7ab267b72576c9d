import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { markEntities, scoredContentsMarked, TWO_PEOPLE } from './test-helpers.js';

/** Each attribution's text, and its content as PolNeAR marks it (contentSpan). */
const contents = (body: string): { text: string; content: string }[] =>
  scoredContentsMarked(body, TWO_PEOPLE).map(({ text, content }) => ({ text, content }));

describe("a quotation's content as PolNeAR marks it", () => {
  it('holds the marks around the words ("“Never,” Smith said")', () => {
    expect(contents('“Never,” Anna Smith said on Tuesday.')).toEqual([
      { text: 'Never,', content: '“Never,”' },
    ]);
  });

  it("holds two-character marks (''Not now,'' Doe said)", () => {
    expect(contents("''Not now,'' John Doe said.")).toEqual([{ text: 'Not now,', content: "''Not now,''" }]);
  });

  it('holds each piece of a quotation broken by its tag with its own marks', () => {
    expect(contents('“We will wait,” Anna Smith said, “and then we will vote.”')).toEqual([
      { text: 'We will wait,', content: '“We will wait,”' },
      { text: 'and then we will vote.', content: '“and then we will vote.”' },
    ]);
  });

  it('is the span itself for a report with no quotation', () => {
    expect(contents('Anna Smith said the talks would go on.')).toEqual([
      { text: 'the talks would go on', content: 'the talks would go on' },
    ]);
  });

  it('leaves who-said-what the words alone', () => {
    const body = '“Never,” Anna Smith said on Tuesday.';
    const { mentions, entities } = markEntities(body, TWO_PEOPLE);
    expect(findQuotes({ body, sentences: [], mentions, entities }).quotes.map((q) => q.text)).toEqual([
      'Never,',
    ]);
  });
});
