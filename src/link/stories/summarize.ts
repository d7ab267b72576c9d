// A story's face: its most representative headline, key entities and publication span.

import type { StoryDoc } from './linker.js';
import { isModifierName, namedDayWords } from './name-leftovers.js';
import { type DocSignals, dayOf, extractSignals } from './signals.js';

export interface StorySummary {
  title: string | null;
  keyEntities: string[];
  first: string | null;
  last: string | null;
}

const KEY_ENTITIES = 8;

/** Capitalised runs ("Vladimir Putin", "European Union") with the casing the text gives them. */
const NAME_RUN =
  /\b[A-Z][\p{L}'’-]*[\p{L}](?: (?:(?:of|de|del|von|van|al|bin|the) )?[A-Z][\p{L}'’-]*[\p{L}])*/gu;

const NOT_NAMES = new Set(
  'The A An This That These Those It He She They We I In On At For From By With After Before As But And Or If When While However Meanwhile Also There Here His Her Their Our What Who Where Why How More Some Many No Not All Both Each Other Such Then Thus Yet So News Photo Video Related Read Share Comment Live Audio Opinion Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs Ms Dr'.split(
    ' ',
  ),
);

/** Titles and roles that precede a name ("Prime Minister Sushil Koirala") but are not part of it. */
const TITLES = new Set(
  'President Prime Minister Foreign Interior Defence Defense Secretary Chancellor King Queen Prince Princess General Gen Senator Sen Rep Representative Governor Mayor Judge Justice Coach Actress Actor Singer Spokesman Spokeswoman Spokesperson Chairman Chief Director Leader Officer Pope Sheikh Ambassador Commissioner Deputy Vice Former Acting Dr Mr Mrs Ms Sir Lord Lady'.split(
    ' ',
  ),
);

/** Nationality adjectives ("Russian", "Belarusian") describe, they do not name an actor of the story. */
const DEMONYM = /(?:ian|ese|ish)$/;

const CONNECTORS = new Set(['of', 'de', 'del', 'von', 'van', 'al', 'bin', 'the']);

/** Splits a capitalised run at function words, titles and leading nationality words; keeps the pieces. */
function nameRuns(text: string): Set<string> {
  const out = new Set<string>();
  const emit = (seg: string[]) => {
    while (seg.length > 0 && CONNECTORS.has(seg[seg.length - 1])) seg.pop();
    if (seg.length === 0 || (seg.length === 1 && DEMONYM.test(seg[0]))) return;
    const name = seg.join(' ');
    if (name.length > 2) out.add(name);
  };
  for (const m of text.matchAll(NAME_RUN)) {
    let seg: string[] = [];
    for (const w of m[0].replace(/[’']s$/, '').split(' ')) {
      if (NOT_NAMES.has(w) || TITLES.has(w)) {
        emit(seg);
        seg = [];
      } else if (seg.length === 0 && (CONNECTORS.has(w) || DEMONYM.test(w))) {
        // "Russian President Vladimir Putin": the adjective opens no name.
      } else seg.push(w);
    }
    emit(seg);
  }
  return out;
}

/**
 * Ranks names by how many of the story's articles carry them; ties go to longer, then earlier names. A lone
 * surname counts for the full name it belongs to ("Putin" for "Vladimir Putin"), but not for one page's tagger
 * leftover that runs names together ("Moon and Mars"), nor for a full name that only pages naming the lone word apart
 * as well carry ("Galileo Jupiter" beside "Jupiter"): either would take every article's "Moon" or "Jupiter" and stand
 * among the key entities on one page's word (the 181 real pages).
 */
function rankNames(perDoc: Set<string>[]): string[] {
  const docsOf = new Map<string, Set<number>>();
  const order = new Map<string, number>();
  perDoc.forEach((names, i) => {
    for (const n of names) {
      const set = docsOf.get(n) ?? new Set<number>();
      set.add(i);
      docsOf.set(n, set);
      if (!order.has(n)) order.set(n, order.size);
    }
  });
  const min = perDoc.length > 1 ? 2 : 1;
  // "Moon and Mars" is two names run together, never the full form of either.
  const full = [...docsOf.keys()].filter((n) => n.includes(' ') && !/ and /.test(n));
  // The full names each word belongs to, in `full`'s order: looked up, not searched for, per lone word (a story's
  // thousands of names made that search quadratic).
  const fullOf = new Map<string, string[]>();
  for (const f of full) {
    for (const w of new Set(f.split(' '))) {
      const list = fullOf.get(w);
      if (list) list.push(f);
      else fullOf.set(w, [f]);
    }
  }
  // A page that names both "Jupiter" and "Galileo Jupiter" apart tells that the long one is not its full name.
  const apart = (n: string, f: string) =>
    docsOf.get(f)!.size < min && [...docsOf.get(f)!].some((d) => docsOf.get(n)!.has(d));
  for (const n of [...docsOf.keys()]) {
    if (n.includes(' ')) continue;
    const owners = (fullOf.get(n) ?? []).filter((f) => !apart(n, f));
    if (owners.length === 0) continue;
    owners.sort((a, b) => docsOf.get(b)!.size - docsOf.get(a)!.size);
    for (const d of docsOf.get(n)!) docsOf.get(owners[0])!.add(d);
    docsOf.delete(n);
  }
  return [...docsOf.entries()]
    .filter(([, d]) => d.size >= min)
    .sort(
      (a, b) =>
        b[1].size - a[1].size ||
        b[0].split(' ').length - a[0].split(' ').length ||
        order.get(a[0])! - order.get(b[0])!,
    )
    .map(([n]) => n)
    .slice(0, KEY_ENTITIES);
}

/**
 * The headline the other articles of the story bear out most, the earliest on a tie; null when none has one.
 *
 * A headline scores the weight its words have in each other article (its own article, where its words count six
 * times, does not vote for it), over the root of its word count so that a long headline does not win by its length,
 * times the share of its words some other article uses: the words only its own outlet has (Fox's "allegedly
 * 'frustrated' ... partner Scott Borchetta ... report") are that outlet's angle, not the story's. On the 181 real pages
 * this named the Taylor Swift story by the AMAs news instead of a Scooter Braun side piece, and the lunar lander story
 * by "NASA adds five companies to commercial lunar lander program"; a one-article story keeps its headline.
 */
function representativeHeadline(docs: StoryDoc[], sigs: DocSignals[]): string | null {
  const headlineWords = docs.map((d) =>
    d.title ? [...extractSignals({ title: null, body: d.title, published: null }).words.keys()] : null,
  );
  // What each headline word weighs over the whole story and in how many articles: a headline's score takes its own
  // article's share back out, so a summary costs one pass over the articles instead of one per headline (a story of
  // 5,000 articles paid some 250 million lookups, 66 s a summary). The link step hands it a sample of at most 40
  // articles today (STORY_SAMPLE in link/index.ts); this keeps a larger sample from costing its square.
  const wanted = new Set(headlineWords.flatMap((w) => w ?? []));
  const total = new Map<string, number>();
  const carriers = new Map<string, number>();
  for (const s of sigs) {
    for (const [w, v] of s.words) {
      if (!wanted.has(w) || v <= 0) continue;
      total.set(w, (total.get(w) ?? 0) + v);
      carriers.set(w, (carriers.get(w) ?? 0) + 1);
    }
  }
  let title: string | null = null;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < docs.length; i++) {
    const words = headlineWords[i];
    if (!words) continue;
    let weight = 0;
    let borne = 0;
    for (const w of words) {
      const own = sigs[i]!.words.get(w) ?? 0;
      const carried = own > 0 ? 1 : 0;
      if ((carriers.get(w) ?? 0) > carried) {
        weight += total.get(w)! - own;
        borne++;
      }
    }
    const n = Math.max(words.length, 1);
    const score = (weight / Math.sqrt(n)) * (borne / n);
    if (score > best) {
      best = score;
      title = docs[i]!.title;
    }
  }
  return title;
}

const LEDE_CHARS = 100;

/** The first sentence of the article whose opening the story shares most, cut at a word to LEDE_CHARS with "…". */
function centralLede(docs: StoryDoc[], centroid: Map<string, number>): string | null {
  let lede: string | null = null;
  let best = Number.NEGATIVE_INFINITY;
  for (const d of docs) {
    const first = d.body
      .trim()
      .split(/\n|(?<=[.!?])\s+(?=[\p{Lu}"“‘'])/u)[0]
      ?.trim();
    if (!first || !/\p{L}/u.test(first)) continue;
    const t = extractSignals({ title: null, body: first, published: null });
    // Cosine-like: a long opening sentence must not win by its length alone.
    let score = 0;
    let norm = 0;
    for (const [k, v] of t.words) {
      score += v * (centroid.get(k) ?? 0);
      norm += v * v;
    }
    score /= Math.sqrt(norm) || 1;
    if (score > best) {
      best = score;
      lede = first.replace(/\s+/gu, ' ');
    }
  }
  if (lede === null || lede.length <= LEDE_CHARS) return lede;
  const cut = lede.lastIndexOf(' ', LEDE_CHARS - 1);
  return `${lede.slice(0, cut > LEDE_CHARS / 2 ? cut : LEDE_CHARS - 1).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * Summarises a story from its articles; pure, and the same whatever order they were linked in: several workers link
 * a corpus in an order of their own, and ties (between headlines, between names every article carries) must not
 * follow it.
 */
export function summarizeStory(linked: StoryDoc[]): StorySummary {
  if (linked.length === 0) return { title: null, keyEntities: [], first: null, last: null };
  const docs = [...linked].sort(byPublishedThenId);
  const sigs = docs.map((d) => extractSignals(d));
  let title = representativeHeadline(docs, sigs);

  // No article has a headline (a plain-text dump, a feed of ledes): the story is named by its most central lede,
  // so that a list of stories never reads "(untitled)". Only then is the story's word centroid needed.
  if (title === null) {
    const centroid = new Map<string, number>();
    for (const s of sigs) for (const [k, v] of s.words) centroid.set(k, (centroid.get(k) ?? 0) + v);
    title = centralLede(docs, centroid);
  }

  const given = docs.some((d) => d.entities && d.entities.length > 0);
  const texts = docs.map((d) => `${d.title ?? ''}\n${d.body}`);
  const perDoc = given
    ? docs.map((d) => new Set((d.entities ?? []).map((e) => e.name)))
    : texts.map(nameRuns);
  // The tagger's leftovers name nothing a reader would look for: "Washington-based", the "Black" of "Black Friday".
  const dayWords = namedDayWords(texts, perDoc);
  const keyEntities = rankNames(
    perDoc.map((names) => new Set([...names].filter((n) => !dayWords.has(n) && !isModifierName(n)))),
  );

  let first: string | null = null;
  let last: string | null = null;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const d of docs) {
    const day = dayOf(d.published);
    if (day === null) continue;
    if (day < firstDay || (day === firstDay && d.published! < first!)) {
      firstDay = day;
      first = d.published;
    }
    if (day > lastDay || (day === lastDay && d.published! > last!)) {
      lastDay = day;
      last = d.published;
    }
  }
  return { title, keyEntities, first, last };
}

/** Earliest publication first (undated last), then by article id. */
function byPublishedThenId(a: StoryDoc, b: StoryDoc): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
