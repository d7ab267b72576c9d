import { describe, expect, it } from 'vitest';
import { looksLikeClause } from './attribute/words.js';
import { contentsAndCues, type EntitySpec } from './test-helpers.js';

// What a verb of evidence or writing reports is a clause when the words after it read as one (outer38): a title's
// dot and a contracted negative auxiliary no longer hide the clause's verb. Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
  { id: 'l', name: 'Ines Lund', type: 'person', forms: ['Ines Lund', 'Lund'] },
];

const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('looksLikeClause', () => {
  it("reads past a title's dot or an initial's to the verb", () => {
    expect(looksLikeClause(' Mr. Varga is losing ground in the north')).toBe(true);
    expect(looksLikeClause(' Dr. Lund will not run again')).toBe(true);
    expect(looksLikeClause(' U.S. troops would stay another year')).toBe(true);
  });

  it('still stops at a sentence end', () => {
    expect(looksLikeClause(' the new ferry schedule. Then it was over')).toBe(false);
  });

  it("takes a contracted negative auxiliary for a verb (hadn't, wouldn't, couldn't)", () => {
    expect(looksLikeClause(' Varga hadn’t meant the remark seriously')).toBe(true);
    expect(looksLikeClause(" the council wouldn't back the plan")).toBe(true);
    expect(looksLikeClause(' the mayor couldn’t find the money')).toBe(true);
  });
});

describe('a verb of evidence or suggestion before a clause', () => {
  it('reports a clause whose subject holds a title ("suggest Mr. Varga is …")', () => {
    expect(contents('The new figures suggest Mr. Varga is losing ground in the north.')).toContainEqual({
      text: 'Mr. Varga is losing ground in the north',
      cue: 'suggest',
    });
  });

  it('reports a clause whose verb is a contracted negative ("suggested Varga hadn’t meant …")', () => {
    expect(contents('Lund suggested Varga hadn’t meant the remark seriously.')).toContainEqual({
      text: 'Varga hadn’t meant the remark seriously',
      cue: 'suggested',
    });
  });
});
