import { describe, expect, it } from 'vitest';
import { type StoryDoc, summarizeStory } from './index.js';
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
    // No headline given: the story is named by the opening line its articles share most.
    expect(s.title).toBe('Russian President warns against any foreign interference in Belarus');
    expect(s.first).toBe('2020-09-02');
    expect(s.last).toBe('2020-09-02');
    expect(s.keyEntities).toContain('Alexander Lukashenko');
    expect(s.keyEntities).toContain('Vladimir Putin');
  });

  it('is the same whatever order the articles were linked in (several workers link in orders of their own)', () => {
    const docs = seedDocs();
    const forward = summarizeStory(docs);
    for (let shift = 1; shift < docs.length; shift++) {
      const turned = [...docs.slice(shift), ...docs.slice(0, shift)];
      expect(summarizeStory(turned)).toEqual(forward);
      expect(summarizeStory([...turned].reverse())).toEqual(forward);
    }
  });

  it('names a story with no headline by its most central lede, cut at a word', () => {
    let n = 0;
    const lede = (body: string): StoryDoc => ({
      id: `d${n++}`,
      outlet: null,
      lang: 'en',
      title: null,
      body,
      published: null,
    });
    const s = summarizeStory([
      lede('Markets fell in Jakarta on Wednesday. The earthquake in Aceh weighed on insurers.'),
      lede(
        'An earthquake struck Aceh in Indonesia on Tuesday, injuring dozens. Rescue teams searched homes in Aceh.',
      ),
      lede(
        'An earthquake struck Aceh province in Indonesia, injuring dozens of people. The earthquake damaged homes.',
      ),
    ]);
    expect(s.title).toMatch(/^An earthquake struck Aceh .*injuring dozens/);
    const sentence =
      'Rescue teams in the Indonesian province of Aceh searched through the rubble of hundreds of collapsed homes on Wednesday for survivors of the earthquake.';
    const long = summarizeStory([lede(`${sentence} More follows.`)]);
    expect(long.title).toMatch(/…$/);
    expect(long.title!.length).toBeLessThanOrEqual(100);
    expect(sentence.startsWith(`${long.title!.slice(0, -1)} `)).toBe(true);
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
