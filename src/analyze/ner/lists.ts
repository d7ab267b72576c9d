// Name lists for the gazetteer features, taken from compromise's lexicon (a dependency already installed): first and
// last names, famous people, cities, countries, regions, organizations, sports teams, nationalities, titles.

import nlp from 'compromise';
import { normalizeWord } from './features.js';
import { ENTITY_TYPES } from './tags.js';

/**
 * The gazetteer maps a phrase to a bitmask: bits 0-3 are the entity types it had in the training data, and the
 * bits from LIST_BIT_BASE on say which of these lists hold it. Only append, since a list's bit is part of its
 * feature keys.
 */
export const NAME_LISTS = [
  'firstName',
  'lastName',
  'person',
  'city',
  'country',
  'region',
  'organization',
  'sportsTeam',
  'demonym',
  'title',
  'calendar',
] as const;
export type NameList = (typeof NAME_LISTS)[number];
export const LIST_BIT_BASE = ENTITY_TYPES.length;

/** compromise's lexicon tags (one or several joined by "+") and the list each goes to. */
const LIST_OF_TAG: Record<string, NameList> = {
  FirstName: 'firstName',
  MaleName: 'firstName',
  FemaleName: 'firstName',
  LastName: 'lastName',
  Person: 'person',
  City: 'city',
  Country: 'country',
  'Region+ProperNoun': 'region',
  'Place+ProperNoun': 'region',
  'Abbreviation+Place': 'region',
  Organization: 'organization',
  'Abbreviation+Organization': 'organization',
  SportsTeam: 'sportsTeam',
  Demonym: 'demonym',
  'Demonym+Plural': 'demonym',
  Honorific: 'title',
  'Abbreviation+Honorific': 'title',
  Actor: 'title',
  'Plural+Actor': 'title',
  WeekDay: 'calendar',
  Month: 'calendar',
  'Abbreviation+Month': 'calendar',
};

/** Phrase (tokens normalized as the tagger does, joined by " ") -> bitmask of the lists that hold it. */
export function compromiseNameLists(): Map<string, number> {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const lexicon = model.one.lexicon;
  const out = new Map<string, number>();
  // Sorted, so the map (and the model file written from it) does not depend on the lexicon's key order.
  for (const entry of Object.keys(lexicon).sort()) {
    const tag = lexicon[entry];
    const list = LIST_OF_TAG[Array.isArray(tag) ? tag.join('+') : tag];
    if (list === undefined) continue;
    const phrase = entry.split(/\s+/).filter(Boolean).map(normalizeWord).join(' ');
    if (!phrase) continue;
    out.set(phrase, (out.get(phrase) ?? 0) | (1 << (LIST_BIT_BASE + NAME_LISTS.indexOf(list))));
  }
  return out;
}

/** Adds the lists' bits to a gazetteer built from labeled data (a new map; neither input is changed). */
export function withNameLists(
  gazetteer: Map<string, number>,
  lists: Map<string, number>,
): Map<string, number> {
  const out = new Map(gazetteer);
  for (const [phrase, bits] of lists) out.set(phrase, (out.get(phrase) ?? 0) | bits);
  return out;
}
