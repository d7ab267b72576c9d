// Ingest over HTTP: posted articles go through extract → analyze → store → link, one request at a time.

import type { Analyzer } from '../analyze/index.js';
import { BoilerplateProfile } from '../extract/index.js';
import type { Message, RawDocument } from '../model/index.js';
import { extractWindow } from '../pipeline/ingest.js';
import type { Store } from '../store/types.js';
import type { IngestInput } from './schemas.js';

export interface IngestResponse {
  inserted: string[];
  unchanged: { id: string; duplicateOf: string }[];
  linked: boolean;
  messages: Message[];
}

export function rawDocumentOf(input: IngestInput, index: number): RawDocument {
  return {
    uri: input.url ?? `http-post#${index + 1}`,
    mediaType: input.format === 'html' ? 'text/html' : 'text/plain',
    text: input.text,
    hints: {
      outlet: input.outlet,
      url: input.url,
      published: input.published,
      title: input.title,
      lang: input.lang,
    },
    meta: {},
    messages: [],
  };
}

export async function ingestArticles(
  store: Store,
  analyzer: Analyzer,
  inputs: IngestInput[],
): Promise<IngestResponse> {
  // The posted batch teaches the template profile, as a file batch does in the pipeline.
  const articles = extractWindow(new BoilerplateProfile(), inputs.map(rawDocumentOf));
  const items = articles.map((article) => ({ article, analysis: analyzer.analyze(article) }));
  const result = await store.putArticles(items);
  const messages = items.flatMap(({ article, analysis }) => [...article.messages, ...analysis.messages]);
  let linked = false;
  try {
    const { link } = await import('../pipeline/index.js');
    await link(store);
    linked = true;
  } catch (error) {
    messages.push({
      kind: 'warning',
      source: 'server/ingest',
      message: `stored but not linked yet: ${(error as Error).message}`,
    });
  }
  return { ...result, linked, messages };
}
