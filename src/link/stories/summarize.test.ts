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

  it('names a story by the headline its other articles bear out, not by a side piece that names everyone', () => {
    const article = (id: string, published: string, title: string, body: string): StoryDoc => ({
      id,
      outlet: id,
      lang: 'en',
      title,
      body,
      published,
    });
    const s = summarizeStory([
      // The earliest, with the longest headline: it names the singer, the label, its owner and the awards, but its
      // angle (a quarrel between the partners) is its own.
      article(
        'side',
        '2031-03-01',
        'Harbour Lights boss Dorian Vance reportedly furious with partner Mel Ostrow amid Nina Calder masters feud before Meridian Awards: sources',
        'Harbour Lights Records owner Dorian Vance is said to be furious with his partner Mel Ostrow, sources say. Vance and Ostrow bought Harbour Lights and with it the masters of Nina Calder, who has feuded with Vance over them. Calder will sing at the Meridian Awards.',
      ),
      article(
        'wire',
        '2031-03-02',
        'Nina Calder cleared to sing her old hits at the Meridian Awards',
        'Nina Calder may sing her old hits at the Meridian Awards. Calder had said Dorian Vance, whose Harbour Lights Records holds her masters, blocked her. The feud between Calder and Vance over the Harbour Lights masters has run for months; Vance bought Harbour Lights last year.',
      ),
      article(
        'paper',
        '2031-03-02',
        'Calder to sing old hits at Meridian Awards after label deal',
        'Nina Calder will sing her old hits at the Meridian Awards on Sunday. Harbour Lights Records and Calder reached a deal, the show said. Calder has feuded with Dorian Vance, the Harbour Lights boss, over her masters since Vance bought the label.',
      ),
    ]);
    expect(s.title).toBe('Nina Calder cleared to sing her old hits at the Meridian Awards');
  });

  it('lets a shared short name stand rather than fold it into one page leftover that runs it into another name', () => {
    const doc = (id: string, names: string[]): StoryDoc => ({
      id,
      outlet: id,
      lang: 'en',
      title: null,
      body: 'Astronomers saw vapour over the moon.',
      published: null,
      entities: names.map((name) => ({ name, type: 'place' as const })),
    });
    const s = summarizeStory([
      // One page's tagger ran a probe and a moon into one name, and two planets into another.
      doc('a', ['Titan', 'Cassini Titan', 'Venus and Mars', 'Ilse Marrow']),
      doc('b', ['Titan', 'Venus', 'Ilse Marrow']),
      doc('c', ['Titan', 'Venus', 'Marrow']),
    ]);
    expect(s.keyEntities).toEqual(['Ilse Marrow', 'Titan', 'Venus']);
  });

  it('leaves out of its key entities the words a hyphen made modifiers, and the first word of a named day', () => {
    const article = (id: string, body: string, names?: string[]): StoryDoc => ({
      id,
      outlet: id,
      lang: 'en',
      title: null,
      body,
      published: '2031-11-28',
      entities: names?.map((name) => ({ name, type: 'other' as const })),
    });
    const bodies = [
      'The Corvel-based chain Tessaly Freight cut prices for Gleam Friday at Harrow Mall. Oscar-winning actor Pak Mei-ling opened the Gleam Friday sale in Dunmore Tuesday; Dunmore police closed two streets.',
      'Tessaly Freight, a Corvel-based chain, said Gleam Friday crowds at Harrow Mall were the largest yet. Pak Mei-ling, whose Oscar-winning film was shot in Dunmore, signed posters for Gleam Friday shoppers in Dunmore.',
    ];
    // As the entity stage tagged them: the modifiers as names, and "Gleam" without the weekday it dropped.
    const tagged = summarizeStory(
      bodies.map((b, i) =>
        article(`t${i}`, b, [
          'Corvel-based',
          'Tessaly Freight',
          'Gleam',
          'Harrow Mall',
          'Oscar-winning',
          'Pak Mei-ling',
          'Dunmore',
        ]),
      ),
    );
    expect(tagged.keyEntities).toEqual(['Tessaly Freight', 'Harrow Mall', 'Pak Mei-ling', 'Dunmore']);
    // Without the entity stage the capitalised runs give the same leftovers ("Gleam" split at the weekday).
    const found = summarizeStory(bodies.map((b, i) => article(`f${i}`, b)));
    expect(found.keyEntities).toEqual(['Tessaly Freight', 'Harrow Mall', 'Pak Mei-ling', 'Dunmore']);
  });

  it('returns an empty summary for no articles', () => {
    expect(summarizeStory([])).toEqual({ title: null, keyEntities: [], first: null, last: null });
  });
});
