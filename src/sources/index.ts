// The door of the sources layer: read files, folders, gzip, JSON, JSONL and stdin into RawDocuments.
export { decodeBytes } from './decode.js';
export { readSources, STDIN_INPUT } from './read-sources.js';
export type { SourceItem, SourceOptions, SourceProblem } from './types.js';
export { DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_FILE_BYTES } from './types.js';
