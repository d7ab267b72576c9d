// Claims: factual statements that recur across articles, grouped by their checkable core and followed over time.

import type { Span } from '../../model/index.js';
import { contextOf, type SentenceWords, sentenceWords, sharedWords, widen } from './context.js';
import { type CoreAtom, coreAtoms } from './core.js';

export { type CoreAtom, coreAtoms } from './core.js';

export interface ClaimDoc {
  id: string;
  body: string;
  /** Sentence spans from analyze/; split here when absent. */
  sentences?: Span[];
  published: string | null;
  outlet: string | null;
  /** The story the article is in, when linked: within a story the core alone makes the claim. */
  story?: string | null;
}

export interface ClaimSighting {
  article: string;
  published: string | null;
  outlet: string | null;
  /** The sentence stating the claim, as offsets into the article body. */
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  /** Stable across runs: derived from `key`. */
  id: string;
  /** The statement as first seen. */
  text: string;
  /** The checkable core, e.g. "pct:>80~vote" (over 80 percent of the vote). */
  key: string;
  articles: string[];
  outlets: string[];
  first: { article: string; published: string | null };
  /** Sightings in publication order (undated ones last, in the order they were added). */
  timeline: ClaimSighting[];
}

/** Sentences when analyze/ gave none: ends of sentences and paragraph breaks. */
export function splitSentences(body: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]*(?:[.!?]+["”’')]*|\n|$)/g;
  for (const m of body.matchAll(re)) {
    if (m[0].length === 0) {
      if (m.index >= body.length) break;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** 64-bit FNV-1a of the key as 16 hex digits: the same key gives the same id in every run. */
export function claimId(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 13);
  }
  return `claim-${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * A copy of a slice that does not keep the whole article alive: V8 shares a slice's characters with the string it
 * was cut from, so every remembered sentence would otherwise hold its article's body in memory.
 */
const detached = (slice: string): string => ` ${slice}`.slice(1);

const time = (s: string | null): number => {
  if (s === null) return Number.POSITIVE_INFINITY;
  const t = Date.parse(s);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

export interface ClaimTrackerOptions {
  /** A claim is reported once this many distinct articles state it. */
  minArticles?: number;
  /**
   * Days between sightings beyond which the same core ("over 80% of the vote") is a new claim: another election,
   * another year. Undated sightings join the latest claim of their core. 0 disables the split.
   */
  windowDays?: number;
  /**
   * Days from a claim's first sighting to its last beyond which it takes no more: a statement repeated without a
   * break for longer goes on as a new claim of the same core. This bounds every timeline (and what each batch
   * copies and stores); 0 disables it.
   */
  maxSpanDays?: number;
  /**
   * false: claims keep no timeline in memory (`claims()` and `pending()` report them empty, `addBatch` still reports
   * each new sighting once), for a store that appends sightings: the open claims' timelines are most of the tracker's
   * memory. Default true.
   */
  timelines?: boolean;
  /**
   * For a tracker restored from the open claims and the articles of the window only: the cores first seen before
   * the window (stored from `newCores` of earlier runs). The next claim of such a core is named `core@date`, as in one
   * long run; cores first seen inside the window are met again in its articles. Cores not given here (the restored
   * claims' included) are reported by `newCores`; omitted, every core is. A core given with the article that stated
   * it first is new again where the replay reads that article (see `KnownCore`).
   */
  knownCores?: Iterable<string | KnownCore>;
  /**
   * Content words (besides the counted one) a sentence must share with a claim to be a sighting of it: the same core
   * in a sentence about something else ("24 hours" of battery life, "within 24 hours" of symptoms) starts a claim of
   * its own. 0 groups by the core alone. Default `CLAIM_SHARED_WORDS`.
   */
  minSharedWords?: number;
}

/** A core, when it was first seen (ms; null when undated) and the article that stated it first. */
export interface ClaimCore {
  core: string;
  t: number | null;
  /** null for the cores of restored claims, whose first article in reading order is not known. */
  article: string | null;
}

/**
 * A core first seen before a restored tracker's window, with the article that stated it first (null when not
 * known): a restart that replays that article (a backlog older than the window, linked after the newest article)
 * meets the core for the first time there, as one run did, and keys its claim by the core alone.
 */
export interface KnownCore {
  core: string;
  article: string | null;
}

/** The default window of `ClaimTrackerOptions.windowDays`. */
export const CLAIM_WINDOW_DAYS = 60;

/** The default of `ClaimTrackerOptions.minSharedWords`. */
export const CLAIM_SHARED_WORDS = 3;

/** One claim with what the tracker needs to extend it cheaply. */
interface Entry {
  claim: Claim;
  members: Set<string>;
  /** Earliest and latest dated sighting, ms (NaN while none is dated). */
  lo: number;
  hi: number;
  /** Sightings not handed out by `addBatch` yet: what the store still has to append. */
  unsaved: ClaimSighting[];
  /** Time of the earliest sighting (ms, +Infinity while none is dated): a sighting before it names the claim. */
  firstTime: number;
  /** What the claim's sentences say besides its core (see `contextOf`); read from its text when restored. */
  context: Uint32Array | null;
  /** Stories of the sightings (as known: those of restored claims come back as their articles are replayed); null
   * while none is known, as for most one-article cores (a set each would weigh on a tracker of millions). */
  stories: Set<string> | null;
}

/**
 * A claim as `addBatch` reports it: its head (text, first sighting, outlets), its size, and only what changed since
 * it was last reported (the new sightings, and their articles as `articles`), so that a store appends them instead of
 * rewriting a timeline and a member list that can run to thousands.
 */
export interface ClaimUpdate extends Claim {
  /** Articles stating the claim in all; `articles` lists only the new ones (those of `timeline`). */
  size: number;
}

const DAY = 86_400_000;

const EMPTY_CONTEXT = new Uint32Array(0);

/** The context of a restored claim's sentence, its core's own words left out as they are for a new sentence. */
function claimContext(text: string, core: string, head: string): Uint32Array {
  const atom = coreAtoms(text).find((a) => a.key === core);
  return contextOf(sentenceWords(text), head, atom?.start ?? 0, atom?.end ?? 0);
}

function addStory(e: Entry, story: string): void {
  if (e.stories === null) e.stories = new Set([story]);
  else e.stories.add(story);
}

/** How many of a core's latest claims a sighting is compared with. */
const PICK_LIMIT = 64;

/** An entry waiting to be forgotten, with its latest sighting when it joined the queue. */
interface Queued {
  core: string;
  entry: Entry;
  at: number;
}

/**
 * The core a claim key belongs to: "pct:>80~vote@2024-03-17" is a later claim of core "pct:>80~vote", and
 * "num:24~hour@2019-11-18/ab12" another claim of "num:24~hour" begun that day by article "ab12".
 */
/** The core a claim key was made of (`core`, `core@date`, `core@date/article`). */
export const coreOf = (key: string): string => key.split(/[@/]/, 1)[0];

/** A sentence of an article that states claim cores, with those cores. */
interface StatedSentence {
  start: number;
  end: number;
  slice: string;
  atoms: CoreAtom[];
}

/** The sentences of `doc` that state a claim core, in order, each with its cores. */
function statedSentences(doc: ClaimDoc): StatedSentence[] {
  const out: StatedSentence[] = [];
  for (const s of doc.sentences ?? splitSentences(doc.body)) {
    const slice = doc.body.slice(s.start, s.end);
    const atoms = coreAtoms(slice);
    if (atoms.length > 0) out.push({ start: s.start, end: s.end, slice, atoms });
  }
  return out;
}

function entryOf(claim: Claim): Entry {
  let lo = Number.NaN;
  let hi = Number.NaN;
  for (const t of claim.timeline) {
    const x = time(t.published);
    if (!Number.isFinite(x)) continue;
    lo = Number.isNaN(lo) ? x : Math.min(lo, x);
    hi = Number.isNaN(hi) ? x : Math.max(hi, x);
  }
  const firstTime = time(claim.timeline[0]?.published ?? claim.first.published);
  return {
    claim,
    members: new Set(claim.articles),
    lo,
    hi,
    unsaved: [],
    firstTime,
    context: null,
    stories: null,
  };
}

/**
 * Follows claims over a stream of articles. Every checkable core is remembered from its first sentence on; it
 * becomes a claim when a second article states it. The tracker is incremental: `add` looks up each core by key, and
 * a sighting is inserted in date order without re-sorting the timeline.
 */
export class ClaimTracker {
  /** Entries per core. A core whose entries were all forgotten keeps an empty list, so later keys stay the same. */
  private readonly byCore = new Map<string, Entry[]>();
  /** Cores first seen before a restored tracker's window (`knownCores`, `knowCores`), with their first article. */
  private readonly earlyCores = new Map<string, string | null>();
  /**
   * Stored claims of articles the replay reads although they are older than the window (`restoreClaims`), by member:
   * each goes back into the tracker when the replay reaches its first member, where one run created it.
   */
  private readonly claimsAhead = new Map<string, Claim[]>();
  /** Cores the replayed articles stated (`restore`): seen before any later replayed article of the same time. */
  private readonly replayedCores = new Set<string>();
  /** The stated sentences `unmetCores` found of documents not read yet (see statedSentences). */
  private readonly statedAhead = new WeakMap<ClaimDoc, StatedSentence[]>();
  private readonly minArticles: number;
  private readonly window: number;
  private readonly maxSpan: number;
  private readonly keepTimelines: boolean;
  private readonly minShared: number;
  /** Dated entries in the order they were last queued (about their latest sighting): what `forget` may drop. */
  private forgetQueue: Queued[] = [];
  private forgetHead = 0;
  /** Keys of the claims held (not forgotten): a new claim of a core takes one none of them has. */
  private readonly liveKeys = new Set<string>();
  /** Stories merged into others (absorbed id -> absorbing id), for claims that hold the old id. */
  private readonly storyMerges = new Map<string, string>();
  /** The latest publication time read so far (ms). */
  private latest = Number.NEGATIVE_INFINITY;
  /** Cores seen for the first time (not in `knownCores`) since `newCores` was last called, with that time. */
  private unsavedCores: ClaimCore[] = [];

  /** `existing`: claims stored by earlier runs (one-article ones too, from `pending()`, so they can still grow). */
  constructor(existing: Claim[] = [], options: ClaimTrackerOptions = {}) {
    this.minArticles = options.minArticles ?? 2;
    const days = options.windowDays ?? CLAIM_WINDOW_DAYS;
    this.window = days > 0 ? days * DAY : Number.POSITIVE_INFINITY;
    const span = options.maxSpanDays ?? 180;
    this.maxSpan = span > 0 ? span * DAY : Number.POSITIVE_INFINITY;
    this.keepTimelines = options.timelines ?? true;
    this.minShared = options.minSharedWords ?? CLAIM_SHARED_WORDS;
    this.knowCores(options.knownCores ?? []);
    const queued: Queued[] = [];
    for (const c of existing) {
      const { core, entry, newCore } = this.hold(c);
      if (newCore)
        this.unsavedCores.push({ core, t: Number.isNaN(entry.lo) ? null : entry.lo, article: null });
      if (!Number.isNaN(entry.hi)) queued.push({ core, entry, at: entry.hi });
    }
    this.forgetQueue = queued.sort((a, b) => a.at - b.at);
  }

  /**
   * Drops claims and one-article cores last seen more than a window before the newest article: no later sighting can
   * join them (`pick` would start a new claim), so in a stream taken in publication order keeping them only costs
   * memory. Claims are in the store by then; the linker only ever needs the open ones.
   */
  private forget(): void {
    const cutoff = this.latest - this.window;
    while (this.forgetHead < this.forgetQueue.length) {
      const item = this.forgetQueue[this.forgetHead];
      if (item.at >= cutoff) break;
      this.forgetHead++;
      if (item.entry.hi >= cutoff) {
        // Seen again since it was queued: back in line by its latest sighting.
        this.forgetQueue.push({ ...item, at: item.entry.hi });
        continue;
      }
      const list = this.byCore.get(item.core);
      const at = list ? list.indexOf(item.entry) : -1;
      if (list && at >= 0) {
        list.splice(at, 1);
        this.liveKeys.delete(item.entry.claim.key);
      }
    }
    if (this.forgetHead > 1024 && this.forgetHead * 2 > this.forgetQueue.length) {
      this.forgetQueue = this.forgetQueue.slice(this.forgetHead);
      this.forgetHead = 0;
    }
  }

  /**
   * The cores `docs` state that this tracker has not met (neither read nor given as known): for a tracker restored
   * without `knownCores`, the ones to look up in the store before reading the articles (`knowCores`).
   */
  unmetCores(docs: Iterable<ClaimDoc>): string[] {
    const out = new Set<string>();
    for (const doc of docs) {
      const stated = statedSentences(doc);
      // Kept for `read`, which the same documents reach next: each article's cores are found once.
      this.statedAhead.set(doc, stated);
      for (const { atoms } of stated)
        for (const atom of atoms) if (!this.byCore.has(atom.key)) out.add(atom.key);
    }
    return [...out];
  }

  /**
   * Cores first seen before the window, found in the store (as `knownCores`, given late): never reported as new.
   * One given with its first article is new where the replay reads that article (see `seenBefore`).
   */
  knowCores(cores: Iterable<string | KnownCore>): void {
    for (const known of cores) {
      const { core, article } = typeof known === 'string' ? { core: known, article: null } : known;
      if (!this.byCore.has(core)) this.byCore.set(core, []);
      this.earlyCores.set(core, article);
    }
  }

  /**
   * Stored claims of articles older than the window that the replay reads all the same (a backlog linked after the
   * newest article, which one run read without forgetting anything: its claims stayed open). Each claim comes back
   * when the replay reaches the first of its members, so that the replayed articles extend it and not a new one.
   */
  restoreClaims(claims: Iterable<Claim>): void {
    for (const c of claims) {
      if (this.liveKeys.has(c.key)) continue;
      for (const article of c.articles) {
        const ahead = this.claimsAhead.get(article);
        if (ahead) ahead.push(c);
        else this.claimsAhead.set(article, [c]);
      }
    }
  }

  /** The claims `restoreClaims` holds for `article`, into the tracker (each once, at its first member replayed). */
  private bringBack(article: string): void {
    const claims = this.claimsAhead.get(article);
    if (!claims) return;
    this.claimsAhead.delete(article);
    for (const c of claims) {
      if (this.liveKeys.has(c.key)) continue;
      const { core, entry } = this.hold(c);
      if (!Number.isNaN(entry.hi)) this.forgetQueue.push({ core, entry, at: entry.hi });
    }
  }

  /** A stored claim held open again: listed under its core (`newCore` when the core had none) and by its key. */
  private hold(c: Claim): { core: string; entry: Entry; newCore: boolean } {
    const entry = entryOf(copy(c));
    if (!this.keepTimelines) entry.claim.timeline = [];
    const core = coreOf(c.key);
    this.liveKeys.add(c.key);
    const list = this.byCore.get(core);
    if (list) list.push(entry);
    else this.byCore.set(core, [entry]);
    return { core, entry, newCore: !list };
  }

  /**
   * Records an article already stored by an earlier run, reporting nothing: rebuilds the one-article cores a store
   * did not keep, so that a later article can still make them a claim. Articles already in a claim are skipped.
   */
  restore(doc: ClaimDoc): void {
    this.read(doc, new Map(), true);
  }

  /**
   * The claim of `core` a sighting at `t` (ms, NaN when undated) saying `context` belongs to, or null for a new one:
   * the nearest in time among those within the window that say enough of the same.
   */
  private pick(
    list: Entry[] | undefined,
    t: number,
    core: string,
    head: string,
    context: Uint32Array,
    story: string | null,
  ): Entry | null {
    if (!list || list.length === 0) return null;
    let best: Entry | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    // The latest claims of the core only: a common core ("24 hours") may hold many at once.
    for (let i = list.length - 1; i >= Math.max(0, list.length - PICK_LIMIT); i--) {
      const e = list[i];
      const gap = Number.isNaN(e.lo) || Number.isNaN(t) ? 0 : t < e.lo ? e.lo - t : t > e.hi ? t - e.hi : 0;
      const span = Number.isNaN(e.lo) || Number.isNaN(t) ? 0 : Math.max(e.hi, t) - Math.min(e.lo, t);
      if (gap > this.window || span > this.maxSpan || gap >= bestGap) continue;
      if (this.minShared > 0 && !(story !== null && this.inStory(e, story))) {
        e.context ??= claimContext(e.claim.text, core, head);
        // A sentence that says little besides its core ("Tue – Sat 4PM") cannot be asked for more than it says.
        const need = Math.min(this.minShared, context.length, e.context.length);
        if (sharedWords(e.context, context) < need) continue;
      }
      best = e;
      bestGap = gap;
      // Undated: the latest claim of the core that says the same.
      if (Number.isNaN(t)) break;
    }
    return best;
  }

  /**
   * Whether a new claim of `core` is not the core's first, so that its key gets the date. As in one run: a replayed
   * article (the replay goes in the order the articles were linked) comes after the cores the articles replayed before
   * it stated and those first seen before the window, and before every restored claim it did not meet in the replay,
   * whatever their dates (a claim of a backlog linked later may be dated before it).
   */
  private seenBefore(core: string, list: Entry[] | undefined, replay: boolean, article: string): boolean {
    if (!list) return false;
    if (!replay || this.replayedCores.has(core)) return true;
    // A core first stated by the article replayed now was new to one run here, wherever its time falls.
    if (this.earlyCores.has(core)) return this.earlyCores.get(core) !== article;
    return list.length === 0;
  }

  /** Story `from` was merged into `into`: a claim stated in `from` is stated in `into` from now on. */
  mergeStories(from: string, into: string): void {
    if (from !== into) this.storyMerges.set(from, into);
  }

  /** The story `id` now belongs to, through every merge since (bounded: a merged id never comes back). */
  private storyNow(id: string): string {
    let at = id;
    for (let hops = 0; hops < this.storyMerges.size; hops++) {
      const next = this.storyMerges.get(at);
      if (next === undefined || next === at) break;
      at = next;
    }
    return at;
  }

  /** Whether one of a claim's sightings was in `story` (as stories stand now). */
  private inStory(e: Entry, story: string): boolean {
    if (e.stories === null) return false;
    if (e.stories.has(story)) return true;
    if (this.storyMerges.size === 0) return false;
    for (const s of e.stories) if (this.storyNow(s) === story) return true;
    return false;
  }

  /** Reads the claims of one article; returns the claims it created or extended (those stated by enough articles). */
  add(doc: ClaimDoc): Claim[] {
    return this.addAll([doc]);
  }

  /**
   * `add` for a run of articles, in order: each claim they created or extended is copied once, at the end, not once
   * per article. A widespread claim (thousands of sightings) would otherwise be copied for every article stating it.
   */
  addAll(docs: Iterable<ClaimDoc>): Claim[] {
    const touched = new Map<string, Entry>();
    for (const doc of docs) this.read(doc, touched);
    return [...touched.values()].map((e) => {
      e.unsaved = [];
      return copy(e.claim);
    });
  }

  /**
   * `addAll` for a store that appends: each claim the articles created or extended, with `timeline` and `articles`
   * holding only the sightings (and their articles) not reported before, all of them for a claim reported for the
   * first time. Copies nothing that grows with the claim.
   */
  addBatch(docs: Iterable<ClaimDoc>): ClaimUpdate[] {
    const touched = new Map<string, Entry>();
    for (const doc of docs) this.read(doc, touched);
    return [...touched.values()].map((e) => {
      const c = e.claim;
      const update: ClaimUpdate = {
        ...c,
        articles: e.unsaved.map((s) => s.article),
        size: c.articles.length,
        outlets: [...c.outlets],
        first: { ...c.first },
        timeline: e.unsaved,
      };
      e.unsaved = [];
      return update;
    });
  }

  /** Records the sightings of one article; claims stated by enough articles go into `touched`, by key. */
  private read(doc: ClaimDoc, touched: Map<string, Entry>, replay = false): void {
    const sentences = this.statedAhead.get(doc) ?? statedSentences(doc);
    this.statedAhead.delete(doc);
    if (replay && this.claimsAhead.size > 0) this.bringBack(doc.id);
    const story = doc.story ?? null;
    /** Cores this article stated already: one sighting of a core per article. */
    const stated = new Set<string>();
    const t = time(doc.published);
    const when = Number.isFinite(t) ? t : Number.NaN;
    for (const s of sentences) {
      const { slice, atoms } = s;
      const text = detached(slice);
      let words: SentenceWords | null = null;
      for (const atom of atoms) {
        if (stated.has(atom.key)) continue;
        stated.add(atom.key);
        const list = this.byCore.get(atom.key);
        if (replay) {
          // An article stored in a claim already: it tells a restored claim which story it was stated in.
          const member = list?.find((e) => e.members.has(doc.id));
          if (member) {
            this.replayedCores.add(atom.key);
            if (story !== null) addStory(member, story);
            // Its sentence widens what the claim says, as it did when first read: a restored claim's context is
            // read from its first sentence only, and a later sighting must find the words one run would have.
            if (this.minShared > 0) {
              const head = atom.key.slice(atom.key.indexOf('~') + 1);
              words ??= sentenceWords(slice);
              member.context = widen(
                member.context ?? claimContext(member.claim.text, atom.key, head),
                contextOf(words, head, atom.start, atom.end),
              );
            }
            continue;
          }
        }
        const head = atom.key.slice(atom.key.indexOf('~') + 1);
        words ??= this.minShared > 0 ? sentenceWords(slice) : null;
        const context = words ? contextOf(words, head, atom.start, atom.end) : EMPTY_CONTEXT;
        let entry = this.pick(list, when, atom.key, head, context, story);
        if (!entry) {
          const base =
            this.seenBefore(atom.key, list, replay, doc.id) && !Number.isNaN(when)
              ? `${atom.key}@${new Date(when).toISOString().slice(0, 10)}`
              : atom.key;
          // Another claim of the same core that day (or undated) saying something else: its first article names it.
          let key = this.liveKeys.has(base) ? `${base}/${doc.id}` : base;
          for (let n = 2; this.liveKeys.has(key); n++) key = `${base}/${doc.id}.${n}`;
          this.liveKeys.add(key);
          entry = {
            claim: {
              id: claimId(key),
              text,
              key,
              articles: [],
              outlets: [],
              first: { article: doc.id, published: doc.published },
              timeline: [],
            },
            members: new Set(),
            lo: Number.NaN,
            hi: Number.NaN,
            unsaved: [],
            firstTime: Number.POSITIVE_INFINITY,
            context,
            stories: null,
          };
          if (list) list.push(entry);
          else {
            this.byCore.set(atom.key, [entry]);
            this.unsavedCores.push({ core: atom.key, t: Number.isNaN(when) ? null : when, article: doc.id });
          }
          if (!Number.isNaN(when)) this.forgetQueue.push({ core: atom.key, entry, at: when });
        }
        const claim = entry.claim;
        if (entry.context && entry.context !== context) entry.context = widen(entry.context, context);
        if (story !== null) addStory(entry, story);
        entry.members.add(doc.id);
        claim.articles.push(doc.id);
        if (doc.outlet !== null && !claim.outlets.includes(doc.outlet)) claim.outlets.push(doc.outlet);
        if (!Number.isNaN(when)) {
          entry.lo = Number.isNaN(entry.lo) ? when : Math.min(entry.lo, when);
          entry.hi = Number.isNaN(entry.hi) ? when : Math.max(entry.hi, when);
        }
        const sighting = {
          article: doc.id,
          published: doc.published,
          outlet: doc.outlet,
          start: s.start,
          end: s.end,
          text,
        };
        if (this.keepTimelines) insertSighting(claim, sighting);
        else if (claim.articles.length === 1 || t < entry.firstTime) {
          // Where insertSighting would put it first: before every sighting, undated ones last.
          claim.first = { article: doc.id, published: doc.published };
          claim.text = text;
        }
        entry.firstTime = Math.min(entry.firstTime, t);
        entry.unsaved.push(sighting);
        if (claim.articles.length >= this.minArticles) touched.set(claim.key, entry);
        if (replay) this.replayedCores.add(atom.key);
      }
    }
    if (when > this.latest && this.window !== Number.POSITIVE_INFINITY) {
      this.latest = when;
      this.forget();
    }
  }

  private all(): Claim[] {
    return [...this.byCore.values()].flat().map((e) => e.claim);
  }

  /** The cores seen for the first time since the last call (the restored claims' and replayed articles' included). */
  newCores(): ClaimCore[] {
    const out = this.unsavedCores;
    this.unsavedCores = [];
    return out;
  }

  /** Open claims (seen within the window of the newest article) stated by enough articles, most widespread first. */
  claims(): Claim[] {
    return this.all()
      .filter((c) => c.articles.length >= this.minArticles)
      .sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id))
      .map(copy);
  }

  /** Open cores seen in fewer articles so far. */
  pending(): Claim[] {
    return this.all()
      .filter((c) => c.articles.length < this.minArticles)
      .map(copy);
  }
}

/** Date order, undated last; equal dates keep the order they came in. The first sighting names the claim. */
function insertSighting(c: Claim, s: ClaimSighting): void {
  const x = time(s.published);
  let lo = 0;
  let hi = c.timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time(c.timeline[mid].published) <= x) lo = mid + 1;
    else hi = mid;
  }
  c.timeline.splice(lo, 0, s);
  if (lo === 0) {
    c.first = { article: s.article, published: s.published };
    c.text = s.text;
  }
}

function copy(c: Claim): Claim {
  return {
    ...c,
    articles: [...c.articles],
    outlets: [...c.outlets],
    first: { ...c.first },
    timeline: c.timeline.map((t) => ({ ...t })),
  };
}
