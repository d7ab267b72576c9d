// What `watch` remembers between polls and `feeds` shows: per-feed validators, schedule, errors and seen links.

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface FeedStatus {
  url: string;
  kind?: string;
  title?: string;
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastOkAt?: string;
  /** "ok", "not-modified", or what went wrong on the last poll. */
  lastResult?: string;
  lastError?: string;
  consecutiveFailures: number;
  nextPollAt?: string;
  itemsSeen: number;
  articlesStored: number;
  /** Articles stored by the last poll. */
  lastStoredCount?: number;
  pagesFailed: number;
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedStatus>;
  /** Article links already fetched (or given up on), per feed, newest last; bounded. */
  seen: Record<string, string[]>;
}

export const MAX_SEEN_PER_FEED = 5000;

export const emptyState = (): WatchState => ({ version: 1, feeds: {}, seen: {} });

export function loadState(path: string): WatchState {
  if (!existsSync(path)) return emptyState();
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as WatchState;
  if (parsed.version !== 1) throw new Error(`${path}: unknown feed state version ${parsed.version}`);
  return { version: 1, feeds: parsed.feeds ?? {}, seen: parsed.seen ?? {} };
}

/** Writes through a temporary file and a rename, so that a crash never leaves half a state file. */
export function saveState(path: string, state: WatchState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(tmp, path);
}

/** Reads a feeds list: one URL a line; blank lines and # comments ignored. */
export function parseFeedList(text: string): { feeds: string[]; problems: string[] } {
  const feeds: string[] = [];
  const problems: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    try {
      const url = new URL(line);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
      if (!feeds.includes(url.toString())) feeds.push(url.toString());
    } catch {
      problems.push(`line ${i + 1}: not an http(s) URL: ${line}`);
    }
  }
  return { feeds, problems };
}
