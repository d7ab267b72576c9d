// Who said what: direct, partial and indirect quotes with resolved speakers, and the sources an article cites.

import type { Citation, LocalEntity, Mention, Message, Quote, Span } from '../../model/index.js';
import { findCitations } from '../citations/index.js';
import { withToldSpeakers } from './attribute/channel-credits.js';
import { newAttribution, speakerOf } from './attribute/types.js';
import { type Attribution, findAttributions } from './attribute.js';
import { withBareTagsAsTags } from './bare-tag-contents.js';
import { isStatement, isThought, PREDICATE_OPENING } from './listed-statements.js';
import { withoutQuotationRunOns } from './quotation-run-ons.js';
import { withReportedSpeakers } from './reported-through.js';
import { wordCount } from './text.js';

export { contentSpan } from './attribute/quotation-marks.js';
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
  const thoughts = res.attributions.filter((a) => isThought(a, body));
  const outsideThoughts = (r: Attribution): boolean => !thoughts.some((t) => withinThought(t, r));
  const listed = withoutNestedRepeats(
    withReportedSpeakers(
      withRestated(
        mergedInOrder(withToldSpeakers(res.attributions), res.held).filter(
          (a) => isStatement(a, body) && outsideThoughts(a),
        ),
        res.restated.filter(outsideThoughts),
        body,
      ),
      res.frames,
      body,
    ),
  );
  // (Run-ons are taken off after the pieces of a broken sentence are joined: "These …, the lawyers said, “…” that …"
  // is one quote, and its second piece alone is no run-on of a quotation set off by its tag.)
  const quotes: Quote[] = withoutQuotationRunOns(
    withSubjectsJoined(withoutNestedAttributions(withoutTagHolders(withBareTagsAsTags(listed, body))), body),
    res.quoted,
    body,
  ).map((a) => ({
    start: a.start,
    end: a.quotationEnd ?? a.end,
    text: a.quotationEnd === undefined ? a.text : body.slice(a.start, a.quotationEnd),
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
  const speakingCues = new Set<number>();
  for (const a of listed) if (a.cue) speakingCues.add(a.cue.start);
  const citations = findCitations({ body, mentions, entities, frames: res.frames, speakingCues });
  return { quotes, citations, messages };
}

/**
 * "US officials wondering if … pledges to protect intellectual property are enough …": a paraphrase read inside
 * what someone knows, realizes, wonders or "sees as" is part of that thought, not said, and is not listed in its
 * place when the thought is not (listed-thoughts.ts). (A quotation inside it holds someone's words, and stays.)
 */
const withinThought = (thought: Attribution, r: Attribution): boolean =>
  r !== thought && r.kind === 'indirect' && thought.start <= r.start && r.end <= thought.end;

/**
 * Attributions with more put in among them (the quotations held in their reports, restated paraphrases), in the order
 * they come: by start, the longer first.
 */
const mergedInOrder = (attributions: Attribution[], more: Attribution[]): Attribution[] =>
  more.length === 0
    ? attributions
    : [...attributions, ...more].sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * "Schneiderman filed a lawsuit in 2013 alleging that Trump had defrauded …": PolNeAR marks the learned frame around
 * the listed one, and the listed paraphrase went as its repeat; where the learned content is no statement of its
 * own (an act, a fragment), the paraphrase inside it is what was said, and is listed; so are the partial quotes
 * it holds, as they were before.
 */
function withRestated(statements: Attribution[], restated: Attribution[], body: string): Attribution[] {
  // (A partial quote is listed inside its paraphrase, as any partial quote is.)
  const back = restated.filter(
    (r) =>
      isStatement(r, body) &&
      (r.kind === 'partial' || !statements.some((s) => s.start <= r.start && r.end <= s.end)),
  );
  return mergedInOrder(statements, back);
}

/**
 * "The tuft cell, Herbert said, is constantly sensing …", "At current rates, Bridenstine said, there will be …":
 * reported speech broken by its tag comes in two pieces, and a short first piece (a subject, an adverbial) means
 * nothing alone; it is listed with the rest as one quote,
 * the tag between them included, as the sentence reads. So is a long first piece when the second is its predicate
 * ("A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs …"). (A quotation broken by its tag stays in pieces: each is
 * words the speaker said.)
 */
function withSubjectsJoined(attributions: Attribution[], body: string): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    const b = attributions[i + 1];
    if (
      b &&
      a.kind === 'indirect' &&
      b.kind === 'indirect' &&
      a.cue !== null &&
      b.cue?.start === a.cue.start &&
      a.end <= a.cue.start &&
      b.start >= a.cue.end &&
      (wordCount(a.text, 7) <= 6 || PREDICATE_OPENING.test(b.text))
    ) {
      out.push(newAttribution({ ...a, end: b.end, text: body.slice(a.start, b.end) }));
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Drops a speakerless indirect quote, with no unnamed person behind it, that holds a quotation together with its
 * named speaker's tag: in "“I did nothing wrong,” Trump said, according to a transcript of the call", the transcript
 * tells where Trump's words are found and says nothing of its own.
 */
function withoutTagHolders(quotes: Attribution[]): Attribution[] {
  return quotes.filter(
    (q) =>
      q.kind !== 'indirect' ||
      q.speaker !== null ||
      q.sourceKind === 'anonymous' ||
      !holdsTaggedQuote(quotes, q),
  );
}

const holdsTaggedQuote = (quotes: Attribution[], q: Attribution): boolean =>
  quotes.some(
    (p) =>
      p.kind === 'direct' &&
      speakerOf(p) !== null &&
      p.cue !== null &&
      p.source !== null &&
      q.start <= p.start &&
      p.end <= q.end &&
      q.start <= p.source.start &&
      p.cue.end <= q.end,
  );

/**
 * Drops an indirect quote whose cue lies inside what another speaker is quoted as saying: in "Russia condemns
 * … attempts … while openly supporting the opposition, Lavrov declared", Lavrov said it all, and Russia is
 * credited with nothing of its own. (The benchmark's nested attributions still come from findAttributions.)
 */
function withoutNestedAttributions(quotes: Attribution[]): Attribution[] {
  return quotes.filter((q) => q.kind !== 'indirect' || q.cue === null || !cueInsideOther(quotes, q, q.cue));
}

/**
 * Whether another speaker's quote holds q's cue. `quotes` is sorted by start (findAttributions sorts it), so the
 * walk stops at the first quote that starts after the cue.
 */
function cueInsideOther(quotes: Attribution[], q: Attribution, cue: Span): boolean {
  const own = speakerOf(q);
  for (const p of quotes) {
    if (p.start > cue.start) return false;
    if (p === q || cue.end > p.end) continue;
    const other = speakerOf(p);
    if (other !== null && other !== own) return true;
  }
  return false;
}

/**
 * Drops an indirect quote that lies inside another quote of the same speaker ("the EU said it rejected the results,
 * claiming it was not free and fair" is one statement, not three): who-said-what lists each statement once.
 */
function withoutNestedRepeats<T extends Pick<Quote, 'start' | 'end' | 'kind' | 'speaker' | 'speakerEntity'>>(
  quotes: T[],
): T[] {
  return quotes.filter(
    (q) => q.kind !== 'indirect' || speakerOf(q) === null || !insideSameSpeaker(quotes, q),
  );
}

/**
 * Whether a longer (or earlier-starting) quote of q's speaker holds q. `quotes` is sorted by start, so the walk
 * stops at the first quote that starts after q.
 */
function insideSameSpeaker<T extends Pick<Quote, 'start' | 'end' | 'speaker' | 'speakerEntity'>>(
  quotes: T[],
  q: T,
): boolean {
  const own = speakerOf(q);
  for (const p of quotes) {
    if (p.start > q.start) return false;
    if (
      p !== q &&
      q.end <= p.end &&
      (p.end - p.start > q.end - q.start || p.start < q.start) &&
      speakerOf(p) === own
    )
      return true;
  }
  return false;
}
