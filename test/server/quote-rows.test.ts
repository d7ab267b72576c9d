// GET /api/quotes names where and when each quote was said: its article's outlet, date and title beside the id.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnalysis, plainArticle } from '../../src/model/index.js';
import { createApp } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { nullAnalyzer } from './seed-store.js';

const store = new SqliteStore(':memory:');
const app = createApp({ store, analyzer: nullAnalyzer });

beforeAll(async () => {
  const said = (id: string, outlet: string | null, published: string | null) => {
    const body = 'Harbour master Marit Olsen said the east pier would reopen in spring.';
    return {
      article: plainArticle({
        id,
        source: `mem/${id}.txt`,
        outlet,
        published,
        title: `East pier ${id}`,
        body,
      }),
      analysis: {
        ...emptyAnalysis(),
        quotes: [
          {
            start: 32,
            end: body.length - 1,
            text: body.slice(32, -1),
            kind: 'indirect' as const,
            speaker: 'Marit Olsen',
            speakerEntity: null,
            via: null,
          },
        ],
      },
    };
  };
  await store.putArticles([
    said('a100000000000001', 'Harbour Gazette', '2026-11-05T08:00:00Z'),
    said('a100000000000002', null, null),
  ]);
});
afterAll(async () => {
  await store.close();
});

describe('GET /api/quotes', () => {
  it("gives each quote its article's outlet, date and title, keeping the fields it had", async () => {
    const res = await app.request('/api/quotes?speaker=Olsen');
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      article: 'a100000000000001',
      speaker: 'Marit Olsen',
      kind: 'indirect',
      text: 'the east pier would reopen in spring',
      outlet: 'Harbour Gazette',
      published: '2026-11-05T08:00:00Z',
      title: 'East pier a100000000000001',
    });
    expect(Object.keys(items[0])).toEqual(
      expect.arrayContaining(['id', 'speaker_entity', 'via', 'start', 'end']),
    );
    expect(items[1]).toMatchObject({ article: 'a100000000000002', outlet: null, published: null });
  });
});
