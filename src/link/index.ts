// The link stage: the one stateful analysis, putting each new article in its story, its entities, its reuse and its claims.

import type { LocalEntity } from '../model/index.js';
import type { ClaimRecord, LinkBatch, Store, StoredArticle, StoryRecord } from '../store/types.js';
import { type Claim, ClaimTracker } from './claims/index.js';
import { EntityRegistry } from './entities/index.js';
import { ReuseIndex, type ReusePassage } from './reuse/index.js';
import { type StoryDoc, StoryLinker, summarizeStory } from './stories/index.js';

/** The story linker's time window (its default); older stories need not be rebuilt at the start of a run. */
const RESTORE_WINDOW_DAYS = 30;

/** How many of a story's articles are kept in memory to title it; the first ones set the tone. */
const STORY_SAMPLE = 40;

interface StoryState {
  articles: string[];
  outlets: Set<string>;
  first: string | null;
  last: string | null;
  sample: StoryDoc[];
  absorbed: string[];
}

const storyDocOf = (a: StoredArticle): StoryDoc => ({
  id: a.id,
  title: a.title,
  body: a.body,
  published: a.published,
  outlet: a.outlet,
  lang: a.lang,
  entities: (a.analysis?.entities ?? [])
    .filter((e: LocalEntity) => !e.captionOnly)
    .map((e) => ({ name: e.name, type: e.type })),
});

const reuseDocOf = (a: StoredArticle) => ({
  id: a.id,
  body: a.body,
  published: a.published,
  outlet: a.outlet,
});

const claimDocOf = (a: StoredArticle) => ({
  id: a.id,
  body: a.body,
  sentences: a.analysis?.sentences,
  published: a.published,
  outlet: a.outlet,
});

const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export const claimRecordOf = (c: Claim): ClaimRecord => ({
  id: c.id,
  text: c.text,
  key: c.key,
  articles: c.articles,
  outlets: c.outlets,
  first_article: c.first.article,
  first_published: c.first.published,
  timeline: c.timeline,
});

const reuseRecordOf = (p: ReusePassage) => ({
  source_article: p.sourceArticle,
  target_article: p.targetArticle,
  source_start: p.sourceStart,
  source_end: p.sourceEnd,
  target_start: p.targetStart,
  target_end: p.targetEnd,
  text: p.text,
  similarity: p.similarity,
  direction: p.direction,
  whole_copy: p.wholeCopy,
});

export class CorpusLinker {
  private readonly stories = new Map<string, StoryState>();

  private constructor(
    private readonly storyLinker: StoryLinker,
    private readonly registry: EntityRegistry,
    private readonly reuse: ReuseIndex,
    private readonly claims: ClaimTracker,
  ) {}

  /** Rebuilds the linking state from what the store already holds, without deciding anything again. */
  static async open(store: Store): Promise<CorpusLinker> {
    const existingClaims: Claim[] = (await store.allClaims()).map((c) => ({
      id: c.id,
      text: c.text,
      key: c.key,
      articles: c.articles,
      outlets: c.outlets,
      first: { article: c.first_article ?? c.articles[0], published: c.first_published },
      timeline: c.timeline,
    }));
    const linker = new CorpusLinker(
      new StoryLinker(),
      new EntityRegistry(await store.allEntities()),
      new ReuseIndex(),
      new ClaimTracker(existingClaims),
    );
    // Stories idle for longer than the linker's window are never candidates again: only recent ones are replayed.
    const newest = (await store.stats()).lastPublished;
    const horizon = newest
      ? new Date(Date.parse(newest.slice(0, 10)) - (RESTORE_WINDOW_DAYS + 1) * 86_400_000)
          .toISOString()
          .slice(0, 10)
      : null;
    for await (const article of store.iterateArticles({ linked: true, order: 'published' })) {
      const doc = storyDocOf(article);
      if (article.story) {
        if (!horizon || !article.published || article.published >= horizon)
          linker.storyLinker.restore(doc, article.story);
        linker.track(article.story, doc);
      }
      linker.reuse.restore(reuseDocOf(article));
      // Cores stated by one article so far are not stored as claims; replaying them lets a later article complete them.
      linker.claims.restore(claimDocOf(article));
    }
    return linker;
  }

  private track(storyId: string, doc: StoryDoc): StoryState {
    let state = this.stories.get(storyId);
    if (!state) {
      state = { articles: [], outlets: new Set(), first: null, last: null, sample: [], absorbed: [] };
      this.stories.set(storyId, state);
    }
    state.articles.push(doc.id);
    if (doc.outlet) state.outlets.add(doc.outlet);
    state.first = minDate(state.first, doc.published);
    state.last = maxDate(state.last, doc.published);
    if (state.sample.length < STORY_SAMPLE) state.sample.push(doc);
    return state;
  }

  private absorb(into: string, from: string): void {
    const source = this.stories.get(from);
    const target = this.stories.get(into);
    if (!source || !target) return;
    target.articles.push(...source.articles);
    for (const o of source.outlets) target.outlets.add(o);
    target.first = minDate(target.first, source.first);
    target.last = maxDate(target.last, source.last);
    target.sample.push(...source.sample.slice(0, Math.max(0, STORY_SAMPLE - target.sample.length)));
    target.absorbed.push(from, ...source.absorbed);
    this.stories.delete(from);
  }

  private storyRecord(id: string): StoryRecord {
    const state = this.stories.get(id)!;
    const summary = summarizeStory(state.sample);
    return {
      id,
      title: summary.title,
      articles: state.articles,
      outlets: [...state.outlets].sort(),
      first_published: state.first,
      last_published: state.last,
      absorbed: state.absorbed,
      key_entities: summary.keyEntities,
    };
  }

  /** Links articles given in publication order; returns everything to store with them in one transaction. */
  link(articles: StoredArticle[]): LinkBatch {
    const batch: LinkBatch = {
      articles: [],
      articleStories: [],
      stories: [],
      mergedStories: [],
      entities: [],
      articleEntities: [],
      reuse: [],
      claims: [],
    };
    const touched = new Set<string>();
    const claims = new Map<string, ClaimRecord>();
    for (const article of articles) {
      batch.articles.push(article.id);
      const local = article.analysis?.entities ?? [];
      const mapping = this.registry.resolve(article.id, local);
      for (const [localId, entity] of mapping)
        batch.articleEntities.push({ article: article.id, local: localId, entity });

      const doc = storyDocOf(article);
      const assignment = this.storyLinker.add(doc);
      this.track(assignment.story, doc);
      for (const from of assignment.absorbed) {
        this.absorb(assignment.story, from);
        batch.mergedStories.push({ from, into: assignment.story });
        touched.delete(from);
      }
      touched.add(assignment.story);
      batch.articleStories.push({ article: article.id, story: assignment.story });

      for (const passage of this.reuse.add(reuseDocOf(article))) batch.reuse.push(reuseRecordOf(passage));
      for (const claim of this.claims.add(claimDocOf(article))) {
        claims.set(claim.id, claimRecordOf(claim));
      }
    }
    batch.entities = this.registry.changed();
    batch.stories = [...touched].filter((id) => this.stories.has(id)).map((id) => this.storyRecord(id));
    batch.claims = [...claims.values()];
    return batch;
  }
}
