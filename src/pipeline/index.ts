// Batch runs: ingest (sources → extract → analyze → store) and link (stories, entities, reuse, claims).

export { extractBatches, extractWindow, type IngestOptions, type IngestSummary, ingest } from './ingest.js';
export { type LinkSummary, link } from './link.js';
