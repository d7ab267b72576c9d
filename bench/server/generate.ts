// Builds a synthetic store of N articles from real news sentences (ECB+), with one story of exactly 1,000 articles.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Analysis, type Article, plainArticle } from '../../src/model/index.js';
import { emptyLinkBatch } from '../../src/store/link-batch.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type {
  ClaimRecord,
  EntityRecord,
  LinkBatch,
  ReuseRecord,
  StoryRecord,
} from '../../src/store/types.js';
import { dataDir } from '../data-dir.js';
import { rng } from '../rng.js';

export const BIG_STORY = 's-bench-big-0001';

function sentences(): string[] {
  const file = join(dataDir('ecbplus'), 'ecbplus_documents.jsonl');
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    for (const s of text.split(/(?<=[.!?])\s+|\n/)) if (s.length > 40 && s.length < 280) out.push(s.trim());
  }
  return out;
}

const PEOPLE = Array.from({ length: 300 }, (_, i) => `Speaker${i} Person${i % 37}`);
const AGENCIES = ['Reuters', 'Associated Press', 'AFP', 'TASS', 'Xinhua'];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
const hex = (n: number) => n.toString(16).padStart(16, '0');

/** Opens the store at `path`, filling it with `count` articles unless it already holds them. */
export async function buildBenchStore(path: string, count: number, log = console.log): Promise<SqliteStore> {
  const fresh = !existsSync(path);
  const store = new SqliteStore(path);
  const have = (await store.stats()).articles;
  if (!fresh && have >= count) {
    log(`reusing ${path} (${have} articles)`);
    return store;
  }
  if (have > 0) throw new Error(`${path} holds ${have} articles, not ${count}: delete it first`);
  const random = rng(42);
  const pool = sentences();
  const pick = () => pool[Math.floor(random() * pool.length)];
  const t0 = Date.parse('2020-01-01T00:00:00Z');
  const storyOf: string[] = [];
  // Story sizes: one of exactly 1,000 articles, the rest 1-20 articles each.
  for (let i = 0; i < 1000; i++) storyOf.push(BIG_STORY);
  let s = 0;
  while (storyOf.length < count) {
    const size = 1 + Math.floor(random() * 20);
    const id = `s-bench-${(++s).toString(16).padStart(8, '0')}`;
    for (let j = 0; j < size && storyOf.length < count; j++) storyOf.push(id);
  }
  // Spread the big story's articles through the corpus so that its pages hit the whole table.
  for (let i = storyOf.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [storyOf[i], storyOf[j]] = [storyOf[j], storyOf[i]];
  }
  const stories = new Map<string, StoryRecord>();
  const meta: { id: string; outlet: string; published: string; body: string }[] = [];
  const links: LinkBatch = emptyLinkBatch();
  const entities = new Map<string, Omit<EntityRecord, 'articles'>>();
  const started = Date.now();
  for (let start = 0; start < count; start += 2000) {
    const items: { article: Article; analysis: Analysis }[] = [];
    for (let i = start; i < Math.min(count, start + 2000); i++) {
      const id = hex(i + 1);
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)];
      const published = new Date(t0 + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
      const paragraphs = Array.from({ length: 6 + Math.floor(random() * 6) }, () => `${pick()} ${pick()}`);
      const speaker = PEOPLE[Math.floor(random() * PEOPLE.length)];
      const quoted = `"${pick()}," ${speaker} said.`;
      paragraphs.splice(2, 0, quoted);
      const body = paragraphs.join('\n\n');
      const qStart = body.indexOf(quoted) + 1;
      const qEnd = qStart + quoted.indexOf('," ') - 1;
      const nameStart = body.indexOf(speaker, qEnd);
      const title = pick().split(' ').slice(0, 10).join(' ');
      const article = plainArticle({
        id,
        source: `bench#${i + 1}`,
        outlet,
        title,
        published,
        url: `https://example.org/${i + 1}`,
        body,
        paragraphs: paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
        removed: [{ text: 'SHARE THIS ARTICLE', reason: 'share widget' }],
      });
      const analysis: Analysis = {
        sentences: [],
        mentions: [
          {
            start: nameStart,
            end: nameStart + speaker.length,
            text: speaker,
            type: 'person',
            entity: 'e1',
            roles: [],
          },
        ],
        entities: [{ id: 'e1', name: speaker, type: 'person', aliases: [], roles: [] }],
        quotes: [
          {
            start: qStart,
            end: qEnd,
            text: body.slice(qStart, qEnd),
            kind: 'direct',
            speaker,
            speakerEntity: 'e1',
            via: null,
          },
        ],
        // About two sources an article, as news cites them: the speaker, a wire agency, now and then officials.
        citations: [
          {
            start: nameStart,
            end: nameStart + speaker.length,
            name: speaker,
            kind: 'official',
            entity: 'e1',
          },
          { start: 0, end: 1, name: AGENCIES[i % AGENCIES.length], kind: 'agency', entity: null },
          ...(i % 4 === 0
            ? [{ start: 1, end: 2, name: 'officials', kind: 'anonymous' as const, entity: null }]
            : []),
        ],
        messages: [],
      };
      items.push({ article, analysis });
      const entityId = `ent-bench-${PEOPLE.indexOf(speaker)}`;
      entities.set(entityId, { id: entityId, name: speaker, type: 'person', aliases: [], roles: [] });
      links.articleEntities.push({ article: id, local: 'e1', entity: entityId });
      links.articles.push(id);
      const story = storyOf[i];
      links.articleStories.push({ article: id, story });
      let record = stories.get(story);
      if (!record) {
        record = {
          id: story,
          title,
          articles: [],
          outlets: [],
          first_published: published,
          last_published: published,
          absorbed: [],
          key_entities: [speaker],
        };
        stories.set(story, record);
      }
      record.articles.push(id);
      if (!record.outlets.includes(outlet)) record.outlets.push(outlet);
      if (published < record.first_published!) record.first_published = published;
      if (published > record.last_published!) record.last_published = published;
      meta.push({ id, outlet, published, body });
    }
    await store.putArticles(items);
    if ((start / 2000) % 10 === 0)
      log(`  ${start + items.length} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  // Copied passages: 200 inside the big story, 5,000 elsewhere.
  const reuse: ReuseRecord[] = [];
  const big = stories.get(BIG_STORY)!.articles;
  const byId = new Map(meta.map((m) => [m.id, m]));
  const addReuse = (a: string, b: string) => {
    const [src, tgt] = [byId.get(a)!, byId.get(b)!].sort((x, y) => x.published.localeCompare(y.published));
    const text = src.body.split('\n\n')[0];
    reuse.push({
      source_article: src.id,
      target_article: tgt.id,
      source_start: 0,
      source_end: text.length,
      target_start: 0,
      target_end: Math.min(text.length, tgt.body.length),
      text: tgt.body.slice(0, text.length),
      similarity: 0.9,
      direction: 'forward',
      whole_copy: false,
    });
  };
  for (let i = 0; i < 200; i++) addReuse(big[i * 2], big[i * 2 + 1]);
  for (let i = 0; i < 5000; i++)
    addReuse(hex(1 + Math.floor(random() * count)), hex(1 + Math.floor(random() * count)));
  const claims: ClaimRecord[] = [];
  for (let c = 0; c < 2000; c++) {
    const members =
      c < 30
        ? big.slice(c * 10, c * 10 + 8)
        : Array.from({ length: 3 + Math.floor(random() * 6) }, () => hex(1 + Math.floor(random() * count)));
    const uniq = [...new Set(members)];
    const timeline = uniq.map((a) => ({
      article: a,
      published: byId.get(a)!.published,
      outlet: byId.get(a)!.outlet,
      start: 0,
      end: 40,
      text: byId.get(a)!.body.slice(0, 40),
    }));
    timeline.sort((x, y) => (x.published ?? '').localeCompare(y.published ?? ''));
    claims.push({
      id: `c-bench-${c}`,
      text: pick(),
      key: `k${c}`,
      articles: uniq,
      outlets: [...new Set(timeline.map((t) => t.outlet!))],
      first_article: timeline[0].article,
      first_published: timeline[0].published,
      timeline,
    });
  }
  for (let i = 0; i < links.articles.length; i += 10_000) {
    await store.saveLinks({
      ...emptyLinkBatch(),
      articles: links.articles.slice(i, i + 10_000),
      articleStories: links.articleStories.slice(i, i + 10_000),
      articleEntities: links.articleEntities.slice(i, i + 10_000),
    });
  }
  await store.saveLinks({
    ...emptyLinkBatch(),
    stories: [...stories.values()],
    entities: [...entities.values()],
    reuse,
    claims,
  });
  log(
    `built ${path}: ${count} articles, ${stories.size} stories in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return store;
}
