import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, listedMarked, personSpec } from './test-helpers.js';

// Reported speech the finder missed or ran on (recall60). Invented sentences.
const PEOPLE: EntitySpec[] = [
  personSpec('nv', 'Nora Vance', 'Vance'),
  personSpec('pd', 'Paul Dorsey', 'Dorsey'),
];

describe('"said her …" before a verb in the present (recall60)', () => {
  it('reads "her" as the owner of the reported subject, not a listener', () => {
    const body = 'Nora Vance spoke in Dayton. Dorsey said her housing plan ignores renters.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'her housing plan ignores renters',
      speaker: 'Paul Dorsey',
    });
  });

  it('reads a longer phrase before the verb ("her package of measures reaches …")', () => {
    const body = 'Dorsey said her package of measures reaches too few families.';
    expect(listedMarked(body, PEOPLE)).toContainEqual([
      'her package of measures reaches too few families',
      'Paul Dorsey',
    ]);
  });

  it('reports nothing where "her" owns a plural object ("said her thanks to the volunteers")', () => {
    expect(attributionsMarked('Vance said her thanks to the volunteers and left.', PEOPLE)).toEqual([]);
    expect(attributionsMarked('Vance said her prayers at the chapel.', PEOPLE)).toEqual([]);
  });
});

describe('an "as X noted" aside opening a clause joined after a comma (recall60)', () => {
  it('reports the clause after the aside (", and as Vance noted, …")', () => {
    const body = 'The fines are small, and as Vance noted, the board could still revoke the permits.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'the board could still revoke the permits',
      speaker: 'Nora Vance',
    });
  });

  it('reports the clause after the aside (", but as Dorsey pointed out, …")', () => {
    const body =
      'The hall was booked for a week, but as Dorsey pointed out, only forty people came on the first night.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'only forty people came on the first night',
      speaker: 'Paul Dorsey',
    });
  });
});

describe('a frame in an opening "While …" clause ends where a main clause in the present begins (recall60)', () => {
  it('ends before "…, his office carves out …"', () => {
    const body = 'While Vance has often said she opposes new tolls, her office plans a fee on the bridge.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'she opposes new tolls',
      speaker: 'Nora Vance',
    });
  });

  it('ends before "…, another counts …"', () => {
    const body = 'While one survey says the town has 4,000 renters, another counts about 3,100.';
    expect(attributionsMarked(body, PEOPLE).map((a) => a.text)).toContain('the town has 4,000 renters');
  });

  it('runs on over a list whose plural noun is no verb ("…, the party leaders and …")', () => {
    const body =
      'While Dorsey said support among delegates, the party leaders and officials who vote first, was weak, Vance won.';
    expect(attributionsMarked(body, PEOPLE).map((a) => a.text)).not.toContain('support among delegates');
  });
});

describe('"another" before a verb in the present speaks (recall60)', () => {
  it('reads "…, and another says …" as a second statement', () => {
    const body = 'One study says the river rose two feet, and another says it rose three.';
    expect(attributionsMarked(body, PEOPLE).map((a) => a.text)).toEqual([
      'the river rose two feet',
      'it rose three',
    ]);
  });

  it('reads "Another has said …" opening its sentence', () => {
    const body = 'One aide denied the report. Another has said the memo was shredded.';
    expect(attributionsMarked(body, PEOPLE).map((a) => a.text)).toContain('the memo was shredded');
  });

  it('leaves the writer\'s "one has to …" alone', () => {
    expect(
      attributionsMarked('Still, one has to feel bad for the staff who keep the hall open.', PEOPLE),
    ).toEqual([]);
  });
});

describe('an "As X observed," aside with a verb of remarking (recall60)', () => {
  it('reports the clause after "As Vance observed,"', () => {
    const body = 'As Vance observed, the county has not built a school in ten years.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'the county has not built a school in ten years',
      speaker: 'Nora Vance',
    });
  });

  it('reports the clause after "As Dorsey recalled in May,"', () => {
    const body = 'As Dorsey recalled in May, the mill closed the week after the vote.';
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'the mill closed the week after the vote',
      speaker: 'Paul Dorsey',
    });
  });
});
