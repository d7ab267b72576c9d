// Who said what: direct, partial and indirect quotes with resolved speakers, and the sources an article cites.

import type { Citation, LocalEntity, Mention, Message, Quote, Span } from '../../model/index.js';
import { findCitations } from '../citations/index.js';
import { findAttributions } from './attribute.js';

export type { Attribution, AttributionResult, Frame, Subject } from './attribute.js';
export { findAttributions, outletName } from './attribute.js';
export type { QuotedSpan } from './marks.js';
export { findQuotedSpans } from './marks.js';

export interface FindQuotesInput {
  body: string;
  /** Sentence spans from the splitter; the quote finder keeps its own quote-aware bounds, so these are optional. */
  sentences: Span[];
  mentions: Mention[];
  entities: LocalEntity[];
}

export interface FindQuotesResult {
  quotes: Quote[];
  citations: Citation[];
  messages: Message[];
}

/** Quotes and citations of one article body. Pure: same input, same output, no I/O. */
export function findQuotes(input: FindQuotesInput): FindQuotesResult {
  const messages: Message[] = [];
  const { body, mentions, entities } = input;
  if (body.length === 0) return { quotes: [], citations: [], messages };
  const res = findAttributions(body, mentions, entities);
  const quotes: Quote[] = res.attributions.map((a) => ({
    start: a.start,
    end: a.end,
    text: a.text,
    kind: a.kind,
    speaker: a.speaker,
    speakerEntity: a.speakerEntity,
    via: a.via,
  }));
  const unclosed = res.quoted.filter((q) => !q.closed && !q.multiParagraph).length;
  if (unclosed > 0) {
    messages.push({
      kind: 'info',
      source: 'analyze/quotes',
      message: `${unclosed} quotation mark(s) not closed before the end of the paragraph; quote ended there`,
    });
  }
  const citations = findCitations({ body, mentions, entities, frames: res.frames });
  return { quotes, citations, messages };
}
