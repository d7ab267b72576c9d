// "Khizr and Ghazala Khan", "Bill and Hillary Clinton", "Jeb and George W. Bush": two people who share a surname,
// named together with the surname written once. The first is as much "Khan" as the second; left as a bare first
// name, a later "Mr. Khan" (and what he said) can only go to his wife or son.

import type { Token } from '../text/index.js';

const CONJUNCTION = /^(?:and|&)$/;
const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Where the full name over tokens [s, …) is the second of a coordinated pair "FIRST and FIRST2 … SURNAME": the
 * index of the first given name, else -1. The first must stand alone, a capitalised word right before "and" with
 * no capitalised word before it: in "John McCain and Lindsey Graham" or "Procter and Gamble" it is no given name.
 */
export function coordinatedFirstName(toks: Token[], s: number): number {
  const i = s - 2;
  if (i < 0 || !CONJUNCTION.test(toks[s - 1].text)) return -1;
  if (!GIVEN_NAME_SHAPE.test(toks[i].text)) return -1;
  const before = toks[i - 1]?.text ?? '';
  if (i > 0 && /^\p{Lu}/u.test(before) && !/^(?:The|A|An|But|And|When|While|As|Both)$/.test(before))
    return -1;
  return i;
}
