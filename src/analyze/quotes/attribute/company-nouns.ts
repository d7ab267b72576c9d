// "The company said", "the airline added": a business named by its kind stands for the business named just before.

import type { Mention } from '../../../model/index.js';
import { nationalityOf } from '../lexicon.js';
import { fromFacts, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import type { Subject } from './types.js';

/** Nouns that name a business by its kind, each the last word of "the company", "the airline" … */
export const COMPANY_NOUNS = new Set(
  'company firm airline bank carrier automaker carmaker retailer chipmaker lender insurer manufacturer conglomerate startup utility organization nonprofit'.split(
    ' ',
  ),
);

/**
 * "the company" right before the verb, with no word between ("the rival firm" is another one), or its management
 * ("Company management said", "the company's management"), which speaks for the business as its statements do.
 */
const COMPANY_PHRASE_RE = /(?:^|[^\p{L}])(the\s+([a-z]+)|(?:the\s+)?([a-z]+)(?:[’']s)?\s+management)$/iu;

/**
 * The business "the company" ending at `end` stands for: the one organization named in this sentence or the two
 * before it (no further back than the paragraph before), outside quotations. With none, or with two ("Airbus and
 * Boeing … . The company said"), the text does not settle it: null, and the phrase is read as any other.
 */
export function companyReferent(fx: Finder, tail: string, end: number, sentence: number): Subject | null {
  const phrase = COMPANY_PHRASE_RE.exec(tail);
  if (!phrase || !COMPANY_NOUNS.has((phrase[2] ?? phrase[3]).toLowerCase())) return null;
  const start = end - phrase[1].length;
  const para = fx.paraOf[sentence];
  const from = Math.max(
    fx.sentences[Math.max(0, sentence - 2)].start,
    fx.paraStartOf(fx.paragraphBefore(para)),
  );
  let only: string | null = null;
  // "Forbes put his net worth at $45 billion. But Mr. Bloomberg doesn't appear on Bloomberg's own list. The
  // company says": a person named after the business may have brought up another one (here his own).
  let personSince = false;
  for (const m of fx.index.mentions) {
    if (m.start < from || fx.masked[m.start] === '~') continue;
    if (m.start >= start) break;
    const type = typeOfMention(fx, m);
    if (type === 'person') personSince = only !== null;
    if (!isBusinessLike(fx, m, type)) continue;
    if (only !== null && only !== m.entity) return null;
    only = m.entity;
    personSince = false;
  }
  const f = only === null || personSince ? null : (fx.entities.get(only) ?? null);
  return f ? fromFacts(f, start, end) : null;
}

/**
 * An organization, or a name of no kind the tagger knows ("Boeing") that is neither a nationality ("American")
 * nor a product after "the" ("a pitchman for the Oreo").
 */
function isBusinessLike(fx: Finder, m: Mention, type: string): boolean {
  if (type === 'organization') return true;
  if (type !== 'other' || !fx.entities.has(m.entity)) return false;
  return (
    !nationalityOf(m.text.replace(/[’']s$/, '')) &&
    !/\bthe\s+$/i.test(fx.masked.slice(Math.max(0, m.start - 4), m.start))
  );
}
