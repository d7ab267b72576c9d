// Batch ingest: sources → extract → analyze → store, each batch committed in one transaction.

import type { Analyzer } from '../analyze/index.js';
import { BoilerplateProfile, extractDocument, observeDocument, prepareText } from '../extract/index.js';
import type { Article, RawDocument } from '../model/index.js';
import { readSources, type SourceOptions, type SourceProblem } from '../sources/index.js';
import type { Store } from '../store/types.js';
import { withinSizeLimit } from './article-size.js';

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
  /** Largest clean text an article may have (UTF-8 bytes); a larger one is reported and skipped. Default 5 MiB. */
  maxArticleBytes?: number;
  onProblem?: (problem: SourceProblem) => void;
  onProgress?: (summary: IngestSummary) => void;
}

/**
 * Extracts one window of documents: the window first teaches the template profile (so that its own template lines
 * are learned), then each document is cleaned with it. Files, HTTP posts and queue producers all go through here.
 */
export function extractWindow(profile: BoilerplateProfile, window: RawDocument[]): Article[] {
  const prepared = window.map((raw) => prepareText(raw));
  for (const [i, raw] of window.entries()) observeDocument(profile, raw, prepared[i]);
  return window.map((raw, i) => extractDocument(raw, { profile, prepared: prepared[i] }));
}

/**
 * Reads documents in windows, each extracted with the template learned so far. An article whose clean text is over
 * `maxArticleBytes` is reported as a problem and left out of its window.
 */
export async function* extractBatches(
  inputs: string[],
  options: Pick<IngestOptions, 'sources' | 'batchSize' | 'maxArticleBytes' | 'onProblem'> = {},
): AsyncGenerator<Article[]> {
  const profile = new BoilerplateProfile();
  const size = options.batchSize ?? 500;
  const window: RawDocument[] = [];
  const extracted = () => {
    const { kept, problems } = withinSizeLimit(
      extractWindow(profile, window.splice(0)),
      options.maxArticleBytes,
    );
    for (const problem of problems) options.onProblem?.(problem);
    return kept;
  };
  for await (const item of readSources(inputs, options.sources)) {
    if (item.kind === 'problem') {
      options.onProblem?.(item.problem);
      continue;
    }
    window.push(item.doc);
    if (window.length >= size) yield extracted();
  }
  if (window.length) yield extracted();
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
    maxArticleBytes: options.maxArticleBytes,
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
