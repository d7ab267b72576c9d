// Polls feeds on a schedule and turns new article pages into RawDocuments; keeps going through bad feeds and hosts.

import type { RawDocument } from '../../model/index.js';
import { decodeBytes } from '../decode.js';
import { FetchError, type FetcherOptions, PoliteFetcher } from './fetcher.js';
import { type FeedItem, parseFeed } from './parse.js';
import { type FeedStatus, MAX_SEEN_PER_FEED, type WatchState } from './state.js';

export interface WatchOptions {
  state: WatchState;
  /** Takes the new documents of one feed poll and stores (or enqueues) them; returns how many were new. */
  sink: (docs: RawDocument[]) => Promise<number>;
  fetcher?: PoliteFetcher | FetcherOptions;
  /** Between two polls of a healthy feed. Default 15 minutes. */
  intervalMs?: number;
  /** Longest wait after repeated failures (the wait doubles with each). Default 6 hours. */
  maxBackoffMs?: number;
  /** New pages fetched per feed per poll, newest first in feed order. Default 50. */
  maxItemsPerPoll?: number;
  /** Pages fetched at once across hosts (each host still gets its own limit). Default 8. */
  concurrency?: number;
  /** Called after every feed poll, e.g. to save the state. */
  onPoll?: (status: FeedStatus) => void;
  now?: () => number;
}

export interface RoundSummary {
  polled: number;
  stored: number;
  failed: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

const statusOf = (state: WatchState, url: string): FeedStatus => {
  state.feeds[url] ??= { url, consecutiveFailures: 0, itemsSeen: 0, articlesStored: 0, pagesFailed: 0 };
  return state.feeds[url];
};

/** A feed's stated date as ISO 8601, when it is a date at all. */
const isoDate = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

/** Runs tasks with at most n at once. */
async function pool<T, R>(items: T[], n: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, run));
  return results;
}

export class FeedWatcher {
  private readonly fetcher: PoliteFetcher;
  private readonly now: () => number;

  constructor(private readonly options: WatchOptions) {
    this.fetcher =
      options.fetcher instanceof PoliteFetcher ? options.fetcher : new PoliteFetcher(options.fetcher ?? {});
    this.now = options.now ?? Date.now;
  }

  private get interval() {
    return this.options.intervalMs ?? 15 * 60_000;
  }

  /** Polls every feed that is due; a feed's failure is recorded in its status and never stops the round. */
  async pollDue(feeds: string[]): Promise<RoundSummary> {
    const summary: RoundSummary = { polled: 0, stored: 0, failed: 0 };
    const due = feeds.filter((url) => {
      const next = this.options.state.feeds[url]?.nextPollAt;
      return !next || Date.parse(next) <= this.now();
    });
    await pool(due, this.options.concurrency ?? 8, async (url) => {
      const status = await this.pollFeed(url);
      summary.polled++;
      if (status.lastError) summary.failed++;
      return status;
    });
    for (const url of due) summary.stored += this.options.state.feeds[url]?.lastStoredCount ?? 0;
    return summary;
  }

  /** When the next feed is due, in ms from now (0 if one is due already). */
  nextDueIn(feeds: string[]): number {
    const times = feeds.map((url) => {
      const next = this.options.state.feeds[url]?.nextPollAt;
      return next ? Date.parse(next) - this.now() : 0;
    });
    return Math.max(0, Math.min(...times, this.interval));
  }

  async pollFeed(url: string): Promise<FeedStatus> {
    const state = this.options.state;
    const status = statusOf(state, url);
    status.lastPolledAt = iso(this.now());
    status.lastStoredCount = 0;
    try {
      const items = await this.readFeed(url, status, 0);
      // A page announced by several feeds is fetched once.
      const seen = new Set(Object.values(state.seen).flat());
      const fresh = items.filter((item) => !seen.has(item.url)).slice(0, this.options.maxItemsPerPoll ?? 50);
      status.itemsSeen += fresh.length;
      const docs: RawDocument[] = [];
      const done: string[] = [];
      await pool(fresh, this.options.concurrency ?? 8, async (item) => {
        const outcome = await this.readPage(url, item);
        if (outcome.doc) docs.push(outcome.doc);
        if (!outcome.retry) done.push(item.url);
        else status.pagesFailed++;
      });
      // Feed order, not arrival order: the same poll gives the same documents in the same order.
      const order = new Map(fresh.map((item, i) => [item.url, i]));
      docs.sort((a, b) => (order.get(a.hints.url!) ?? 0) - (order.get(b.hints.url!) ?? 0));
      const stored = docs.length ? await this.options.sink(docs) : 0;
      status.articlesStored += stored;
      status.lastStoredCount = stored;
      // Links count as seen only once their documents are stored: a crash before that fetches them again.
      state.seen[url] = [...(state.seen[url] ?? []), ...done].slice(-MAX_SEEN_PER_FEED);
      status.consecutiveFailures = 0;
      status.lastError = undefined;
      status.lastOkAt = status.lastPolledAt;
      status.nextPollAt = iso(this.now() + this.interval);
    } catch (error) {
      status.consecutiveFailures++;
      status.lastResult = error instanceof FetchError ? error.kind : 'error';
      status.lastError = (error as Error).message;
      const backoff = Math.min(
        this.interval * 2 ** status.consecutiveFailures,
        this.options.maxBackoffMs ?? 6 * 3_600_000,
      );
      status.nextPollAt = iso(this.now() + backoff);
    }
    this.options.onPoll?.(status);
    return status;
  }

  /** The feed's items, with a conditional request; a sitemap index is followed one level down. */
  private async readFeed(url: string, status: FeedStatus, depth: number): Promise<FeedItem[]> {
    const headers: Record<string, string> = {};
    if (status.etag) headers['if-none-match'] = status.etag;
    if (status.lastModified) headers['if-modified-since'] = status.lastModified;
    const res = await this.fetcher.get(url, headers);
    if (res.status === 304) {
      status.lastResult = 'not-modified';
      return [];
    }
    if (res.status < 200 || res.status >= 300)
      throw new FetchError(`HTTP ${res.status} for ${url}`, 'http', res.status);
    const xml = decodeBytes(res.body).text;
    const feed = parseFeed(xml, res.url);
    if (feed.kind === 'unknown')
      throw new FetchError(`${url}: ${feed.problems.join('; ')}`, 'http', res.status);
    status.kind = feed.kind;
    status.title = feed.title ?? status.title;
    status.etag = res.headers.etag ?? undefined;
    status.lastModified = res.headers['last-modified'] ?? undefined;
    status.lastResult = 'ok';
    if (feed.kind !== 'sitemap-index') return feed.items;
    if (depth > 0) return [];
    const items: FeedItem[] = [];
    for (const child of feed.items.slice(0, 20)) {
      const childStatus = statusOf(this.options.state, child.url);
      try {
        items.push(...(await this.readFeed(child.url, childStatus, depth + 1)));
        childStatus.lastError = undefined;
      } catch (error) {
        childStatus.lastError = (error as Error).message;
      }
    }
    return items;
  }

  /** One article page; `retry` says whether a failure is worth another try on a later poll. */
  private async readPage(feed: string, item: FeedItem): Promise<{ doc?: RawDocument; retry: boolean }> {
    try {
      const res = await this.fetcher.get(item.url);
      if (res.status >= 400 && res.status < 500) return { retry: false };
      if (res.status < 200 || res.status >= 300) return { retry: true };
      const type = (res.headers['content-type'] ?? '').toLowerCase();
      const mediaType = type.includes('text/plain') ? 'text/plain' : 'text/html';
      if (type && !/html|xml|text\/plain/.test(type)) return { retry: false };
      const decoded = decodeBytes(res.body, { mediaType });
      return {
        retry: false,
        doc: {
          uri: item.url,
          mediaType,
          text: decoded.text,
          // The feed's title stays out of the hints: the page's own wins, and the same page read from two
          // feeds is then the same document (same id), stored once.
          hints: { url: res.url, published: isoDate(item.published) },
          meta: { feed, feedTitle: item.title ?? null },
          messages: decoded.messages,
        },
      };
    } catch (error) {
      const kind = error instanceof FetchError ? error.kind : 'network';
      return { retry: kind === 'timeout' || kind === 'network' };
    }
  }
}
