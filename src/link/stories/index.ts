// Story clustering: the door of the stories stage (online linker, story summaries).

export type { LinkTrace, StoryAssignment, StoryDoc, StoryFrequencies, StoryOptions } from './linker.js';
export { FOLLOW_UP_DAYS, StoryLinker } from './linker.js';
export { DEFAULT_MODEL, FEATURE_NAMES, type StoryModel } from './model.js';
export { type DocSignals, extractSignals, type TokenCache } from './signals.js';
export { type StorySummary, summarizeStory } from './summarize.js';
