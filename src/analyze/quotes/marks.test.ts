import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './marks.js';

const inner = (text: string) => findQuotedSpans(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuotedSpans', () => {
  it('pairs curly, straight and mixed double quotes', () => {
    expect(inner('He said “we are ready” and left.')).toEqual(['we are ready']);
    expect(inner('He said "we are ready" and left.')).toEqual(['we are ready']);
    expect(inner('"We have of course certain obligations,” he was cited.')).toEqual([
      'We have of course certain obligations,',
    ]);
  });

  it('takes a right mark opening a paragraph for an opening mark, but nowhere else', () => {
    expect(inner('Readers wrote in.\n”He is ignorant of our culture.” ― Pamela Padilla')).toEqual([
      'He is ignorant of our culture.',
    ]);
    expect(inner('Readers wrote in. ”He is ignorant of our culture.” ― Pamela Padilla')).toEqual([]);
  });

  it('closes typewriter doubled apostrophes after a single quote closing inside them', () => {
    expect(inner("''I would use the word 'old-school,''' said Gregory W. Slayton.")).toEqual([
      "I would use the word 'old-school,'",
    ]);
  });

  it('closes typewriter doubled apostrophes after a stray space (", \'\' said")', () => {
    expect(
      inner(
        "''The reason he has been so successful is coalitions, '' said Mr. Gunnels, who works on Mr. Sanders's campaign. ''He doesn't see himself as on the left.''",
      ),
    ).toEqual([
      'The reason he has been so successful is coalitions,',
      "He doesn't see himself as on the left.",
    ]);
  });

  it('leaves the straight mark opening a transcript line out of any quotation', () => {
    expect(
      inner('"PENCE: Well, look, this is “Shark Tank.” It is serious.\n\n"WALLACE: If I may, sir.'),
    ).toEqual(['Shark Tank.']);
  });

  it('reads single quotes used as quotation marks, but not apostrophes or possessives', () => {
    const text =
      'Putin said, ‘We don’t want to see any external interference in Belarus.’ Lukashenko won Belarus’ election.';
    expect(inner(text)).toEqual(['We don’t want to see any external interference in Belarus.']);
    expect(inner("a bid to 'seize power' in Minsk")).toEqual(['seize power']);
    expect(inner("the protesters' demands and Russia's role")).toEqual([]);
  });

  it('reads a mark before a two-digit year as an apostrophe, not an opening quote', () => {
    expect(
      inner(
        'He said in ‘08 that voters changed. “It makes their eyes open wider,” he said. It’s the ‘race card’.',
      ),
    ).toEqual(['It makes their eyes open wider,', 'race card']);
    expect(inner("The class of '92 met again. They sang 'Auld Lang Syne' loudly.")).toEqual([
      'Auld Lang Syne',
    ]);
  });

  it('reads guillemets and doubled apostrophes', () => {
    expect(inner('Il a dit «nous sommes prêts» hier.')).toEqual(['nous sommes prêts']);
    expect(inner("''It is anti-reform,'' said Mr. Burman.")).toEqual(['It is anti-reform,']);
  });

  it('closes a curly quote at two right single marks, as wire copy does', () => {
    // AP: "“It was an attempt to mislead voters,’’ Will Moy … told the BBC. “And I think …’’"
    const text = '“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is misleading.’’';
    expect(inner(text)).toEqual(['It was an attempt to mislead voters,', 'And it is misleading.']);
    expect(inner('“We called it ‘a sham,’’’ she said.')).toEqual(['We called it ‘a sham,’']);
  });

  it('closes at a right mark after a stray space, before a full stop (Al Jazeera)', () => {
    const text =
      'Reports depicted “technical challenges and schedule delays ”. The report and the bill come as …';
    expect(inner(text)).toEqual(['technical challenges and schedule delays']);
  });

  it('keeps a quote nested inside another in one passage', () => {
    expect(inner('He asked: "Did you read “the memo” today?" and waited.')).toEqual([
      'Did you read “the memo” today?',
    ]);
  });

  it('runs a quote over paragraphs when the next one reopens it', () => {
    const text = '“First part of the statement.\n\n“Second part,” she said.';
    const qs = findQuotedSpans(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ multiParagraph: true, closed: true });
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = 'He said “this never closes\n\nNext paragraph.';
    const qs = findQuotedSpans(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ closed: false, close: text.indexOf('\n') });
  });
});
