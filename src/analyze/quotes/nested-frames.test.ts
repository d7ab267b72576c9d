import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A frame reported inside another frame's content (pairing31): the outer speaker keeps what they said, the inner
// frame stays its own. Sentences from PolNeAR train, names kept.
const PEOPLE: EntitySpec[] = [
  { id: 'tc', name: 'Ted Cruz', type: 'person', forms: ['Cruz'] },
  { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
  { id: 'ss', name: 'Sallie Sherry', type: 'person', forms: ['Ms. Sherry'] },
];

describe('a content that opens on a pronoun and "and" before the inner frame\'s subject', () => {
  it('stays the outer speaker\'s ("Cruz said both he and Rubio promised …")', () => {
    const body =
      'Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal ' +
      'immigrants.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants',
      speaker: 'Ted Cruz',
    });
  });

  it('stays the outer speaker\'s ("Ms. Sherry said she and her female peers jokingly referred to …")', () => {
    const body =
      "At Bear Stearns, Ms. Sherry said she and her female peers jokingly referred to themselves as ''The Glass " +
      "Ceiling Club.''";
    const got = attributionsMarked(body, PEOPLE);
    expect(
      got.some((a) => a.speaker === 'Sallie Sherry' && a.text.startsWith('she and her female peers')),
    ).toBe(true);
  });
});

describe('a relative clause on the subject of a verb of speech', () => {
  const sourceOf = (body: string, content: string): string | null => {
    const a = findAttributions(body, [], []).attributions.find((x) => x.text.startsWith(content));
    return a?.source ? body.slice(a.source.start, a.source.end) : null;
  };

  it('gives the noun it tells of, not its object ("advisers who have run the numbers argue")', () => {
    const body =
      "Senior campaign advisers who have run the numbers argue that by month's end, Clinton will have " +
      'accumulated roughly 90 percent of the delegates needed.';
    expect(sourceOf(body, "that by month's end")).toBe('Senior campaign advisers who have run the numbers');
  });

  it('reads a capitalised noun opening the sentence ("People who were at the meeting say")', () => {
    const body = 'People who were at the meeting say that it was tense.';
    expect(sourceOf(body, 'that it was tense')).toBe('People who were at the meeting');
  });

  it('leaves a conjunction out of the phrase ("But some who advocate free speech argue")', () => {
    const body = 'But some who advocate free speech argue that relying on companies is a mistake.';
    expect(sourceOf(body, 'that relying')).toBe('some who advocate free speech');
  });
});

describe('a relative clause on the subject of a later frame', () => {
  it('ends where that frame\'s verb begins ("Officials who have seen the report say that …")', () => {
    const body = 'Officials who have seen the report say that it is damning.';
    const texts = findAttributions(body, [], []).attributions.map((a) => a.text);
    expect(texts).toContain('that it is damning');
  });

  it('ends before the main clause\'s verb ("Beck, who supported Cruz …, last week said …")', () => {
    const beck: EntitySpec[] = [
      { id: 'gb', name: 'Glenn Beck', type: 'person', forms: ['Beck'] },
      { id: 'tc', name: 'Ted Cruz', type: 'person', forms: ['Sen. Ted Cruz'] },
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
    ];
    const body =
      'Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump during the Republican ' +
      'presidential primaries, last week said Trump was seeking to start either a rebellious movement or a media ' +
      'empire.';
    const got = attributionsMarked(body, beck);
    expect(got.some((a) => a.text.includes('virulently opposed'))).toBe(true);
    expect(got.some((a) => a.text.includes('virulently opposed') && a.text.includes('last week said'))).toBe(
      false,
    );
  });
});

describe('a listener and where they were told, before the clause', () => {
  it('reads the clause after "told a Planned Parenthood gathering in Washington"', () => {
    const people: EntitySpec[] = [
      { id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton'] },
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] },
    ];
    const body =
      'Presumptive Democratic presidential nominee Hillary Clinton told a Planned Parenthood gathering in ' +
      'Washington she will protect reproductive rights while her opponent, Donald Trump, wants to “take America ' +
      'backward.”';
    const got = attributionsMarked(body, people);
    expect(
      got.some(
        (a) => a.speaker === 'Hillary Clinton' && a.text.startsWith('she will protect reproductive rights'),
      ),
    ).toBe(true);
  });
});
