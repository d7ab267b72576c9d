// Follow-ups past the window: a story whose window has closed is parked (off the word, name and number lists) for
// as long as an article about the same people may still follow it up, and found again only through the rare
// full-name people it shares with that article (StoryOptions.followUpDays in linker.ts).

import { FEATURE_NAMES, type FeatureVector, probability, type StoryModel } from './model.js';
import { post, sweepPostings } from './postings.js';

const COS_WORDS = FEATURE_NAMES.indexOf('cosWords');

/** What the follow-up path reads of an article (or of a story flattened as one). */
export interface FollowUpSide {
  firstDay: number | null;
  lastDay: number | null;
  /** Surnames of the full-name people it names: the keys its follow-up candidates are looked up under. */
  fullPersons: string[];
  headPersons: string[];
  headSurnames: string[];
}

/** What the follow-up path reads and marks of a story. */
export interface FollowUpStory extends FollowUpSide {
  /** Its place in the linker's slot arrays, which the person lists refer to. */
  slot: number;
  alive: boolean;
  /**
   * Past its window but within `days`, kept for follow-ups: off the posting lists of words, names and numbers,
   * reached only through its people's names.
   */
  dormant: boolean;
  /** How many of fullPersons (in order) are on the person lists. */
  personsListed: number;
  /** The linker's sequence number at its last article. */
  lastSeq: number;
}

export interface FollowUpOptions {
  /** How long after its last article a story may be followed up (0: never). */
  days: number;
  /** The probability a follow-up needs. */
  threshold: number;
  /** A person's name listed for more stories than this is too common to find a follow-up's story by. */
  maxPostings: number;
  /** The word cosine a follow-up needs with the story: the same kind of event, not only the same surname. */
  words: number;
  /** The most stories kept parked: past it, the ones whose last article is oldest are evicted. */
  maxParked: number;
  model: StoryModel;
}

/** What the linker lends the follow-up path: its stories, its window, its features, and its posting lists. */
export interface FollowUpHost<D extends FollowUpSide, S extends FollowUpStory> {
  story(slot: number): S;
  outsideWindow(d: D, s: S): boolean;
  /** Whether the headlines are about different people (StoryOptions.headPersonGate; false when the gate is off). */
  disagree(d: D, s: S): boolean;
  /** The surnames both give in full for two different people (see namesakes.ts). */
  namesakes(d: D, s: S): string[];
  features(d: D, s: S): FeatureVector;
  /** Puts a story back on the word, name and number lists. */
  relist(s: S): void;
  /** Takes stories off the word, name and number lists. */
  unlist(stories: S[]): void;
}

/**
 * The people's posting lists and the parked stories. The linker asks it for the story an article that joined nothing
 * within the window follows up (join), tells it of every story's people (list) and of evicted stories (forget), and
 * at each sweep asks which stories past their window to keep (keeps) and parks them (park), evicting those over the
 * cap.
 */
export class FollowUps<D extends FollowUpSide, S extends FollowUpStory> {
  /**
   * Story slots per surname of the people a story names in full, live and dormant stories alike: the only way an
   * article reaches a story past its window.
   */
  private readonly personPostings = new Map<string, number[]>();

  constructor(
    private readonly o: FollowUpOptions,
    private readonly host: FollowUpHost<D, S>,
  ) {}

  /**
   * For an article that joins no story within the window: the story past its window, by at most `days`, that it
   * follows up, put back on the posting lists if it was parked; or null. Candidates come only from the lists of the
   * people the article names in full that few stories share (maxPostings): a follow-up is about the same people, and
   * no story is scanned. The best one joins when the model gives it `threshold`, its headline people not disagreeing.
   */
  join(d: D, cands: S[]): S | null {
    const found = this.find(d, cands);
    if (found?.dormant) this.wake(found);
    return found;
  }

  private find(d: D, cands: S[]): S | null {
    if (this.o.days <= 0 || d.firstDay === null || d.fullPersons.length === 0) return null;
    let best: S | null = null;
    let bestP = 0;
    const seen: S[] = [];
    for (const person of d.fullPersons) {
      const list = this.personPostings.get(person);
      if (!list || list.length > this.o.maxPostings) continue;
      for (let i = 0; i < list.length; i++) {
        const s = this.host.story(list[i]);
        if (seen.includes(s) || cands.includes(s)) continue;
        seen.push(s);
        // Stories within the window were the index's to find: only a follow-up past it is this path's.
        if (!s.dormant && !this.host.outsideWindow(d, s)) continue;
        if (!this.within(d, s)) continue;
        // About the same people: a person both headlines name, not one recalled in passing (PolNeAR's campaign
        // pieces weeks apart share candidates and pundits in their bodies, and joined as follow-ups without this).
        if (!headlinesShare(d, s, this.host.namesakes(d, s))) continue;
        if (this.host.disagree(d, s)) continue;
        const f = this.host.features(d, s);
        if (f[COS_WORDS] < this.o.words) continue;
        const p = probability(this.o.model, f);
        if (p > bestP) {
          bestP = p;
          best = s;
        }
      }
    }
    return bestP >= this.o.threshold ? best : null;
  }

  /** Dated, and at most `days` apart from the story. */
  private within(d: D, s: S): boolean {
    if (d.firstDay === null || s.firstDay === null) return false;
    const w = this.o.days;
    return d.firstDay - s.lastDay! <= w && s.firstDay - d.lastDay! <= w;
  }

  /** Lists a story under the surnames of its full-name people not listed yet (fullPersons only grows at its end). */
  list(s: S): void {
    if (this.o.days <= 0) return;
    for (let i = s.personsListed; i < s.fullPersons.length; i++)
      post(this.personPostings, s.fullPersons[i], s.slot);
    s.personsListed = s.fullPersons.length;
  }

  /**
   * Takes evicted stories' slots off the person lists they were on (call once they are no longer alive); dormant
   * stories stay, since this is how follow-ups find them.
   */
  forget(dead: S[]): void {
    // Several stories' people are gathered, so that a surname they share is swept once.
    const keys = new Set<string>();
    for (const s of dead) for (let i = 0; i < s.personsListed; i++) keys.add(s.fullPersons[i]);
    sweepPostings(this.personPostings, keys, this.alive);
  }

  private readonly alive = (slot: number): boolean => this.host.story(slot).alive;

  /**
   * Whether a story past its window is kept for a follow-up: it names people, its headlines too (headlinesShare would
   * turn away every article otherwise; the others need not be kept), and it is within `days` of the newest article.
   */
  keeps(s: S, clockDay: number): boolean {
    return (
      this.o.days > 0 &&
      s.personsListed > 0 &&
      (s.headPersons.length > 0 || s.headSurnames.length > 0) &&
      s.lastDay !== null &&
      s.lastDay >= clockDay - this.o.days
    );
  }

  /**
   * Parks the stories past their window that keeps() kept, those parked already among them: off the posting lists,
   * kept for follow-ups. Past maxParked, those whose last article is oldest are returned instead, to be evicted: a
   * parked story costs what a live one does (its vectors and members are what the follow-up test reads), and on a
   * stream where every event names someone, 90 days of them outnumbered the live stories four to one.
   */
  park(kept: S[]): S[] {
    let evicted: S[] = [];
    let parked = kept;
    if (kept.length > this.o.maxParked) {
      // Oldest last article first; among equals, the one whose last article came first.
      const byAge = kept.slice().sort((a, b) => a.lastDay! - b.lastDay! || a.lastSeq - b.lastSeq);
      evicted = byAge.slice(0, kept.length - this.o.maxParked);
      const gone = new Set(evicted);
      parked = kept.filter((s) => !gone.has(s));
    }
    const asleep: S[] = [];
    for (const s of parked) {
      if (s.dormant) continue;
      s.dormant = true;
      asleep.push(s);
    }
    if (asleep.length > 0) this.host.unlist(asleep);
    return evicted;
  }

  /** A parked story that a follow-up joined: back on the posting lists it left. */
  private wake(s: S): void {
    s.dormant = false;
    this.host.relist(s);
  }
}

/**
 * The people one side's headlines name: its own headline people, and the surnames its headlines give alone that the
 * other side names in full. "Chargers' Jackson arrested on suspicion of DUI" names Vincent Jackson, whom that
 * article's entity stage found as "Jackson" only, while the Williams story recalls him in full. A lone surname is
 * read only where both hold, the tagger's one-word person and the other side's full name: one-word persons alone
 * are too often a team or a first name (stories22's try), and any capitalised headline word matching a full name
 * let "Matanuska Maid", tagged a person somewhere, gate the dairy fire's own articles. The people of a lede's opening
 * (when the headline names no one) count the same way: "Chargers receiver arrested for DUI" opens on Vincent Jackson,
 * whom the Williams story names; the seeds' spokeswoman opening one lede is named by no other seed.
 */
export function headlinePeople(
  x: { headPersons: string[]; headSurnames: string[] },
  otherFull: string[],
): string[] {
  let out = x.headPersons;
  for (const w of x.headSurnames) {
    if (!otherFull.includes(w) || out.includes(w)) continue;
    if (out === x.headPersons) out = out.slice();
    out.push(w);
  }
  return out;
}

/**
 * Whether both sides' headlines (see headlinePeople) name one person: a story and its follow-up are about them. A
 * surname that the two give for two different people (`namesakes`) is not one person.
 */
function headlinesShare(a: FollowUpSide, b: FollowUpSide, namesakes: string[]): boolean {
  const ah = headlinePeople(a, b.fullPersons);
  const bh = headlinePeople(b, a.fullPersons);
  for (let i = 0; i < ah.length; i++) if (bh.includes(ah[i]) && !namesakes.includes(ah[i])) return true;
  return false;
}
