// Claims on the seed articles: the "over 80%" claim across three outlets, stable ids, persistence, timeline.
import { describe, expect, it } from 'vitest';
import { seedFixtures as seedArticles } from '../reuse/seed-fixtures.js';
import * as claims from './index.js';
import { type Claim, ClaimTracker, type ClaimUpdate, claimId, coreAtoms, splitSentences } from './index.js';

/** The seeds as the link stage hands them over: all five are one story. */
const seedFixtures = seedArticles.map((f) => ({ ...f, story: 'story-belarus' }));

describe('public surface', () => {
  it('exports the claims door', () => {
    expect(Object.keys(claims).sort()).toEqual([
      'CLAIM_SHARED_WORDS',
      'CLAIM_WINDOW_DAYS',
      'ClaimTracker',
      'claimId',
      'coreAtoms',
      'coreOf',
      'splitSentences',
    ]);
  });
});

describe('ClaimTracker on the seeds', () => {
  const tracker = new ClaimTracker();
  const returned = seedFixtures.map((f) => tracker.add(f));
  const all = tracker.claims();
  const over80 = all.find((c) => c.key === 'pct:>80~vote');

  it('groups "over 80 percent of the vote", "over 80% of the vote" and "more than 80% of the votes" as one claim', () => {
    expect(over80).toBeDefined();
    if (!over80) return;
    expect([...over80.articles].sort()).toEqual(['001', '003', '004']);
    expect([...over80.outlets].sort()).toEqual(['Indian outlet', 'Press TV', 'teleSUR']);
    expect(over80.timeline.map((t) => t.text).join(' | ')).toMatch(
      /over 80 percent.*over 80%.*more than 80%/,
    );
    expect(over80.first).toEqual({ article: '001', published: '2020-08-13' });
    expect(over80.id).toBe(claimId(over80.key));
  });

  it('offsets of each sighting point at the sentence in the article body', () => {
    for (const t of over80?.timeline ?? []) {
      const body = seedFixtures.find((f) => f.id === t.article)?.body ?? '';
      expect(body.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('groups the "sixth term" statements of the three Press TV articles', () => {
    const sixth = all.find((c) => c.key === 'ord:6~term');
    expect(sixth?.articles.sort()).toEqual(['000', '001', '002']);
  });

  it('does not merge different numbers ("over 200 extremists" vs "more than 200,000 citizens")', () => {
    expect(
      all.some((c) => c.articles.includes('003') && c.articles.includes('004') && c.key.includes('200')),
    ).toBe(false);
  });

  it('returns from add() only the claims it created or extended', () => {
    expect(returned[0]).toEqual([]);
    expect(returned[4].map((c) => c.key)).toContain(over80?.key);
  });

  it('continues from stored claims with the same ids', () => {
    const stored: Claim[] = [...tracker.claims(), ...tracker.pending()];
    const again = new ClaimTracker(stored);
    // As the link stage does: the stored articles replayed tell the restored claims their stories.
    for (const f of seedFixtures) again.restore(f);
    const out = again.add({
      id: '005',
      body: 'Lukashenko was declared the winner with over 80% of the vote, officials said.',
      published: '2020-09-05',
      outlet: 'Wire',
      story: 'story-belarus',
    });
    const c = out.find((x) => x.key === over80?.key);
    expect(c?.id).toBe(over80?.id);
    expect(c?.articles).toHaveLength(4);
    expect(c?.first.article).toBe('001');
  });
});

describe('ClaimTracker: the same core saying something else', () => {
  const doc = (id: string, body: string, story: string | null = null) => ({
    id,
    body,
    published: '2019-11-18',
    outlet: id,
    story,
  });
  const earbuds = doc('a', 'The wireless charger case can provide up to 24 hours of battery life.');
  const cholera = doc(
    'b',
    'Recovery rates are high if it is treated with antibiotics within 24 hours of the symptoms.',
  );

  it('keeps sentences that share only the core ("24 hours") apart', () => {
    const t = new ClaimTracker();
    expect(t.addAll([earbuds, cholera])).toEqual([]);
    const core = new ClaimTracker([], { minSharedWords: 0 });
    expect(core.addAll([earbuds, cholera]).map((c) => c.key)).toEqual(['num:24~hour']);
  });

  it('joins them when they say enough of the same, or when they are in one story', () => {
    const again = doc('c', 'Its case, a wireless charger, gives up to 24 hours of battery life.');
    expect(new ClaimTracker().addAll([earbuds, cholera, again]).map((c) => c.articles)).toEqual([['a', 'c']]);
    const sameStory = new ClaimTracker().addAll([
      { ...earbuds, story: 's1' },
      { ...cholera, story: 's1' },
    ]);
    expect(sameStory.map((c) => c.articles)).toEqual([['a', 'b']]);
  });

  it('follows a story merged into another', () => {
    const t = new ClaimTracker();
    t.addAll([{ ...earbuds, story: 's1' }]);
    t.mergeStories('s1', 's2');
    expect(t.addAll([{ ...cholera, story: 's2' }]).map((c) => c.articles)).toEqual([['a', 'b']]);
  });
});

describe('ClaimTracker.addAll', () => {
  it('returns what adding the articles one by one returns, each claim once, in its latest state', () => {
    const oneByOne = new ClaimTracker();
    const latest = new Map<string, Claim>();
    for (const f of seedFixtures) for (const c of oneByOne.add(f)) latest.set(c.id, c);
    const batched = new ClaimTracker().addAll(seedFixtures);
    expect(batched.map((c) => c.id)).toEqual([...latest.keys()]);
    expect(batched).toEqual([...latest.values()]);
    expect(batched.find((c) => c.key === 'pct:>80~vote')?.articles.sort()).toEqual(['001', '003', '004']);
  });

  it('hands out copies: adding more articles later does not change claims already returned', () => {
    const t = new ClaimTracker();
    const first = t.addAll(seedFixtures.slice(0, 4));
    const over80 = first.find((c) => c.key === 'pct:>80~vote');
    t.addAll(seedFixtures.slice(4));
    expect(over80?.articles.sort()).toEqual(['001', '003']);
  });
});

describe('ClaimTracker.addBatch', () => {
  it('reports each claim with only the sightings it did not report before, all of them the first time', () => {
    const whole = new ClaimTracker().addAll(seedFixtures);
    const t = new ClaimTracker();
    const sent = new Map<string, string[]>();
    const heads = new Map<string, ClaimUpdate>();
    for (const f of seedFixtures)
      for (const c of t.addBatch([f])) {
        expect(c.articles).toEqual(c.timeline.map((s) => s.article));
        sent.set(c.id, [...(sent.get(c.id) ?? []), ...c.articles]);
        heads.set(c.id, c);
      }
    expect([...heads.keys()].sort()).toEqual(whole.map((c) => c.id).sort());
    for (const c of whole) {
      // Every sighting and member sent exactly once, and the head (text, first, outlets, size) as addAll reports it.
      expect(sent.get(c.id)?.sort()).toEqual(c.timeline.map((s) => s.article).sort());
      expect(sent.get(c.id)?.sort()).toEqual([...c.articles].sort());
      const { size, ...head } = heads.get(c.id)!;
      expect(size).toBe(c.articles.length);
      expect({ ...head, articles: [], timeline: [] }).toEqual({ ...c, articles: [], timeline: [] });
    }
  });
  it('reports the same without keeping timelines in memory, whatever order the dates come in', () => {
    for (const docs of [seedFixtures, [...seedFixtures].reverse()]) {
      const kept = new ClaimTracker();
      const light = new ClaimTracker([], { timelines: false });
      for (let i = 0; i < docs.length; i += 2) {
        const batch = docs.slice(i, i + 2);
        expect(light.addBatch(batch)).toEqual(kept.addBatch(batch));
      }
      expect(light.claims().map((c) => ({ ...c, timeline: [] }))).toEqual(
        kept.claims().map((c) => ({ ...c, timeline: [] })),
      );
    }
  });
});

describe('ClaimTracker.restore', () => {
  it('rebuilds one-article cores from stored articles without double-counting stored claims', () => {
    const first = new ClaimTracker();
    for (const f of seedFixtures.slice(0, 3)) first.add(f);
    // A store that kept only the reported claims, then restores every stored article at the start of a run.
    const second = new ClaimTracker(first.claims());
    for (const f of seedFixtures.slice(0, 3)) second.restore(f);
    const out = second.add(seedFixtures[3]);
    const over80 = out.find((c) => c.key === 'pct:>80~vote');
    expect(over80?.articles.sort()).toEqual(['001', '003']);
    expect(second.claims().find((c) => c.key === 'ord:6~term')?.articles).toHaveLength(3);
  });
});

describe('ClaimTracker.restore: what a claim says', () => {
  const port = (id: string, day: string, body: string) => ({
    id,
    body,
    published: `2021-03-${day}`,
    outlet: id,
  });
  const articles = [
    port('a', '01', 'Officials said 40% of the fishing fleet stayed in the harbour at the northern port.'),
    port(
      'b',
      '02',
      'Gale warnings kept 40% of the fishing fleet in the harbour at the northern port, the coast guard said.',
    ),
  ];
  // Shares enough words with b's sentence, not with a's (the claim's first, which a restored claim is read from).
  const later = port(
    'c',
    '03',
    'The coast guard repeated its gale warnings while 40% of the fishing fleet waited.',
  );

  it('grows from the sentences of its replayed articles, so that a restart joins what one run joins', () => {
    const oneRun = new ClaimTracker([], { timelines: false });
    oneRun.addAll(articles);
    // What the store holds after b: the claim of a and b.
    const stored = structuredClone(oneRun.claims());
    expect(stored.map((c) => c.articles)).toEqual([['a', 'b']]);
    const joined = oneRun.addBatch([later]);
    expect(joined.map((c) => c.size)).toEqual([3]);
    // A restart after b: the stored claim, then its articles replayed as the link stage does.
    const restarted = new ClaimTracker(stored, { timelines: false });
    for (const doc of articles) restarted.restore(doc);
    expect(restarted.addBatch([later]).map((c) => ({ id: c.id, size: c.size }))).toEqual([
      { id: joined[0].id, size: 3 },
    ]);
  });
});

describe('ClaimTracker.restore: keys as one run gives them', () => {
  const day = (id: string, d: string, body: string) => ({ id, body, published: `2021-03-${d}`, outlet: id });
  const charger = day('a', '01', 'The wireless charger case can provide up to 24 hours of battery life.');
  const cholera = [
    day(
      'b',
      '02',
      'Recovery rates are high if it is treated with antibiotics within 24 hours of the symptoms.',
    ),
    day(
      'c',
      '03',
      'Doctors said antibiotics given within 24 hours of the first symptoms raise recovery rates.',
    ),
  ];
  const chargerAgain = day('d', '04', 'Its case, a wireless charger, gives up to 24 hours of battery life.');

  it('keys the claim of a replayed first sighting by its core alone, as one run does', () => {
    const oneRun = new ClaimTracker([], { timelines: false });
    oneRun.addAll([charger, ...cholera]);
    // Stored after c: only the cholera claim, keyed by date (it was not the core's first); a is one article.
    const stored = structuredClone(oneRun.claims());
    expect(stored.map((c) => c.key)).toEqual(['num:24~hour@2021-03-02']);
    const [whole] = oneRun.addBatch([chargerAgain]);
    expect(whole.key).toBe('num:24~hour');
    const restarted = new ClaimTracker(stored, { timelines: false });
    for (const doc of [charger, ...cholera]) restarted.restore(doc);
    expect(restarted.addBatch([chargerAgain]).map((c) => [c.key, c.id])).toEqual([[whole.key, whole.id]]);
  });

  it('keys a core first stated by a replayed backlog article older than the window by its core alone', () => {
    // Linked first: a newer article; then the backlog (a, d), which one run reads without forgetting anything.
    const newer = day('n', '28', 'The harbour master retired after a long career.');
    newer.published = '2021-09-01';
    const oneRun = new ClaimTracker([], { timelines: false });
    oneRun.addAll([newer, charger]);
    const [whole] = oneRun.addBatch([chargerAgain]);
    expect(whole.key).toBe('num:24~hour');
    // A restart after a: the store names a as the core's first article (claim_cores), first seen before the window.
    const restarted = new ClaimTracker([], {
      timelines: false,
      knownCores: [{ core: 'num:24~hour', article: 'a' }],
    });
    for (const doc of [newer, charger]) restarted.restore(doc);
    expect(restarted.addBatch([chargerAgain]).map((c) => [c.key, c.id])).toEqual([[whole.key, whole.id]]);
    // Named by another article (stated before, not replayed), the core was seen before: its claim is keyed by day.
    const seen = new ClaimTracker([], {
      timelines: false,
      knownCores: [{ core: 'num:24~hour', article: 'z' }],
    });
    for (const doc of [newer, charger]) seen.restore(doc);
    expect(seen.addBatch([chargerAgain]).map((c) => c.key)).toEqual(['num:24~hour@2021-03-01']);
  });

  it('brings back the stored claim of a replayed backlog article when the replay reaches it', () => {
    const newer = {
      ...day('n', '28', 'The harbour master retired after a long career.'),
      published: '2021-09-01',
    };
    const third = day('e', '05', 'A wireless charger case gives its buyers 24 hours of battery life.');
    const oneRun = new ClaimTracker([], { timelines: false });
    oneRun.addAll([newer, charger, chargerAgain]);
    const stored = structuredClone(oneRun.claims());
    expect(stored.map((c) => c.articles)).toEqual([['a', 'd']]);
    const [whole] = oneRun.addBatch([third]);
    // A restart: the claim is older than the window (not open), reloaded for its replayed articles.
    const restarted = new ClaimTracker([], {
      timelines: false,
      knownCores: [{ core: 'num:24~hour', article: 'a' }],
    });
    restarted.restoreClaims(stored);
    for (const doc of [newer, charger, chargerAgain]) restarted.restore(doc);
    expect(restarted.addBatch([third]).map((c) => ({ id: c.id, size: c.size }))).toEqual([
      { id: whole.id, size: 3 },
    ]);
  });

  it('keys it so when a claim of the core dated before it was linked after it (a backlog), replayed in link order', () => {
    const first = day('a', '04', charger.body);
    const again = day('d', '05', chargerAgain.body);
    // With timelines: the store gives the restored claims back with theirs (what dates them).
    const oneRun = new ClaimTracker([]);
    // Linked first, then the cholera backlog (dated before it) in a later batch.
    oneRun.addAll([first]);
    oneRun.addAll(cholera);
    const stored = structuredClone(oneRun.claims());
    expect(stored.map((c) => c.key)).toEqual(['num:24~hour@2021-03-02']);
    const [whole] = oneRun.addBatch([again]);
    expect(whole.key).toBe('num:24~hour');
    const restarted = new ClaimTracker(stored, { timelines: false });
    for (const doc of [first, ...cholera]) restarted.restore(doc);
    expect(restarted.addBatch([again]).map((c) => [c.key, c.id])).toEqual([[whole.key, whole.id]]);
  });
});

describe('ClaimTracker over time', () => {
  const say = (id: string, published: string | null, outlet = 'Wire') => ({
    id,
    body: 'The president was re-elected with over 80% of the vote, officials said.',
    published,
    outlet,
  });

  it('keeps the timeline in date order even when articles arrive out of order', () => {
    const t = new ClaimTracker();
    t.add(say('b', '2020-08-12'));
    t.add(say('c', null));
    const [c] = t.add(say('a', '2020-08-10'));
    expect(c.timeline.map((x) => x.article)).toEqual(['a', 'b', 'c']);
    expect(c.first).toEqual({ article: 'a', published: '2020-08-10' });
  });

  it('forgets one-article cores a window behind the newest article, and keys later claims as if it had not', () => {
    const other = (id: string, published: string) => ({
      id,
      body: 'Turnout reached more than 60% of voters in the capital.',
      published,
      outlet: 'Wire',
    });
    const t = new ClaimTracker([], { windowDays: 60 });
    t.add(say('a', '2020-01-01'));
    t.add(other('b', '2020-01-05'));
    expect(t.pending().map((c) => c.articles)).toEqual([['a'], ['b']]);
    t.add(other('c', '2020-03-04'));
    expect(t.pending().map((c) => c.articles)).toEqual([]);
    expect(t.claims().map((c) => c.articles)).toEqual([['b', 'c']]);
    const kept = new ClaimTracker([], { windowDays: 0 });
    for (const doc of [say('a', '2020-01-01'), other('b', '2020-01-05'), other('c', '2020-03-04')])
      kept.add(doc);
    expect(kept.pending().map((c) => c.articles)).toEqual([['a']]);
    // The forgotten core still keys its next claim by date, as a tracker that had kept it would.
    t.add(say('d', '2020-06-01'));
    const [late] = t.add(say('e', '2020-06-02'));
    expect(late.key).toBe('pct:>80~vote@2020-06-01');
    expect(late.articles).toEqual(['d', 'e']);
  });

  it('closes a claim repeated without a break for longer than its span, going on as a new one', () => {
    const t = new ClaimTracker([], { windowDays: 60, maxSpanDays: 180 });
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];
    // What a store would hold: the latest state of each claim handed out.
    const stored = new Map<string, Claim>();
    for (const m of months) for (const c of t.add(say(`a${m}`, `2021-${m}-01`))) stored.set(c.key, c);
    expect([...stored.values()].map((c) => [c.key, c.articles.length])).toEqual([
      ['pct:>80~vote', 6],
      ['pct:>80~vote@2021-07-01', 4],
    ]);
    const whole = new ClaimTracker([], { windowDays: 60, maxSpanDays: 0 });
    for (const m of months) whole.add(say(`a${m}`, `2021-${m}-01`));
    expect(whole.claims().map((c) => c.articles.length)).toEqual([10]);
  });

  it('makes the same core years later a new claim, with its own stable id', () => {
    const t = new ClaimTracker();
    t.add(say('a', '2020-08-10'));
    const [earlier] = t.add(say('b', '2020-08-12'));
    t.add(say('c', '2025-01-27'));
    const [later] = t.add(say('d', '2025-01-28'));
    expect(later.key).toBe('pct:>80~vote@2025-01-27');
    expect(later.articles).toEqual(['c', 'd']);
    expect(earlier.articles).toEqual(['a', 'b']);
    // The 2020 claim closed a window before the newest article: it was handed out (stored), then forgotten.
    expect(t.claims().map((c) => c.key)).toEqual([later.key]);
    const again = new ClaimTracker([earlier, later]);
    expect(again.add(say('e', '2025-02-01')).map((c) => c.id)).toEqual([later.id]);
    const unsplit = new ClaimTracker([], { windowDays: 0, maxSpanDays: 0 });
    unsplit.add(say('a', '2020-08-10'));
    expect(unsplit.add(say('c', '2025-01-27'))[0].articles).toEqual(['a', 'c']);
  });
});

describe('coreAtoms', () => {
  it('normalises percentages, comparators, scales and plural heads', () => {
    expect(coreAtoms('He won more than 80% of the votes.').map((a) => a.key)).toEqual(['pct:>80~vote']);
    expect(coreAtoms('He won over 80 per cent of the vote.').map((a) => a.key)).toEqual(['pct:>80~vote']);
    expect(coreAtoms('Some 1.5 million people voted.').map((a) => a.key)).toEqual(['num:~1500000~peopl']);
    expect(coreAtoms('Sanctions were removed in 2016.').map((a) => a.key)).toEqual(['year:2016~remov']);
  });

  it('counts nothing in a dotted date or a version number', () => {
    expect(coreAtoms('The show opened on 2018.04.05 for an open run.')).toEqual([]);
    expect(coreAtoms('Version 1.2.3 fixed 12 bugs.').map((a) => a.key)).toEqual(['num:12~bug']);
  });

  it('reads a team named with digits ("76ers") as a name, not a count', () => {
    expect(coreAtoms('The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.')).toEqual([]);
    expect(coreAtoms('The 49ers won by 7 points.').map((a) => a.key)).toEqual(['num:7~point']);
  });
});

describe('splitSentences', () => {
  it('splits on stops and line breaks, trimming spaces', () => {
    const body = 'One two. Three four!\n\nFive';
    expect(splitSentences(body).map((s) => body.slice(s.start, s.end))).toEqual([
      'One two.',
      'Three four!',
      'Five',
    ]);
  });
});
