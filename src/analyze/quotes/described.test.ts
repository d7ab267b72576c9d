import { describe, expect, it } from 'vitest';
import { describedSpeaker, nameIn } from './described.js';

describe('describedSpeaker', () => {
  it('gives a body, poll or official described with a proper name as written, without its determiner', () => {
    expect(describedSpeaker('The Trump campaign', true)).toBe('Trump campaign');
    expect(describedSpeaker('a Bloomberg poll', false)).toBe('Bloomberg poll');
    expect(describedSpeaker('the nonpartisan Congressional Budget Office', false)).toBe(
      'nonpartisan Congressional Budget Office',
    );
    expect(describedSpeaker('A Homeland Security Department official', true)).toBe(
      'Homeland Security Department official',
    );
    expect(describedSpeaker('The nonpartisan Commission on Presidential Debates', true)).toBe(
      'nonpartisan Commission on Presidential Debates',
    );
  });

  it('takes reporters and office holders described with a proper name', () => {
    expect(describedSpeaker('A reporter for USA Today', true)).toBe('reporter for USA Today');
    expect(describedSpeaker('The New York state attorney general', true)).toBe(
      'New York state attorney general',
    );
    // A possessive names its owner even at the start of a sentence.
    expect(describedSpeaker('Connecticut’s tax commissioner', true)).toBe('Connecticut’s tax commissioner');
  });

  it('takes party members, veterans and advocates described with a proper name', () => {
    expect(describedSpeaker('a Nevada Democrat', false)).toBe('Nevada Democrat');
    expect(describedSpeaker('a 2008 Clinton veteran', false)).toBe('2008 Clinton veteran');
    expect(describedSpeaker('Iowa biofuels advocates', false)).toBe('Iowa biofuels advocates');
  });

  it('takes singular and plural office holders and the people of a show or body', () => {
    expect(describedSpeaker('The Vermont senators', true)).toBe('Vermont senators');
    expect(describedSpeaker('the PBS debate moderators', false)).toBe('PBS debate moderators');
    expect(describedSpeaker('the Christie supporter', false)).toBe('Christie supporter');
    expect(describedSpeaker('The NeverTrump faction', true)).toBe('NeverTrump faction');
    expect(describedSpeaker('the New York businessman', false)).toBe('New York businessman');
    expect(describedSpeaker('a CNN tally', false)).toBe('CNN tally');
  });

  it('takes plural spokesmen, filings and statistics, a leadership and a named figure’s fans or confidants', () => {
    expect(describedSpeaker('State Department and Treasury spokesmen', true)).toBe(
      'State Department and Treasury spokesmen',
    );
    expect(describedSpeaker('The SEC filings', true)).toBe('SEC filings');
    expect(describedSpeaker('Census Bureau statistics', false)).toBe('Census Bureau statistics');
    expect(describedSpeaker('The Labour Party leadership', true)).toBe('Labour Party leadership');
    expect(describedSpeaker('Smith fans', true, true)).toBe('Smith fans');
    expect(describedSpeaker('Ms. Jones’s confidants', false)).toBe('Ms. Jones’s confidants');
  });

  it('cuts what follows the head: asides, relative clauses, participles', () => {
    expect(describedSpeaker('A Quinnipiac University poll released in late August', true)).toBe(
      'Quinnipiac University poll',
    );
    expect(describedSpeaker('the Tax Foundation, a conservative think tank', false)).toBe('Tax Foundation');
  });

  it('takes the group out of a share of it, and a possessive determiner off the front', () => {
    expect(describedSpeaker('Two-thirds of Democratic insiders', true)).toBe('Democratic insiders');
    expect(describedSpeaker('of Republican voters', false)).toBe('Republican voters');
    expect(describedSpeaker('her Republican supporters', false)).toBe('Republican supporters');
    expect(describedSpeaker('percent of Republicans', false)).toBeNull();
  });

  it('counts a sentence-opening word that the text knows as a name', () => {
    expect(describedSpeaker('Clinton allies', true, true)).toBe('Clinton allies');
    expect(describedSpeaker('Clinton allies', true, false)).toBeNull();
  });

  it('reads a longer phrase when the head comes early, before its prepositional phrase', () => {
    expect(describedSpeaker('Officials at Homeland Security Investigations', true)).toBe(
      'Officials at Homeland Security Investigations',
    );
    expect(
      describedSpeaker('The Tax Policy Center at the Urban Institute and Brookings Institution', true),
    ).toBe('Tax Policy Center at the Urban Institute and Brookings Institution');
    expect(
      describedSpeaker('the editor of a small weekly paper in rural western North Dakota today', false),
    ).toBeNull();
  });

  it('names no one when the only capital opens the sentence', () => {
    expect(describedSpeaker('Protesters', true)).toBeNull();
    expect(describedSpeaker('Several experts', true)).toBeNull();
    expect(describedSpeaker('the official', false)).toBeNull();
  });

  it('takes a report, a poll "out" on a day, polling and a count named by their maker', () => {
    expect(describedSpeaker('the Rothenberg Political Report', false)).toBe('Rothenberg Political Report');
    expect(describedSpeaker('A Quinnipiac poll out Tuesday', true)).toBe('Quinnipiac poll');
    expect(describedSpeaker('The latest polling in Ohio', true)).toBe('latest polling in Ohio');
    expect(describedSpeaker('The latest Reuters count', true)).toBe('latest Reuters count');
  });

  it('names no one when a finite verb makes the phrase a clause', () => {
    expect(describedSpeaker('Mellman wouldn’t share Biden’s internal polling', true, true)).toBeNull();
    expect(describedSpeaker('Democrats can safely campaign', true, true)).toBeNull();
  });

  it('names no one when the head cannot speak, or the phrase is a clause or a preposition', () => {
    expect(describedSpeaker('the Affordable Care Act', false)).toBeNull();
    expect(describedSpeaker('percent of Republicans', false)).toBeNull();
    expect(describedSpeaker('With Democratic leaders', true)).toBeNull();
    expect(describedSpeaker('the “Remain” campaign', false)).toBeNull();
  });
});

describe('nameIn', () => {
  it('keeps a name as it is', () => {
    expect(nameIn('Maria Zakharova')).toBe('Maria Zakharova');
    expect(nameIn('The Daily Beast')).toBe('The Daily Beast');
    expect(nameIn('NATO')).toBe('NATO');
    expect(nameIn('von der Leyen')).toBe('von der Leyen');
    expect(nameIn('al-Assad')).toBe('al-Assad');
    expect(nameIn('May')).toBe('May');
  });

  it('drops the words a recognizer took with a name', () => {
    expect(nameIn('While Obama')).toBe('Obama');
    expect(nameIn('Even China')).toBe('China');
  });

  it('finds no one in a place made an adjective ("A London-based think tank")', () => {
    expect(nameIn('London-based')).toBeNull();
    expect(nameIn('A London-based')).toBeNull();
    expect(nameIn('Kremlin-backed')).toBeNull();
  });

  it('finds no one in a time, a dateline, a heading in capitals, an adverb or a lone adjective', () => {
    for (const junk of [
      'On Tuesday',
      'Thursday',
      'August',
      'WASHINGTON',
      'VOTERS CARE MORE',
      'Ultimately',
      'Islamic',
      'law',
      '2001',
    ])
      expect(nameIn(junk)).toBeNull();
  });
});

describe('describedSpeaker with words after the head', () => {
  it('finds the head before a participle that leads to a preposition', () => {
    expect(describedSpeaker('one Republican involved in the planning', false)).toBe(
      'Republican involved in the planning',
    );
    expect(describedSpeaker('a source familiar with the Clinton campaign', false)).toBe(
      'source familiar with the Clinton campaign',
    );
  });

  it('names no one with a phrase cut short', () => {
    expect(describedSpeaker('One State Department lawyer involved in the', true)).toBeNull();
    expect(describedSpeaker('Obama visited the court on Friday to', true)).toBeNull();
  });
});

describe('a document, a recording or a finding described with a name', () => {
  it('speaks as written, as a letter or a report does', () => {
    expect(describedSpeaker('Lopez’s new disclosure form', false)).toBe('Lopez’s new disclosure form');
    expect(describedSpeaker('Audit files from Acme Data', true)).toBe('Audit files from Acme Data');
    expect(describedSpeaker('an email from the president of the Harbor Workers Union', false)).toBe(
      'email from the president of the Harbor Workers Union',
    );
    expect(
      describedSpeaker('Early results of an entrance poll of Nevada Democratic caucus-goers', true),
    ).toBe('Early results of an entrance poll of Nevada Democratic caucus-goers');
    expect(describedSpeaker('the campaign’s new TV ads', false)).toBe('campaign’s new TV ads');
  });

  it('names no one when nothing in it is capitalised', () => {
    expect(describedSpeaker('the new disclosure form', false)).toBeNull();
    expect(describedSpeaker('Early results of the count', true)).toBeNull();
  });
});

describe('some of a group set inside it', () => {
  it('gives the group, as a share of it does', () => {
    expect(describedSpeaker('many in the Harbor Party establishment', false)).toBe(
      'Harbor Party establishment',
    );
    expect(describedSpeaker('Others in the Cape Verdean community', true)).toBe('Cape Verdean community');
    expect(describedSpeaker('some within the GOP', false)).toBe('GOP');
  });

  it('names no one when the group has no name', () => {
    expect(describedSpeaker('many in the local community', false)).toBeNull();
  });
});

describe('countries, nations and cities described with a name', () => {
  it('speak as written', () => {
    expect(describedSpeaker('many Nordic countries', false)).toBe('Nordic countries');
    expect(describedSpeaker('the cities of Leeds and York', false)).toBe('cities of Leeds and York');
  });

  it('name no one without a name', () => {
    expect(describedSpeaker('many small countries', false)).toBeNull();
  });
});

describe('a report set between its head and its source by a day', () => {
  it('is the report from that source, the day left out', () => {
    expect(describedSpeaker('a report Tuesday from KXYZ', false)).toBe('report from KXYZ');
  });

  it('and a party’s majority or brass speak as written', () => {
    expect(describedSpeaker('The chamber’s Harbor Party majority', true)).toBe(
      'chamber’s Harbor Party majority',
    );
    expect(describedSpeaker('Maine’s top Democratic brass', false)).toBe('Maine’s top Democratic brass');
  });
});

describe('a person described by where they are from', () => {
  it('speaks as written', () => {
    expect(describedSpeaker('a woman in Dover, Delaware', false)).toBe('woman in Dover');
    expect(describedSpeaker('an exchange student in Vermont', false)).toBe('exchange student in Vermont');
  });

  it('names no one without a name', () => {
    expect(describedSpeaker('a man in the crowd', false)).toBeNull();
  });
});

describe('a named candidate’s challengers', () => {
  it('speak as written', () => {
    expect(describedSpeaker('other Rowe challengers', false)).toBe('Rowe challengers');
  });
});
