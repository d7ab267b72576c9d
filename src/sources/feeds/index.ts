// The feeds door: RSS, Atom and sitemaps polled politely, with a status per feed.

export { isPrivateAddress } from './address.js';
export {
  FetchError,
  type FetcherOptions,
  type FetchResult,
  PoliteFetcher,
  ROBOTS_TOKEN,
  USER_AGENT,
} from './fetcher.js';
export { absoluteUrl, type FeedItem, type ParsedFeed, parseFeed } from './parse.js';
export { parseRobots, type RobotsRules } from './robots.js';
export {
  emptyState,
  type FeedStatus,
  loadState,
  parseFeedList,
  saveState,
  type WatchState,
} from './state.js';
export { FeedWatcher, type RoundSummary, type WatchOptions } from './watch.js';
