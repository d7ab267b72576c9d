// Batch runs: sources → extract → analyze → store, then link in publication order; every batch one transaction.

import type { Analyzer } from '../analyze/index.js';
import { BoilerplateProfile, extractDocument, observeDocument } from '../extract/index.js';
import { CorpusLinker } from '../link/index.js';
import type { Article, RawDocument } from '../model/index.js';
import { readSources, type SourceOptions, type SourceProblem } from '../sources/index.js';
import type { Store, StoredArticle } from '../store/types.js';

export interface IngestSummary {
  read: number;
  ingested: number;
  unchanged: number;
  skipped: number;
  problems: SourceProblem[];
}

export interface IngestOptions {
  sources?: SourceOptions;
  analyzer?: Analyzer;
  /** Documents read before cleaning starts, so that a batch's own template lines are learned first. */
  batchSize?: number;
  onProblem?: (problem: SourceProblem) => void;
  onProgress?: (summary: IngestSummary) => void;
}

/** Reads documents in windows: the window teaches the template profile, then is cleaned with it. */
export async function* extractBatches(
  inputs: string[],
  options: { sources?: SourceOptions; batchSize?: number; onProblem?: (p: SourceProblem) => void } = {},
): AsyncGenerator<Article[]> {
  const profile = new BoilerplateProfile();
  const size = options.batchSize ?? 500;
  let window: RawDocument[] = [];
  const flush = () => {
    for (const raw of window) observeDocument(profile, raw);
    const articles = window.map((raw) => extractDocument(raw, { profile }));
    window = [];
    return articles;
  };
  for await (const item of readSources(inputs, options.sources)) {
    if (item.kind === 'problem') {
      options.onProblem?.(item.problem);
      continue;
    }
    window.push(item.doc);
    if (window.length >= size) yield flush();
  }
  if (window.length) yield flush();
}

/** Ingests inputs into the store. A failed file is reported and skipped; what was committed stays. */
export async function ingest(
  store: Store,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, ingested: 0, unchanged: 0, skipped: 0, problems: [] };
  for await (const articles of extractBatches(inputs, {
    sources: options.sources,
    batchSize: options.batchSize,
    onProblem: (problem) => {
      summary.skipped++;
      summary.problems.push(problem);
      options.onProblem?.(problem);
    },
  })) {
    summary.read += articles.length;
    const items = articles.map((article) => ({
      article,
      analysis: options.analyzer ? options.analyzer.analyze(article) : null,
    }));
    const result = await store.putArticles(items);
    summary.ingested += result.inserted.length;
    summary.unchanged += result.unchanged.length;
    options.onProgress?.(summary);
  }
  return summary;
}

export interface LinkSummary {
  linked: number;
  stories: number;
  reuse: number;
  claims: number;
}

/** Links every article not linked yet, in publication order, committing every `batchSize` articles. */
export async function link(
  store: Store,
  options: { batchSize?: number; onProgress?: (s: LinkSummary) => void } = {},
): Promise<LinkSummary> {
  const summary: LinkSummary = { linked: 0, stories: 0, reuse: 0, claims: 0 };
  if ((await store.stats()).unlinked === 0) return summary;
  const linker = await CorpusLinker.open(store);
  const size = options.batchSize ?? 500;
  const pending: StoredArticle[] = [];
  const stories = new Set<string>();
  const flush = async () => {
    const batch = linker.link(pending.splice(0));
    await store.saveLinks(batch);
    summary.linked += batch.articles.length;
    summary.reuse += batch.reuse.length;
    for (const s of batch.stories) stories.add(s.id);
    for (const m of batch.mergedStories) stories.delete(m.from);
    summary.stories = stories.size;
    summary.claims += batch.claims.length;
    options.onProgress?.(summary);
  };
  // Keyset paging on (published, seq): rows marked linked behind the cursor do not shift the pages ahead.
  for await (const article of store.iterateArticles({ linked: false, order: 'published' })) {
    pending.push(article);
    if (pending.length >= size) await flush();
  }
  if (pending.length) await flush();
  return summary;
}
