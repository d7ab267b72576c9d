// A person's possessive before a noun of what they said or hold ("Sanders's critique of", "Trump's statement that",
// "Clinton's plan"): the possessor is whom a later "he" or "she" of the same sentence most often means.

import type { Mention } from '../../../model/index.js';
import type { Finder } from './finder.js';

/**
 * A possessive ending right after a name, then up to two modifiers and a noun of saying, arguing or proposing.
 * Person nouns ("Trump's lawyer said he …") are left out: there the pronoun means the lawyer.
 */
const POSSESSED_VIEW_AFTER_RE =
  /^[’']s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:critique|criticism|argument|case|claim|statement|remarks|comments?|speech|address|message|promise|pledge|proposal|plan|view|position|stance|account|testimony|platform|agenda|vision|attack|complaint|warning|pitch|rhetoric|answer|response|theory|defense|explanation|assertion|insistence|contention|message|letter|op-ed|essay|book|memoir|tweet|post|interview)s?\b/u;

/** Whether the mention `m` is a possessor before a noun of what was said or held ("Sanders's critique of …"). */
export const possessesView = (fx: Finder, m: Mention): boolean =>
  POSSESSED_VIEW_AFTER_RE.test(fx.masked.slice(m.end, m.end + 60));
