// A per-article cap on clean text. A long article is analysed in windows (analyze/chunked.ts), but its result, the
// rows stored and the linker's view of it still grow with the text (an invented 10 MiB article: about 0.2 GB of
// result, more at the peak), so one oversized article could take the process down and the rest of the batch with
// it. Such an article is skipped with a message instead; the others still go in.

import type { Article } from '../model/index.js';
import type { SourceProblem } from '../sources/index.js';

/** 5 MiB of clean text: about a million words, hundreds of times a long news article; about 1 GB to annotate. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A size as people read it: MiB with one decimal from 1 MiB, else KiB, else bytes. */
const sizeOf = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
};

/** Bytes (UTF-8) of what the analyzer reads: the title, the body and the captions. */
export const cleanTextBytes = (article: Pick<Article, 'title' | 'body' | 'captions'>): number =>
  Buffer.byteLength(article.title ?? '') +
  Buffer.byteLength(article.body) +
  article.captions.reduce((sum, caption) => sum + Buffer.byteLength(caption), 0);

/** Why an article is too large to analyse, naming it and its size; null when it is within the limit. */
export function oversizedArticle(
  article: Article,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): SourceProblem | null {
  const bytes = cleanTextBytes(article);
  if (bytes <= maxBytes) return null;
  const title = article.title ? ` "${article.title.slice(0, 80)}"` : '';
  return {
    uri: article.source,
    reason: `article${title} has ${sizeOf(bytes)} of clean text, over the per-article limit of ${sizeOf(maxBytes)}`,
  };
}

/** Splits a window of articles into those within the limit and a problem for each one over it. */
export function withinSizeLimit(
  articles: Article[],
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): { kept: Article[]; problems: SourceProblem[] } {
  const kept: Article[] = [];
  const problems: SourceProblem[] = [];
  for (const article of articles) {
    const problem = oversizedArticle(article, maxBytes);
    if (problem) problems.push(problem);
    else kept.push(article);
  }
  return { kept, problems };
}
