// The analyze stage: Article → Analysis (sentences, entity mentions, quotes with speakers, citations).

import type { Analysis, Article } from '../model/index.js';
import { analyzeEntities } from './entities/index.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import { findQuotes } from './quotes/index.js';
import { looksEnglish, splitSentences } from './text/index.js';

export interface Analyzer {
  analyze(article: Pick<Article, 'body' | 'captions' | 'title'>): Analysis;
}

/** Loads the committed models once; the returned analyzer is a pure function of each article. */
export function createAnalyzer(options: { nerModel?: NerModel; nerModelPath?: string } = {}): Analyzer {
  const model = options.nerModel ?? loadNerModel(options.nerModelPath);
  return {
    analyze(article) {
      if (!looksEnglish(article.body)) return notEnglish(article.body);
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

/**
 * An article in another language gets its sentences and nothing more: the tagger and the quote finder are English
 * and would find names and quotes that are not there. It is still stored, cleaned, and linked into stories, reuse
 * and claims by its text.
 */
function notEnglish(body: string): Analysis {
  return {
    sentences: splitSentences(body),
    mentions: [],
    entities: [],
    quotes: [],
    citations: [],
    messages: [
      {
        kind: 'info',
        source: 'analyze',
        message: 'not English: entities, quotes and citations are found in English text only',
      },
    ],
  };
}
