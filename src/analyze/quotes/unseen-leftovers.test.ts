import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import {
  type EntitySpec,
  findQuotesMarked,
  listedMarked as listed,
  markEntities,
  sourcedMarked as sourced,
} from './test-helpers.js';

// Readings left wrong on news nobody tunes to (issue #5, the twenty-second session's probes of wire copy, the unseen
// BBC page and a shop page), each written as the outlet would.

/** Each attribution's text and source phrase. */

describe('an outlet reporting a plan ("…, Bloomberg News reported")', () => {
  const bloomberg: EntitySpec[] = [
    { id: 'b', name: 'Bloomberg News', type: 'organization', forms: ['Bloomberg News'] },
  ];

  it('reports the whole clause: a plan is no statement of the company', () => {
    expect(
      sourced('Apple is planning to launch a new iPad next year, Bloomberg News reported.', bloomberg),
    ).toEqual([['Apple is planning to launch a new iPad next year', 'Bloomberg News']]);
  });

  it('and is no channel of itself when it goes on "citing" its sources', () => {
    const body =
      'Apple is planning a foldable iPhone, Bloomberg News reported, citing people familiar with the matter.';
    const { mentions, entities } = markEntities(body, bloomberg);
    const [a] = findAttributions(body, mentions, entities).attributions;
    expect([a.text, a.speaker, a.via]).toEqual([
      'Apple is planning a foldable iPhone',
      'Bloomberg News',
      null,
    ]);
  });
});

describe('witnesses at the scene closing the sentence ("…, Reuters reporters saw.")', () => {
  it('saw what they report', () => {
    expect(sourced('Russian forces moved toward the city overnight, Reuters reporters saw.')).toEqual([
      ['Russian forces moved toward the city overnight', 'Reuters reporters'],
    ]);
    expect(sourced('Smoke rose over the port, a Reuters witness saw.')).toEqual([
      ['Smoke rose over the port', 'a Reuters witness'],
    ]);
  });
});

describe('a document that "read" the quotation before it', () => {
  it('is its source: a statement, a letter, an email', () => {
    expect(sourced('“We will not back down,” the statement read.')).toEqual([
      ['We will not back down,', 'the statement'],
    ]);
    expect(sourced('“We will not back down,” the letter reads.')).toEqual([
      ['We will not back down,', 'the letter'],
    ]);
  });

  it('so is a sign or a banner: its words were put up to be read, and are no one named', () => {
    expect(sourced('“No war,” one sign read.')).toEqual([['No war,', 'one sign']]);
  });
});

describe('a heading with a product name (a shop page: "Samsung Galaxy Note 10 Plus for $840")', () => {
  it('has no verb in the name: "Note" before a model number', () => {
    const body =
      'Samsung Galaxy Note 10 Plus for $840\n\nArguably the best Android phone of 2019, the Note 10 Plus is well designed.';
    expect(sourced(body)).toEqual([]);
  });
});

describe('"she" after a quoted paragraph of the same speaker (the BBC page on Taylor Swift)', () => {
  const swift: EntitySpec[] = [
    { id: 't', name: 'Taylor Swift', type: 'person', forms: ['Taylor Swift', 'Swift'] },
    { id: 'b', name: 'Big Machine', type: 'organization', forms: ['Big Machine'] },
  ];

  it('reaches the frame before the quote that runs on', () => {
    const body =
      'Taylor Swift posted on Twitter accusing Big Machine of trying to stop her.\n\n' +
      '"I just want to be able to perform my own music," she said.\n\n' +
      '"That\'s it. I\'ve tried to work this out privately through my team."\n\n' +
      'She also accused Big Machine of holding back permission to use any music in a documentary.';
    const speakers = findQuotesMarked(body, swift).quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Taylor Swift', 'Taylor Swift', 'Taylor Swift', 'Taylor Swift']);
  });

  it('but not past a name nearer in its own sentence', () => {
    const specs: EntitySpec[] = [
      { id: 'b', name: 'David Byler', type: 'person', forms: ['David Byler', 'Byler'] },
      { id: 'r', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio', 'Rubio'] },
    ];
    const body =
      'As David Byler pointed out in December, "the delegates will have chances to change it."\n\n' +
      '"This will depend on what happens during the primaries."\n\n' +
      "If we are hearing Rubio's strategy correctly when he says he intends to pick up delegates everywhere, " +
      'he will stay in the race.';
    expect(listed(body, specs).find((q) => q[0].startsWith('he intends'))?.[1] ?? null).not.toBe(
      'David Byler',
    );
  });
});

describe('a second verb after a name in an opening phrase ("In a Tumblr post … she described … and accused …")', () => {
  it('is done by the first verb’s subject, not by the platform', () => {
    const specs: EntitySpec[] = [{ id: 't', name: 'Tumblr', type: 'organization', forms: ['Tumblr'] }];
    const body =
      'In a Tumblr post at the time she described this as the "worst case scenario" and accused him of years of ' +
      '"incessant, manipulative bullying".';
    expect(listed(body, specs).map((q) => q[1])).not.toContain('Tumblr');
  });
});
