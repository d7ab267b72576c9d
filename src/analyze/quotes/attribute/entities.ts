// From mentions to entities: name lookups, namesakes, gender, and subjects made from mentions.

import type { EntityType, Mention } from '../../../model/index.js';
import { type EntityFacts, hasFemaleFirstName } from '../speakers.js';
import { splitAtSpaces } from '../text.js';
import type { Finder, NameIndex } from './finder.js';
import { personWithin } from './subject-search.js';
import { namelessSubject, type Subject } from './types.js';

/** An entity by its name, an alias, or (for people) the surname alone. */
export function entityFor(fx: Finder, name: string): EntityFacts | null {
  const n = name.toLowerCase().replace(/^the\s+/, '');
  const names = nameIndex(fx);
  return names.exact.get(n) ?? (/\s/.test(n) ? null : (names.surname.get(n) ?? null));
}

/** Entities by lowercased name and alias (the first one in order wins), and people by surname. */
function nameIndex(fx: Finder): NameIndex {
  if (fx.names) return fx.names;
  const exact = new Map<string, EntityFacts>();
  const surname = new Map<string, EntityFacts>();
  for (const f of fx.entities.values()) {
    for (const key of [f.name, ...f.aliases]) {
      const k = key.toLowerCase();
      if (!exact.has(k)) exact.set(k, f);
    }
    if (f.type !== 'person') continue;
    const last = splitAtSpaces(f.name.toLowerCase()).pop() ?? '';
    // "Donald Trump" and "Donald J. Trump" may both be there: the one named most often wins.
    const known = surname.get(last);
    if (!known || f.positions.length > known.positions.length) surname.set(last, f);
  }
  fx.names = { exact, surname };
  return fx.names;
}

/** The type of the entity a mention names; the mention's own type when the entity is unknown. */
export function typeOfMention(fx: Finder, m: Mention): EntityType {
  return fx.entities.get(m.entity)?.type ?? m.type;
}

export function fromMention(fx: Finder, m: Mention, start = m.start): Subject {
  const f = namesakeByTitle(fx, m) ?? fx.entities.get(m.entity);
  const type = f?.type ?? m.type;
  return {
    start,
    end: m.end,
    speaker: f?.name ?? m.text,
    entity: f ? f.id : null,
    kind: type === 'person' ? 'person' : 'organization',
  };
}

/** The names people mentioned together go by, each once, in the order they come. */
export const distinctNames = (fx: Finder, people: Mention[]): string[] => [
  ...new Set(people.map((m) => fromMention(fx, m).speaker ?? m.text)),
];

/**
 * People speaking together as one speaker: all their names, the last joined by "and" ("Jeff Merkley, Sherrod Brown
 * and Robert Menendez"); one name stands alone.
 */
export const joinNames = (names: string[]): string =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * "Mrs. Clinton" where the entity stage linked the surname to Bill Clinton, the last one named in full: a title
 * of one gender names the namesake whose first name has that gender. Only first names are read: the titles seen
 * with a wrongly linked entity ("Mrs.") and the pronouns resolved to it are no evidence.
 */
function namesakeByTitle(fx: Finder, m: Mention): EntityFacts | null {
  // Most articles name no two people alike: the mention's gender is read only when a namesake exists.
  const f = fx.entities.get(m.entity);
  if (!f || f.type !== 'person') return null;
  const group = namesakeGroups(fx).get(f);
  if (!group) return null;
  const female = genderOfMention(fx, m);
  if (female === null || hasFemaleFirstName(f.name) === female) return null;
  return group.find((g) => g !== f && hasFemaleFirstName(g.name) === female) ?? null;
}

/** People named in full who share a surname with another ("Bill Clinton", "Hillary Clinton"), each with the group. */
function namesakeGroups(fx: Finder): Map<EntityFacts, EntityFacts[]> {
  if (fx.namesakes) return fx.namesakes;
  const bySurname = new Map<string, EntityFacts[]>();
  for (const f of fx.entities.values()) {
    const space = f.name.lastIndexOf(' ');
    if (f.type !== 'person' || space < 0) continue;
    const surname = f.name.slice(space + 1);
    const group = bySurname.get(surname);
    if (group) group.push(f);
    else bySurname.set(surname, [f]);
  }
  fx.namesakes = new Map();
  for (const group of bySurname.values())
    if (group.length > 1) for (const f of group) fx.namesakes.set(f, group);
  return fx.namesakes;
}

/**
 * Whether a surname stands for a woman (true) or a man (false), as its title says ("Mrs. Clinton"), or for a bare
 * surname the first pronoun after it in its clause outside quotation marks with no person named between ("Clinton
 * began to find her voice"); null when neither says.
 */
function genderOfMention(fx: Finder, m: Mention): boolean | null {
  const title = GENDER_TITLE_RE.exec(fx.masked.slice(Math.max(0, m.start - 6), m.start));
  if (title) return title[1] !== 'Mr';
  if (/\s/.test(m.text)) return null;
  const sentEnd = fx.sentences[fx.sentenceAt(m.start)]?.end ?? m.end;
  // Up to the first comma: "which Clinton conceded when polls closed, confirmed the strength of his appeal" is
  // another clause's "his".
  const clause = /^[^,;:—–]*/.exec(fx.masked.slice(m.end, sentEnd))?.[0] ?? '';
  const pronoun = GENDERED_PRONOUN_RE.exec(clause);
  if (!pronoun) return null;
  if (personWithin(fx, m.end, m.end + pronoun.index)) return null;
  return /^(?:she|her)$/i.test(pronoun[1]);
}

export function fromFacts(f: EntityFacts | null, start: number, end: number): Subject {
  if (!f) return namelessSubject(start, end);
  return {
    start,
    end,
    speaker: f.name,
    entity: f.id,
    kind: f.type === 'person' ? 'person' : 'organization',
  };
}

/** A title of one gender right before a surname: "Mrs. ", "Ms. ", "Mr. ". */
const GENDER_TITLE_RE = /(?:^|[^\p{L}])(Mrs|Ms|Miss|Mr)\.?\s+$/u;

/** The first gendered pronoun of a stretch of text. */
const GENDERED_PRONOUN_RE = /\b(she|her|he|his|him)\b/i;
