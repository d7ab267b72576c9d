import { describe, expect, it } from 'vitest';
import { namesakes } from './namesakes.js';

/**
 * One side as namesakes() reads it: its full names, their surnames (all in its headlines unless `head` says which),
 * and its name keys (the full names' words and `alsoNamed`).
 */
const side = (full: string[], alsoNamed: string[] = [], head?: string[]) => {
  const fullPersons = [...new Set(full.map((n) => n.split(' ').at(-1)!))];
  return {
    people: { fullPersons, fullNames: full, headPersons: head ?? fullPersons, headSurnames: [] },
    names: new Map([...full.flatMap((n) => n.split(' ')), ...alsoNamed].map((w) => [w, 1])),
  };
};

const between = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) =>
  namesakes(a.people, a.names, b.people, b.names);

describe('namesakes', () => {
  it('finds a surname given for two people whose given names start with other letters', () => {
    expect(between(side(['nadia okafor', 'tom reyes']), side(['emeka okafor', 'tom reyes']))).toEqual([
      'okafor',
    ]);
  });

  it('reads one person in given names spelled other ways, initials, middle names and titles', () => {
    const one = (a: string, b: string) => between(side([a]), side([b]));
    expect(one('jon harlan', 'john harlan')).toEqual([]);
    expect(one('t harlan', 'tomas harlan')).toEqual([]);
    expect(one('pj harlan', 'j harlan')).toEqual([]);
    expect(one('k dale harlan', 'dale harlan')).toEqual([]);
    expect(one('mrs harlan', 'ruth harlan')).toEqual([]);
    expect(one('bill harlan', 'william harlan')).toEqual([]);
    expect(one('katrin harlan', 'catrin harlan')).toEqual([]);
    expect(one('gulnara harlan', 'kulnara harlan')).toEqual([]);
  });

  it("reads no namesake where a side mentions the other side's given name: two people of one event", () => {
    // The husband's trial, whose article names his wife by her given name only.
    expect(between(side(['victor almeida'], ['rosa']), side(['rosa almeida']))).toEqual([]);
    // An article naming both in full.
    expect(between(side(['victor almeida', 'rosa almeida']), side(['rosa almeida']))).toEqual([]);
  });

  it('reads only the people both headlines name: those named further down may be two people of one event', () => {
    const headlined = side(['nadia okafor', 'tom reyes']);
    expect(between(headlined, side(['emeka okafor'], [], ['reyes']))).toEqual([]);
    expect(between(side(['nadia okafor'], [], []), side(['emeka okafor']))).toEqual([]);
  });

  it('finds none without a full name on both sides', () => {
    expect(between(side([]), side(['rosa almeida']))).toEqual([]);
    expect(between(side(['victor almeida']), side(['rosa pinto']))).toEqual([]);
  });
});
