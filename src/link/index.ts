// The link stage: the one stateful analysis, putting each new article in its story, its entities, its reuse and its claims.

import { emptyLinkBatch } from '../store/link-batch.js';
import type { ClaimRecord, LinkBatch, LinkedKey, Store, StoredArticle, StoryRecord } from '../store/types.js';
import { CLAIM_WINDOW_DAYS, type Claim, type ClaimDoc, ClaimTracker, coreOf } from './claims/index.js';
import { claimDocOf, reuseDocOf, storyDocOf } from './docs.js';
import { EntityRegistry } from './entities/index.js';
import { frequenciesOf, frequencyParts } from './frequency-snapshot.js';
import { linkedInOrder } from './linked-order.js';
import { ReuseIndex, type ReusePassage } from './reuse/index.js';
import { decodeSnapshot, encodeSnapshot } from './reuse/snapshot.js';
import {
  FOLLOW_UP_DAYS,
  type StoryDoc,
  StoryLinker,
  type StoryOptions,
  type StorySummary,
  summarizeStory,
} from './stories/index.js';

/** The story linker's time window (its default): a story idle this long drops its sample, keeping its summary. */
const SEAL_DAYS = 30;

/**
 * Share of the reuse index a run must have added before it saves the index again: saving costs about as much as the
 * index is large (5 CPU s at 100k articles), so a run that added less leaves its articles to the next open to index
 * (as after a crash), and the saving is paid once per 5% of growth rather than once per run.
 */
export const REUSE_RESAVE_SHARE = 0.05;

/** Articles (linked, or replayed in the order they were linked) between two sealings of idle stories. */
const SEAL_EVERY = 1024;
/**
 * Articles the story linker places between two sweeps of the stories past their window (StoryLinker's maybeSweep): a
 * story one run made of a backlog older than the replay horizon stays a candidate that long.
 */
const SWEEP_EVERY = 1024;
/** How many of a story's articles are kept in memory to title it; the first ones set the tone. */
const STORY_SAMPLE = 40;
/** Articles of the claim window a restart replays per look-up of the cores they state. */
const LOOKUP_BATCH = 1024;
/** Articles the saved reuse index lacks, read whole at a time to be indexed after the replay. */
const UNINDEXED_BATCH = 500;

interface StoryState {
  articles: string[];
  outlets: Set<string>;
  first: string | null;
  last: string | null;
  sample: StoryDoc[];
  absorbed: string[];
  /** The title and key entities of the sample as it was `summarized` documents long; null when never summarised. */
  summary: StorySummary | null;
  summarized: number;
  /** Idle past the linking window: its sample is dropped (the story linker has let it go) and its summary kept. */
  sealed: boolean;
  /**
   * The store holds a record of it (restored by `open`, or written by a batch): a story sealed without a summary
   * (restored ones have none) leaves it to that record, read only if a follow-up joins it (`storedSummaries`).
   */
  stored: boolean;
}

/** Where `CorpusLinker.open` reports what it could not read when no one listens: Node's process warnings (stderr). */
const processWarning = (message: string): void => {
  process.emitWarning(message, { code: 'WIRETRACE_UNREADABLE_STATE' });
};

/** The day before which a story has been idle for longer than `days`, seen from `newest`. */
const horizonOf = (newest: string, days: number): string =>
  new Date(Date.parse(newest.slice(0, 10)) - (days + 1) * 86_400_000).toISOString().slice(0, 10);

/** Publication time in ms; NaN when undated or unreadable (never "before" anything). */
const timeOf = (published: string | null): number =>
  published === null ? Number.NaN : Date.parse(published);

const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

const claimOf = (c: ClaimRecord): Claim => ({
  id: c.id,
  text: c.text,
  key: c.key,
  articles: c.articles,
  outlets: c.outlets,
  first: { article: c.first_article ?? c.articles[0], published: c.first_published },
  timeline: c.timeline,
});

/**
 * For keys given in link order: whether each comes after the first article dated `newest` (ms). One run's claim
 * tracker forgets only when an article newer than any before it comes, so what it read after that article (a backlog
 * older than the claim window, linked last) it still holds, one-article cores and claims alike.
 */
function afterNewest(newest: number): (published: string | null) => boolean {
  let reached = false;
  return (published) => {
    const after = reached;
    if (timeOf(published) >= newest) reached = true;
    return after;
  };
}

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

const reuseIndex = () => new ReuseIndex({ keepBodies: false });

export class CorpusLinker {
  private readonly stories = new Map<string, StoryState>();
  /**
   * Stories written with a summary of an earlier sample; `finish` rewrites them. Each batch tells the store which of
   * its stories are (LinkBatch.staleStories), so that a restart after a run that stopped mid-way knows them too.
   */
  private readonly stale = new Set<string>();
  /** The latest publication date linked or restored so far, and articles since stories were last sealed. */
  private newest: string | null = null;
  private sinceSeal = 0;
  /** Documents of the reuse index that the store's saved index already holds. */
  private reuseSaved = 0;
  /** Claim cores first seen before this time (ms) are in the store, not in the tracker: looked up (`claimDocs`). */
  private coresBefore = Number.NaN;
  /**
   * The store's saved reuse index carries the story linker's document frequencies (frequency-snapshot.ts); without,
   * the next save writes them whatever the index grew by.
   */
  private frequenciesSaved = false;

  private constructor(
    private readonly store: Store,
    private readonly storyLinker: StoryLinker,
    private readonly registry: EntityRegistry,
    private reuse: ReuseIndex,
    private readonly claims: ClaimTracker,
  ) {}

  /**
   * `docs`, once the cores they state that the tracker has not met are looked up in the store: those first seen
   * before the claim window (`coresBefore`) are made known, as if loaded at open. Nothing to look up (NaN) for a
   * tracker that replayed the whole store or started empty.
   */
  private async claimDocs(docs: ClaimDoc[]): Promise<ClaimDoc[]> {
    if (Number.isNaN(this.coresBefore) || docs.length === 0) return docs;
    const unmet = this.claims.unmetCores(docs);
    if (unmet.length > 0) this.claims.knowCores(await this.store.claimCoresAmong(unmet, this.coresBefore));
    return docs;
  }

  /**
   * Rebuilds the linking state from what the store already holds, without deciding anything again. `warn` hears of
   * saved state it could not read and rebuilt instead (process warnings unless given).
   */
  static async open(
    store: Store,
    storyOptions: StoryOptions = {},
    warn: (message: string) => void = processWarning,
  ): Promise<CorpusLinker> {
    const stats = await store.stats();
    // Where the linker stood when the last run ended: articles stored since (the ones about to be linked) are not
    // part of the state being rebuilt, and counting them would leave out stories and claims still open then.
    const newest = await store.lastLinkedPublished();
    // Claims: a store that lists the cores it has seen needs only the claims still open and the articles of the
    // claim window replayed (older one-article cores are forgotten by then anyway); one written before cores were
    // stored is replayed whole once, and the cores the replay finds go out with the next batch.
    const windowed = stats.articles === stats.unlinked || (await store.hasClaimCores());
    // A day of margin: what the tracker forgot on the way is forgotten again as soon as a newer article is read.
    const claimsSince =
      windowed && newest
        ? Date.parse(newest.slice(0, 10)) - (CLAIM_WINDOW_DAYS + 1) * 86_400_000
        : Number.NaN;
    const stored = Number.isNaN(claimsSince) ? await store.allClaims() : await store.openClaims(claimsSince);
    // The cores first seen before the window are not loaded (they grow with the store): the restored claims' are
    // looked up here, any other when an article states it (`claimDocs`).
    const knownCores = Number.isNaN(claimsSince)
      ? undefined
      : await store.claimCoresAmong([...new Set(stored.map((c) => coreOf(c.key)))], claimsSince);
    const existingClaims: Claim[] = stored.map(claimOf);
    const linker = new CorpusLinker(
      store,
      new StoryLinker(storyOptions),
      new EntityRegistry(await store.allEntities()),
      // The reuse index keeps fingerprints only; the few candidates an article is compared with are read from the
      // store, so that memory is bounded by the index rather than by every body ever linked.
      reuseIndex(),
      // The store appends each claim's sightings, so the tracker keeps no timeline in memory.
      new ClaimTracker(existingClaims, { timelines: false, knownCores }),
    );
    // Stories idle for longer than the linker's window are never candidates again, but for a follow-up about their
    // people (StoryOptions.followUpDays): only the articles of that long are replayed.
    const reach = Math.max(SEAL_DAYS, storyOptions.followUpDays ?? FOLLOW_UP_DAYS);
    const horizon = newest ? horizonOf(newest, reach) : null;
    // A story with no article since the horizon is restored to none of the linkers, so nothing can add to it or
    // merge it again: its articles are left untracked, and what a restart holds and reads of them no longer grows
    // with every story the store ever had. The stories restored are restored with all their articles, to the story
    // linker too: one run never let go of a story still live, so its articles before the horizon are in its vectors
    // and in the document frequencies there (restored from its recent articles only, a story that a backlog ran
    // across the horizon lost them, and a backlog article that one run put in it stayed alone after a restart).
    const live = horizon ? await store.storiesLinkedSince(horizon) : null;
    // And a backlog older than the horizon, linked last: one run still held its stories as candidates (a story linker
    // sweeps out the stories past their window only every SWEEP_EVERY articles, and an article of the backlog is
    // within theirs), so the stories of the last articles linked are restored too.
    if (live) for (const id of await store.storiesLinkedLast(SWEEP_EVERY)) live.add(id);
    // Stories a run that stopped mid-way left with the summary of an earlier sample: restored whole (past the horizon
    // too) and stale, so that sealing and `finish` summarise them as that run would have.
    const stale = await store.staleStories();
    for (const id of stale) linker.stale.add(id);
    const restores = (story: string | null): story is string =>
      story !== null && (!live || live.has(story) || linker.stale.has(story));
    // The reuse index as the last run left it (saveReuseIndex), instead of fingerprinting every article ever linked
    // again: only the linked articles it lacks (a run that stopped before saving it) are indexed below.
    const snapshot = await store.loadReuseSnapshot();
    const saved = snapshot ? decodeSnapshot(snapshot) : null;
    const loaded = saved !== null && linker.reuse.loadSnapshot(saved);
    // The story linker's document frequencies: one run counted every article it linked, those of stories no longer
    // restored too (their words and names weigh what every later article is compared by). Saved with the index, they
    // count the articles it holds: less those the replay restores (read whole for it anyway, counted again as it
    // meets them), they stand for the rest (`counted`), which need not be read. Any other linked article is read whole
    // and counted in the replay; so is every one of a store saved without them, once (the run's end saves them).
    const toStoryLinker = (story: string | null) => restores(story) && (!live || live.has(story));
    const frequencies =
      loaded && snapshot && saved
        ? frequenciesOf(snapshot, (reason) =>
            warn(
              `the story linker's saved document frequencies are unreadable (${reason}); counting them again from the stored articles`,
            ),
          )
        : null;
    let counts = false;
    if (saved && frequencies !== null && frequencies.docs === saved.ids.length) {
      const restored: string[] = [];
      let held = 0;
      let older = 0;
      for await (const keys of store.linkedKeys())
        for (const key of keys)
          if (linker.reuse.has(key.id)) {
            held++;
            if (toStoryLinker(key.story)) restored.push(key.id);
            else older++;
          }
      // An index holding articles this store has not linked is not this store's (below), nor are its frequencies.
      linker.frequenciesSaved = held === saved.ids.length;
      // With nothing older to stand for, the replay counts every article as a whole replay does.
      if (linker.frequenciesSaved && older > 0) {
        counts = true;
        linker.storyLinker.loadFrequencies(frequencies);
        for (let i = 0; i < restored.length; i += UNINDEXED_BATCH)
          for (const article of await store.readArticles(restored.slice(i, i + UNINDEXED_BATCH), {
            fields: 'link',
          }))
            linker.storyLinker.uncount(storyDocOf(article));
      }
    }
    const counted = (key: LinkedKey) => counts && linker.reuse.has(key.id) && !toStoryLinker(key.story);
    linker.coresBefore = claimsSince;
    let replay: ClaimDoc[] = [];
    // With an index loaded, the linked articles it holds (`known`) and those it lacks (`unindexed`, indexed after the
    // replay, once the index is known to be this store's); without one, every article is indexed as it is read.
    let known = 0;
    const unindexed: string[] = [];
    // With an index loaded, only the articles the replay changes anything for are read whole: those of a restored
    // story and those of the claim window. The others only move the clock, which seals idle stories every 1,024
    // articles as a whole replay does. Without one, every article is read whole (indexed), as one stream.
    // Claims: the articles of the claim window, and those linked after the first one dated the newest (one run still
    // held what they stated). Each test walks the keys in link order, so each keeps its own place.
    const newestTime = windowed && newest ? timeOf(newest) : Number.NaN;
    const claimNeeds = (after: (published: string | null) => boolean) => (key: LinkedKey) =>
      after(key.published) || !(timeOf(key.published) < claimsSince);
    const claimNeedsKey = claimNeeds(afterNewest(newestTime));
    const needs = (key: LinkedKey) => claimNeedsKey(key) || restores(key.story) || !counted(key);
    const replays = claimNeeds(afterNewest(newestTime));
    /** Articles older than the window that the replay reads: the stored claims they are in are reloaded first. */
    let old: string[] = [];
    const restoreClaims = async () => {
      const docs = await linker.claimDocs(replay);
      if (old.length > 0) linker.claims.restoreClaims((await store.claimsStatedBy(old)).map(claimOf));
      for (const doc of docs) linker.claims.restore(doc);
      replay = [];
      old = [];
    };
    for await (const batch of linkedInOrder(store, loaded ? needs : undefined)) {
      for (const { key, article } of batch) {
        if (loaded)
          if (linker.reuse.has(key.id)) known++;
          else unindexed.push(key.id);
        const replayed = replays(key);
        if (!article) {
          linker.storyLinker.pass(key.published);
          linker.clock(key.published);
          continue;
        }
        // An article the story linker does not restore is counted all the same, by the saved frequencies or read.
        const count = () =>
          counted(key)
            ? linker.storyLinker.pass(key.published)
            : linker.storyLinker.count(storyDocOf(article));
        if (restores(article.story)) {
          const doc = storyDocOf(article);
          if (!live || live.has(article.story)) linker.storyLinker.restore(doc, article.story);
          else count();
          linker.track(article.story, doc).stored = true;
        } else count();
        linker.clock(article.published);
        if (!loaded) linker.reuse.restore(reuseDocOf(article));
        // Cores stated by one article so far are not stored as claims; replaying them lets a later article complete them.
        if (replayed) {
          replay.push(claimDocOf(article));
          if (timeOf(article.published) < claimsSince) old.push(article.id);
        }
        if (replay.length >= LOOKUP_BATCH) await restoreClaims();
      }
    }
    await restoreClaims();
    if (loaded && known !== saved.ids.length) {
      // A snapshot holding articles this store does not list as linked is not this store's (a copy of another, say):
      // the index is rebuilt from the articles alone, as without one, each indexed once.
      linker.reuse = reuseIndex();
      for await (const article of store.iterateArticles({ linked: true, order: 'linked', fields: 'link' }))
        linker.reuse.restore(reuseDocOf(article));
    } else if (loaded) {
      // Indexed in link order, as the replay would have: the index ends as if every article had been read.
      for (let i = 0; i < unindexed.length; i += UNINDEXED_BATCH)
        for (const article of await store.readArticles(unindexed.slice(i, i + UNINDEXED_BATCH), {
          fields: 'link',
        }))
          linker.reuse.restore(reuseDocOf(article));
      linker.reuseSaved = known;
    }
    // A story's window is as long as its coverage has run: where a sweep of the replay let a story go before its
    // later articles came back to it, its first articles still set where it began.
    for (const [id, state] of linker.stories)
      if (state.first) linker.storyLinker.restoreFirstPublished(id, state.first);
    await linker.restoreAbsorbed(stale);
    return linker;
  }

  /**
   * Saves the reuse index for the next run's `open`, replacing the one saved before (one transaction), unless it grew
   * by less than REUSE_RESAVE_SHARE since. Meant for the end of a run: a run that stops before leaves the next one to
   * index the articles linked since the last save. The story linker's document frequencies go with it: they count the
   * same articles (always saved when the index in the store has none).
   */
  async saveReuseIndex(): Promise<void> {
    const added = this.reuse.size - this.reuseSaved;
    if (this.reuse.size === 0) return;
    if (this.frequenciesSaved && (added === 0 || added < REUSE_RESAVE_SHARE * this.reuse.size)) return;
    const state = this.reuse.snapshot();
    if (!state) return;
    const record = encodeSnapshot(state);
    record.parts.push(...frequencyParts(this.storyLinker.frequencies()));
    await this.store.saveReuseSnapshot(record);
    this.reuseSaved = state.ids.length;
    this.frequenciesSaved = true;
  }

  /**
   * Drops the sampled articles (bodies included) of stories idle for longer than the linking window, summarising
   * them first where their summary is stale, or was never made and is not stored either: the story linker offers
   * them no longer, but to a follow-up about their people (StoryOptions.followUpDays), so memory stays bounded by the
   * window instead of growing with every story ever linked.
   *
   * A sealed story that a follow-up joins stays sealed: its title and key entities stay those of the coverage that
   * made it (a follow-up's few articles alone would rename it, and a restart, which rebuilds its state from the
   * articles without its stored summary, could not tell the two samples apart). Its sample, refilled by the
   * follow-up, is dropped again once it is idle again.
   */
  private sealIdleStories(): void {
    this.sinceSeal = 0;
    if (!this.newest) return;
    const horizon = horizonOf(this.newest, SEAL_DAYS);
    for (const [id, state] of this.stories) {
      if (!state.last || state.last >= horizon || (state.sealed && state.sample.length === 0)) continue;
      if (this.stale.has(id) || (!state.summary && !state.stored)) {
        state.summary = summarizeStory(state.sample);
        state.summarized = state.sample.length;
      }
      state.sample = [];
      state.sealed = true;
    }
  }

  /**
   * Notes an article's date, and seals idle stories every SEAL_EVERY articles in link order: a link run and a
   * restart's replay of what it linked count the same articles, so they seal at the same points and end with the
   * same samples and summaries whatever runs the articles came in.
   */
  private clock(published: string | null): void {
    this.newest = maxDate(this.newest, published);
    if (++this.sinceSeal >= SEAL_EVERY) this.sealIdleStories();
  }

  private track(storyId: string, doc: StoryDoc): StoryState {
    let state = this.stories.get(storyId);
    if (!state) {
      state = {
        articles: [],
        outlets: new Set(),
        first: null,
        last: null,
        sample: [],
        absorbed: [],
        summary: null,
        summarized: 0,
        sealed: false,
        stored: false,
      };
      this.stories.set(storyId, state);
    }
    state.articles.push(doc.id);
    if (doc.outlet) state.outlets.add(doc.outlet);
    state.first = minDate(state.first, doc.published);
    state.last = maxDate(state.last, doc.published);
    if (state.sample.length < STORY_SAMPLE) state.sample.push(doc);
    return state;
  }

  /**
   * The stored title and key entities of sealed stories that `open` restored without a summary and this batch joined:
   * the summary of the sample they were sealed with, which the run that sealed them stored. Summarising every story
   * the replay seals instead cost a restart 1.4–2.5 CPU s at 10k–100k stored; only a follow-up needs one.
   */
  private async storedSummaries(touched: Set<string>): Promise<void> {
    for (const id of touched) {
      const state = this.stories.get(id);
      if (!state?.sealed || state.summary) continue;
      const record = await this.store.getStory(id);
      if (record)
        state.summary = {
          title: record.title,
          keyEntities: record.key_entities,
          first: record.first_published,
          last: record.last_published,
        };
    }
  }

  /**
   * The stories `ids` absorbed, as stored: the replay restores a story from its articles, which do not say which ids
   * it absorbed, and these stories' records are written again (`finish`) whether or not anything joins them.
   */
  private async restoreAbsorbed(ids: string[]): Promise<void> {
    for (const id of ids) {
      const state = this.stories.get(id);
      if (!state || state.absorbed.length > 0) continue;
      const record = await this.store.getStory(id);
      if (record?.id === id) state.absorbed = [...record.absorbed];
    }
  }

  private absorb(into: string, from: string): void {
    const source = this.stories.get(from);
    const target = this.stories.get(into);
    if (!target) return;
    // A story born and merged within one batch never held an article here: only its id is recorded.
    if (!source) {
      target.absorbed.push(from);
      return;
    }
    target.articles.push(...source.articles);
    for (const o of source.outlets) target.outlets.add(o);
    target.first = minDate(target.first, source.first);
    target.last = maxDate(target.last, source.last);
    const room = Math.max(0, STORY_SAMPLE - target.sample.length);
    if (room > 0 && source.sample.length > 0) {
      target.sample.push(...source.sample.slice(0, room));
      target.summary = null;
    }
    this.stale.delete(from);
    target.absorbed.push(from, ...source.absorbed);
    this.stories.delete(from);
  }

  /**
   * A story's record. Summarising (title, key entities) reads every sampled article, and a growing story is written
   * in every batch that adds to it: redoing it each time cost a quarter of linking. Within a run the summary is
   * redone only when the sample has doubled or filled up; `finish` brings every older one up to date, so what a
   * finished run stores is exactly the summary of each story's final sample.
   */
  private storyRecord(id: string, final = false): StoryRecord {
    const state = this.stories.get(id)!;
    state.stored = true;
    const size = state.sample.length;
    const due = final || size >= STORY_SAMPLE || size >= 2 * state.summarized;
    if (state.sealed && state.summary) {
      // A story past the window that a follow-up joined (the linker's followUpDays): its summary of the articles
      // before stands.
      state.summarized = size;
    } else if (!state.summary || (due && size !== state.summarized)) {
      state.summary = summarizeStory(state.sample);
      state.summarized = size;
    }
    if (state.summarized === size) this.stale.delete(id);
    else this.stale.add(id);
    const summary = state.summary;
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

  /**
   * The end of a run: the records of stories last written with a summary of an earlier sample, brought up to date.
   * Empty (nothing to store) when there are none. The same at the start of a run after one that stopped mid-way:
   * `open` restores the stories the store lists as stale.
   */
  finish(): LinkBatch {
    const stories = [...this.stale]
      .filter((id) => this.stories.has(id))
      .map((id) => this.storyRecord(id, true));
    this.stale.clear();
    return { ...emptyLinkBatch(), stories };
  }

  /**
   * Links articles given in publication order (stored already); returns what to store with them in one transaction.
   * The articles are one story batch (StoryLinker.linkBatch): stories born within it are settled before any is stored.
   * With `last` (the run's last batch), it also carries what `finish` would: the store then never shows every article
   * linked while a story still has the summary of an earlier sample (a reader exporting between the two transactions
   * saw it, and a run stopped between them left it for good: the next run has nothing to link and no stale list).
   */
  async link(articles: StoredArticle[], { last = false }: { last?: boolean } = {}): Promise<LinkBatch> {
    const batch = emptyLinkBatch();
    const touched = new Set<string>();
    const docs = articles.map(storyDocOf);
    const placed = this.storyLinker.linkBatch(docs);
    for (const [i, article] of articles.entries()) {
      batch.articles.push(article.id);
      const local = article.analysis?.entities ?? [];
      const mapping = this.registry.resolve(article.id, local);
      for (const [localId, entity] of mapping)
        batch.articleEntities.push({ article: article.id, local: localId, entity });

      const story = placed.stories[i];
      this.track(story, docs[i]);
      touched.add(story);
      this.clock(article.published);
      batch.articleStories.push({ article: article.id, story });

      const reuseDoc = reuseDocOf(article);
      const earlier = await this.store.reuseDocs(this.reuse.candidates(reuseDoc));
      for (const passage of this.reuse.addWith(reuseDoc, earlier)) batch.reuse.push(reuseRecordOf(passage));
    }
    await this.storedSummaries(touched);
    // Stories of earlier batches merged into others: only now, when the stories they went into are tracked.
    for (const { from, into } of placed.merged) {
      this.absorb(into, from);
      this.claims.mergeStories(from, into);
      batch.mergedStories.push({ from, into });
      touched.delete(from);
    }
    // Claims need only the stories decided above, so the batch goes in at once: a claim stated by many articles of
    // the batch is copied out once.
    // Each claim carries only its new sightings and members: the store appends them (nothing is rewritten).
    const storyOf = new Map(batch.articleStories.map((x) => [x.article, x.story]));
    const claimDocs = await this.claimDocs(articles.map((a) => claimDocOf(a, storyOf.get(a.id) ?? null)));
    batch.claims = this.claims.addBatch(claimDocs).map((c) => ({ ...claimRecordOf(c), size: c.size }));
    batch.claimCores = this.claims.newCores();
    batch.entities = this.registry.changed();
    batch.stories = [...touched].filter((id) => this.stories.has(id)).map((id) => this.storyRecord(id, last));
    if (last) batch.stories.push(...this.finish().stories);
    batch.staleStories = batch.stories.filter((s) => this.stale.has(s.id)).map((s) => s.id);
    return batch;
  }
}
