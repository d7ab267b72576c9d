// The analyze stage: Article → Analysis (sentences, entity mentions, quotes with speakers, citations).

import type { Analysis, Article } from '../model/index.js';
import { analyzeEntities } from './entities/index.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import { findQuotes } from './quotes/index.js';

export interface Analyzer {
  analyze(article: Pick<Article, 'body' | 'captions' | 'title'>): Analysis;
}

/** Loads the committed models once; the returned analyzer is a pure function of each article. */
export function createAnalyzer(options: { nerModel?: NerModel; nerModelPath?: string } = {}): Analyzer {
  const model = options.nerModel ?? loadNerModel(options.nerModelPath);
  return {
    analyze(article) {
      const entities = analyzeEntities(
        { body: article.body, captions: article.captions, title: article.title },
        model,
      );
      const said = findQuotes({
        body: article.body,
        sentences: entities.sentences,
        mentions: entities.mentions,
        entities: entities.entities,
      });
      return {
        sentences: entities.sentences,
        mentions: entities.mentions,
        entities: entities.entities,
        quotes: said.quotes,
        citations: said.citations,
        messages: [...entities.messages, ...said.messages],
      };
    },
  };
}
