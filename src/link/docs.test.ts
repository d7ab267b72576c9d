import { describe, expect, it } from 'vitest';
import { LINE_ABOVE_ARTICLE } from '../extract/index.js';
import { plainArticle } from '../model/index.js';
import type { StoredArticle } from '../store/types.js';
import { storyDocOf } from './docs.js';

const stored = (captions: string[], above: string[] = captions): StoredArticle => ({
  ...plainArticle({
    id: 'a1',
    source: 'dump.txt',
    title: 'Klitschko keeps his belts',
    body: 'The champion won in Bern on Saturday night.',
    captions,
    removed: above.map((text) => ({ text, reason: LINE_ABOVE_ARTICLE })),
  }),
  story: null,
  analysis: {
    sentences: [],
    mentions: [],
    entities: [
      { id: 'e1', name: 'Bern', type: 'place', aliases: [], roles: [] },
      { id: 'e2', name: 'Tony Thompson', type: 'person', aliases: [], roles: [], captionOnly: true },
    ],
    quotes: [],
    citations: [],
  } as unknown as StoredArticle['analysis'],
  seq: 1,
  ingestedAt: '2026-12-05T00:00:00Z',
});

describe('storyDocOf', () => {
  it('gives the story linker the deck cleaning set aside from above the first paragraph, not other captions', () => {
    const doc = storyDocOf(stored(['Wladimir Klitschko stops Tony Thompson in six rounds']));
    expect(doc.body).toContain('The champion won in Bern');
    expect(doc.body).toContain('stops Tony Thompson in six rounds');
    expect(doc.entities).toEqual([{ name: 'Bern', type: 'place' }]);
    expect(storyDocOf(stored([])).body).toBe('The champion won in Bern on Saturday night.');
    // A web page's figure caption, or a credited photo caption inside the text: not read.
    const figure = storyDocOf(stored(['Image copyright Getty Images: the crowd in Bern'], []));
    expect(figure.body).toBe('The champion won in Bern on Saturday night.');
  });
});
