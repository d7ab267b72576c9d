// What the quote finder knows about each entity: its titles, nationality, gender hints and where it is named.

import type { EntityType, LocalEntity, Mention } from '../../model/index.js';
import { isFemaleFirstName, isMaleFirstName, placeKey } from '../entities/index.js';
import { endsInStopOrMark, mayEndInProfession } from './gates.js';
import { cueForm, nationalityOf, ROLE_CLASSES } from './lexicon.js';
import { type MentionLookup, MentionsByStart, mentionsByEnd } from './mentions-at.js';
import { codeAt, isWhitespace, splitAtSpaces } from './text.js';

export interface EntityFacts {
  id: string;
  name: string;
  type: EntityType;
  /** Lowercased titles and descriptors seen with the entity, joined by "|". */
  roleText: string;
  /**
   * Lowercased descriptions after its first mentions (", an analyst at …", " is an economist"), joined by "|".
   * Kept apart from roleText: an appositive is often wider than a title ("Sepp Blatter, the president of FIFA" is
   * no "Russian president"), so resolveRole reads it for an office only when no one holds it by title.
   */
  describedAs: string;
  nations: Set<string>;
  gender: 'm' | 'f' | null;
  /** Aliases as the entity stage gives them. */
  aliases: string[];
  /** Body offsets where it is mentioned, ascending. */
  positions: number[];
  /** Its first few mentions, where titles are given. */
  first: Mention[];
  /** Whether roleText, nations and gender have been filled in (see ensureFacts). */
  ready: boolean;
}

export interface SpeakerIndex {
  body: string;
  /** Body mentions, ascending by start. */
  mentions: Mention[];
  /** The first body mention at each start. */
  byStart: MentionLookup;
  /** The last body mention (by start) at each end. */
  byEnd: MentionLookup;
  facts: Map<string, EntityFacts>;
  /** Per role class, whether an entity's titles fit it: worked out on first use, as role phrases recur. */
  roleHolders: Map<object, Map<EntityFacts, number>>;
}

const FEMALE =
  /\b(?:spokeswoman|mrs|ms|madam|miss|queen|congresswoman|chairwoman|businesswoman|actress|first lady|princess|duchess)\b/;
const MALE = /\b(?:spokesman|mr|king|congressman|chairman|businessman|actor|prince|duke|sir)\b/;
/** Lowercase words a run of titles may hold: "Foreign Ministry spokeswoman", "the former deputy head of". */
const LOWERCASE_TITLE_WORDS = new Set(
  'of for and the de spokeswoman spokesman spokesperson minister president secretary leader chief head prosecutor general ambassador envoy adviser advisor official director chairman chairwoman senator governor mayor candidate nominee counterpart deputy former acting foreign top ex- vice'.split(
    ' ',
  ),
);
const CAPITALISED_WORD = /^[\p{Lu}][\p{L}.’'-]*$/u;
/** "state media", "Syrian state broadcaster", "North Korea’s state media" right before an outlet's name. */
const STATE_OUTLET_BEFORE_RE = /(?:\p{Lu}[\p{L}’'-]*\s+){0,2}state\s+(?:media|broadcaster)$/u;
/** A word of a title: capitalised, or one of the lowercase ones (looked up first: most words tried are lowercase). */
const isTitleWord = (w: string): boolean => LOWERCASE_TITLE_WORDS.has(w) || CAPITALISED_WORD.test(w);

const ROLE_WORD =
  /^(?:minister|president|secretary|spokes\w*|leader|chief|head|prosecutor|general|ambassador|envoy|advis[eo]r|official|director|chair\w*|senator|governor|mayor|candidate|nominee|deputy|representative|rep\.|sen\.|gov\.|premier|chancellor|commander|king|queen)$/i;
/** Days, months, and the capitalised words that open a clause before a name ("When Trump", "But Vaughan"). */
const NOT_TITLE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|on|in|at|when|whenever|while|after|before|although|though|because|since|if|as|once|until|unless|but|so|yet|then|also|still|even|now|meanwhile|however|instead|later|earlier|today|yesterday)$/i;

/** Whether a word opens with a lowercase letter (ASCII read directly, the rest by the Unicode class). */
const startsLowercase = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
};

/** The run of title words right before a mention: "Russia’s Foreign Ministry spokeswoman". */
/** A body's dotted initials: "U.N.", "E.U.", "U.K.". */
const DOTTED_INITIALS_RE = /^(?:[A-Z]\.){2,3}$/;

/** Whether the word before `at` (not before `from`) is a bare lower-case word: "the", "to" (not "ready,”"). */
function lowercaseWordBefore(body: string, at: number, from: number): boolean {
  let k = at;
  while (k > from && isWhitespace(body.charCodeAt(k - 1))) k--;
  let w = k;
  while (w > from && !isWhitespace(body.charCodeAt(w - 1))) w--;
  return /^\p{Ll}+$/u.test(body.slice(w, k));
}

export function descriptorBefore(body: string, start: number): string {
  let end = start;
  while (end > 0 && isWhitespace(body.charCodeAt(end - 1))) end--;
  // An apposition ("Russia's Prime Minister, Mikail Mishustin") counts, but not a clause before a comma.
  let comma = false;
  if (body[end - 1] === ',') {
    comma = true;
    end--;
    while (end > 0 && isWhitespace(body.charCodeAt(end - 1))) end--;
  }
  // Most mentions follow an ordinary lowercase word: nothing to collect.
  let w0 = end;
  while (w0 > 0 && !isWhitespace(body.charCodeAt(w0 - 1))) w0--;
  const prevWord = body.slice(w0, end);
  // "…, North Korea’s state media KCNA reported": a state's outlet before its name is its title.
  if (!comma && (prevWord === 'media' || prevWord === 'broadcaster')) {
    const outlet = STATE_OUTLET_BEFORE_RE.exec(body.slice(Math.max(0, end - 60), end));
    if (outlet) return outlet[0];
  }
  if (prevWord === '' || (startsLowercase(prevWord) && !LOWERCASE_TITLE_WORDS.has(prevWord))) return '';
  const from = Math.max(0, end - 80);
  // Collected last first (push, then one reverse: unshift moved the list at each word).
  const kept: string[] = [];
  // The words of body[from, end), last first, as splitting at whitespace gives them; the scan stops at the
  // first one (cut at from) or at the empty word a leading space would give.
  let j = end;
  while (kept.length < 7) {
    let t = j;
    while (t > from && !isWhitespace(body.charCodeAt(t - 1))) t--;
    const w = body.slice(t, j);
    if (
      endsInStopOrMark(w) &&
      !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|U\.S)\.$/.test(w) &&
      // "U.N. chief Antonio Guterres": a body's dotted initials may open the titles, unless a lower-case word
      // before them ends a sentence with them ("He moved to the U.K. Prime Minister Boris Johnson said …").
      !(DOTTED_INITIALS_RE.test(w) && !lowercaseWordBefore(body, t, from))
    )
      break;
    const bare = w.endsWith(',') ? w.slice(0, -1) : w;
    if (!isTitleWord(bare) || (NOT_TITLE.test(bare) && !(bare === 'the' && ofBefore(body, t, from)))) break;
    if (bare !== w && kept.length > 0) break;
    kept.push(bare);
    let k = t;
    while (k > from && isWhitespace(body.charCodeAt(k - 1))) k--;
    if (k === t || k === from) break;
    j = k;
  }
  kept.reverse();
  while (kept.length > 0 && /^(?:of|for|and|the|de)$/i.test(kept[0])) kept.shift();
  if (comma && !kept.some((w) => ROLE_WORD.test(w))) return '';
  if (comma && /(?:^|\s)counterpart$/i.test(kept.join(' '))) return '';
  return kept.join(' ');
}

/**
 * "Speaker of the House", "Secretary of the Treasury": a lowercase "the" after an office and "of" or "for" stays in
 * a title; not after a name ("Aris Shirvanian of the Armenian Patriarchate") or a group ("Leaders of the Senate").
 */
function ofBefore(body: string, at: number, from: number): boolean {
  return OFFICE_OF_BEFORE_RE.test(body.slice(Math.max(from, at - 20), at));
}

const OFFICE_OF_BEFORE_RE =
  /(?:^|\s)(?:Speaker|Secretary|Chair(?:man|woman)?|President|Director|Head|Chief|Governor|Minister|Commissioner|Ambassador|Commander|Chancellor|Mayor)\s+(?:of|for)\s+$/;

const NAME_PARTICLES = /^(?:of|the|de|da|del|der|den|di|du|van|von|al|el|bin|ibn|la|le|and|for|y|e|z|zu)$/;

/**
 * Whether a lowercase letter follows whitespace in text, as /\s\p{Ll}/u tells, with ASCII read from the code: the
 * test runs on every mention, and the Unicode pattern cost a third of building the index (2026-12-04).
 */
function lowercaseAfterSpace(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    if (!isWhitespace(codeAt(text, i - 1))) continue;
    const c = codeAt(text, i);
    if (c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(text.slice(i, i + 2))) return true;
  }
  return false;
}

/** A recognizer may hand over a span that swallowed a clause; such a span names no one. */
function looksLikeName(text: string): boolean {
  if (text.length > 80) return false;
  if (!lowercaseAfterSpace(text)) return true;
  // Role mentions the resolver linked ("the president") are welcome; a span holding a verb is not.
  for (const w of splitAtSpaces(text)) {
    if (/^[\p{Ll}]/u.test(w) && !NAME_PARTICLES.test(w) && cueForm(w)) return false;
  }
  return true;
}

export function buildSpeakerIndex(body: string, mentions: Mention[], entities: LocalEntity[]): SpeakerIndex {
  const bodyMentions = mentions
    .filter((m) => m.caption === undefined && m.start >= 0 && m.end <= body.length && looksLikeName(m.text))
    .sort((a, b) => a.start - b.start);
  const byStart = new MentionsByStart(bodyMentions);
  const byEnd = mentionsByEnd(bodyMentions);
  const facts = new Map<string, EntityFacts>();
  for (const e of entities) {
    facts.set(e.id, {
      id: e.id,
      name: e.name,
      type: e.type,
      roleText: e.roles.join('|').toLowerCase(),
      describedAs: '',
      nations: new Set(),
      gender: null,
      aliases: e.aliases,
      positions: [],
      first: [],
      ready: false,
    });
  }
  for (const m of bodyMentions) {
    const f = facts.get(m.entity);
    if (!f) continue;
    f.positions.push(m.start);
    // Titles come with the first mentions; later ones are bare surnames.
    if (f.first.length < 3) f.first.push(m);
  }
  return { body, mentions: bodyMentions, byStart, byEnd, facts, roleHolders: new Map() };
}

/** Whether a person's first name is a woman's ("Hillary Clinton"): what the name says, whatever titles it was seen with. */
export const hasFemaleFirstName = (name: string): boolean => isFemaleFirstName(splitAtSpaces(name)[0] ?? '');

/** Titles, nationality and gender of an entity, worked out on first use: most entities never need them. */
export function ensureFacts(body: string, f: EntityFacts): EntityFacts {
  if (f.ready) return f;
  f.ready = true;
  // Titles only: a surname may be a title word ("Billie Jean King", "Prince"), which says nothing of gender.
  let titles = '';
  for (const m of f.first) {
    const desc = descriptorBefore(body, m.start);
    // As [desc, m.text, ...m.roles].join(' ') and [desc, ...m.roles].join(' '), with no array spread for each.
    const roles = m.roles.length > 0 ? ` ${m.roles.join(' ')}` : '';
    const extra = `${desc} ${m.text}${roles}`;
    f.roleText += `|${extra.toLowerCase()}`;
    titles += `|${`${desc}${roles}`.toLowerCase()}`;
    // "Sen. Marco Rubio (R-Fla.)": the state of a party-state label, so that "the Florida senator" finds him.
    const label = PARTY_STATE_RE.exec(body.slice(m.end, m.end + 24));
    if (label) f.roleText += `|${placeKey(label[1])}`;
    // "Jane Roe, an analyst at Kestrel,", "Tom Vale is an economist": what the text says a person is, so that
    // "the analyst" later finds her.
    const described = f.type === 'person' ? descriptionAfter(body, m.end) : null;
    if (described) f.describedAs += `|${described.toLowerCase()}`;
    // "Jefferies analyst Jonathan Matuszewski": a profession set before the name as a title (no title word).
    const profession =
      f.type === 'person' ? professionBefore(body.slice(Math.max(0, m.start - 24), m.start)) : null;
    if (profession) f.describedAs += `|${profession[1].toLowerCase()}`;
    for (const w of splitAtSpaces(extra, Number.POSITIVE_INFINITY, true)) {
      const nat = nationalityOf(w);
      if (nat) f.nations.add(nat);
    }
  }
  if (f.type === 'person') {
    if (FEMALE.test(titles)) f.gender = 'f';
    else if (MALE.test(titles)) f.gender = 'm';
    else {
      const first = splitAtSpaces(f.name)[0] ?? '';
      if (isFemaleFirstName(first)) f.gender = 'f';
      else if (isMaleFirstName(first)) f.gender = 'm';
    }
  }
  return f;
}

/**
 * A description right after a name: an appositive opened by an article or a possessive (", an analyst at Kestrel",
 * ", the company's spokeswoman") or a predicate of "is"/"was" (" is a senior economist at …"), ending at a comma,
 * a full stop or a dash.
 */
const DESCRIPTION_AFTER_RE =
  /^(?:\s*,\s*|\s+(?:is|was)\s+)((?:a|an|the|\p{Lu}[\p{L}.&’'-]*[’']s)\s+[^,.;:"“”()—–]{1,100})(?=[,.;:)—–])/u;

/** A profession right before a name, as a title: "Jefferies analyst ", "economist ". */
const PROFESSION_BEFORE_RE = /(?:^|[^\p{L}])(analyst|economist|strategist|professor)\s+$/iu;
const professionBefore = (before: string): RegExpExecArray | null =>
  mayEndInProfession(before) ? PROFESSION_BEFORE_RE.exec(before) : null;

/** Verbs that show a phrase after a comma is a clause, not an appositive. */
const FINITE_VERB_RE = /^(?:is|was|are|were|has|had|have|will|would|can|could|did|does|do)$/;

/**
 * The description after a name ending at `end`, or null. Not a clause: "In an interview with Mika Brzezinski, the
 * Democratic presidential candidate stated that …" says nothing of Brzezinski.
 */
export function descriptionAfter(body: string, end: number): string | null {
  const d = DESCRIPTION_AFTER_RE.exec(body.slice(end, end + 140))?.[1];
  if (!d) return null;
  for (const w of splitAtSpaces(d))
    if (/^\p{Ll}/u.test(w) && (FINITE_VERB_RE.test(w) || cueForm(w))) return null;
  return d;
}

/** A party-state label after a name: "(R-Fla.)", ", D-Vt.,", "(I-Vermont)". */
const PARTY_STATE_RE = /^,?\s*\(?\s*[RDI]\s*[-–]\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*[),]/;

/** What a role class is matched against: an organisation's name counts as one of its titles. */
const roleTextOf = (f: EntityFacts, kind: string): string =>
  kind === 'organization' ? `${f.name.toLowerCase()}|${f.roleText}` : f.roleText;

/** How an entity holds a role class: not at all, by a title the text gives it, or only by a description of it. */
enum Holding {
  None = 0,
  Titled = 1,
  Described = 2,
}

/**
 * The entity a role phrase such as "the Russian leader" or "Russia's top diplomat" stands for, or null. A person
 * holding the role only by a description after the name ("Ann Lee, a spokeswoman for the city", "Ray Ortiz is a
 * senator") is taken when no one holds it by title and no one else is described so.
 */
export function resolveRole(
  index: SpeakerIndex,
  head: string,
  nation: string | undefined,
  before: number,
  places: string[] = [],
): EntityFacts | null {
  const cls = ROLE_CLASSES.find((c) => c.head.test(head));
  if (!cls) return null;
  let holds = index.roleHolders.get(cls);
  if (!holds) {
    holds = new Map();
    index.roleHolders.set(cls, holds);
  }
  let best: EntityFacts | null = null;
  let bestPos = -1;
  let bestNation = false;
  let holders = 0;
  let describedOnly: EntityFacts | null = null;
  let described = 0;
  for (const f of index.facts.values()) {
    if ((cls.kind === 'person') !== (f.type === 'person')) continue;
    // Only an entity named before the phrase can be meant: the titles of the others are never read.
    if (f.positions.length === 0 || f.positions[0] >= before) continue;
    let holder = holds.get(f);
    if (holder === undefined) {
      ensureFacts(index.body, f);
      holder = cls.roles.test(roleTextOf(f, cls.kind))
        ? Holding.Titled
        : cls.roles.test(f.describedAs)
          ? Holding.Described
          : Holding.None;
      holds.set(f, holder);
    }
    if (holder === Holding.None) continue;
    if (places.length > 0) {
      const text = holder === Holding.Titled ? roleTextOf(f, cls.kind) : f.describedAs;
      if (places.some((p) => !text.includes(p))) continue;
    }
    // A profession is given by description as often as by title: both count alike.
    if (holder === Holding.Described && !cls.unique) {
      described++;
      describedOnly = f;
      continue;
    }
    holders++;
    let last = -1;
    for (const p of f.positions) if (p < before) last = p;
    const nationOk = nation ? f.nations.has(nation) : false;
    if (nation && !nationOk && f.nations.size > 0) continue;
    // A stated nationality outranks recency; otherwise the most recently named wins.
    if ((nationOk && !bestNation) || (nationOk === bestNation && last > bestPos)) {
      best = f;
      bestPos = last;
      bestNation = nationOk;
    }
  }
  // "the analyst" with two analysts named: the text does not say which, and no speaker beats a wrong one.
  if (cls.unique) return holders > 1 ? null : best;
  return best ?? (described === 1 && !nation ? describedOnly : null);
}
