// The analyze stage: Article → Analysis (sentences, entity mentions, quotes with speakers, citations).

import type { Analysis, Article } from '../model/index.js';
import { analyzeInWindows, type ChunkOptions, chunkWindows, type WindowText } from './chunked.js';
import { analyzeEntities } from './entities/index.js';
import { loadNerModel, type NerModel } from './ner/index.js';
import { findQuotes } from './quotes/index.js';
import { looksEnglish, splitSentences } from './text/index.js';

export interface Analyzer {
  analyze(article: Pick<Article, 'body' | 'captions' | 'title'>): Analysis;
}

/**
 * Loads the committed models once; the returned analyzer is a pure function of each article. An article longer than
 * `chunkChars` (64 KiB by default) is analysed in paragraph-aligned windows and the results merged (./chunked.ts), so
 * that its memory is bounded by a window's, not the article's.
 */
export function createAnalyzer(
  options: { nerModel?: NerModel; nerModelPath?: string } & ChunkOptions = {},
): Analyzer {
  const model = options.nerModel ?? loadNerModel(options.nerModelPath);
  return {
    analyze(article) {
      const english = looksEnglish(article.body);
      const windows = chunkWindows(article.body, options);
      const analyzeText = english ? (text: WindowText) => analyzeEnglish(text, model) : notEnglishText;
      if (windows.length === 1) return analyzeText(article);
      return analyzeInWindows(article, windows, analyzeText);
    },
  };
}

function analyzeEnglish(article: WindowText, model: NerModel): Analysis {
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
}

const notEnglishText = (article: WindowText): Analysis => notEnglish(article.body);

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
