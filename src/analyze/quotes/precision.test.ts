import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec } from './test-helpers.js';

// Attributions PolNeAR counts as false (issue #5, precision): each on a sentence as an outlet wrote it.

/** Each attribution's kind, speaker, cue as written and text. */
const read = attributionsRead;

const SANDERS: EntitySpec[] = [
  { id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
];

describe('a partial quote of a frame inside the paraphrase around it', () => {
  it('is part of that paraphrase when the frame is the same speaker’s (Washington Post: "he plans … “a disaster”")', () => {
    const body =
      'Sanders has said repeatedly that he plans to support the Democratic nominee and that a Donald Trump ' +
      'presidency would be "a disaster" for the country.';
    const got = read(body, SANDERS);
    expect(got.filter((a) => a.kind === 'partial')).toEqual([]);
    expect(got.map((a) => a.cue)).toContain('said');
  });

  it('stays a quote of its own when it is another speaker’s ("Trump’s claim that Obama “founded ISIS”")', () => {
    const body =
      'Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President ' +
      'Barack Obama “founded ISIS,” saying they were nitpicking.';
    const specs: EntitySpec[] = [
      { id: 'p', name: 'Mike Pence', type: 'person', forms: ['Mike Pence', 'Pence'] },
      { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
      { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
    ];
    const got = read(body, specs);
    expect(got.some((a) => a.text.startsWith('founded ISIS'))).toBe(true);
  });
});

const CLINTON: EntitySpec[] = [
  { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  { id: 'k', name: 'Barry Goldwater', type: 'person', forms: ['Barry Goldwater', 'Goldwater'] },
];

describe('a cue word in a sense of doing', () => {
  it('reports nothing when a lead goes on ("continues to grow", "continues to dominate")', () => {
    const body =
      'The delegate lead for Hillary Clinton continues to grow thanks to a big win in North Carolina. Trump ' +
      'continues to dominate the GOP field despite tough press coverage.';
    expect(read(body, CLINTON)).toEqual([]);
  });

  it('keeps a stance that goes on ("continued to insist that …")', () => {
    const body = 'Trump continued to insist that he would win the state in November.';
    expect(read(body, CLINTON).map((a) => a.cue)).toEqual(['continued']);
  });

  it('reports nothing for a later deed ("who went on to lose", not "went on to say")', () => {
    const body =
      'The party nominated Sen. Barry Goldwater, who went on to lose almost as disastrously as McGovern did. ' +
      'Clinton went on to say that the plan was dangerous.';
    expect(
      read(body, CLINTON)
        .filter((a) => a.cue === 'went on')
        .map((a) => a.text),
    ).toEqual(['that the plan was dangerous']);
  });

  it('reports nothing for turning up ("showed up in Portland to hear Johnson")', () => {
    const body =
      'Roy Hermann, who caucused for Sanders, showed up in Portland to hear Johnson speak on Tuesday.';
    expect(read(body, CLINTON)).toEqual([]);
  });

  it('reports nothing for a comparison ("a rate not seen since the 1960s")', () => {
    const body =
      'The court delivered liberal decisions at a rate not seen since the famously liberal court of the 1960s.';
    expect(read(body, CLINTON)).toEqual([]);
  });

  it('reports nothing for a comparison of figures ("14 percent … compared to Clinton’s 76 percent")', () => {
    const body =
      'Trump holds only 14 percent of the Latino vote compared to Hillary Clinton’s 76 percent in the state.';
    expect(read(body, CLINTON).filter((a) => a.cue === 'compared')).toEqual([]);
  });

  it('keeps a comparison someone draws ("She also compared Trump to …")', () => {
    const body =
      'She also compared Trump to Democratic presidential candidate Hillary Clinton in a column on Monday.';
    expect(read(body, CLINTON).map((a) => a.cue)).toEqual(['compared']);
  });

  it('reports nothing for keeping a lead ("Rubio still maintains an overwhelming lead"), not for "maintained that"', () => {
    const body =
      'Rubio still maintains an overwhelming lead in congressional endorsements. Sanders has maintained that the ' +
      'guest-worker provision in that bill was a mistake.';
    expect(read(body, CLINTON).map((a) => a.text.slice(0, 8))).toEqual(['that the']);
  });

  it('reports nothing for an adjective ("Given the expected international fallout")', () => {
    const body =
      'Given the expected international fallout and questions of legality, the government had been stalling on ' +
      'implementation.';
    expect(read(body, CLINTON)).toEqual([]);
  });
});

describe('a quotation in title case', () => {
  it('names a book, not anyone’s words ("whose 2005 book ‘‘TrumpNation: The Art of Being the Donald’’")', () => {
    const body =
      "Timothy O'Brien, whose 2005 book ''TrumpNation: The Art of Being the Donald,'' prompted a $5 billion " +
      'lawsuit, said little.';
    expect(read(body, CLINTON).filter((a) => a.text.startsWith('TrumpNation'))).toEqual([]);
  });

  it('names a show ("is now host of “The Nightly Show with Larry Wilmore.”")', () => {
    const body =
      'He worked on the Daily Show with Jon Stewart. He is now host of “The Nightly Show with Larry Wilmore.”';
    expect(read(body, CLINTON)).toEqual([]);
  });

  it('is a name given when a word of naming comes before it ("signs calling Christie “New Jersey’s Biggest Loser”")', () => {
    const body =
      'Protesters stood in the snow, holding signs calling Christie “New Jersey’s Biggest Loser,” as he spoke.';
    expect(read(body, CLINTON).map((a) => a.text)).toEqual(['New Jersey’s Biggest Loser,']);
  });

  it('is a headline’s quotation when the words before it are capitalised too', () => {
    const body = 'Guns Are ‘The Ultimate Public Health Crisis,’ Says Surgeon\n\nThe surgeon spoke on Monday.';
    expect(read(body, CLINTON).some((a) => a.text.startsWith('The Ultimate'))).toBe(true);
  });
});

describe('a quotation after a few words and a comma', () => {
  it('is the quote of the tag among those words ("a woman asked for a photo and Clinton said, “…”")', () => {
    const body =
      'At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”';
    const got = read(body, CLINTON);
    expect(got.filter((a) => a.text.startsWith('as long as')).map((a) => [a.cue, a.speaker])).toEqual([
      ['said', 'Hillary Clinton'],
    ]);
    expect(got.filter((a) => a.cue === 'asked').map((a) => a.text)).toEqual(['for a photo']);
  });

  it('is the second verb’s when the same speaker goes on ("Hayek confirmed she had been and said, “…”")', () => {
    const body =
      'Hayek confirmed she had been and said, “America has a very severe problem with discrimination that we try ' +
      'to overlook.”';
    const specs: EntitySpec[] = [
      { id: 'h', name: 'Salma Hayek', type: 'person', forms: ['Salma Hayek', 'Hayek'] },
    ];
    expect(read(body, specs).map((a) => [a.cue, a.text.slice(0, 12)])).toEqual([
      ['confirmed', 'she had been'],
      ['said', 'America has '],
    ]);
  });

  it('stays the first verb’s when the second is joined right after it ("he laughed and said, “We’ll see.”")', () => {
    const body =
      'Asked if Clinton would hold a press conference, Trump laughed and said, “We’ll see what happens then.”';
    expect(read(body, CLINTON).filter((a) => a.text.startsWith('We’ll see')).length).toBe(1);
  });
});
