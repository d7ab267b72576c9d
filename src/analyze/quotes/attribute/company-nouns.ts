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
 * Beside the businesses, bodies that a story names by their kind just as often ("the agency said", "the brokerage
 * said", "according to the commission"). Kept apart from COMPANY_NOUNS, whose words also tell who can hold a stance.
 */
export const REFERRED_KIND_NOUNS = new Set([
  ...COMPANY_NOUNS,
  ...'agency brokerage commission ministry label studio publisher'.split(' '),
]);

/**
 * A word of trade or field that only says what kind of business it is ("the production company", "the logistics
 * firm", "the space agency"), never one that sets it apart from the one named ("the rival firm", "the parent
 * company", "the other bank" are other ones).
 */
const KIND_MODIFIER =
  '(?:production|music|record|news|media|tech|technology|software|internet|investment|financial|insurance|logistics|shipping|freight|oil|energy|mining|drug|pharmaceutical|biotech|space|health|research|consulting|law|entertainment|gaming|streaming|telecom|chip|semiconductor|retail|fashion|food|beverage|aerospace|defen[cs]e|travel|hotel|construction|engineering|advertising|marketing|data|analytics|broadcasting|television|film|publishing|toy|sports|federal|state)';

/**
 * "the company" right before the verb, with at most a word of its trade between ("the rival firm" is another one),
 * or its management ("Company management said", "the company's management"), which speaks for the business as its
 * statements do.
 */
const COMPANY_PHRASE_RE = new RegExp(
  `(?:^|[^\\p{L}])(the\\s+(?:${KIND_MODIFIER}\\s+)?([a-z]+)|(?:the\\s+)?([a-z]+)(?:[’']s)?\\s+management)$`,
  'iu',
);

/**
 * The same phrase opening the words after a verb or "according to" ("…,” said the company.", "according to the
 * agency"): not when it owns what follows ("the company's chief executive" is a person) or a name sets it off
 * ("said the company, Harlow Freight": that name is read as it is).
 */
const COMPANY_PHRASE_AHEAD_RE = new RegExp(
  `^the\\s+(?:${KIND_MODIFIER}\\s+)?([a-z]+)(?![\\p{L}’'-])(?!,\\s+\\p{Lu})`,
  'iu',
);

/**
 * The business "the company" ending at `end` stands for: the one organization named in this sentence or the two
 * before it (no further back than the paragraph before), outside quotations. With none, or with two ("Airbus and
 * Boeing … . The company said"), the text does not settle it: null, and the phrase is read as any other. With
 * `whole`, the phrase must be all of its clause's subject, with no word right before it ("an analyst at the
 * brokerage" is a person at the body).
 */
export function companyReferent(
  fx: Finder,
  tail: string,
  end: number,
  sentence: number,
  whole = false,
): Subject | null {
  const phrase = COMPANY_PHRASE_RE.exec(tail);
  if (!phrase || !REFERRED_KIND_NOUNS.has((phrase[2] ?? phrase[3]).toLowerCase())) return null;
  if (whole && /\p{L}\s*$/u.test(tail.slice(0, tail.length - phrase[1].length))) return null;
  const noun = (phrase[2] ?? phrase[3]).toLowerCase();
  return businessNamedBefore(fx, end - phrase[1].length, end, sentence, COMPANY_NOUNS.has(noun));
}

/** companyReferent for the phrase opening `head`, the words from `start` on ("said the company", "according to the agency"). */
export function companyReferentAhead(
  fx: Finder,
  head: string,
  start: number,
  sentence: number,
): Subject | null {
  const phrase = COMPANY_PHRASE_AHEAD_RE.exec(head);
  if (!phrase || !REFERRED_KIND_NOUNS.has(phrase[1].toLowerCase())) return null;
  const business = COMPANY_NOUNS.has(phrase[1].toLowerCase());
  return businessNamedBefore(fx, start, start + phrase[0].length, sentence, business);
}

/**
 * The one business named shortly before `start` (see companyReferent), as the subject spanning `start`–`end`. With
 * several, the organization that opens the sentence before as its subject, when the others are names of no kind
 * and none is named in the phrase's own sentence: "VW has used … in favor of more AppleSkin. The automaker says" is
 * VW's. Else the text does not settle it.
 */
function businessNamedBefore(
  fx: Finder,
  start: number,
  end: number,
  sentence: number,
  business: boolean,
): Subject | null {
  const para = fx.paraOf[sentence];
  const from = Math.max(
    fx.sentences[Math.max(0, sentence - 2)].start,
    fx.paraStartOf(fx.paragraphBefore(para)),
  );
  let only: string | null = null;
  let several = false;
  let opening: string | null = null;
  // Organizations among them other than the opening one: "The attorney general is investigating Corvane. The
  // company said …" is Corvane's, not the regulator's, so two organizations leave it unsettled.
  const organizations = new Set<string>();
  // "Forbes put his net worth at $45 billion. But Mr. Bloomberg doesn't appear on Bloomberg's own list. The
  // company says": a person named after the business may have brought up another one (here his own).
  let personSince = false;
  for (const m of fx.index.mentions) {
    if (m.start < from || fx.masked[m.start] === '~') continue;
    if (m.start >= start) break;
    const type = typeOfMention(fx, m);
    if (type === 'person') personSince = only !== null;
    if (!isBusinessLike(fx, m, type)) continue;
    if (type === 'organization') organizations.add(m.entity);
    if (only !== null && only !== m.entity) several = true;
    only = m.entity;
    const at = fx.sentenceAt(m.start);
    if (
      at === sentence - 1 &&
      type === 'organization' &&
      opensSentence(fx, m) &&
      !(business && PUBLIC_BODY_RE.test(m.text))
    )
      opening = m.entity;
    // "Instagram first introduced … . There are now … across Facebook’s platforms, according to the company": a
    // business in the phrase's own sentence may be the one meant.
    else if (at === sentence && m.entity !== opening) opening = null;
    personSince = false;
  }
  const openingAlone = opening !== null && [...organizations].every((e) => e === opening);
  const settled = several ? (openingAlone ? opening : null) : only;
  const f = settled === null || personSince ? null : (fx.entities.get(settled) ?? null);
  return f ? fromFacts(f, start, end) : null;
}

/**
 * A public body by its name ("the Harlan Commission", "the Justice Department"): "The Harlan Commission is
 * investigating Corvane. The company said …" is Corvane's, however the tagger typed it, never the regulator's.
 */
const PUBLIC_BODY_RE =
  /\b(?:Commission|Attorney|Department|Ministry|Agency|Court|Police|Council|Committee|Authority|Bureau|Administration|Government|Senate|House|Congress|Parliament|Prosecutors?|Regulators?|Office|Federal|Inspector|Tribunal|Board)\b/;

/**
 * Whether a mention opens its sentence alone, "The" aside ("The Heritage Foundation notes …"): not one of two joined
 * ("Airbus and Boeing … . The company said" stays unsettled).
 */
function opensSentence(fx: Finder, m: Mention): boolean {
  const sent = fx.sentences[fx.sentenceAt(m.start)];
  return (
    sent !== undefined &&
    /^[\s"“‘']*(?:[Tt]he\s+)?$/.test(fx.masked.slice(sent.start, m.start)) &&
    /^\s+\p{Ll}/u.test(fx.masked.slice(m.end, m.end + 3)) &&
    !/^\s+(?:and|or)\s/.test(fx.masked.slice(m.end, m.end + 5))
  );
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

/**
 * "The company, which is expected to cut jobs, confirmed …": a body named by its kind, with an aside set off by
 * commas before its verb, stands for the business named before as "the company confirmed" does. Only as the whole
 * subject, opening its clause.
 */
export function kindBeforeAside(
  fx: Finder,
  subject: Subject,
  cueStart: number,
  sentence: number,
): Subject | null {
  if (subject.speaker !== null || subject.entity !== null || cueStart <= subject.end) return null;
  if (!/^\s*,/.test(fx.masked.slice(subject.end, cueStart))) return null;
  const from = fx.sentences[sentence]?.start ?? 0;
  if (from > subject.start) return null;
  const body = companyReferent(fx, fx.masked.slice(from, subject.end), subject.end, sentence, true);
  return body && body.start === subject.start ? body : null;
}
