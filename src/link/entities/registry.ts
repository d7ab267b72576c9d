// Cross-article entity identity: local entities from each article resolved to stable global entities.

import {
  initials,
  isGeneration,
  nameKey,
  PATRONYMIC_ENDING,
  placeKey,
  sameFirstName,
} from '../../analyze/entities/index.js';
import type { EntityType, LocalEntity } from '../../model/index.js';

/**
 * Articles that must have named someone as a person before a full name another article reads as an organization
 * joins them: one article's mistake ("Wells Fargo" read once as a person) must not take the others' organization.
 */
const PERSON_SEEN_IN = 2;

export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
}

interface PersonName {
  first: string;
  /** Middle names or initials ("w" in George W. Bush, "h w" in George H.W. Bush); empty when none. */
  middle: string;
  last: string;
  /** "jr", "sr", "ii" ... when the name ends in one; empty when none. */
  generation: string;
}

/** First and last name of a person's canonical name ("Mike Pompeo" -> mike/pompeo; "Pompeo" -> ""/pompeo). */
export function personName(name: string): PersonName {
  const all = nameKey(name)
    .replace(/,/g, ' ')
    .split(' ')
    .filter((w) => w);
  const words = all.filter((w) => !isGeneration(w));
  const generation = all.find((w) => isGeneration(w)) ?? '';
  if (!words.length) return { first: '', middle: '', last: '', generation };
  // "Alexander Grigoryevich" names someone by first name and patronymic: there is no surname in it.
  if (words.length === 2 && PATRONYMIC_ENDING.test(words[1]))
    return { first: words[0], middle: '', last: '', generation };
  return {
    first: words.length > 1 ? words[0] : '',
    middle: words.slice(1, -1).join(' '),
    last: words[words.length - 1],
    generation,
  };
}

/** Equal, one missing, or one the initial of the other ("J" and "John"; not "W" and "HW", which are initials both). */
const namePartsCompatible = (a: string, b: string): boolean =>
  !a ||
  !b ||
  a === b ||
  (a.length === 1 && b.length > 2 && b.startsWith(a)) ||
  (b.length === 1 && a.length > 2 && a.startsWith(b)) ||
  sameFirstName(a, b);

/**
 * "Arcade Joseph Comeaux Jr." is called "Joseph Comeaux Jr." (and W. Mitt Romney "Mitt Romney"): one name's first
 * name is the other's only middle name, spelled out, with the same generation.
 */
const goesByMiddleName = (a: PersonName, b: PersonName): boolean =>
  a.generation === b.generation &&
  ((a.first.length > 2 && a.first === b.middle) || (b.first.length > 2 && b.first === a.middle));

/**
 * Whether a person's name can be the known entity's: first names compatible, and no middle name or initial that
 * the entity's names contradict (George W. Bush is not George H.W. Bush nor George P. Bush).
 */
function personCompatible(name: PersonName, g: GlobalEntity): boolean {
  const theirs = personName(g.name);
  if (!namePartsCompatible(name.first, theirs.first) && !goesByMiddleName(name, theirs)) return false;
  // "Donald Trump Jr." is not Donald Trump; the formal "James B. Comey Jr." is James Comey.
  if (name.generation !== theirs.generation && !name.middle && !theirs.middle) return false;
  if (!name.middle) return true;
  for (const n of [g.name, ...g.aliases]) {
    const other = personName(n);
    if (other.last === name.last && !namePartsCompatible(name.middle, other.middle)) return false;
  }
  return true;
}

/**
 * An alias is kept for a person only when it can name the same person: the same surname or none ("Putin",
 * "Alexander Grigoryevich") and a compatible first name. An article that confused two people ("John Kerry" and
 * "John Kasich", "John G. Roberts" and "Jennifer Roberts") must not join them everywhere else; a bare "Jr." names
 * nobody.
 */
function samePerson(alias: string, canonical: string): boolean {
  const a = personName(alias);
  const c = personName(canonical);
  if (!a.first && !a.last) return false;
  return (!a.last || a.last === c.last) && namePartsCompatible(a.first, c.first);
}

/**
 * A one-word alias that ends a longer name of the same organization ("Post" of the Washington Post, "Union" of
 * the European Union, "PAC" of America Rising PAC) is the article's shorthand, not a name: it must not join other
 * organizations.
 */
function isShorthand(alias: string, names: string[]): boolean {
  const k = nameKey(alias);
  if (k.includes(' ')) return false;
  return names.some((n) => {
    const nk = nameKey(n);
    return nk !== k && nk.endsWith(` ${k}`);
  });
}

/** The names of an entity that identify it across articles: its name and aliases, short forms left out. */
function identifyingNames(e: { name: string; aliases: string[] }): string[] {
  const names = [e.name, ...e.aliases];
  return names.filter((n, i) => i === 0 || !isShorthand(n, names));
}

function hex(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const isAcronym = (s: string): boolean => /^[A-Z]{2,7}$/.test(s.replace(/\./g, ''));

/** A place named by an abbreviation or another of its names ("Ky.", "U.S.", "Britain"), not its own full name. */
const isShortPlaceName = (s: string): boolean => placeKey(s) !== nameKey(s);

/** Set in capitals throughout: a headline's or a wire slug's casing ("WIKILEAKS", "DONALD TRUMP"), not a name's. */
const isShouted = (s: string): boolean => s.length > 7 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

/**
 * The same name as `current` in the casing running text gives it: "WikiLeaks" for a headline's "WIKILEAKS", "GOP"
 * for a lower-cased "gop". (Not "ISIS" for "Isis": as initials it would take the first full name given with them.)
 */
const spelledBetter = (candidate: string, current: string): boolean =>
  candidate.toLowerCase() === current.toLowerCase() &&
  ((isShouted(current) && !isShouted(candidate)) ||
    (current === current.toLowerCase() && candidate !== current));

/**
 * Types an entity may change between as more articles read it: the tagger often reads a name as a miscellaneous
 * one in one article ("Politico", "Republican National Committee") and an organization in most others. People and
 * places are indexed apart, so they keep the type they were made with.
 */
const VOTED_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'other']);
/** The weight of a stored entity's type against this run's readings: it stood for every earlier article. */
const STORED_TYPE_WEIGHT = 3;
/** One article's reading as a vote: +1 organization, -1 other. */
const typeVote = (type: EntityType): number => (type === 'organization' ? 1 : -1);

/**
 * Words that institutions name themselves by: initials of such a name ("CIA", "NFL", "ACLU") are its usual short
 * form, so a guess from them is safe. Other names share initials by chance: "NBC" is no National Baptist
 * Convention, "SS" no Social Security, "TPP" no Texas Politics Project, "HP" no Huffington Post.
 */
const INSTITUTION_WORDS = new Set(
  (
    'agency bureau service services administration organization organisation department ministry commission ' +
    'committee league association union council fund bank reserve authority board office institute institution ' +
    'corporation company party federation court force forces command army navy guard police alliance coalition ' +
    'caucus network university college foundation society center centre agreement treaty partnership act ' +
    'program programme initiative conference assembly parliament'
  ).split(' '),
);
const isInstitutional = (key: string): boolean => key.split(' ').some((w) => INSTITUTION_WORDS.has(w));
/** Initials to guess a short form by: two letters ("SS", "HP") name too many things to guess from. */
const guessableInitials = (key: string): string => {
  const ini = isInstitutional(key) ? initials(key) : '';
  return ini.length >= 3 ? ini : '';
};

/** Entities across articles; rebuilt from the store at the start of each run, then fed article by article. */
export class EntityRegistry {
  private readonly byId = new Map<string, GlobalEntity>();
  /** person surname -> ids; other name/alias keys -> ids; initials of multiword names -> ids. */
  private readonly bySurname = new Map<string, string[]>();
  private readonly byKey = new Map<string, string[]>();
  private readonly byInitials = new Map<string, string[]>();
  /** places by the key their names and abbreviations share ("us" for US, U.S., United States) -> ids. */
  private readonly byPlace = new Map<string, string[]>();
  private readonly articles = new Map<string, Set<string>>();
  private dirty = new Set<string>();
  /**
   * Organization and other entities made or read in this run: how many more articles read them as an organization
   * than as other (one number each: a registry holds an entry for every such entity it sees).
   */
  private readonly typeBalance = new Map<string, number>();

  constructor(existing: GlobalEntity[] = []) {
    for (const e of existing) {
      const copy = { ...e, aliases: [...e.aliases], roles: [...e.roles] };
      this.byId.set(copy.id, copy);
      this.index(copy);
    }
  }

  /** Maps each local entity id of one article to a global id, creating or updating global entities. */
  resolve(articleId: string, entities: LocalEntity[]): Map<string, string> {
    const out = new Map<string, string>();
    // Full names first, so that a lone "Pompeo" in the same article finds "Mike Pompeo".
    const ordered = [...entities].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length);
    for (const local of ordered) {
      let g = this.find(local);
      if (g) this.absorb(g, local);
      else g = this.create(local);
      let seen = this.articles.get(g.id);
      if (!seen) {
        seen = new Set();
        this.articles.set(g.id, seen);
      }
      seen.add(articleId);
      out.set(local.id, g.id);
    }
    return out;
  }

  /** Global entities created or updated since construction or the previous call. */
  changed(): GlobalEntity[] {
    const out = [...this.dirty].map((id) => this.byId.get(id)).filter((e): e is GlobalEntity => !!e);
    this.dirty = new Set();
    return out.map((e) => ({ ...e, aliases: [...e.aliases], roles: [...e.roles] }));
  }

  /** Every entity known, for inspection and tests. */
  all(): GlobalEntity[] {
    return [...this.byId.values()].map((e) => ({ ...e, aliases: [...e.aliases], roles: [...e.roles] }));
  }

  private popularity(id: string): number {
    return this.articles.get(id)?.size ?? 0;
  }

  private best(ids: Iterable<string>): GlobalEntity | undefined {
    let best: GlobalEntity | undefined;
    for (const id of ids) {
      const e = this.byId.get(id);
      if (!e) continue;
      if (!best || this.popularity(id) > this.popularity(best.id)) best = e;
    }
    return best;
  }

  private find(local: LocalEntity): GlobalEntity | undefined {
    if (local.type === 'person') {
      const names = [local.name, ...local.aliases].map(personName);
      const main = names.find((n) => n.last) ?? names[0];
      if (!main.last) return undefined;
      const cands = (this.bySurname.get(main.last) ?? []).filter((id) => {
        const g = this.byId.get(id);
        return g?.type === 'person' && personCompatible(main, g);
      });
      if (!cands.length) {
        // A bare capitalized word with no title ("Minsk’s measures" tagged as a person) that names a known place or
        // organization is that place or organization.
        if (main.first || local.roles.length || local.aliases.length) return undefined;
        return this.best(
          (this.byKey.get(nameKey(local.name)) ?? []).filter((id) => this.byId.get(id)?.type !== 'person'),
        );
      }
      // Exact first names beat a bare surname; then a shared title ("President Bush" is not Reggie Bush when
      // George W. Bush has been President); otherwise the better-known entity wins.
      const exact = cands.filter((id) => {
        const g = this.byId.get(id);
        return g && main.first && personName(g.name).first === main.first;
      });
      if (exact.length) return this.best(exact);
      const roles = new Set(local.roles.map((r) => r.toLowerCase()));
      const titled = cands.filter((id) => this.byId.get(id)?.roles.some((r) => roles.has(r.toLowerCase())));
      return this.best(titled.length ? titled : cands);
    }
    const keys = identifyingNames(local).map(nameKey);
    const hits: string[] = [];
    for (const k of keys)
      for (const id of this.byKey.get(k) ?? []) if (this.namesAgree(local, id)) hits.push(id);
    if (!hits.length && local.type === 'place')
      for (const n of [local.name, ...local.aliases])
        for (const id of this.byPlace.get(placeKey(n)) ?? []) hits.push(id);
    // Initials are a guess no article made, so only organizations take it: "CT" is no "Cape Town" and "EPA" no
    // "Eating Plan A", while "NATO" alone may well be the North Atlantic Treaty Organization.
    const organization = (id: string): boolean => this.byId.get(id)?.type === 'organization';
    if (!hits.length && isAcronym(local.name) && local.type === 'organization')
      for (const id of this.byInitials.get(nameKey(local.name)) ?? []) if (organization(id)) hits.push(id);
    if (!hits.length && local.type === 'organization')
      for (const k of keys) {
        const ini = guessableInitials(k);
        if (ini)
          for (const id of this.byKey.get(ini) ?? [])
            if (organization(id) && isAcronym(this.byId.get(id)?.name ?? '')) hits.push(id);
      }
    const nonPerson = hits.filter((id) => this.byId.get(id)?.type !== 'person');
    const sameType = nonPerson.filter((id) => this.byId.get(id)?.type === local.type);
    return this.best(sameType.length ? sameType : nonPerson) ?? this.personNamedInFull(local);
  }

  /**
   * "brought Elton Brand to Philly", read as an organization in one article: a first name and surname that name a
   * known person, and nothing else, are that person.
   */
  private personNamedInFull(local: LocalEntity): GlobalEntity | undefined {
    const name = personName(local.name);
    if (!name.first || !name.last) return undefined;
    // "Brand" beside "Elton Brand" is the same name shortened; an alias of its own ("EB Inc.") is an organization's.
    const words = new Set(local.name.split(/\s+/).map(nameKey));
    if (local.aliases.some((a) => a.split(/\s+/).some((w) => !words.has(nameKey(w))))) return undefined;
    const key = nameKey(local.name);
    return this.best(
      (this.bySurname.get(name.last) ?? []).filter((id) => {
        const g = this.byId.get(id);
        return (
          g?.type === 'person' &&
          this.popularity(id) >= PERSON_SEEN_IN &&
          [g.name, ...g.aliases].some((n) => nameKey(n) === key)
        );
      }),
    );
  }

  /**
   * Two organizations with different full names are different whatever initials they share ("HP": Hewlett Packard
   * and the Huffington Post; "DNC": the National Committee and the National Convention).
   */
  private namesAgree(local: LocalEntity, id: string): boolean {
    const g = this.byId.get(id);
    if (!g || g.type === 'person' || local.type === 'person') return true;
    if (isAcronym(local.name) || isAcronym(g.name) || !local.name.includes(' ') || !g.name.includes(' '))
      return true;
    const theirs = new Set([g.name, ...g.aliases].filter((n) => !isAcronym(n)).map(nameKey));
    return [local.name, ...local.aliases].some((n) => !isAcronym(n) && theirs.has(nameKey(n)));
  }

  private create(local: LocalEntity): GlobalEntity {
    const base = `${local.type}:${nameKey(local.name)}`;
    let id = `ent-${hex(base, 0x811c9dc5)}${hex(base, 0x01234567)}`;
    for (let n = 2; this.byId.has(id); n++)
      id = `ent-${hex(`${base}#${n}`, 0x811c9dc5)}${hex(`${base}#${n}`, 0x01234567)}`;
    const seen = new Set([nameKey(local.name)]);
    const aliases: string[] = [];
    for (const a of local.aliases)
      if (!seen.has(nameKey(a)) && (local.type !== 'person' || samePerson(a, local.name))) {
        seen.add(nameKey(a));
        aliases.push(a);
      }
    const g: GlobalEntity = { id, name: local.name, type: local.type, aliases, roles: dedupe(local.roles) };
    this.byId.set(id, g);
    if (VOTED_TYPES.has(g.type)) this.typeBalance.set(id, typeVote(g.type));
    this.index(g);
    this.dirty.add(id);
    return g;
  }

  private absorb(g: GlobalEntity, local: LocalEntity): void {
    let touched = false;
    const known = new Set([g.name, ...g.aliases].map(nameKey));
    const better =
      (g.type === 'person'
        ? personName(local.name).first !== '' &&
          personName(g.name).first === '' &&
          personName(local.name).last !== ''
        : isAcronym(g.name) && !isAcronym(local.name)) ||
      spelledBetter(local.name, g.name) ||
      (g.type === 'place' && isShortPlaceName(g.name) && !isShortPlaceName(local.name));
    if (better) {
      g.aliases.push(g.name);
      g.name = local.name;
      touched = true;
    }
    for (const a of [local.name, ...local.aliases]) {
      const k = nameKey(a);
      if (known.has(k) || k === nameKey(g.name)) continue;
      if (g.type === 'person' && !samePerson(a, g.name)) continue;
      known.add(k);
      g.aliases.push(a);
      touched = true;
    }
    g.aliases = g.aliases.filter((a) => nameKey(a) !== nameKey(g.name));
    if (this.voteType(g, local.type)) touched = true;
    const roles = dedupe([...g.roles, ...local.roles]);
    if (roles.length !== g.roles.length) {
      g.roles = roles;
      touched = true;
    }
    if (touched) {
      this.index(g);
      this.dirty.add(g.id);
    }
  }

  /** Counts one article's reading of the type; true when the entity takes the type most articles gave it. */
  private voteType(g: GlobalEntity, type: EntityType): boolean {
    if (!VOTED_TYPES.has(g.type) || !VOTED_TYPES.has(type)) return false;
    const balance = (this.typeBalance.get(g.id) ?? STORED_TYPE_WEIGHT * typeVote(g.type)) + typeVote(type);
    this.typeBalance.set(g.id, balance);
    // A tie keeps the type the entity has.
    const majority: EntityType = balance > 0 ? 'organization' : balance < 0 ? 'other' : g.type;
    if (majority === g.type) return false;
    g.type = majority;
    return true;
  }

  private index(g: GlobalEntity): void {
    const add = (m: Map<string, string[]>, k: string): void => {
      if (!k) return;
      const list = m.get(k);
      if (!list) m.set(k, [g.id]);
      else if (!list.includes(g.id)) list.push(g.id);
    };
    if (g.type === 'person') {
      for (const n of [g.name, ...g.aliases]) add(this.bySurname, personName(n).last);
      return;
    }
    for (const n of identifyingNames(g)) {
      add(this.byKey, nameKey(n));
      add(this.byInitials, guessableInitials(nameKey(n)));
      if (g.type === 'place') add(this.byPlace, placeKey(n));
    }
  }
}

function dedupe(roles: string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of roles) {
    const k = r.toLowerCase();
    const prev = seen.get(k);
    if (prev === undefined || (prev === k && r !== k)) seen.set(k, r);
  }
  return [...seen.values()];
}
