// The wire dateline that opens a story or a paragraph: where it was filed, when, and for which agency, up to its
// dash. It is no part of the first sentence, of a content or of a clause, so the sentence splitter cuts it off
// (sentences.ts), and a content that opens on it drops it (attribute.ts), as it drops an agency's credit with no
// city. One definition serves both, so a clause or a subject search reads the sentence after the dash.

import { mayOpenDateline } from './gates.js';

/** A place written in capitals, of one or more words: "WASHINGTON", "NEW YORK", "ST. LOUIS", "COEUR D’ALENE". */
const CAPITALS_PLACE = String.raw`[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]+)*`;

/** A place in title case, of up to three words: "Washington", "New York", "Mexico City". */
const TITLE_PLACE = String.raw`[A-Z][a-z.'’-]+(?:[ \t]+[A-Z][a-z.'’-]+){0,2}`;

/** Up to three pieces after a comma, each a state or a date: ", Fla.", ", Calif., Jan. 1", ", N.Y., April 1". */
const STATES_AND_DATE = String.raw`(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Za-z0-9.]+){0,2}){0,3}`;

/** A date without a place, as Reuters opens a story filed from no one city: "Aug 27", "Dec. 29". */
const MONTH_DAY = String.raw`[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}`;

/**
 * The agency in brackets: "(Reuters)", "(AP)", "(AFP)", "(UPI)". A name of letters of at least two: a party and
 * state after a name ("Sen. Ted Cruz (R-Texas) — ") or one party letter ("Rep. Jane Doe (D) — ") is none.
 */
const AGENCY = String.raw`\([A-Z][A-Za-z.&'’ \t]{1,30}\)`;

/** The dash that ends the dateline, and the capital or quotation mark that opens the sentence after it. */
const DASH_THEN_SENTENCE = String.raw`[ \t]*[-—–―]{1,2}(?=[ \t]+[A-Z"“‘'])`;

/**
 * A dateline, read from its first letter up to its dash: a place in capitals with its state or date and an optional
 * agency ("ORLANDO, Fla. (Reuters) -", "PASADENA, Calif., Jan. 1 (UPI) —", "PHILADELPHIA ―"), a date with an
 * optional agency ("Aug 27 (Reuters) -"), or a place in title case, which needs its agency to be told from a name
 * ("Washington (AFP) –", "New York (AFP) –"; "Smith – " is none). The sentence after the dash opens with a capital
 * or a quotation mark: "NATO - the alliance - met" opens on a name set off by dashes, no dateline.
 */
export const DATELINE_RE = new RegExp(
  `(?:(?:${CAPITALS_PLACE}${STATES_AND_DATE}|${MONTH_DAY})(?:[ \\t]*${AGENCY})?|${TITLE_PLACE}${STATES_AND_DATE}[ \\t]*${AGENCY})${DASH_THEN_SENTENCE}`,
  'y',
);

/** Where a dateline starting at text[at] ends (just past its dash), or -1 when none starts there. */
export function datelineEnd(text: string, at: number): number {
  if (!mayOpenDateline(text, at)) return -1;
  DATELINE_RE.lastIndex = at;
  return DATELINE_RE.test(text) ? DATELINE_RE.lastIndex : -1;
}

/**
 * An agency's credit opening a story without its city: "(Reuters) — ", "(CNN) ", "(AP) -- ". Read only where a
 * content opens (the splitter leaves it in the first sentence: "(CNN) Trump said …" has no dash to end it at).
 */
const AGENCY_CREDIT_RE = /^\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua)\)\s*(?:(?:-{1,2}|[—–])\s*)?/;

/**
 * Where the words after a dateline or an agency's credit starting at text[at] begin (past its dash and the spaces
 * after), else `at`.
 */
export function pastDateline(text: string, at: number): number {
  let end = datelineEnd(text, at);
  if (end >= 0) {
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    return end;
  }
  if (text.charCodeAt(at) !== 40) return at;
  return at + (AGENCY_CREDIT_RE.exec(text.slice(at, at + 24))?.[0].length ?? 0);
}
