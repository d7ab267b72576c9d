import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec } from './test-helpers.js';

// Where a content opens and where it goes on, as PolNeAR marks it (span38): invented sentences in the shapes that
// PolNeAR train pairs at ≥30% but not at ≥80%.
const PEOPLE: EntitySpec[] = [
  { id: 'm', name: 'Dana Moreno', type: 'person', forms: ['Dana Moreno', 'Moreno'] },
  { id: 'k', name: 'Pia Kerr', type: 'person', forms: ['Pia Kerr', 'Kerr'] },
];

/** Each attribution's content and the words of its cue. */
const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a content after a medial aside', () => {
  it('goes on past a place after the verb ("…, the police said in a report, and …")', () => {
    const got = contents(
      'Only one ferry sank last year, the harbor police said in a report, and the harbor stayed open all winter.',
    );
    expect(got).toContainEqual({ text: 'Only one ferry sank last year', cue: 'said' });
    expect(got).toContainEqual({ text: 'and the harbor stayed open all winter', cue: 'said' });
  });

  it('goes on past "because" and "while"', () => {
    expect(
      contents('The mayor backed the plan, Moreno said, because the old pier floods every spring.'),
    ).toContainEqual({ text: 'because the old pier floods every spring', cue: 'said' });
    expect(
      contents(
        'The mayor backed the plan, Moreno said in a radio interview, while the council voted against it.',
      ),
    ).toContainEqual({ text: 'while the council voted against it', cue: 'said' });
  });
});

describe('a possessive "her" after "said"', () => {
  it('opens a clause before an irregular past ("said her editors cut …")', () => {
    expect(contents('Moreno said her editors cut one chapter.')).toContainEqual({
      text: 'her editors cut one chapter',
      cue: 'said',
    });
    expect(contents('Kerr said her aides took the files home after the hearing.')).toContainEqual({
      text: 'her aides took the files home after the hearing',
      cue: 'said',
    });
  });

  it('opens none where "and" joins a second verb of the speaker ("said her goodbyes and left")', () => {
    expect(contents('Moreno said her goodbyes and left the hall.')).toEqual([]);
  });
});

describe('a noun of news or evidence before its "that"', () => {
  it('belongs to the content ("welcomed Kerr’s announcement last week that …", "found little evidence that …")', () => {
    expect(
      contents('Moreno welcomed Kerr’s announcement last week that the city would add two ferries.'),
    ).toContainEqual({
      text: 'Kerr’s announcement last week that the city would add two ferries',
      cue: 'welcomed',
    });
    expect(contents('The audit found little evidence that the ferries lose money.')).toContainEqual({
      text: 'little evidence that the ferries lose money',
      cue: 'found',
    });
  });
});

describe('the object of a verb of stance before a colon', () => {
  it('belongs to the content ("talked about issues …: …", "was hoping to win delegates in …: …")', () => {
    expect(
      contents('Kerr talked about issues facing all commuters: the fares and the late trains.'),
    ).toContainEqual({
      text: 'issues facing all commuters: the fares and the late trains',
      cue: 'talked about',
    });
    expect(
      contents('Moreno was hoping to win delegates in three northern counties: Ashby, Lowell and Dunmore.'),
    ).toContainEqual({
      text: 'to win delegates in three northern counties: Ashby, Lowell and Dunmore',
      cue: 'hoping',
    });
  });

  it('does not hold a clause of its own before the colon ("…, and Kerr answered: “…”")', () => {
    expect(
      contents('Moreno leveled the same charges in May, and Kerr answered: “The ferries are safe.”'),
    ).toContainEqual({ text: 'The ferries are safe.', cue: 'answered' });
  });
});

describe('a relative "that" after a verb\'s object', () => {
  it('leaves the object in the content where a plain verb and an object pronoun follow ("loopholes that benefit others")', () => {
    expect(
      contents('Kerr has attacked tax breaks that benefit others and kept the ones that help her.'),
    ).toContainEqual({
      text: 'tax breaks that benefit others and kept the ones that help her',
      cue: 'attacked',
    });
  });

  it('opens the content at a "that" whose clause has a gerund for its subject ("complained that linking him …")', () => {
    expect(contents('Moreno complained that linking him to the audit was unfair.')).toContainEqual({
      text: 'that linking him to the audit was unfair',
      cue: 'complained',
    });
  });
});
