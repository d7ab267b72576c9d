// The founding example end to end: the five seeds through every stage, as `wiretrace analyze examples` runs them.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze/index.js';
import { ingest, link } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { StoredArticle } from '../src/store/types.js';

const examples = join(import.meta.dirname, '..', 'examples');
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-seeds-')), 'seeds.db'));
const articles = new Map<string, StoredArticle>();
const bySeed = (prefix: string) => [...articles.values()].find((a) => a.source.includes(`/${prefix}_`))!;

beforeAll(async () => {
  await ingest(store, [examples], { analyzer: createAnalyzer() });
  await link(store);
  for await (const a of store.iterateArticles()) articles.set(a.id, a);
}, 120_000);

describe('the example corpus end to end', () => {
  it('makes one story of the five articles', async () => {
    const stories = await store.listStories();
    expect(stories.total).toBe(1);
    expect(stories.items[0].articles.sort()).toEqual([...articles.keys()].sort());
  });

  it('resolves each of the ten people to one entity across the corpus', async () => {
    const people = (await store.listEntities({ type: 'person', limit: 100 })).items;
    const expected: [string, RegExp, string[]][] = [
      ['Putin', /^Vladimir Putin$/, ['000', '002', '003']],
      ['Lukashenko', /^Alexander Lukashenko$/, ['000', '001', '002', '003', '004']],
      ['Michel', /^Charles Michel$/, ['000']],
      ['Konyuk', /^Alexander Konyuk$/, ['000']],
      ['Zakharova', /^Maria Zakharova$/, ['001']],
      ['Pompeo', /^Mike Pompeo$/, ['001']],
      ['Morawiecki', /^Mateusz Morawiecki$/, ['002']],
      ['Lavrov', /^Sergei Lavrov$/, ['003', '004']],
      ['Makei', /^Vladimir Makei$/, ['004']],
      ['Mishustin', /^Mikail Mishustin$/, ['004']],
    ];
    for (const [surname, name, seeds] of expected) {
      const matches = people.filter(
        (p) => p.name.includes(surname) || p.aliases.some((a) => a.includes(surname)),
      );
      expect(
        matches.map((m) => m.name),
        surname,
      ).toHaveLength(1);
      expect(matches[0].name).toMatch(name);
      const inSeeds = matches[0].articles
        .map((id) => articles.get(id)!.source.match(/\/(\d{3})_/)![1])
        .sort();
      expect(inSeeds, surname).toEqual(expect.arrayContaining(seeds));
    }
  });

  it('marks the people named only in the unrelated photo caption as caption-only', () => {
    const seed = bySeed('000');
    const omar = seed.analysis!.entities.find((e) => e.name.includes('Omar'));
    const pelosi = seed.analysis!.entities.find((e) => e.name.includes('Pelosi'));
    expect(omar?.captionOnly).toBe(true);
    expect(pelosi?.captionOnly).toBe(true);
    expect(seed.analysis!.entities.find((e) => e.name === 'Vladimir Putin')?.captionOnly).toBeFalsy();
  });

  it('attributes the long direct quotes to their speakers, with the agencies they came through', async () => {
    const quotes = (await store.listQuotes({ limit: 1000 })).items.filter((q) => q.kind === 'direct');
    const find = (start: string) => quotes.find((q) => q.text.replace(/^["“‘]/, '').startsWith(start));
    expect(find('Russia pointed out that any pressure')).toMatchObject({ via: 'TASS' });
    expect(find('The parties to this process have enough common sense')).toMatchObject({
      speaker: 'Vladimir Putin',
      via: 'AFP',
    });
    expect(find('We have of course certain obligations')).toMatchObject({
      speaker: 'Vladimir Putin',
      via: 'Interfax',
    });
    expect(find('We don’t want to see any external interference')).toMatchObject({
      speaker: 'Vladimir Putin',
    });
    expect(find('Clear attempts at outside interference')).toMatchObject({ speaker: 'Maria Zakharova' });
    expect(find('The creation and activities of such a council')).toMatchObject({
      speaker: 'Alexander Konyuk',
    });
    expect(find('We condemn the pressure')).toMatchObject({ speaker: 'Sergei Lavrov' });
    expect(find('these are the fifth round of elections')).toMatchObject({ speaker: 'Vladimir Makei' });
  });

  it('credits a group named together as one speaker, not its last member ("The EU and the US have long accused …")', async () => {
    const quotes = (await store.listQuotes({ limit: 1000 })).items;
    const accused = quotes.filter((q) => q.text.startsWith('Lukashenko of human rights violations'));
    expect(accused).toHaveLength(2);
    for (const q of accused) {
      expect(q.speaker).toMatch(/^European Union and (?:United States|US)$/);
      expect(q.speaker_entity).toBeNull();
    }
    const pretext = quotes.find((q) => q.text.startsWith('using post-election violence'));
    expect(pretext?.speaker).toBe('Brussels and Washington');
    // Each member is still a source the articles rely on.
    const cited = [...articles.values()].flatMap((a) => a.analysis!.citations.map((c) => c.name));
    expect(cited).toEqual(expect.arrayContaining(['European Union', 'Brussels', 'Washington']));
  });

  it('credits nobody with an act the text reports ("authorities in Belarus began releasing …")', async () => {
    const quotes = (await store.listQuotes({ limit: 1000 })).items;
    expect(quotes.filter((q) => q.text.startsWith('releasing some of the people detained'))).toEqual([]);
  });

  it('finds the background paragraph two Press TV articles share, with both spans, and no footer', async () => {
    const reuse = (await store.listReuse()).items;
    expect(reuse).toHaveLength(1);
    const [r] = reuse;
    const pair = [articles.get(r.source_article)!, articles.get(r.target_article)!];
    expect(pair.map((a) => a.source.match(/\/(\d{3})_/)![1]).sort()).toEqual(['000', '001']);
    const sourceText = pair[0].body.slice(r.source_start, r.source_end);
    const targetText = pair[1].body.slice(r.target_start, r.target_end);
    for (const text of [sourceText, targetText]) {
      expect(text).toMatch(
        /have long accused Lukashenko of human rights violations because of his close ties with Russia/,
      );
      expect(text).not.toMatch(/alternate addresses/);
    }
    expect(r.similarity).toBeGreaterThan(0.8);
  });

  it('groups the "over 80%" claim across the three articles that state it', async () => {
    const claims = (await store.listClaims({ limit: 100 })).items;
    const eighty = claims.filter((c) => /80/.test(c.key));
    expect(eighty).toHaveLength(1);
    expect(eighty[0].articles.map((id) => articles.get(id)!.source.match(/\/(\d{3})_/)![1]).sort()).toEqual([
      '001',
      '003',
      '004',
    ]);
  });
});
