// Namesakes: two people with one surname. The story features know people by surname ("Lee"), so that a lone "Lee"
// meets "Mary Lee"; where both sides give the surname in full with given names that cannot be one person's ("Mary
// Lee", "Ahmed Lee"), that surname is read as a person the other side does not name.

import type { Weights } from './vector.js';

/** Shared by every comparison that finds no namesake (read only). */
export const NO_NAMESAKES: string[] = [];

/** What namesakes() reads of a side (an article's DocSignals, or a story's). */
export interface NamedPeople {
  /** Surnames of the people it names in full. */
  fullPersons: string[];
  /** Their full names, lower-case without marks ("mary ann lee"). */
  fullNames: string[];
  /** Surnames its headlines name (DocSignals.headPersons, headSurnames). */
  headPersons: string[];
  headSurnames: string[];
}

/**
 * The surnames of people both sides' headlines name, given by both in full only ever with given names that cannot be
 * one person's, where neither side mentions any of the other's given names (`namesA`/`namesB`: the sides' name keys,
 * which hold every capitalised word).
 *
 * Given names are one person's when they start with one letter: news spells one person's given name many ways
 * ("Mo"/"Maurice", "Jon"/"John", "Dave"/"David", "Alexis"/"Alexandros", an initial), so other given names alone
 * split one person (ECB+ held out fell 0.954 → 0.948 on that reading: firstname45 in bench/stories/RESULTS.md),
 * where other first letters keep it (see mayBeOne). Only the headlines' people count: the people named further down
 * are often relatives, teammates or co-victims of one event (ECB+: "Ravi Singh" in one article of an event, "Piara
 * Singh" in another), where the headlines' are whom each article is about. A side that mentions the other's given
 * name ("Scott Peterson ... his wife Laci") writes about both people.
 */
export function namesakes(a: NamedPeople, namesA: Weights, b: NamedPeople, namesB: Weights): string[] {
  if (a.fullNames.length === 0 || b.fullNames.length === 0) return NO_NAMESAKES;
  let out = NO_NAMESAKES;
  for (let i = 0; i < a.fullPersons.length; i++) {
    const surname = a.fullPersons[i];
    if (!b.fullPersons.includes(surname)) continue;
    if (!inHeadlines(a, surname) || !inHeadlines(b, surname)) continue;
    if (!differentPeople(surname, a.fullNames, namesA, b.fullNames, namesB)) continue;
    if (out === NO_NAMESAKES) out = [];
    out.push(surname);
  }
  return out;
}

/** Whether a side's headlines name the person of that surname. */
function inHeadlines(x: NamedPeople, surname: string): boolean {
  return x.headPersons.includes(surname) || x.headSurnames.includes(surname);
}

/**
 * Whether one surname is given, on two sides, only with given names that cannot be one person's, neither side
 * mentioning the other's (false when a side gives it in no full name: nothing to compare).
 */
function differentPeople(
  surname: string,
  fullA: string[],
  namesA: Weights,
  fullB: string[],
  namesB: Weights,
): boolean {
  let seenB = false;
  for (let j = 0; j < fullB.length; j++) {
    if (!hasSurname(fullB[j], surname)) continue;
    seenB = true;
    if (mentionsGiven(namesA, fullB[j], surname)) return false;
  }
  if (!seenB) return false;
  let seenA = false;
  for (let i = 0; i < fullA.length; i++) {
    const a = fullA[i];
    if (!hasSurname(a, surname)) continue;
    seenA = true;
    if (mentionsGiven(namesB, a, surname)) return false;
    const givenA = givenWords(a, surname);
    for (let j = 0; j < fullB.length; j++) {
      const b = fullB[j];
      if (hasSurname(b, surname) && mayBeOne(givenA, givenWords(b, surname))) return false;
    }
  }
  return seenA;
}

/** Whether a full name ("mary ann lee") ends in the surname ("lee") as its own word. */
function hasSurname(full: string, surname: string): boolean {
  return (
    full.length > surname.length &&
    full.endsWith(surname) &&
    full.charCodeAt(full.length - surname.length - 1) === 32
  );
}

/**
 * The words of a full name before its surname, honorifics left out ("mrs sarah palin" → "sarah"): the entity stage
 * keeps what stood before a name, a title, a role or a team ("chargers nt jamal williams") as well as middle names.
 */
function givenWords(full: string, surname: string): string[] {
  const words = full.slice(0, full.length - surname.length - 1).split(' ');
  return words.filter((w) => w !== '' && !HONORIFICS.has(w));
}

/** Words before a name that are no given name and say nothing of it. */
const HONORIFICS = new Set('mr mrs ms miss mx dr prof sir dame lord lady rev fr'.split(' '));

/**
 * Whether a side's name keys hold one of the given words of the other side's full name: a side that mentions
 * "Laci" beside "Scott Peterson" writes about both people.
 */
function mentionsGiven(names: Weights, full: string, surname: string): boolean {
  for (const w of givenWords(full, surname)) if (w.length > 1 && names.has(w)) return true;
  return false;
}

/**
 * Whether two lists of given words can be one person's: no list (a bare title), or some word on each side with one
 * initial. News spells a given name many ways ("Mo"/"Maurice", "Jon"/"John", an initial), adds or drops a middle
 * name ("H. Dale Hall"/"Dale Hall") and what stood before it, and runs initials together ("PJ"/"J"); the
 * nicknames whose initial differs ("Bill"/"William") and a transliteration's first letter
 * ("Gurbanguly"/"Kurbanguly") are read as one name too.
 */
function mayBeOne(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a) for (const y of b) if (sameGivenName(x, y)) return true;
  return false;
}

function sameGivenName(x: string, y: string): boolean {
  const ix = initials(x);
  const iy = initials(y);
  for (const c of ix) if (iy.includes(c)) return true;
  // One name in another script's spelling: only the first sound differs, the next four letters agree.
  return x.length >= 5 && y.length >= 5 && x.slice(1, 5) === y.slice(1, 5);
}

/**
 * The initials a given word may stand for: its first letter ("c" and "k" as one: Catherine/Katherine), every letter
 * of run-together initials ("pj"), and the formal name's for a nickname that changes it ("bill": w).
 */
function initials(word: string): string {
  let out = word.length <= 2 ? word : word[0];
  out += NICKNAMES.get(word) ?? '';
  if (out.includes('c') || out.includes('k')) out += 'ck';
  return out;
}

/** Nicknames whose formal name starts with another letter, with that letter. */
const NICKNAMES = new Map<string, string>(
  (
    'bill:w billy:w bob:r bobby:r dick:r peggy:m peg:m polly:m molly:m ted:e teddy:e ned:e ' +
    'betty:e betsy:e bess:e liz:e beth:e tony:a sandy:a sasha:a'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
