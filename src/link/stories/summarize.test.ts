import { describe, expect, it } from 'vitest';
import { summarizeStory } from './index.js';
import { fixtureDoc, seedDocs } from './test-docs.js';

describe('summarizeStory', () => {
  it('names a story by the headline its articles share most, and spans its dates', () => {
    const docs = ['quake-nepal-1', 'quake-nepal-2'].map(fixtureDoc);
    const s = summarizeStory(docs);
    expect(docs.map((d) => d.title)).toContain(s.title);
    expect(s.first).toBe('2015-04-25');
    expect(s.last).toBe('2015-04-26');
    expect(s.keyEntities).toContain('Kathmandu');
    expect(s.keyEntities).toContain('Sushil Koirala');
  });

  it('finds the seed story key people without an entity stage, and copes with undated articles', () => {
    const s = summarizeStory(seedDocs());
    expect(s.title).toBeNull();
    expect(s.first).toBe('2020-09-02');
    expect(s.last).toBe('2020-09-02');
    expect(s.keyEntities).toContain('Alexander Lukashenko');
    expect(s.keyEntities).toContain('Vladimir Putin');
  });

  it('prefers canonical entity names when the entity stage gave them', () => {
    const [a, b] = ['rehab-lohan-1', 'rehab-lohan-2'].map(fixtureDoc);
    const s = summarizeStory([
      {
        ...a,
        entities: [
          { name: 'Lindsay Lohan', type: 'person' },
          { name: 'Betty Ford Center', type: 'organization' },
        ],
      },
      {
        ...b,
        entities: [
          { name: 'Lindsay Lohan', type: 'person' },
          { name: 'Mark Heller', type: 'person' },
        ],
      },
    ]);
    expect(s.keyEntities).toEqual(['Lindsay Lohan']);
  });

  it('returns an empty summary for no articles', () => {
    expect(summarizeStory([])).toEqual({ title: null, keyEntities: [], first: null, last: null });
  });
});
