// Door of the named-entity recognizer: load the model once, then tag token sequences (pure).

import type { Token } from '../text/index.js';
import { type NerModel, type TagOptions, tagDocument } from './model.js';
import type { NerType } from './tags.js';

export {
  type LabeledDocument,
  type LabeledSentence,
  parseConll,
  parseGum,
  parseUner,
  type Score,
  scoreSpans,
} from './conll.js';
export { loadNerModel } from './loader.js';
export { emptyModel, type NerModel, type TagOptions, tagDocument } from './model.js';
export { ENTITY_TYPES, type NerType, type TokenSpan } from './tags.js';

/** A recognized name: token range and character range in the text the tokens came from. */
export interface NerSpan {
  type: NerType;
  /** Token indices [tokenStart, tokenEnd) into the sentence's token list. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/** Tags sentences of tokens from one document (document-wide evidence is shared between them). */
export function recognize(model: NerModel, sentences: Token[][], options: TagOptions = {}): NerSpan[][] {
  const spans = tagDocument(
    model,
    sentences.map((s) => s.map((t) => t.text)),
    options,
  );
  return spans.map((list, si) =>
    list.map((sp) => ({
      type: sp.type,
      tokenStart: sp.start,
      tokenEnd: sp.end,
      start: sentences[si][sp.start].start,
      end: sentences[si][sp.end - 1].end,
    })),
  );
}
