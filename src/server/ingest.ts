// Ingest over HTTP: posted articles go through extract → analyze → store → link, one request at a time.

import type { Analyzer } from '../analyze/index.js';
import { BoilerplateProfile } from '../extract/index.js';
import type { Message, RawDocument } from '../model/index.js';
import { withinSizeLimit } from '../pipeline/article-size.js';
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
  maxArticleBytes?: number,
): Promise<IngestResponse> {
  // The posted batch teaches the template profile, as a file batch does in the pipeline.
  const extracted = extractWindow(new BoilerplateProfile(), inputs.map(rawDocumentOf));
  // An article too large to analyse is left out and said so; the others of the request are still stored.
  const { kept: articles, problems } = withinSizeLimit(extracted, maxArticleBytes);
  const items = articles.map((article) => ({ article, analysis: analyzer.analyze(article) }));
  const result = await store.putArticles(items);
  const messages: Message[] = [
    ...problems.map(
      (p): Message => ({
        kind: 'warning',
        source: 'server/ingest',
        message: `skipped ${p.uri}: ${p.reason}`,
      }),
    ),
    ...items.flatMap(({ article, analysis }) => [...article.messages, ...analysis.messages]),
  ];
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
