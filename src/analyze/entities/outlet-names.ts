// News outlets the tagger reads as places or runs on into the next name: "As reported by Western Journalism",
// "an account she gave to The Washington Free Beacon", "according to Politico", "the editorial board of the
// Washington Post Trump said". An outlet is who reports, so a quotation credited to it needs it as an organization
// with its own bounds.

import type { Token } from '../text/index.js';
import type { TaggedSpan } from './analyze.js';

/** Last words of a newspaper's or a site's name: "Western Journalism", "Washington Free Beacon", "Chicago Tribune". */
const OUTLET_ENDINGS: ReadonlySet<string> = new Set(
  'journalism beacon post times journal tribune herald gazette examiner observer chronicle inquirer dispatch telegraph bulletin sentinel courier register'.split(
    ' ',
  ),
);

/** What an outlet does right after its name: "Politico reveals", "Axios reported". */
const REPORTS_AFTER: ReadonlySet<string> = new Set(['reported', 'reports', 'reveals', 'revealed']);

const lower = (w: string): string => w.toLowerCase();

/**
 * Whether tokens [s, e), which the tagger typed as a place, are an outlet: a name of two words or more that ends in
 * an outlet's word ("Western Journalism"), or a word no list holds as a place (`knownPlace`) that is credited with
 * a report: after "according to" or "reported by", or before "reported" ("according to Politico", "Politico reveals";
 * "according to Texas officials" and "Texas reported" stay places).
 */
export function isOutletReadAsPlace(
  toks: Token[],
  s: number,
  e: number,
  knownPlace: (word: string) => boolean,
): boolean {
  if (e - s > 1) return OUTLET_ENDINGS.has(lower(toks[e - 1].text));
  if (knownPlace(toks[s].text)) return false;
  const before = toks
    .slice(Math.max(0, s - 2), s)
    .map((t) => lower(t.text))
    .join(' ');
  const next = toks[e]?.text ?? '';
  const credited = before === 'according to' || before === 'reported by';
  return (credited && !/^\p{Lu}/u.test(next)) || REPORTS_AFTER.has(lower(next));
}

/**
 * "Washington Post Trump" (an organization's span): an outlet's name the tagger ran on into the surname of somebody
 * the article names as a person elsewhere (`personWords`, lower case). The span is cut after the outlet's word, and
 * the name after it is the person's.
 */
export function splitOutletFromPerson(
  toks: Token[],
  found: TaggedSpan[],
  personWords: ReadonlySet<string>,
): TaggedSpan[] {
  return found.flatMap((sp) => {
    if (sp.type !== 'ORG' || sp.tokenEnd - sp.tokenStart < 3) return [sp];
    for (let k = sp.tokenStart + 1; k < sp.tokenEnd - 1; k++) {
      if (!OUTLET_ENDINGS.has(lower(toks[k].text))) continue;
      const rest = toks.slice(k + 1, sp.tokenEnd);
      if (
        rest.length > 3 ||
        !rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && personWords.has(lower(t.text)))
      )
        return [sp];
      return [
        { tokenStart: sp.tokenStart, tokenEnd: k + 1, type: 'ORG' },
        { tokenStart: k + 1, tokenEnd: sp.tokenEnd, type: 'PER' },
      ];
    }
    return [sp];
  });
}
