import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// The noun phrase opening a verb's clause, read whole with its aside or relative clause when the other subject
// searches find nothing (np38, issue #5; attribute/opening-subjects.ts). Invented sentences.
const ROE: EntitySpec = { id: 'roe', name: 'Jane Roe', type: 'person', forms: ['Jane Roe', 'Roe'] };
const DOE: EntitySpec = { id: 'doe', name: 'John Doe', type: 'person', forms: ['John Doe', 'Doe'] };

const read = (body: string, specs: EntitySpec[] = [ROE, DOE]): [string, string | null, string | null][] => {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => [
    body.slice(a.cue?.start ?? 0, a.cue?.end ?? 0),
    a.source ? body.slice(a.source.start, a.source.end) : null,
    a.speaker,
  ]);
};

describe('the phrase opening the clause, past a comma aside (np38)', () => {
  it('holds a stance with its aside ("Farmers in the valley, including …, have opposed")', () => {
    // The group speaks through the member its aside names (named41, attribute/included-members.ts).
    const body = 'Farmers in the valley, including Jane Roe, have opposed the new dam.';
    expect(read(body)).toContainEqual(['opposed', 'Farmers in the valley, including Jane Roe', 'Jane Roe']);
  });

  it('is not the subject of a passive ("Roe and Doe are each viewed favorably")', () => {
    const body = 'Roe and Doe are each viewed favorably by most voters in the district.';
    expect(read(body)).toEqual([]);
  });

  it('does not run on to a verb inside its relative clause ("everybody who retires and begins to want")', () => {
    const body = 'Yet everybody who retires and begins to want a bigger pension will be disappointed.';
    expect(read(body)).toEqual([]);
  });
});

describe('the phrase opening the clause, over a nameless phrase found inside it (np38)', () => {
  it('takes the noun before a relative clause, not the clause\'s object ("Residents who live near the plant")', () => {
    const body = 'Residents who live near the old plant have long opposed the expansion.';
    expect(read(body)).toContainEqual(['opposed', 'Residents who live near the old plant', null]);
  });

  it('takes the noun before a participle phrase ("Several clerks handling the ballots")', () => {
    const body = "Several clerks handling the county's ballots have opposed the recount.";
    expect(read(body)).toContainEqual(['opposed', "Several clerks handling the county's ballots", null]);
  });
});

describe('the opening phrase, read with the word facts kept from earlier articles (cspeed46)', () => {
  // nounWord's answers are kept by word across articles: what one article finds must not depend on what was read
  // before it.
  const first = 'Farmers in the valley, including Jane Roe, have opposed the new dam.';
  const second = 'Residents who live near the old plant have long opposed the expansion, and Doe agreed.';
  const third = 'Several judges handling the valley lawsuits have backed the farmers.';
  it('finds the same in each article whatever order they are read in', () => {
    const forward = [first, second, third].map((b) => read(b));
    const backward = [third, second, first].map((b) => read(b)).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]).toContainEqual(['opposed', 'Farmers in the valley, including Jane Roe', 'Jane Roe']);
  });
});
