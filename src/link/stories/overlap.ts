// What one side's main names and people find on the other side: the name and person features of a candidate, each
// side's keys looked up once for all of the features that read them.

import type { Weights } from './vector.js';

/** A ranked name as the linker keeps it: its key and weight·idf, and its idf. */
export interface RankedName {
  key: string;
  score: number;
  idf: number;
}

/** What mainNamesOn found (fields overwritten by each call: read them before the next). */
export interface MainNamesFound {
  /** Share of the weight of the main names that the other side mentions at all. */
  coverage: number;
  /**
   * How prominent the two main names are on the other side, relative to the other side's own main name: two
   * same-kind events (two DUI arrests of players of one team) share the setting but not the protagonist.
   */
  protagonist: number;
  /** How many of the two main names the other side mentions. */
  lead: number;
}

/**
 * Looks one side's main names (`top`, best first) up on the other side once, for the three features that read them
 * (each used to look them up again: a tenth of the lookups per candidate).
 */
export function mainNamesOn(
  top: RankedName[],
  other: Weights,
  lead: RankedName | undefined,
  out: MainNamesFound,
): void {
  let all = 0;
  let hit = 0;
  let sum = 0;
  let named = 0;
  for (let i = 0; i < top.length; i++) {
    const r = top[i];
    const w = other.get(r.key);
    all += r.score;
    if (w === undefined) continue;
    hit += r.score;
    if (i >= 2) continue;
    named++;
    if (lead) sum += Math.min(1, (w * r.idf) / lead.score);
  }
  out.coverage = all > 0 ? hit / all : 0;
  out.protagonist = top.length === 0 || !lead ? 0 : sum / Math.min(2, top.length);
  out.lead = named;
}

/** What peopleOn found (fields overwritten by each call: read them before the next). */
export interface PeopleFound {
  /**
   * 1 when the side names people and the other mentions none of them anywhere (its names include every capitalised
   * token, so a surname the tagger missed still counts): two same-kind events happen to different people.
   */
  none: number;
  /**
   * Share of the side's people, weighted by how much the side names them, that the other side names at all: two
   * same-kind events share the setting (team, mountain, company) and often a background name, not the protagonist.
   */
  coverage: number;
  /**
   * How prominent, against the side's most named person, is the most named of its people the other side never
   * names: two fights of one champion share him and differ in the opponent, whom the coverage share dilutes.
   */
  stranger: number;
}

/**
 * Looks one side's people up on both sides once, for the three person features that read them. A surname in
 * `namesakes` (two people both sides name in full: namesakes.ts) counts as one the other side does not name.
 */
export function peopleOn(
  people: string[],
  own: Weights,
  other: Weights,
  namesakes: readonly string[],
  out: PeopleFound,
): void {
  let all = 0;
  let hit = 0;
  let top = 0;
  let stranger = 0;
  let anyNamed = false;
  for (let i = 0; i < people.length; i++) {
    const w = own.get(people[i]) ?? 0;
    const named = other.has(people[i]) && (namesakes.length === 0 || !namesakes.includes(people[i]));
    all += w;
    if (named) {
      hit += w;
      anyNamed = true;
    }
    if (w > top) top = w;
    if (w > stranger && !named) stranger = w;
  }
  out.none = people.length > 0 && !anyNamed ? 1 : 0;
  out.coverage = all > 0 ? hit / all : 0;
  out.stranger = top > 0 ? stranger / top : 0;
}
