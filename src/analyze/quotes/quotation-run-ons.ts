// Quotations set off by a comma after their cue: what follows the closing mark is the writer's sentence, not the
// speaker's words (span58, issue #5). The listing only; the scored attributions keep their content.

import { newAttribution, speakerOf } from './attribute/types.js';
import type { Attribution } from './attribute.js';
import { cueExact } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { wordCount } from './text.js';

/**
 * "Teachers chanted, “Fund our schools,” and “Put kids first,” as hundreds of them lined entrances …": a quotation set
 * off by a comma after its cue is the speaker's words, and what follows its closing mark is the writer's sentence. An
 * indirect quote that opens with that quotation and runs on past it is not listed; the quotation is, on its own, and so
 * is a longer quotation in the run-on that is listed nowhere else ("… signs with sayings such as, “Less Money on
 * Testing, More Money on Students.”"), credited to no one: the writer gives no speaker for it. (PolNeAR's scored
 * content is unchanged: only the listing.)
 */
export function withoutQuotationRunOns(
  quotes: Attribution[],
  quoted: QuotedSpan[],
  body: string,
): Attribution[] {
  const listedAt = new Set(quotes.filter((p) => p.kind !== 'indirect').map((p) => p.start));
  let replaced = false;
  const out = quotes.flatMap((a) => {
    if (a.kind !== 'indirect' || a.cue === null || !SET_OFF_BY_COMMA.test(body.slice(a.cue.end, a.start)))
      return [a];
    const opening = quoted.find((q) => q.open === a.start && q.closed);
    if (!opening || wordCount(body.slice(opening.close, a.end), 1) === 0) return [a];
    // ("“…,” adding that its value quadrupled": a second cue's content, the speaker's own paraphrase, goes on.)
    const second = SECOND_CUE_THAT.exec(body.slice(opening.close, a.end));
    if (second && cueExact(second[1])) return [a];
    const openingListed = quotes.some(
      (p) => p.kind !== 'indirect' && p.start === opening.innerStart && speakerOf(p) === speakerOf(a),
    );
    if (!openingListed) return [a];
    replaced = true;
    return quoted
      .filter(
        (q) =>
          q.open > opening.open &&
          q.close <= a.end &&
          !listedAt.has(q.innerStart) &&
          wordCount(body.slice(q.innerStart, q.innerEnd), MIN_RUN_ON_QUOTATION_WORDS) >=
            MIN_RUN_ON_QUOTATION_WORDS,
      )
      .map((q) =>
        newAttribution({
          ...a,
          start: q.innerStart,
          end: q.innerEnd,
          text: body.slice(q.innerStart, q.innerEnd),
          kind: 'partial',
          speaker: null,
          speakerEntity: null,
          via: null,
          source: null,
          cue: null,
          sourceKind: null,
          quotationEnd: undefined,
          contentEnd: undefined,
        }),
      );
  });
  // The quotations put in for a run-on come after the quotes it held; back in the order they come.
  return replaced ? out.sort((x, y) => x.start - y.start || y.end - x.end) : out;
}

/** An -ing cue and "that" right after the closing mark: "“…,” adding that …". */
const SECOND_CUE_THAT = /^[\s,;—–-]*(\p{Ll}+ing)\s+that\s/u;

/** A quotation of fewer words in the run-on is a name, a title or a scare quote, none of them anyone's statement. */
const MIN_RUN_ON_QUOTATION_WORDS = 4;

/** The comma (or colon) and space between a cue and the quotation it sets off: "chanted, “…”". */
const SET_OFF_BY_COMMA = /^[,:]\s+$/;
