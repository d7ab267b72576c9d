// wiretrace as a library: the door to every stage, the store and the server.

export { type Analyzer, createAnalyzer } from './analyze/index.js';
export { main } from './cli/index.js';
export { extractHtml } from './extract/html/index.js';
export {
  BoilerplateProfile,
  cleanText,
  detectLanguage,
  extractDocument,
  parseStatedDate,
} from './extract/index.js';
export { CorpusLinker } from './link/index.js';
export type * from './model/index.js';
export { emptyAnalysis } from './model/index.js';
export {
  extractBatches,
  extractWindow,
  type IngestSummary,
  ingest,
  type LinkSummary,
  link,
} from './pipeline/index.js';
export { EXPORT_TABLES, exportCsv, exportJson, exportJsonl } from './report/export.js';
export { createApp, type ServerOptions, startServer } from './server/index.js';
export {
  decodeBytes,
  readSources,
  type SourceItem,
  type SourceOptions,
  type SourceProblem,
} from './sources/index.js';
export { openStore, resolveDbLocation, SqliteStore } from './store/index.js';
export type * from './store/types.js';
