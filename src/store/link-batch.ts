// A link batch with nothing in it: what the linker fills, and what tests and benchmarks start from.
import type { LinkBatch } from './types.js';

export const emptyLinkBatch = (): LinkBatch => ({
  articles: [],
  articleStories: [],
  stories: [],
  mergedStories: [],
  entities: [],
  articleEntities: [],
  reuse: [],
  claims: [],
  claimCores: [],
});
