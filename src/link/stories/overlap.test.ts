import { describe, expect, it } from 'vitest';
import { type MainNamesFound, mainNamesOn, type PeopleFound, peopleOn } from './overlap.js';

const names = () => ({ coverage: -1, protagonist: -1, lead: -1 }) as MainNamesFound;
const people = () => ({ none: -1, coverage: -1, stranger: -1 }) as PeopleFound;

describe('mainNamesOn', () => {
  const top = [
    { key: 'okafor', score: 4, idf: 2 },
    { key: 'lagos', score: 2, idf: 1 },
    { key: 'ferry', score: 2, idf: 1 },
  ];

  it('reads coverage, the two main names on the other side and their prominence there', () => {
    const out = names();
    // The other side names Okafor (weight 0.5) and the ferry, not Lagos; its own main name scores 2.
    mainNamesOn(
      top,
      new Map([
        ['okafor', 0.5],
        ['ferry', 1],
      ]),
      { key: 'ferry', score: 2, idf: 1 },
      out,
    );
    expect(out.coverage).toBeCloseTo(6 / 8);
    expect(out.lead).toBe(1);
    expect(out.protagonist).toBeCloseTo(Math.min(1, (0.5 * 2) / 2) / 2);
  });

  it('reads nothing for an empty list, and no prominence without the other side main name', () => {
    const out = names();
    mainNamesOn([], new Map([['okafor', 1]]), undefined, out);
    expect(out).toEqual({ coverage: 0, protagonist: 0, lead: 0 });
    mainNamesOn(top, new Map([['okafor', 1]]), undefined, out);
    expect(out.coverage).toBeCloseTo(0.5);
    expect(out.lead).toBe(1);
    expect(out.protagonist).toBe(0);
  });
});

describe('peopleOn', () => {
  const own = new Map([
    ['okafor', 3],
    ['mensah', 1],
  ]);

  it('reads whether the other side names any of the people, the share it names and the stranger', () => {
    const out = people();
    peopleOn(['okafor', 'mensah'], own, new Map([['mensah', 1]]), [], out);
    expect(out).toEqual({ none: 0, coverage: 1 / 4, stranger: 1 });
    peopleOn(['okafor', 'mensah'], own, new Map([['okafor', 2]]), [], out);
    expect(out).toEqual({ none: 0, coverage: 3 / 4, stranger: 1 / 3 });
    peopleOn(['okafor', 'mensah'], own, new Map([['harbour', 1]]), [], out);
    expect(out).toEqual({ none: 1, coverage: 0, stranger: 1 });
  });

  it('reads a namesake the other side names as a person it does not name', () => {
    const out = people();
    peopleOn(['okafor', 'mensah'], own, new Map([['okafor', 2]]), ['okafor'], out);
    expect(out).toEqual({ none: 1, coverage: 0, stranger: 1 });
  });

  it('reads nothing when the side names no people', () => {
    const out = people();
    peopleOn([], own, new Map([['okafor', 1]]), [], out);
    expect(out).toEqual({ none: 0, coverage: 0, stranger: 0 });
  });
});
