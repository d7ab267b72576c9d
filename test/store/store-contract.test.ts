// The store contract: the same assertions against SQLite and PostgreSQL, and the same export of the seeds from both.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/analyze/index.js';
import { BoilerplateProfile, extractDocument, observeDocument } from '../../src/extract/index.js';
import type { Analysis, Article, Citation, Quote, RawDocument } from '../../src/model/index.js';
import { emptyAnalysis, plainArticle } from '../../src/model/index.js';
import { exportJson } from '../../src/report/export.js';
import { readSources } from '../../src/sources/index.js';
import { emptyLinkBatch } from '../../src/store/index.js';
import { numbered, PostgresStore, tsQueryText } from '../../src/store/postgres/index.js';
import { SNAPSHOT_CHUNK } from '../../src/store/reuse-snapshot.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { ExportedRows, LinkedKey, Store, StoredArticle } from '../../src/store/types.js';
import {
  collect,
  createTestDatabase,
  EXAMPLES,
  fakeAnalyzer,
  loadLink,
  postgresUnavailable,
  storeBackends,
} from './helpers.js';

const pgSkip = await postgresUnavailable();
if (pgSkip) console.warn(`store contract: PostgreSQL half skipped: ${pgSkip}`);

const backends = storeBackends(pgSkip);

const article = (id: string, over: Partial<Article> = {}): Article =>
  plainArticle({
    id,
    source: `mem/${id}.txt`,
    outlet: 'Press TV',
    title: `Title ${id}`,
    body: `Body of ${id}. Moscow warned Minsk about foreign interference.`,
    paragraphs: [{ text: `Body of ${id}.`, kind: 'paragraph' }],
    removed: [{ text: 'Share', reason: 'share widget' }],
    meta: { zeta: 1, alpha: { b: 2, a: 1 } },
    ...over,
  });

/** The names of claim cores found, sorted. */
const coreNames = (found: { core: string }[]): string[] => found.map((c) => c.core).sort();

const analysisWith = (over: Partial<Analysis>): Analysis => ({ ...emptyAnalysis(), ...over });

/** Ingests like the pipeline does (a window teaches the template profile, then is cleaned), without its link stage. */
async function ingestSeeds(store: Store, analyzer = fakeAnalyzer): Promise<void> {
  const docs: RawDocument[] = [];
  for await (const item of readSources([EXAMPLES])) if (item.kind === 'document') docs.push(item.doc);
  const profile = new BoilerplateProfile();
  for (const raw of docs) observeDocument(profile, raw);
  const items = docs.map((raw) => {
    const a = extractDocument(raw, { profile });
    return { article: a, analysis: analyzer.analyze(a) };
  });
  await store.putArticles(items);
}

describe('postgres helpers', () => {
  it('numbers ? placeholders in order', () => {
    expect(numbered('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)');
  });
  it('turns a search into plain lower-case terms, never tsquery syntax', () => {
    expect(tsQueryText('Putin & !Lavrov | "x"')).toBe('putin lavrov x');
    expect(tsQueryText('&&& !!')).toBeNull();
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(`store contract: ${backend.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ store, dispose } = await backend.open());
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('reports its kind', () => {
      expect(store.kind).toBe(backend.name);
    });

    it('stores a batch, then finds every article again unchanged', async () => {
      const a1 = article('aaaa000000000001', { published: '2020-08-20', outlet: 'Press TV' });
      const a2 = article('aaaa000000000002', { published: '2020-08-19T10:00:00Z', outlet: 'teleSUR' });
      const a3 = article('bbbb000000000003', { published: null, lang: 'ru', title: 'Без даты' });
      const result = await store.putArticles([
        {
          article: a1,
          analysis: analysisWith({
            quotes: [
              {
                start: 0,
                end: 5,
                text: 'Body',
                kind: 'direct',
                speaker: 'Putin',
                speakerEntity: 'e1',
                via: 'TASS',
              },
            ],
            citations: [
              { start: 10, end: 14, name: 'TASS', kind: 'agency', entity: null },
              { start: 20, end: 25, name: 'Putin', kind: 'official', entity: 'e1' },
              { start: 30, end: 34, name: 'tass', kind: 'agency', entity: null },
            ],
          }),
        },
        { article: a2, analysis: null },
        { article: a3, analysis: emptyAnalysis() },
      ]);
      expect(result).toEqual({ inserted: [a1.id, a2.id, a3.id], unchanged: [] });

      const again = await store.putArticles([
        { article: a1, analysis: null },
        { article: { ...a2, id: 'cccc000000000009', source: 'elsewhere.txt' }, analysis: null },
      ]);
      expect(again.inserted).toEqual([]);
      expect(again.unchanged).toEqual([
        { id: a1.id, duplicateOf: a1.id },
        { id: 'cccc000000000009', duplicateOf: a2.id },
      ]);

      const stored = await store.getArticle(a1.id);
      expect(stored).not.toBeNull();
      const { seq, ingestedAt, story, analysis, ...rest } = stored!;
      expect(rest).toEqual(a1);
      expect(Object.keys(rest.meta)).toEqual(['zeta', 'alpha']);
      expect(seq).toBe(1);
      expect(story).toBeNull();
      expect(analysis?.quotes).toHaveLength(1);
      expect(Number.isNaN(Date.parse(ingestedAt))).toBe(false);

      expect((await store.getArticle('bbbb'))?.id).toBe(a3.id);
      expect(await store.getArticle('aaaa')).toBeNull(); // ambiguous prefix
      expect(await store.getArticle('ffffffff')).toBeNull();
    });

    it('rolls a failing batch back entirely', async () => {
      const before = (await store.stats()).articles;
      const bad = { ...article('dddd000000000004'), body: null as unknown as string };
      await expect(
        store.putArticles([
          { article: article('dddd000000000005'), analysis: null },
          { article: bad, analysis: null },
        ]),
      ).rejects.toThrow();
      expect((await store.stats()).articles).toBe(before);
      expect(await store.getArticle('dddd000000000005')).toBeNull();
    });

    it('lists and filters articles, newest first', async () => {
      const all = await store.listArticles();
      expect(all.total).toBe(3);
      expect(all.items.map((a) => a.id)).toEqual([
        'aaaa000000000001',
        'aaaa000000000002',
        'bbbb000000000003',
      ]);
      expect(all.items[0]).toEqual({
        id: 'aaaa000000000001',
        source: 'mem/aaaa000000000001.txt',
        outlet: 'Press TV',
        title: 'Title aaaa000000000001',
        published: '2020-08-20',
        lang: 'en',
        story: null,
        seq: 1,
      });
      expect((await store.listArticles({ outlet: 'teleSUR' })).items.map((a) => a.id)).toEqual([
        'aaaa000000000002',
      ]);
      expect((await store.listArticles({ lang: 'ru' })).total).toBe(1);
      expect((await store.listArticles({ from: '2020-08-20' })).total).toBe(1);
      expect((await store.listArticles({ to: '2020-08-19' })).items.map((a) => a.id)).toEqual([
        'aaaa000000000002',
      ]);
      expect((await store.listArticles({ limit: 1, offset: 1 })).items.map((a) => a.id)).toEqual([
        'aaaa000000000002',
      ]);
    });

    it('searches title and body by whole words, immune to query syntax', async () => {
      expect((await store.listArticles({ search: 'interference' })).total).toBe(3);
      expect((await store.listArticles({ search: 'MOSCOW minsk' })).total).toBe(3);
      expect((await store.listArticles({ search: 'aaaa000000000002' })).items.map((a) => a.id)).toEqual([
        'aaaa000000000002',
      ]);
      expect((await store.listArticles({ search: 'даты' })).total).toBe(1);
      // A search alone lists the newest ingested first.
      expect((await store.listArticles({ search: 'Moscow' })).items.map((a) => a.id)).toEqual([
        'bbbb000000000003',
        'aaaa000000000002',
        'aaaa000000000001',
      ]);
      expect((await store.listArticles({ search: 'Moscow nonexistentword' })).total).toBe(0);
      expect((await store.listArticles({ search: '"); DROP TABLE articles; --' })).total).toBe(0);
      expect((await store.listArticles({ search: '!!! &&' })).total).toBe(0);
    });

    it('iterates in ingest and publication order, filtered by linked', async () => {
      const ids = async (o: Parameters<Store['iterateArticles']>[0]) => {
        const out: string[] = [];
        for await (const a of store.iterateArticles(o)) out.push(a.id);
        return out;
      };
      expect(await ids({ order: 'ingest', batchSize: 2 })).toEqual([
        'aaaa000000000001',
        'aaaa000000000002',
        'bbbb000000000003',
      ]);
      expect(await ids({ order: 'published', batchSize: 1 })).toEqual([
        'aaaa000000000002',
        'aaaa000000000001',
        'bbbb000000000003',
      ]);
      expect(await ids({ linked: true })).toEqual([]);
      expect(await ids({ linked: false, order: 'published' })).toHaveLength(3);
    });

    it('reads the text and date of articles by id for the reuse linker, leaving unknown ids out', async () => {
      const docs = await store.reuseDocs(['bbbb000000000003', 'nope', 'aaaa000000000002']);
      const byId = new Map(docs.map((d) => [d.id, d]));
      expect(docs).toHaveLength(2);
      const stored = await store.getArticle('aaaa000000000002');
      expect(byId.get('aaaa000000000002')).toEqual({
        id: 'aaaa000000000002',
        body: stored?.body,
        published: '2020-08-19T10:00:00Z',
        outlet: 'teleSUR',
      });
      expect(byId.get('bbbb000000000003')?.published).toBeNull();
      expect(await store.reuseDocs([])).toEqual([]);
    });

    it('keeps one saved reuse index: parts longer than a row read back whole, replaced whole, a failed save changes nothing', async () => {
      expect(await store.loadReuseSnapshot()).toBeNull();
      // Longer than a chunk, so that it spans rows; every byte value, so that nothing is read back as text.
      const long = new Uint8Array(SNAPSHOT_CHUNK + 1000).map((_, i) => (i * 7 + (i >> 11)) & 0xff);
      const first = {
        version: 'reuse-index/test 1',
        parts: [
          { name: 'ids', data: new TextEncoder().encode('["a","b"]') },
          { name: 'long', data: long },
          { name: 'empty', data: new Uint8Array(0) },
        ],
      };
      await store.saveReuseSnapshot(first);
      const read = await store.loadReuseSnapshot();
      expect(read?.version).toBe('reuse-index/test 1');
      const parts = new Map(read?.parts.map((p) => [p.name, p.data]));
      expect([...parts.keys()].sort()).toEqual(['empty', 'ids', 'long']);
      expect(new TextDecoder().decode(parts.get('ids'))).toBe('["a","b"]');
      expect(parts.get('empty')?.length).toBe(0);
      expect(Buffer.compare(Buffer.from(parts.get('long')!), Buffer.from(long))).toBe(0);

      const second = {
        version: 'reuse-index/test 2',
        parts: [{ name: 'ids', data: new Uint8Array([1, 2, 3]) }],
      };
      await store.saveReuseSnapshot(second);
      const replaced = await store.loadReuseSnapshot();
      expect(replaced?.version).toBe('reuse-index/test 2');
      expect(replaced?.parts.map((p) => [p.name, [...p.data]])).toEqual([['ids', [1, 2, 3]]]);

      // Two parts of one name collide on the second row: the save fails midway and the one before stays whole.
      const broken = { version: 'reuse-index/test 3', parts: [second.parts[0], second.parts[0]] };
      await expect(store.saveReuseSnapshot(broken)).rejects.toThrow();
      expect(await store.loadReuseSnapshot()).toEqual(replaced);
    });

    it('saves links in one batch and answers every listing from them', async () => {
      const batch = emptyLinkBatch();
      batch.articles = ['aaaa000000000002', 'aaaa000000000001'];
      batch.articleStories = [
        { article: 'aaaa000000000002', story: 's1' },
        { article: 'aaaa000000000001', story: 's2' },
      ];
      batch.stories = [
        {
          id: 's1',
          title: 'Belarus',
          articles: ['aaaa000000000002'],
          outlets: ['teleSUR'],
          first_published: '2020-08-19T10:00:00Z',
          last_published: '2020-08-19T10:00:00Z',
          absorbed: [],
          key_entities: ['Belarus'],
        },
        {
          id: 's2',
          title: 'Putin',
          articles: ['aaaa000000000001'],
          outlets: ['Press TV'],
          first_published: '2020-08-20',
          last_published: '2020-08-20',
          absorbed: [],
          key_entities: [],
        },
      ];
      batch.entities = [
        { id: 'p-putin', name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], roles: ['President'] },
        { id: 'g-belarus', name: 'Belarus', type: 'place', aliases: [], roles: [] },
        { id: 'p-lavrov', name: 'sergei Lavrov', type: 'person', aliases: [], roles: [] },
      ];
      batch.articleEntities = [
        { article: 'aaaa000000000001', local: 'e1', entity: 'p-putin' },
        { article: 'aaaa000000000001', local: 'e2', entity: 'g-belarus' },
        { article: 'aaaa000000000002', local: 'e1', entity: 'g-belarus' },
      ];
      batch.reuse = [
        {
          source_article: 'aaaa000000000002',
          target_article: 'aaaa000000000001',
          source_start: 0,
          source_end: 10,
          target_start: 2,
          target_end: 12,
          text: 'Body of aa',
          similarity: 0.9375,
          direction: 'forward',
          whole_copy: false,
        },
      ];
      batch.claims = [
        {
          id: 'c1',
          text: 'over 80 percent',
          key: 'over-80-percent',
          articles: ['aaaa000000000002', 'aaaa000000000001'],
          outlets: ['Press TV', 'teleSUR'],
          first_article: 'aaaa000000000002',
          first_published: '2020-08-19T10:00:00Z',
          timeline: [
            {
              article: 'aaaa000000000002',
              published: null,
              outlet: 'teleSUR',
              start: 0,
              end: 4,
              text: 'over',
            },
          ],
        },
      ];
      await store.saveLinks(batch);

      // A second batch merges s1 into s2 and replaces the reuse row.
      const second = emptyLinkBatch();
      second.articles = ['bbbb000000000003'];
      second.articleStories = [{ article: 'bbbb000000000003', story: 's2' }];
      second.mergedStories = [{ from: 's1', into: 's2' }];
      second.stories = [
        {
          id: 's2',
          title: 'Putin and Belarus',
          articles: ['aaaa000000000002', 'aaaa000000000001', 'bbbb000000000003'],
          outlets: ['Press TV', 'teleSUR'],
          first_published: '2020-08-19T10:00:00Z',
          last_published: '2020-08-20',
          absorbed: ['s1'],
          key_entities: ['Belarus', 'Vladimir Putin'],
        },
      ];
      second.reuse = [{ ...batch.reuse[0], text: 'Body of aa!', whole_copy: true }];
      await store.saveLinks(second);

      const stats = await store.stats();
      expect(stats).toEqual({
        articles: 3,
        outlets: 2,
        stories: 1,
        entities: 3,
        quotes: 1,
        citations: 3,
        reuse: 1,
        claims: 1,
        unlinked: 0,
        firstPublished: '2020-08-19T10:00:00Z',
        lastPublished: '2020-08-20',
      });

      const s2 = await store.getStory('s2');
      expect(s2).toEqual({
        ...second.stories[0],
        articles: ['aaaa000000000002', 'aaaa000000000001', 'bbbb000000000003'],
      });
      expect((await store.getStory('s1'))?.id).toBe('s2');
      expect(await store.getStory('nope')).toBeNull();
      expect((await store.getArticle('aaaa000000000002'))?.story).toBe('s2');

      const stories = await store.listStories();
      expect(stories.total).toBe(1);
      expect((await store.listStories({ outlet: 'teleSUR' })).total).toBe(1);
      expect((await store.listStories({ outlet: 'Nobody' })).total).toBe(0);
      expect((await store.listStories({ search: 'Moscow', sort: 'spread' })).total).toBe(1);
      expect((await store.listStories({ search: 'nothinglikethis', sort: 'recent' })).total).toBe(0);

      const entities = await store.listEntities();
      expect(entities.items.map((e) => [e.id, e.articles])).toEqual([
        ['g-belarus', ['aaaa000000000001', 'aaaa000000000002']],
        ['p-putin', ['aaaa000000000001']],
        ['p-lavrov', []],
      ]);
      expect((await store.listEntities({ search: 'LAVROV' })).items.map((e) => e.id)).toEqual(['p-lavrov']);
      expect((await store.listEntities({ type: 'place' })).total).toBe(1);
      expect(await store.getEntity('p-putin')).toEqual({
        ...batch.entities[0],
        articles: ['aaaa000000000001'],
      });
      expect((await store.allEntities()).map((e) => e.id)).toEqual(['g-belarus', 'p-lavrov', 'p-putin']);
      expect(Object.keys((await store.allEntities())[0])).toEqual(['id', 'name', 'type', 'aliases', 'roles']);

      const quotes = await store.listQuotes();
      expect(quotes.items).toEqual([
        {
          id: 'aaaa000000000001-q1',
          article: 'aaaa000000000001',
          text: 'Body',
          kind: 'direct',
          speaker: 'Vladimir Putin',
          speaker_entity: 'p-putin',
          via: 'TASS',
          start: 0,
          end: 5,
        },
      ]);
      expect((await store.listQuotes({ speaker: 'putin' })).total).toBe(1);
      expect((await store.listQuotes({ speaker: 'p-putin' })).total).toBe(1);
      expect((await store.listQuotes({ speaker: 'p-lavrov' })).total).toBe(0);
      expect((await store.listQuotes({ speaker: '%' })).total).toBe(0);
      expect((await store.listQuotes({ story: 's2' })).total).toBe(1);
      expect((await store.listQuotes({ article: 'aaaa000000000002' })).total).toBe(0);
      expect((await store.listQuotes({ text: 'BOD' })).total).toBe(1);
      expect((await store.listQuotes({ text: 'bodies' })).total).toBe(0);
      expect((await store.listQuotes({ text: '_' })).total).toBe(0);
      expect((await store.listQuotes({ kind: 'direct', outlet: 'Press TV' })).total).toBe(1);
      expect((await store.listQuotes({ kind: 'indirect' })).total).toBe(0);
      expect((await store.listQuotes({ outlet: 'teleSUR' })).total).toBe(0);

      const a1 = 'aaaa000000000001';
      expect((await store.listCitations()).items).toEqual([
        { article: a1, name: 'TASS', kind: 'agency', start: 10, end: 14, entity: null },
        { article: a1, name: 'Putin', kind: 'official', start: 20, end: 25, entity: 'p-putin' },
        { article: a1, name: 'tass', kind: 'agency', start: 30, end: 34, entity: null },
      ]);
      expect((await store.listCitations({ article: 'x' })).total).toBe(0);
      expect((await store.listCitations({ kind: 'official' })).items.map((c) => c.name)).toEqual(['Putin']);
      expect((await store.listCitations({ story: 's2', outlet: 'Press TV' })).total).toBe(3);
      expect((await store.listCitations({ outlet: 'teleSUR' })).total).toBe(0);
      expect((await store.listCitations({ articles: [a1, 'aaaa000000000002'] })).total).toBe(3);
      expect((await store.listCitations({ articles: [] })).total).toBe(0);
      // One source per entity, or per name case aside; named by its entity.
      expect(await store.listCitationSources()).toEqual({
        total: 2,
        items: [
          { source: 'TASS', entity: null, kind: 'agency', citations: 2, articles: 1, outlets: 1 },
          {
            source: 'Vladimir Putin',
            entity: 'p-putin',
            kind: 'official',
            citations: 1,
            articles: 1,
            outlets: 1,
          },
        ],
      });
      expect(await store.listCitationSources({ offset: 5 })).toEqual({ total: 2, items: [] });
      expect(await store.listCitationSources({ kind: 'document' })).toEqual({ total: 0, items: [] });
      expect((await store.listCitationSources({ byOutlet: true, kind: 'official' })).items).toEqual([
        {
          source: 'Vladimir Putin',
          entity: 'p-putin',
          kind: 'official',
          outlet: 'Press TV',
          citations: 1,
          articles: 1,
          outlets: 1,
        },
      ]);

      const reuse = await store.listReuse({ story: 's2' });
      expect(reuse.items).toEqual([second.reuse[0]]);
      expect(Object.keys(reuse.items[0])).toEqual(Object.keys(second.reuse[0]));
      expect((await store.listReuse({ article: 'aaaa000000000001' })).total).toBe(1);

      expect((await store.listClaims({ story: 's2' })).items).toEqual([
        { ...batch.claims[0], articles: ['aaaa000000000001', 'aaaa000000000002'] },
      ]);
      expect((await store.allClaims()).map((c) => c.id)).toEqual(['c1']);

      const linked: string[] = [];
      for await (const a of store.iterateArticles({ linked: true, order: 'published' })) linked.push(a.id);
      expect(linked).toEqual(['aaaa000000000002', 'aaaa000000000001', 'bbbb000000000003']);
    });

    it('appends claim sightings batch by batch and reads them back in date order, undated last', async () => {
      const sighting = (article: string, published: string | null) => ({
        article,
        published,
        outlet: 'Press TV',
        start: 0,
        end: 4,
        text: `said in ${article}`,
      });
      const claim = (articles: string[], timeline: ReturnType<typeof sighting>[]) => ({
        ...emptyLinkBatch(),
        claims: [
          {
            id: 'c-appended',
            text: 'said in x2',
            key: 'num:7~p',
            articles,
            outlets: ['Press TV'],
            first_article: 'x2',
            first_published: '2020-08-01',
            timeline,
          },
        ],
      });
      await store.saveLinks(
        claim(['x1', 'x2'], [sighting('x1', '2020-08-03'), sighting('x2', '2020-08-01')]),
      );
      // Only the new sightings: one undated, one dated between the stored ones, one on a stored date.
      await store.saveLinks(
        claim(
          ['x1', 'x2', 'x3', 'x4', 'x5'],
          [sighting('x3', null), sighting('x4', '2020-08-02'), sighting('x5', '2020-08-01')],
        ),
      );
      // A whole timeline sent again (a retried batch, an older caller) adds nothing twice.
      await store.saveLinks(
        claim(['x1', 'x2', 'x3', 'x4', 'x5'], [sighting('x2', '2020-08-01'), sighting('x3', null)]),
      );
      const stored = (await store.allClaims()).find((c) => c.id === 'c-appended');
      expect(stored?.articles).toEqual(['x1', 'x2', 'x3', 'x4', 'x5']);
      expect(stored?.timeline).toEqual([
        sighting('x2', '2020-08-01'),
        sighting('x5', '2020-08-01'),
        sighting('x4', '2020-08-02'),
        sighting('x1', '2020-08-03'),
        sighting('x3', null),
      ]);
      // Open at a time: a sighting dated then or later, or no dated sighting at all (c1 has only an undated one).
      expect((await store.openClaims(Date.parse('2020-08-03'))).map((c) => c.id)).toEqual([
        'c-appended',
        'c1',
      ]);
      expect((await store.openClaims(Date.parse('2020-08-04'))).map((c) => c.id)).toEqual(['c1']);
    });

    it('lists the claims that more outlets repeated first, then those in more articles', async () => {
      const claim = (id: string, articles: string[], outlets: string[]) => ({
        id,
        text: `claim ${id}`,
        key: `num:1~${id}`,
        articles,
        outlets,
        first_article: articles[0],
        first_published: null,
        timeline: [],
      });
      await store.saveLinks({
        ...emptyLinkBatch(),
        claims: [
          claim('c-one-outlet', ['y1', 'y2', 'y3'], ['Press TV']),
          claim('c-two-outlets', ['y1', 'y4'], ['Press TV', 'teleSUR']),
        ],
      });
      const listed = (await store.listClaims()).items.map((c) => c.id);
      expect(listed.filter((id) => id.startsWith('c-one') || id.startsWith('c-two'))).toEqual([
        'c-two-outlets',
        'c-one-outlet',
      ]);
    });

    it('keeps the claim cores a batch saw first, each with its first time, and knows the newest linked date', async () => {
      expect(await store.hasClaimCores()).toBe(false);
      const day = (d: string) => Date.parse(`2020-08-${d}`);
      const cores = (...list: [string, number | null][]) => ({
        ...emptyLinkBatch(),
        claimCores: list.map(([core, t]) => ({ core, t })),
      });
      await store.saveLinks(cores(['num:7~p', day('01')], ['pct:>80~vote', day('05')], ['ord:6~term', null]));
      await store.saveLinks(cores(['num:7~p', day('09')]));
      expect(await store.hasClaimCores()).toBe(true);
      const saved = ['num:7~p', 'pct:>80~vote', 'ord:6~term'];
      expect(coreNames(await store.claimCoresAmong(saved, day('06')))).toEqual(['num:7~p', 'pct:>80~vote']);
      expect(coreNames(await store.claimCoresAmong(saved, day('05')))).toEqual(['num:7~p']);
      expect(await store.lastLinkedPublished()).toBe('2020-08-20');
    });

    it('looks up which of some claim cores were first seen before a time', async () => {
      const t = (d: string) => Date.parse(`2021-03-${d}`);
      const asked = ['num:3~seat', 'pct:>60~turnout', 'ord:2~round', 'num:9~goal'];
      expect(coreNames(await store.claimCoresAmong(asked, t('20')))).toEqual([]);
      await store.saveLinks({
        ...emptyLinkBatch(),
        claimCores: [
          { core: 'num:3~seat', t: t('02') },
          { core: 'pct:>60~turnout', t: t('07') },
          { core: 'ord:2~round', t: null },
        ],
      });
      expect(coreNames(await store.claimCoresAmong(asked, t('10')))).toEqual([
        'num:3~seat',
        'pct:>60~turnout',
      ]);
      expect(coreNames(await store.claimCoresAmong(asked, t('07')))).toEqual(['num:3~seat']);
      expect(await store.claimCoresAmong([], t('10'))).toEqual([]);
    });

    it('keeps the article that stated each claim core first, where the batch named it', async () => {
      const t = (d: string) => Date.parse(`2021-04-${d}`);
      await store.saveLinks({
        ...emptyLinkBatch(),
        claimCores: [
          { core: 'num:4~lane', t: t('02'), article: 'a-first' },
          { core: 'num:5~bridge', t: t('03') },
        ],
      });
      // A later batch naming another first article leaves the first one.
      await store.saveLinks({
        ...emptyLinkBatch(),
        claimCores: [{ core: 'num:4~lane', t: t('01'), article: 'a-later' }],
      });
      const found = await store.claimCoresAmong(['num:4~lane', 'num:5~bridge', 'num:6~tower'], t('10'));
      expect(found.sort((a, b) => (a.core < b.core ? -1 : 1))).toEqual([
        { core: 'num:4~lane', article: 'a-first' },
        { core: 'num:5~bridge', article: null },
      ]);
    });

    it('finds the claims some articles state, in id order', async () => {
      const claim = (id: string, articles: string[]) => ({
        id,
        text: `${id} 40 lanes`,
        key: `num:40~${id}`,
        articles,
        outlets: [],
        first_article: articles[0],
        first_published: '2021-05-01',
        timeline: articles.map((article, i) => ({
          article,
          published: '2021-05-01',
          outlet: null,
          start: 0,
          end: 10 + i,
          text: `${id} 40 lanes`,
        })),
      });
      await store.saveLinks({
        ...emptyLinkBatch(),
        claims: [
          claim('cs-b', ['art-1', 'art-2']),
          claim('cs-a', ['art-2', 'art-3']),
          claim('cs-c', ['art-4', 'art-5']),
        ],
      });
      const ids = async (articles: string[]) => (await store.claimsStatedBy(articles)).map((c) => c.id);
      expect(await ids(['art-2'])).toEqual(['cs-a', 'cs-b']);
      expect(await ids(['art-1', 'art-5', 'art-9'])).toEqual(['cs-b', 'cs-c']);
      expect(await ids([])).toEqual([]);
      const [b] = await store.claimsStatedBy(['art-1']);
      expect(b.articles).toEqual(['art-1', 'art-2']);
      expect(b.timeline.map((s) => s.article)).toEqual(['art-1', 'art-2']);
    });

    it('links an article without a story, and moves a linked one without touching the rest', async () => {
      const late = article('cccc000000000004', { published: '2020-08-21', outlet: 'Press TV' });
      await store.putArticles([{ article: late, analysis: emptyAnalysis() }]);
      const unlinked = async () => {
        const out: string[] = [];
        for await (const a of store.iterateArticles({ linked: false })) out.push(a.id);
        return out;
      };
      expect(await unlinked()).toEqual(['cccc000000000004']);

      // Linked with no story given (the new one, and an old one linked again), while another old one moves story.
      const batch = emptyLinkBatch();
      batch.articles = ['cccc000000000004', 'aaaa000000000002'];
      batch.articleStories = [{ article: 'aaaa000000000001', story: 's9' }];
      await store.saveLinks(batch);

      expect(await unlinked()).toEqual([]);
      expect((await store.getArticle('cccc000000000004'))?.story).toBeNull();
      expect((await store.getArticle('aaaa000000000001'))?.story).toBe('s9');
      expect((await store.getArticle('aaaa000000000002'))?.story).toBe('s2');
    });

    it('names the stories linked since a day (undated articles count as recent), and reads what linking needs', async () => {
      // Now: aaaa…1 (2020-08-20) in s9, aaaa…2 (2020-08-19) and the undated bbbb…3 in s2, cccc…4 linked alone.
      expect([...(await store.storiesLinkedSince('2020-08-20'))].sort()).toEqual(['s2', 's9']);
      expect([...(await store.storiesLinkedSince('2020-08-21'))]).toEqual(['s2']);
      const read = async (fields?: 'link') => {
        const out: StoredArticle[] = [];
        for await (const a of store.iterateArticles({ linked: true, order: 'published', fields }))
          out.push(a);
        return out;
      };
      const whole = await read();
      const light = await read('link');
      expect(light.map((a) => a.id)).toEqual(whole.map((a) => a.id));
      for (const [i, a] of light.entries()) {
        const { id, title, body, published, outlet, lang, story, captions, removed, seq } = whole[i];
        expect(a).toMatchObject({ id, title, body, published, outlet, lang, story, captions, removed, seq });
        expect(a.analysis?.entities).toEqual(whole[i].analysis?.entities);
        expect(a.analysis?.sentences).toEqual(whole[i].analysis?.sentences);
      }
    });

    it("walks the linked articles' keys in link order, and reads whole the ones asked for", async () => {
      const keys = async (batchSize?: number) => {
        const out: LinkedKey[] = [];
        for await (const batch of store.linkedKeys({ batchSize })) {
          expect(batch.length).toBeLessThanOrEqual(batchSize ?? Number.POSITIVE_INFINITY);
          out.push(...batch);
        }
        return out;
      };
      const whole: StoredArticle[] = [];
      for await (const a of store.iterateArticles({ linked: true, order: 'linked' })) whole.push(a);
      const expected = whole.map(({ id, published, story }) => ({ id, published, story }));
      // cccc…4 was linked in a batch after the other three: last, although dated before the undated bbbb…3.
      expect(expected.map((k) => k.id)).toEqual([
        'aaaa000000000002',
        'aaaa000000000001',
        'bbbb000000000003',
        'cccc000000000004',
      ]);
      expect(expected[2]).toEqual({ id: 'bbbb000000000003', published: null, story: 's2' });
      expect(await keys()).toEqual(expected);
      expect(await keys(1)).toEqual(expected);
      expect(await keys(3)).toEqual(expected);

      // In the order asked, unknown ids left out; as iterateArticles reads them with the same fields.
      const asked = ['bbbb000000000003', 'nope', 'aaaa000000000002', 'cccc000000000004'];
      const got = await store.readArticles(asked);
      expect(got.map((a) => a.id)).toEqual(['bbbb000000000003', 'aaaa000000000002', 'cccc000000000004']);
      for (const a of got) expect(a).toEqual(whole.find((w) => w.id === a.id));
      const light: StoredArticle[] = [];
      for await (const a of store.iterateArticles({ linked: true, order: 'linked', fields: 'link' }))
        light.push(a);
      for (const a of await store.readArticles(asked, { fields: 'link' }))
        expect(a).toEqual(light.find((w) => w.id === a.id));
      expect(await store.readArticles([])).toEqual([]);
    });

    it('streams every row of a table longer than an export batch once, in key order (runs last: adds rows)', async () => {
      const many = 1203;
      const quote: Quote = {
        start: 0,
        end: 4,
        text: 'Body',
        kind: 'direct',
        speaker: null,
        speakerEntity: null,
        via: null,
      };
      const cite = (i: number): Citation => ({
        start: i,
        end: i + 1,
        name: `S${i}`,
        kind: 'anonymous',
        entity: null,
      });
      await store.putArticles([
        {
          article: article('dddd000000000005', { body: 'Many sources, many quotes.' }),
          analysis: analysisWith({
            quotes: Array.from({ length: many }, () => quote),
            citations: Array.from({ length: many }, (_, i) => cite(i)),
          }),
        },
      ]);
      const rows = async <T extends keyof ExportedRows>(table: T) => {
        const out: ExportedRows[T][] = [];
        for await (const row of store.exportRows(table)) out.push(row);
        return out;
      };
      const quotes = (await rows('quotes')).map((q) => q.id);
      expect(quotes).toEqual([...quotes].sort());
      expect(new Set(quotes).size).toBe((await store.stats()).quotes);
      const names = (await rows('citations'))
        .filter((c) => c.article === 'dddd000000000005')
        .map((c) => c.name);
      expect(names).toEqual(Array.from({ length: many }, (_, i) => `S${i}`));
      expect(Object.keys((await rows('citations'))[0])).toEqual([
        'article',
        'name',
        'kind',
        'start',
        'end',
        'entity',
      ]);
    });
  });
}

/** The real analyzer when its models load; otherwise the comparison runs with the fake one only. */
async function analyzers(): Promise<[string, Analyzer][]> {
  const list: [string, Analyzer][] = [['fake analyzer', fakeAnalyzer]];
  try {
    const { createAnalyzer } = await import('../../src/analyze/index.js');
    list.push(['real analyzer', createAnalyzer()]);
  } catch (error) {
    console.warn(
      `seed export compared with the fake analyzer only: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return list;
}

const seedAnalyzers = await analyzers();

describe.skipIf(pgSkip !== null)('seeds: the same export from SQLite and PostgreSQL', () => {
  it.each(seedAnalyzers)(
    'exports the examples identically (%s; linked when the link stage loads)',
    async (_name, analyzer) => {
      const linker = await loadLink();
      if ('reason' in linker) console.warn(`seed export compared without linking: ${linker.reason}`);
      const exports: string[] = [];
      const sqlite = new SqliteStore(':memory:');
      const db = await createTestDatabase();
      const postgres = await PostgresStore.connect(db.url);
      try {
        for (const store of [sqlite, postgres]) {
          await ingestSeeds(store, analyzer);
          if ('link' in linker) await linker.link(store);
          exports.push(await collect(exportJson(store)));
        }
      } finally {
        await sqlite.close();
        await postgres.close();
        await db.drop();
      }
      const parsed = JSON.parse(exports[0]);
      expect(parsed.articles).toHaveLength(5);
      expect(parsed.quotes.length).toBeGreaterThan(0);
      expect(parsed.citations.length).toBeGreaterThan(0);
      if ('link' in linker) expect(parsed.stories.length).toBeGreaterThan(0);
      expect(exports[1]).toBe(exports[0]);
    },
  );
});

describe.skipIf(pgSkip !== null)('postgres: concurrent writers', () => {
  it('store a document (and its twin) once when two processes put it at the same time', async () => {
    const db = await createTestDatabase();
    const [one, two] = await Promise.all([PostgresStore.connect(db.url), PostgresStore.connect(db.url)]);
    try {
      const a = article('eeee000000000001');
      const twin = { ...article('eeee000000000002'), title: a.title, body: a.body };
      const results = await Promise.all([
        one.putArticles([{ article: a, analysis: null }]),
        two.putArticles([{ article: twin, analysis: null }]),
        one.putArticles([{ article: a, analysis: null }]),
      ]);
      expect(results.flatMap((r) => r.inserted)).toHaveLength(1);
      expect(results.flatMap((r) => r.unchanged)).toHaveLength(2);
      expect((await one.stats()).articles).toBe(1);
    } finally {
      await one.close();
      await two.close();
      await db.drop();
    }
  });
});
