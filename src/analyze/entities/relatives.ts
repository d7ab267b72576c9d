// A person introduced as somebody's relative ("her husband, Frank Fiorina", "Scott's wife, Rakeyia Scott"): the
// article names them for the one they are related to, who usually shares the surname and is the one it is about.

import type { Token } from '../text/index.js';

const KIN =
  /^(?:(?:step|grand|great-grand)?(?:son|daughter|father|mother|parent|child)s?|husband|wife|spouse|widow|widower|brother|sister|brothers|sisters|half-brother|half-sister|nephew|niece|uncle|aunt|cousin|ex-wife|ex-husband|(?:father|mother|son|daughter|brother|sister)-in-law)$/i;
const PERSONAL_POSSESSIVE = /^(?:her|his|their)$/i;

/**
 * Whether the name over tokens [s, e) is given as an apposition of a kinship noun: "her husband, X", "his wife X",
 * "the couple's son, X", or after it, "X, her husband,". A kinship noun after "a" or "the" alone ("the wife, X")
 * counts too: it still introduces the person by somebody else.
 */
export function isRelativeApposition(toks: Token[], s: number, e: number): boolean {
  let k = s - 1;
  if (toks[k]?.text === ',') k--;
  // "Father Pfleger", "Sister Simone": a capital kinship word is a title of the clergy.
  const kin = toks[k]?.text ?? '';
  if (KIN.test(kin) && !/^\p{Lu}/u.test(kin)) return true;
  const after = e < toks.length && toks[e].text === ',' ? e + 1 : -1;
  return (
    after > 0 && PERSONAL_POSSESSIVE.test(toks[after]?.text ?? '') && KIN.test(toks[after + 1]?.text ?? '')
  );
}
