// A later report that goes back over an earlier one: how the restart tests make a follow-up of a generated report.

import type { Analysis, Article } from '../../src/model/index.js';

export type Item = { article: Article; analysis: Analysis };

/**
 * `item` again as a later report (its id's first letter made `f`), dated `published`, titled `<label>: …` and opened by
 * a sentence of its own, so that the store does not take it for the same report again; its sentences are shifted past
 * that opening.
 */
export function lookBack({ article, analysis }: Item, label: string, published: string | null): Item {
  const id = `f${article.id.slice(1)}`;
  const opening = `${label}, report ${id} looked back. `;
  const shift = (s: { start: number; end: number }) => ({
    ...s,
    start: s.start + opening.length,
    end: s.end + opening.length,
  });
  return {
    article: {
      ...article,
      id,
      source: `gen:${id}`,
      title: `${label}: ${article.title}`,
      published,
      body: opening + article.body,
    },
    analysis: {
      ...analysis,
      sentences: [{ start: 0, end: opening.length - 1 }, ...analysis.sentences.map(shift)],
    },
  };
}
