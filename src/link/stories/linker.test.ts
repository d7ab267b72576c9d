import { describe, expect, it } from 'vitest';
import {
  extractSignals,
  type StoryAssignment,
  type StoryDoc,
  StoryLinker,
  type StoryOptions,
} from './index.js';
import type { StoryModel } from './model.js';
import { DEFAULT_MODEL, FEATURE_NAMES, probability } from './model.js';
import { bareDoc, fixtureDoc, seedDocs } from './test-docs.js';

function run(linker: StoryLinker, docs: StoryDoc[]): Map<string, string> {
  const story = new Map<string, string>();
  for (const d of docs) {
    const a = linker.add(d);
    story.set(d.id, a.story);
    for (const gone of a.absorbed) for (const [k, v] of story) if (v === gone) story.set(k, a.story);
  }
  return story;
}

const quakes = ['quake-nepal-1', 'quake-albania-1', 'quake-nepal-2', 'quake-albania-2'].map(fixtureDoc);
const rehab = ['rehab-reid-1', 'rehab-lohan-1', 'rehab-reid-2', 'rehab-lohan-2'].map(fixtureDoc);

const doc = bareDoc;

/** An article with a headline and the people the entity stage found in it. */
const headed = (id: string, title: string, body: string, people: string[]): StoryDoc => ({
  ...doc(id, body),
  title,
  entities: people.map((name) => ({ name, type: 'person' as const })),
});

/** A story of one DUI arrest whose headline names Jamal Williams and whose body recalls Vincent Jackson's. */
const williams = (): StoryDoc =>
  headed(
    'aaaaaaaaaaaaaaaa',
    "Chargers' Jamal Williams arrested on DUI suspicion",
    'San Diego Chargers lineman Jamal Williams was arrested on suspicion of drunk driving, the California ' +
      'Highway Patrol said. Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving in ' +
      'January, before the playoff game in Pittsburgh.',
    ['Jamal Williams', 'Vincent Jackson'],
  );

/** Whether an article joins the Williams story rather than starting one of its own. */
const joinsWilliams = (d: StoryDoc, options: StoryOptions = {}): boolean => {
  const linker = new StoryLinker(options);
  linker.add(williams());
  return !linker.add(d).created;
};

describe('StoryLinker', () => {
  it('puts the five seed articles in one story, undated ones included', () => {
    const seeds = seedDocs();
    const story = run(new StoryLinker(), seeds);
    expect(new Set(story.values()).size).toBe(1);
    expect(story.get(seeds[1].id)).toBe(`s-${seeds[0].id.slice(0, 12)}`);
  });

  it('keeps two earthquakes in different places and years apart', () => {
    const story = run(new StoryLinker(), quakes);
    expect(story.get(quakes[0].id)).toBe(story.get(quakes[2].id));
    expect(story.get(quakes[1].id)).toBe(story.get(quakes[3].id));
    expect(story.get(quakes[0].id)).not.toBe(story.get(quakes[1].id));
  });

  it('keeps two undated celebrity rehab stays years apart', () => {
    const story = run(new StoryLinker(), rehab);
    expect(story.get(rehab[0].id)).toBe(story.get(rehab[2].id));
    expect(story.get(rehab[1].id)).toBe(story.get(rehab[3].id));
    expect(story.get(rehab[0].id)).not.toBe(story.get(rehab[1].id));
  });

  it('separates all three events when their articles are mixed with the seeds', () => {
    const seeds = seedDocs();
    const docs = [seeds[0], quakes[0], rehab[0], seeds[1], quakes[1], seeds[2], rehab[1], quakes[2]];
    docs.push(seeds[3], rehab[2], quakes[3], seeds[4], rehab[3]);
    const story = run(new StoryLinker(), docs);
    expect(new Set(story.values()).size).toBe(5);
    expect(new Set(seeds.map((s) => story.get(s.id))).size).toBe(1);
  });

  it('derives a new story id from its first article and reports creation', () => {
    const a = new StoryLinker().add(quakes[0]);
    expect(a).toEqual<StoryAssignment>({
      story: `s-${quakes[0].id.slice(0, 12)}`,
      created: true,
      absorbed: [],
    });
  });

  it('keeps ids across runs: restore then add gives what one long run gives', () => {
    const first = [quakes[0], rehab[0], quakes[1], rehab[1]];
    const later = [quakes[2], rehab[2], quakes[3], rehab[3]];
    const once = run(new StoryLinker(), [...first, ...later]);

    const runOne = run(new StoryLinker(), first);
    const resumed = new StoryLinker();
    for (const d of first) resumed.restore(d, runOne.get(d.id)!);
    const runTwo = run(resumed, later);
    for (const d of later) expect(runTwo.get(d.id)).toBe(once.get(d.id));
    // The later articles joined stories users already hold, none was renamed.
    expect(runTwo.get(quakes[2].id)).toBe(runOne.get(quakes[0].id));
    expect(runTwo.get(rehab[3].id)).toBe(runOne.get(rehab[1].id));
  });

  it('restores under the ids it is given, even ones it would not have chosen', () => {
    const linker = new StoryLinker();
    linker.restore(quakes[0], 'story-from-the-store');
    expect(linker.add(quakes[2]).story).toBe('story-from-the-store');
  });

  it('merges two stories bridged by an article, keeping the older id and reporting the absorbed one', () => {
    // A model that reads word cosine only, so the bridge is certain to match both stories.
    const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : 0));
    const model: StoryModel = { bias: -2, weights, threshold: 0.5 };
    const linker = new StoryLinker({ model, mergeThreshold: 0.8 });
    const a = linker.add(doc('aaaaaaaaaaaaaaaa', 'alpha gamma delta kappa'));
    const b = linker.add(doc('bbbbbbbbbbbbbbbb', 'epsilon zeta theta iota'));
    expect(b.created).toBe(true);
    const c = linker.add(doc('cccccccccccccccc', 'alpha gamma delta kappa epsilon zeta theta iota'));
    expect(c).toEqual({ story: a.story, created: false, absorbed: [b.story] });
    expect(linker.add(doc('dddddddddddddddd', 'epsilon zeta theta iota')).story).toBe(a.story);
  });

  it('merges no two established stories: a bridge between stories of more than mergeMaxSmaller articles joins one', () => {
    // Word cosine only, weighted so that even a six-article story flattened with the bridge passes the merge test.
    const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 40 : 0));
    const model: StoryModel = { bias: -2, weights, threshold: 0.5 };
    const bridged = (options: { mergeMaxSmaller?: number }) => {
      const linker = new StoryLinker({ model, mergeThreshold: 0.8, ...options });
      const ids = (c: string) => Array.from({ length: 6 }, (_, i) => `${c}${i}`.padEnd(16, c));
      const a = ids('a').map((id) => linker.add(doc(id, 'alpha gamma delta kappa')))[0];
      const b = ids('b').map((id) => linker.add(doc(id, 'epsilon zeta theta iota')))[0];
      expect(b.created).toBe(true);
      const bridge = linker.add(doc('cccccccccccccccc', 'alpha gamma delta kappa epsilon zeta theta iota'));
      expect([a.story, b.story]).toContain(bridge.story);
      return bridge.absorbed;
    };
    expect(bridged({})).toEqual([]);
    // Without the limit the same bridge merges them.
    expect(bridged({ mergeMaxSmaller: Number.POSITIVE_INFINITY })).toHaveLength(1);
  });

  it('merges no two stories whose own articles each turned the other down, whatever one bridge says', () => {
    // Word cosine only, steep: the two stories share half their words, enough to meet, too few to join.
    const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 20 : 0));
    const model: StoryModel = { bias: -11, weights, threshold: 0.5 };
    const bridged = (options: StoryOptions) => {
      const linker = new StoryLinker({ model, mergeThreshold: 0.5, ...options });
      const fight = 'champion title belts alpha gamma';
      const rematch = 'champion title belts epsilon zeta';
      const a = linker.add(doc('aaaaaaaaaaaaaaaa', fight));
      const b = linker.add(doc('bbbbbbbbbbbbbbbb', rematch));
      expect(b.created).toBe(true);
      // Each story's second article meets the other story and turns it down.
      expect(linker.add(doc('aaaaaaaaaaaaaaa2', fight)).story).toBe(a.story);
      expect(linker.add(doc('bbbbbbbbbbbbbbb2', rematch)).story).toBe(b.story);
      const bridge = linker.add(doc('cccccccccccccccc', 'champion title belts alpha gamma epsilon zeta'));
      expect([a.story, b.story]).toContain(bridge.story);
      return bridge.absorbed;
    };
    expect(bridged({})).toEqual([]);
    // Without the test the same bridge merges them.
    expect(bridged({ mergeUnlessRejected: false })).toHaveLength(1);
  });

  it('joins on the single-link names feature: shared names with a member join, a word-only match does not', () => {
    // A model that reads the single-link feature only.
    const weights = FEATURE_NAMES.map((n) => (n === 'maxMemberNames' ? 10 : 0));
    const model: StoryModel = { bias: -5, weights, threshold: 0.5 };
    const linker = new StoryLinker({ model });
    const a = linker.add(doc('aaaaaaaaaaaaaaaa', 'The rally in Minsk drew police from Gomel and Brest.'));
    // Joins through one shared name ("Minsk"), with the forced model; the story now has two members.
    const b = linker.add(
      doc('bbbbbbbbbbbbbbbb', 'The rally in Minsk drew police from Gomel and Brest, said Lukashenko.'),
    );
    expect(b.story).toBe(a.story);
    // Found as a candidate through its words, but no member shares a name with it.
    const c = linker.add(doc('cccccccccccccccc', 'The rally in Vilnius drew police and Tsikhanouskaya.'));
    expect(linker.lastTrace.candidates).toBe(1);
    expect(c.created).toBe(true);
  });

  it('stops a join when the story names people and the article mentions none of them', () => {
    // A model that joins on shared words unless the person-missing feature fires.
    const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : n === 'personMissing' ? -20 : 0));
    const model: StoryModel = { bias: -2, weights, threshold: 0.5 };
    const namingDoc = (id: string, text: string, person: string): StoryDoc => ({
      ...doc(id, text),
      entities: [{ name: person, type: 'person' }],
    });
    const body = (who: string) =>
      `The actress ${who} checked into a rehab clinic in Malibu after her arrest.`;
    const linker = new StoryLinker({ model });
    const a = linker.add(namingDoc('aaaaaaaaaaaaaaaa', body('Tara Reid'), 'Tara Reid'));
    // Same person, other outlet: the surname alone is enough.
    expect(linker.add(namingDoc('bbbbbbbbbbbbbbbb', body('Reid'), 'Reid')).story).toBe(a.story);
    const c = linker.add(namingDoc('cccccccccccccccc', body('Lindsay Lohan'), 'Lindsay Lohan'));
    expect(linker.lastTrace.candidates).toBe(1);
    expect(c.created).toBe(true);
  });

  it('reads a surname the story gives for another person (other given name) as a person it does not name', () => {
    // A model that joins on shared words unless the person-missing feature fires.
    const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : n === 'personMissing' ? -20 : 0));
    const model: StoryModel = { bias: -2, weights, threshold: 0.5 };
    const rescued = (id: string, who: string, people = [who], also = '') =>
      headed(
        id,
        `Climber ${who} rescued from Mount Kenya`,
        `The climber ${who} was rescued from the north face of Mount Kenya on Sunday.${also}`,
        people,
      );
    const linker = new StoryLinker({ model });
    const a = linker.add(rescued('aaaaaaaaaaaaaaaa', 'Nadia Okafor'));
    // The same climber, by her initial or her surname alone: one person.
    expect(linker.add(rescued('bbbbbbbbbbbbbbbb', 'N Okafor')).story).toBe(a.story);
    expect(linker.add(rescued('cccccccccccccccc', 'Okafor')).story).toBe(a.story);
    // Another climber of that surname, the same day: not her.
    expect(linker.add(rescued('dddddddddddddddd', 'Emeka Okafor')).created).toBe(true);
    // Her brother, in an article that names her too: the same event.
    const brother = rescued('eeeeeeeeeeeeeeee', 'Emeka Okafor', undefined, ' His sister Nadia was with him.');
    expect(linker.add(brother).story).toBe(a.story);
  });

  it('weighs the people an article names by how much it names them: a passing mention does not carry a join', () => {
    // A model that joins exactly when the story names at least half of the article's people, by the article's weight.
    const weights = FEATURE_NAMES.map((n) => (n === 'personCoverage' ? 20 : 0));
    const model: StoryModel = { bias: -10, weights, threshold: 0.5 };
    const naming = (id: string, text: string, people: string[]): StoryDoc => ({
      ...doc(id, text),
      entities: people.map((name) => ({ name, type: 'person' as const })),
    });
    const linker = new StoryLinker({ model });
    const a = linker.add(
      naming('aaaaaaaaaaaaaaaa', 'Matt Smith was named the next Doctor of the BBC series.', ['Matt Smith']),
    );
    // About the same man: joins.
    const smithAgain = 'The BBC said Matt Smith will play the Doctor; Smith is 26.';
    expect(linker.add(naming('bbbbbbbbbbbbbbbb', smithAgain, ['Matt Smith'])).story).toBe(a.story);
    // About his successor, who replaces him: the story names Smith, but the article is mainly about Capaldi
    // (the binary person-missing feature cannot tell, as one of its people is in the story).
    const capaldi =
      'Peter Capaldi was named the next Doctor of the BBC series. Capaldi replaces Matt Smith. Capaldi is 55.';
    const c = linker.add(naming('cccccccccccccccc', capaldi, ['Peter Capaldi', 'Matt Smith']));
    expect(linker.lastTrace.candidates).toBe(1);
    expect(c.created).toBe(true);
  });

  it('rates how prominent the most named person the story never names is in the article', () => {
    const naming = (id: string, text: string, people: string[]): StoryDoc => ({
      ...doc(id, text),
      entities: people.map((name) => ({ name, type: 'person' as const })),
    });
    const fight =
      'Wladimir Klitschko stopped Hasim Rahman in Mannheim. Klitschko kept his belts; Rahman was hurt.';
    const stranger = (text: string, people: string[]): number => {
      const linker = new StoryLinker();
      linker.add(naming('aaaaaaaaaaaaaaaa', fight, ['Wladimir Klitschko', 'Hasim Rahman']));
      const step = linker.decisionStep(
        'bbbbbbbbbbbbbbbb',
        extractSignals(naming('bbbbbbbbbbbbbbbb', text, people)),
      );
      return step.candidates[0].features[FEATURE_NAMES.indexOf('strangerInDoc')];
    };
    // The same fight: nobody new.
    expect(
      stranger('Klitschko beat Rahman in the seventh; Rahman fell twice.', ['Klitschko', 'Rahman']),
    ).toBe(0);
    // The same fight, with the referee named once against the champion three times: a lesser stranger
    // (tf is log-scaled, so 0.81 rather than a third).
    const referee = stranger(
      'Klitschko beat Rahman in the seventh. Klitschko hit Rahman at will. Klitschko won, said referee Tony Weeks.',
      ['Wladimir Klitschko', 'Hasim Rahman', 'Tony Weeks'],
    );
    // The champion's next fight: his new opponent is a stranger named as much as he is.
    const opponent = stranger(
      'Wladimir Klitschko stopped Tony Thompson in Bern. Klitschko kept his belts; Thompson was hurt.',
      ['Wladimir Klitschko', 'Tony Thompson'],
    );
    expect(opponent).toBe(1);
    expect(referee).toBeGreaterThan(0);
    expect(referee).toBeLessThan(opponent);
  });

  it("joins no article headlined with another person than the story, neither naming the other side's", () => {
    // Jackson's own arrest: the Williams story recalls him, but his articles never name Williams.
    const jackson = headed(
      'bbbbbbbbbbbbbbbb',
      "Chargers' Jackson arrested on suspicion of DUI",
      'San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving, the California ' +
        'Highway Patrol said, days before the playoff game in Pittsburgh.',
      ['Vincent Jackson'],
    );
    expect(joinsWilliams(jackson, { headPersonGate: false })).toBe(true);
    expect(joinsWilliams(jackson)).toBe(false);
    // Headlined with Jackson, about Williams: each side names the other's headline person, so no gate.
    const backs = headed(
      'cccccccccccccccc',
      'Vincent Jackson backs Chargers lineman after DUI arrest',
      'Chargers receiver Vincent Jackson, himself arrested on suspicion of drunk driving in January, said he ' +
        'stands by Jamal Williams after the California Highway Patrol arrest.',
      ['Vincent Jackson', 'Jamal Williams'],
    );
    expect(joinsWilliams(backs)).toBe(true);
  });

  it('keeps a deals round-up out of a product launch on shared brand words, and a titled report of it in', () => {
    const entities = (list: [string, 'organization' | 'place' | 'other'][]) =>
      list.map(([name, type]) => ({ name, type }));
    const launch: StoryDoc = {
      ...doc(
        'aaaaaaaaaaaaaaaa',
        'Acme unveiled the Zephyr X, a phone with a folding screen and a larger battery, at an event in Oslo on ' +
          'Tuesday. The Zephyr X costs $999 and ships in December, Acme said. The company also showed new Pulse ' +
          'earbuds with noise cancellation.',
      ),
      title: 'Acme unveils the Zephyr X phone with a folding screen',
      entities: entities([
        ['Acme', 'organization'],
        ['Zephyr X', 'other'],
        ['Oslo', 'place'],
        ['Pulse', 'other'],
      ]),
    };
    // Many products, one line each: the launch's brand and earbuds, no word of its headline, nobody named.
    const deals: StoryDoc = {
      ...doc(
        'bbbbbbbbbbbbbbbb',
        'Acme Pulse earbuds with noise cancellation are down to $129 at Shopmart. The Acme Zephyr phone from last ' +
          'year drops to $499 with a free case. Brightline TV sets start at $299, and the Vanta robot vacuum is $150 ' +
          'off. Kettleworks coffee makers are half price on Tuesday only.',
      ),
      title: 'The 12 best early holiday deals you can buy today',
      entities: entities([
        ['Acme', 'organization'],
        ['Pulse', 'other'],
        ['Zephyr', 'other'],
        ['Shopmart', 'organization'],
        ['Brightline', 'organization'],
        ['Vanta', 'other'],
        ['Kettleworks', 'organization'],
      ]),
    };
    const handsOn: StoryDoc = {
      ...doc(
        'cccccccccccccccc',
        'We tried the Acme Zephyr X in Oslo on Tuesday. The folding screen is bright and the battery is larger; at ' +
          '$999 it ships in December.',
      ),
      title: 'Zephyr X hands-on: Acme folding phone impresses',
      entities: entities([
        ['Acme', 'organization'],
        ['Zephyr X', 'other'],
        ['Oslo', 'place'],
      ]),
    };
    const joinsLaunch = (d: StoryDoc, options: StoryOptions = {}) => {
      const linker = new StoryLinker(options);
      linker.add(launch);
      return !linker.add(d).created;
    };
    // Without the gate the round-up joins on a weak probability (0.49 against the threshold's 0.35).
    expect(joinsLaunch(deals, { headWordGate: false })).toBe(true);
    expect(joinsLaunch(deals)).toBe(false);
    expect(joinsLaunch(handsOn)).toBe(true);
  });

  it('reads a headline surname the tagger found alone as the person the other side names in full', () => {
    // Jackson's own arrest, where the tagger found only "Jackson": his headline still names him, whom the Williams
    // story names in full, and never Williams.
    const body =
      'San Diego Chargers receiver Jackson was arrested on suspicion of drunk driving, the California Highway ' +
      'Patrol said, days before the playoff game in Pittsburgh.';
    expect(
      joinsWilliams(
        headed('bbbbbbbbbbbbbbbb', "Chargers' Jackson arrested on suspicion of DUI", body, ['Jackson']),
      ),
    ).toBe(false);
    // A headline naming no one, whose lede opens on Jackson, named in full: the Williams story names him too.
    const lede =
      'San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving, the California ' +
      'Highway Patrol said. It came days before the playoff game in Pittsburgh.';
    expect(
      joinsWilliams(
        headed('dddddddddddddddd', 'Chargers receiver arrested for DUI', lede, ['Vincent Jackson']),
      ),
    ).toBe(false);
    // A lede opening on someone the other side never names (a spokeswoman) is no one the gate reads.
    const spokeswoman =
      'Team spokeswoman Maria Gomez told reporters on Tuesday that receiver Vincent Jackson was arrested on ' +
      'suspicion of drunk driving by the California Highway Patrol, days before the playoff game in Pittsburgh.';
    expect(
      joinsWilliams(
        headed('eeeeeeeeeeeeeeee', 'Chargers receiver arrested for DUI', spokeswoman, [
          'Maria Gomez',
          'Vincent Jackson',
        ]),
      ),
    ).toBe(true);
    // A one-word person the other side does not name in full is no one the gate can read: joined as before.
    expect(
      joinsWilliams(
        headed('cccccccccccccccc', "Chargers' receiver arrested on suspicion of DUI", body, ['Jackson']),
      ),
    ).toBe(true);
  });

  it('tells two same-kind events apart by the weekday they happened on', () => {
    const body = (day: string) =>
      `Chargers receiver Jackson was arrested on suspicion of drunk driving on ${day} in San Diego.`;
    const joinP = (first: string, next: string): number => {
      const linker = new StoryLinker();
      linker.add(doc('aaaaaaaaaaaaaaaa', body(first)));
      const step = linker.decisionStep(
        'bbbbbbbbbbbbbbbb',
        extractSignals(doc('bbbbbbbbbbbbbbbb', body(next))),
      );
      const f = step.candidates[0].features;
      expect(f[FEATURE_NAMES.indexOf('weekdaysKnown')]).toBe(1);
      expect(f[FEATURE_NAMES.indexOf('weekdayCos')]).toBe(first === next ? 1 : 0);
      return probability(DEFAULT_MODEL, f);
    };
    expect(joinP('Tuesday', 'Sunday')).toBeLessThan(joinP('Tuesday', 'Tuesday'));
  });

  it('counts a year conflict between main years: a later stay naming the earlier one in passing conflicts', () => {
    const stay2010 = (id: string) =>
      doc(
        id,
        'Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage in 2010, her lawyer said. The actress ' +
          'began the court-ordered stay in 2010 after a judge revoked her probation.',
      );
    const linker = new StoryLinker();
    linker.add(stay2010('aaaaaaaaaaaaaaaa'));
    linker.add(stay2010('cccccccccccccccc'));
    const features = (body: string) =>
      linker.decisionStep('bbbbbbbbbbbbbbbb', extractSignals(doc('bbbbbbbbbbbbbbbb', body))).candidates[0]
        .features;
    const year = (f: number[]) => [
      f[FEATURE_NAMES.indexOf('yearMatch')],
      f[FEATURE_NAMES.indexOf('yearConflict')],
    ];
    // The 2010 stay told again with its history (2007) matches; a 2013 stay that recalls 2010 conflicts.
    const same = features(
      'Lindsay Lohan entered the Betty Ford Center in Rancho Mirage in 2010, her lawyer said. She had been ' +
        'arrested for drunk driving in 2007, and the 2010 stay is court-ordered.',
    );
    const later = features(
      'Lindsay Lohan entered the Betty Ford Center in Rancho Mirage in 2013, her lawyer said. She was there ' +
        'in 2010, and the 2013 stay follows a reckless driving plea in 2013.',
    );
    expect(year(same)).toEqual([1, 0]);
    expect(year(later)).toEqual([1, 1]);
    expect(probability(DEFAULT_MODEL, later)).toBeLessThan(probability(DEFAULT_MODEL, same));
  });

  describe('reads a published year where cleaning took the dateline out of the text', () => {
    // A story about a council vote of 2014, told twice without a date.
    const vote2014 = (id: string) =>
      doc(
        id,
        'The Harwick county council approved the riverside stadium budget in 2014, its chair said. The vote in ' +
          '2014 ends a long dispute over the stadium, which opponents called too costly.',
      );
    // The year features of an article against that story (a fresh linker each time: a step places the article).
    const year = (body: string, published: string | null) => {
      const linker = new StoryLinker();
      linker.add(vote2014('aaaaaaaaaaaaaaaa'));
      linker.add(vote2014('cccccccccccccccc'));
      const d = { ...doc('bbbbbbbbbbbbbbbb', body), published };
      const f = linker.decisionStep(d.id, extractSignals(d)).candidates[0].features;
      return [f[FEATURE_NAMES.indexOf('yearMatch')], f[FEATURE_NAMES.indexOf('yearConflict')]];
    };

    it('no year conflict for an article published in the story year whose text names earlier years', () => {
      // Its text names the plan's history most (2009 twice, 2011 once): that is its main year.
      const history =
        'The Harwick county council approved the riverside stadium budget, its chair said. The plan was first ' +
        'drawn up in 2009, rejected in 2009 and cut back in 2011.';
      expect(year(history, '2014-05-20')).toEqual([0, 0]);
      // Undated, or published in another year, it is the history's year against the story's: a conflict.
      expect(year(history, null)).toEqual([0, 1]);
      expect(year(history, '2016-05-20')).toEqual([0, 1]);
      // A later main year than the date's is no history: it still conflicts.
      const plans =
        'The Harwick county council approved the riverside stadium budget, its chair said. The stadium is to ' +
        'open in 2019, and its first season in 2019 will follow a tender in 2018.';
      expect(year(plans, '2014-05-20')).toEqual([0, 1]);
    });

    it('a year match for an article whose text names no year, published in the story year', () => {
      const yearless =
        'The Harwick county council approved the riverside stadium budget on Tuesday, its chair said, ending a ' +
        'long dispute over the stadium.';
      expect(year(yearless, '2014-05-20')).toEqual([1, 0]);
      expect(year(yearless, null)).toEqual([0, 0]);
    });

    it('a year conflict for an article whose text names no year, published in another year than an undated story', () => {
      const yearless =
        'The Harwick county council approved the riverside stadium budget on Tuesday, its chair said, ending a ' +
        'long dispute over the stadium.';
      // The story (the two undated 2014 reports) has no date: its text's year is the only clock to read.
      expect(year(yearless, '2016-05-20')).toEqual([0, 1]);
      expect(year(yearless, '2013-12-30')).toEqual([0, 1]);
      // A dated story is the time window's and the gap's to tell apart, not the year's: days apart, across a new year.
      const linker = new StoryLinker();
      for (const id of ['aaaaaaaaaaaaaaaa', 'cccccccccccccccc'])
        linker.add({
          ...doc(
            id,
            'The Harwick county council approved the riverside stadium budget in 2014, its chair said. The vote ' +
              'in 2014 ends a long dispute over the stadium, which opponents called too costly.',
          ),
          published: '2014-12-30',
        });
      const d = { ...doc('bbbbbbbbbbbbbbbb', yearless), published: '2015-01-02' };
      const f = linker.decisionStep(d.id, extractSignals(d)).candidates[0]?.features;
      expect(f && [f[FEATURE_NAMES.indexOf('yearMatch')], f[FEATURE_NAMES.indexOf('yearConflict')]]).toEqual([
        0, 0,
      ]);
    });

    it('keeps apart a dated story naming its year and a yearless page of a same-kind event published that year', () => {
      // Harwick's stadium vote, reported twice with its year; two days later Lenbury votes on a stadium by the same
      // builder and architect, reported without a year. Both dated: the gap tells time, and the published year is
      // no match (on the generated stream the match joined every yearless article of a year to same-kind stories
      // naming that year).
      const harwick =
        'The Harwick county council approved the riverside stadium budget in 2021, its chair said. The vote in 2021 ' +
        'ends a long dispute over the stadium, which the builder Dellow Group and the architect Anna Kessing called ' +
        'too costly.';
      const lenbury =
        'The Lenbury town council approved the riverside stadium budget on Tuesday, its mayor said. The vote ends a ' +
        'long dispute over the stadium, which the builder Dellow Group and the architect Anna Kessing called too ' +
        'costly. Kessing designed the stadium.';
      const linker = new StoryLinker();
      const first = linker.add({ ...doc('aaaaaaaaaaaaaaaa', harwick), published: '2021-03-02' }).story;
      expect(linker.add({ ...doc('cccccccccccccccc', harwick), published: '2021-03-03' }).story).toBe(first);
      const d = { ...doc('bbbbbbbbbbbbbbbb', lenbury), published: '2021-03-04' };
      const f = linker.decisionStep(d.id, extractSignals(d)).candidates[0].features;
      expect(f[FEATURE_NAMES.indexOf('yearMatch')]).toBe(0);
      expect(linker.add(d).story).not.toBe(first);
    });

    it("reads a dated page's weekday, month and day as its dateline's against an undated story", () => {
      // An undated story of a quake on a Sunday in December that states its numbers; the page names no weekday, no
      // month and no number: its dateline named them, and cleaning moved it into `published`.
      const quake = (id: string) =>
        doc(
          id,
          'A magnitude 6.1 earthquake struck the Harwick valley on Sunday in December, killing 3 people, officials ' +
            'said. The December quake damaged 40 homes.',
        );
      const page =
        'An earthquake struck the Harwick valley, killing several people and damaging homes, officials said.';
      const features = (published: string | null, storyPublished: string | null = null) => {
        const linker = new StoryLinker();
        for (const id of ['aaaaaaaaaaaaaaaa', 'cccccccccccccccc'])
          linker.add({ ...quake(id), published: storyPublished });
        const d = { ...doc('bbbbbbbbbbbbbbbb', page), published };
        const f = linker.decisionStep(d.id, extractSignals(d)).candidates[0].features;
        return ['weekdaysKnown', 'weekdayCos', 'monthsKnown', 'monthCos', 'numbersConflict'].map(
          (n) => f[FEATURE_NAMES.indexOf(n as (typeof FEATURE_NAMES)[number])],
        );
      };
      // A Wednesday in September against a Sunday in December: weekdays and months both name, none shared; numbers
      // both state, none shared.
      expect(features('2013-09-18')).toEqual([1, 0, 1, 0, 1]);
      // Published on a Sunday in December, its weekday and month agree with the story's.
      expect(features('2008-12-07')).toEqual([1, 1, 1, 1, 1]);
      // Undated, it names none; against a dated story the gap and the window tell time, not the dateline.
      expect(features(null)).toEqual([0, 0, 0, 0, 0]);
      expect(features('2013-09-18', '2013-09-16')).toEqual([0, 0, 0, 0, 0]);
    });

    it('no year match with a story whose year was read from its publication date, not its text', () => {
      // Published in 2014 and naming only 1998, these take 2014 as their main year (eventYear), which no text states.
      const linker = new StoryLinker();
      for (const id of ['aaaaaaaaaaaaaaaa', 'cccccccccccccccc'])
        linker.add({
          ...doc(
            id,
            'The Harwick county council approved the riverside stadium budget, its chair said. The club has ' +
              'played at the old ground since 1998, and fans had waited for the vote.',
          ),
          published: '2014-05-06',
        });
      const d = {
        ...doc(
          'bbbbbbbbbbbbbbbb',
          'The Harwick county council approved the riverside stadium budget on Tuesday, its chair said, ending a ' +
            'long dispute over the stadium.',
        ),
        published: '2014-05-08',
      };
      const f = linker.decisionStep(d.id, extractSignals(d)).candidates[0].features;
      expect(f[FEATURE_NAMES.indexOf('yearMatch')]).toBe(0);
    });
  });

  it('keeps the same-kind fixtures apart when fed entity-stage names, as the pipeline feeds them', () => {
    const people: Record<string, string[]> = {
      nepal: ['Nepal', 'Kathmandu'],
      albania: ['Albania', 'Durres'],
      reid: ['Tara Reid', 'Promises Treatment Center', 'Malibu'],
      lohan: ['Lindsay Lohan', 'Betty Ford Center', 'Rancho Mirage'],
    };
    const withNames = (d: StoryDoc, key: string): StoryDoc => ({
      ...d,
      entities: people[key].map((name) => ({ name, type: name.includes(' ') ? 'person' : 'place' })),
    });
    const docs = [
      withNames(quakes[0], 'nepal'),
      withNames(rehab[0], 'reid'),
      withNames(quakes[1], 'albania'),
      withNames(rehab[1], 'lohan'),
      withNames(quakes[2], 'nepal'),
      withNames(rehab[2], 'reid'),
      withNames(quakes[3], 'albania'),
      withNames(rehab[3], 'lohan'),
    ];
    const story = run(new StoryLinker(), docs);
    expect(new Set(story.values()).size).toBe(4);
    expect(story.get(quakes[0].id)).toBe(story.get(quakes[2].id));
    expect(story.get(rehab[1].id)).toBe(story.get(rehab[3].id));
  });

  it('decisionStep places every article as add() does and shows the features of each candidate it scored', () => {
    const docs = [quakes[0], rehab[0], quakes[1], quakes[2], rehab[1], rehab[2], quakes[3], rehab[3]];
    const byAdd = new Map<string, StoryAssignment>();
    const added = new StoryLinker();
    for (const d of docs) byAdd.set(d.id, added.add(d));
    const traced = new StoryLinker();
    let scored = 0;
    for (const d of docs) {
      const step = traced.decisionStep(d.id, extractSignals(d));
      expect(step.assignment).toEqual(byAdd.get(d.id));
      for (const c of step.candidates) expect(c.features).toHaveLength(FEATURE_NAMES.length);
      scored += step.candidates.length;
      // A join goes to a story it scored.
      if (!step.assignment.created)
        expect(step.candidates.map((c) => c.story)).toContain(step.assignment.story);
    }
    expect(scored).toBeGreaterThan(0);
  });

  it('decisionStep with allow decides only among the stories allowed (the oracle bounds of bench/stories)', () => {
    const linker = new StoryLinker();
    const nepal = linker.add(quakes[0]).story;
    // The second Nepal article would join its story; with that story taken away it starts one.
    const step = linker.decisionStep(quakes[2].id, extractSignals(quakes[2]), (s) => s !== nepal);
    expect(step.candidates).toEqual([]);
    expect(step.assignment.created).toBe(true);
  });

  it('takes no article into a story whose last article is older than the window, before any sweep', () => {
    const linker = new StoryLinker({ windowDays: 30 });
    const first = linker.add({ ...quakes[0], published: '2016-01-04' }).story;
    const soon = linker.add({ ...quakes[0], id: 'soon000000000000', published: '2016-01-08' });
    expect(soon.story).toBe(first);
    // The same text 60 days after the story's last article: a new story, although nothing was swept yet.
    const late = linker.add({ ...quakes[0], id: 'late000000000000', published: '2016-03-20' });
    expect(late.created).toBe(true);
    expect(late.story).not.toBe(first);
  });

  it("closes a one-day story after a week's silence, and keeps weeks of coverage open across a pause as long", () => {
    const linker = new StoryLinker();
    // One primary night's results, and the same words about the next primaries two weeks later: two events.
    const night = linker.add({ ...quakes[0], published: '2016-03-01' }).story;
    const next = linker.add({ ...quakes[0], id: 'next000000000000', published: '2016-03-15' });
    expect(next.created).toBe(true);
    expect(next.story).not.toBe(night);
    // Coverage every five days for twenty days stays open for a fifteen-day pause.
    const rolling = linker.add({ ...quakes[1], published: '2016-05-01' }).story;
    for (const [i, day] of ['05-06', '05-11', '05-16', '05-21', '06-05'].entries()) {
      const a = linker.add({ ...quakes[1], id: `roll${i}`.padEnd(16, '0'), published: `2016-${day}` });
      expect(a.story).toBe(rolling);
    }
  });

  it('evicts stories past the time window, so a late article starts a new story', () => {
    const linker = new StoryLinker({ windowDays: 7 });
    const first = linker.add(quakes[0]).story;
    // Enough filler articles, a year later, to trigger a sweep.
    for (let i = 0; i < 1100; i++) {
      linker.add({
        id: `f${i}`.padEnd(16, '0'),
        title: null,
        body: `filler ${i} text`,
        published: '2016-05-01',
        outlet: null,
        lang: null,
      });
    }
    const late = { ...quakes[2], id: 'late000000000000', published: '2016-05-02' };
    const a = linker.add(late);
    expect(a.created).toBe(true);
    expect(a.story).not.toBe(first);
  });

  describe('the batch step', () => {
    // Word cosine only: the harbour strike and the crane collapse share two words, enough for a weak join (p 0.66
    // against the threshold 0.5); the collapse's second article matches its first at p 0.96.
    const model: StoryModel = {
      bias: -2.5,
      weights: FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : 0)),
      threshold: 0.5,
    };
    const strike = doc('strike0000000000', 'harbour crane strike dockers wages');
    const collapse = doc('collapse00000000', 'harbour crane collapse injured workers');
    const followUp = doc('followup00000000', 'crane collapse injured workers hospital');
    /** Deferred joins only (no second look at lone articles). */
    const deferring = { model, deferSize: 5, resettleLone: false };

    it('places a batch as add() does with the look-ahead off', () => {
      const online = run(new StoryLinker({ model }), [strike, collapse, followUp]);
      const off = { model, deferSize: 0, resettleLone: false };
      const batch = new StoryLinker(off).linkBatch([strike, collapse, followUp]);
      expect(batch.stories).toEqual([strike, collapse, followUp].map((d) => online.get(d.id)));
      expect(new Set(batch.stories).size).toBe(1);
    });

    it('keeps a weak join into a story of the batch apart when a later article joins the deferred one', () => {
      const placed = new StoryLinker(deferring).linkBatch([strike, collapse, followUp]);
      expect(placed.stories).toEqual(['s-strike000000', 's-collapse0000', 's-collapse0000']);
      expect(placed.merged).toEqual([]);
    });

    it('takes the deferred join at the end of the batch when no later article joined the article', () => {
      const placed = new StoryLinker(deferring).linkBatch([strike, collapse]);
      expect(placed.stories).toEqual(['s-strike000000', 's-strike000000']);
    });

    it('takes the deferred join with its joiners when they would have joined that story too', () => {
      // The follow-up names the harbour as well: it fits the strike's story, so collapse and strike are one event.
      const joiner = doc('joiner0000000000', 'harbour crane collapse injured workers hospital');
      const docs = [strike, collapse, joiner];
      expect(new StoryLinker(deferring).linkBatch(docs).stories).toEqual(Array(3).fill('s-strike000000'));
      // Without the vote the joiner keeps the two apart.
      const noVote = new StoryLinker({ ...deferring, deferVote: 2 }).linkBatch(docs).stories;
      expect(noVote).toEqual(['s-strike000000', 's-collapse0000', 's-collapse0000']);
    });

    it('decides an article left alone again once the batch has grown the story it missed', () => {
      // The lone collapse report shares one word with the strike; the third article ties the two together.
      const lone = doc('lone000000000000', 'crane collapse injured workers hospital');
      const both = doc('both000000000000', 'harbour crane strike dockers wages collapse injured');
      const docs = [strike, lone, both];
      expect(new StoryLinker({ model, deferSize: 0, resettleLone: false }).linkBatch(docs).stories).toEqual([
        's-strike000000',
        's-lone00000000',
        's-strike000000',
      ]);
      expect(new StoryLinker({ model, deferSize: 0, resettleLone: true }).linkBatch(docs).stories).toEqual(
        Array(3).fill('s-strike000000'),
      );
    });

    it('decides a lone article again by default once a later article of the batch came near it', () => {
      const lone = doc('lone000000000000', 'crane collapse injured workers hospital');
      const both = doc('both000000000000', 'harbour crane strike dockers wages collapse injured');
      // The third article scores the lone one near a join on its way into the strike's story: that marks it, and at
      // the end of the batch the strike's story, grown by the third article, takes it.
      expect(new StoryLinker({ model, deferSize: 0 }).linkBatch([strike, lone, both]).stories).toEqual(
        Array(3).fill('s-strike000000'),
      );
      // An article on its own (add()) is final at once: nothing is decided again.
      const online = run(new StoryLinker({ model, deferSize: 0 }), [strike, lone, both]);
      expect(online.get(lone.id)).toBe('s-lone00000000');
    });

    it('decides a small story of the batch again, as a whole, once a later article came near it', () => {
      // Two reports of the collapse make a story of their own; the third article ties it to the strike's story on
      // its way there, and at the end of the batch that grown story takes both reports.
      const first = doc('report1000000000', 'crane collapse injured workers hospital');
      const second = doc('report2000000000', 'crane collapse injured workers hospital');
      const both = doc('both000000000000', 'harbour crane strike dockers wages collapse injured');
      const docs = [strike, first, second, both];
      expect(new StoryLinker({ model, deferSize: 0, resettleSize: 1 }).linkBatch(docs).stories).toEqual([
        's-strike000000',
        's-report100000',
        's-report100000',
        's-strike000000',
      ]);
      expect(new StoryLinker({ model, deferSize: 0 }).linkBatch(docs).stories).toEqual(
        Array(4).fill('s-strike000000'),
      );
    });

    it('asks a lone article again about the grown story, though its own story tops the quick score', () => {
      // Cosine and size: a story of two takes an article that shares a few words, a lone one does not.
      const sizeModel: StoryModel = {
        bias: -2.5,
        weights: FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : n === 'logSize' ? 3 : 0)),
        threshold: 0.5,
      };
      // Three words in common with the strike's story once the third article has grown it, eight of its own: the
      // story's quick score is under a quarter of the lone article's own, which used to cut the story from the
      // candidates it was asked about.
      const lone = doc(
        'lone000000000000',
        'crane collapse injured ambulance surgeon fracture rescue girder scaffold paramedic stretcher',
      );
      const both = doc('both000000000000', 'harbour crane strike dockers wages collapse injured');
      const docs = [strike, lone, both];
      const online = new StoryLinker({ model: sizeModel, deferSize: 0, resettleLone: false }).linkBatch(docs);
      expect(online.stories).toEqual(['s-strike000000', 's-lone00000000', 's-strike000000']);
      expect(new StoryLinker({ model: sizeModel, deferSize: 0 }).linkBatch(docs).stories).toEqual(
        Array(3).fill('s-strike000000'),
      );
    });

    it('asks no lone article again about another lone one: that comparison was made when the later was placed', () => {
      // Name coverage is one-sided: the second article's names are a third in the first, the first's all in the
      // second. Placed, the second stays apart (p 0.41); asked from the first's side, the pair would pass (p 0.91).
      const coverageModel: StoryModel = {
        bias: -4,
        weights: FEATURE_NAMES.map((n) => (n === 'nameCoverage' || n === 'maxMemberNames' ? 4 : 0)),
        threshold: 0.5,
      };
      const first = doc('aaaaaaaaaaaaaaaa', 'The council met Xavier on the budget.');
      const second = doc('bbbbbbbbbbbbbbbb', 'The council met Xavier with Yolanda and Zeke on the budget.');
      const placed = new StoryLinker({ model: coverageModel, deferSize: 0, leftoverShare: 0 }).linkBatch([
        first,
        second,
      ]);
      expect(placed.stories).toEqual(['s-aaaaaaaaaaaa', 's-bbbbbbbbbbbb']);
    });

    it('joins a leftover article of the batch to a story it nearly reached by default, unless a second story is as near', () => {
      const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : 0));
      const strikes = [
        doc('aaaaaaaaaaaaaaaa', 'harbour crane strike dockers wages'),
        doc('bbbbbbbbbbbbbbbb', 'harbour crane strike dockers wages'),
        doc('cccccccccccccccc', 'airport baggage strike handlers pay'),
        doc('dddddddddddddddd', 'airport baggage strike handlers pay'),
      ];
      // Below the threshold (0.9) for the airport story, and far below it for the harbour one.
      const lone = doc('eeeeeeeeeeeeeeee', 'airport baggage council vote budget');
      // Near both strikes: which one it belongs to is not for a lowered bar to decide.
      const between = doc('ffffffffffffffff', 'crane baggage strike council vote');
      const placed = (options: StoryOptions) => {
        const linker = new StoryLinker({
          model: { bias: -3, weights, threshold: 0.9 },
          deferSize: 0,
          ...options,
        });
        linker.linkBatch(strikes);
        return [linker.linkBatch([lone]).stories[0], linker.linkBatch([between]).stories[0]];
      };
      expect(placed({ leftoverShare: 0 })).toEqual(['s-eeeeeeeeeeee', 's-eeeeeeeeeeee']);
      // On by default (share 0.15, margin 3).
      expect(placed({})).toEqual(['s-cccccccccccc', 's-ffffffffffff']);
      expect(placed({ leftoverShare: 0.5, leftoverMargin: 2 })).toEqual(['s-cccccccccccc', 's-ffffffffffff']);
      expect(placed({ leftoverShare: 0.5, leftoverMargin: 1 })).toEqual(['s-cccccccccccc', 's-aaaaaaaaaaaa']);
    });

    it('joins no leftover article to a story it shares no name and hardly a word with, however its numbers agree', () => {
      const weights = FEATURE_NAMES.map((n) => (n === 'numbersInContext' ? 2.5 : n === 'cosWords' ? 3 : 0));
      const lander = (id: string) =>
        doc(
          id,
          'The lander will touch down 12 kilometres from the crater rim on November 19 after 3 hours of descent at ' +
            '40 degrees, the agency said.',
        );
      // The same dates and measures, nothing else in common (word cosine 0, no name): p 0.38 against the threshold
      // 0.9, within the leftover floor, and no other candidate.
      const podcast = doc(
        'zzzzzzzzzzzzzzzz',
        'Fans queued on November 19 for 3 hours at 40 degrees, 12 kilometres outside the stadium as the tennis cup ' +
          'opened with doubles, singles, umpires, racquets, volleys, tiebreaks, ballboys, linesmen, coaches, ' +
          'captains, trophies, podcasts, pundits, sponsors, jerseys, chants and anthems. Organisers praised ' +
          'volunteers, stewards, caterers, drummers, mascots, photographers, commentators, physios, groundsmen, ' +
          'ticket touts, parking wardens, florists, bakers, cyclists, rowers, golfers, sprinters, jugglers, ' +
          'acrobats, violinists, pianists and choirs.',
      );
      const linker = new StoryLinker({ model: { bias: -3, weights, threshold: 0.9 }, deferSize: 0 });
      expect(linker.linkBatch([lander('aaaaaaaaaaaaaaaa'), lander('bbbbbbbbbbbbbbbb')]).stories).toEqual([
        's-aaaaaaaaaaaa',
        's-aaaaaaaaaaaa',
      ]);
      expect(linker.linkBatch([podcast]).stories).toEqual(['s-zzzzzzzzzzzz']);
    });

    it('asks a lone article that shares a few words with an established story again, though it has more of its own', () => {
      const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : 0));
      const strike = (id: string) => doc(id, 'airport baggage strike handlers pay');
      // Four words in common with the strike's story and nine of its own (word cosine 0.25, p 0.39 against the
      // threshold 0.9): the story's quick score is an eighth of the article's own, so the leftover pass used to
      // leave it alone, whatever the story's size.
      const lone = doc(
        'zzzzzzzzzzzzzzzz',
        'airport baggage strike handlers queues travellers stranded terminal delays flights cancelled tourists refunds',
      );
      const placed = (stories: number, options: StoryOptions) => {
        const linker = new StoryLinker({
          model: { bias: -3, weights, threshold: 0.9 },
          deferSize: 0,
          ...options,
        });
        linker.linkBatch([...Array(stories).keys()].map((i) => strike(`${'abcdefgh'[i]}`.repeat(16))));
        return linker.linkBatch([lone]).stories[0];
      };
      expect(placed(5, {})).toBe('s-aaaaaaaaaaaa');
      // Off, into a story of fewer than leftoverFarSize articles, or short of the words it must share: alone.
      expect(placed(5, { leftoverFarSize: 0 })).toBe('s-zzzzzzzzzzzz');
      expect(placed(4, {})).toBe('s-zzzzzzzzzzzz');
      expect(placed(5, { leftoverFarWords: 0.6 })).toBe('s-zzzzzzzzzzzz');
    });

    it('defers no join into a story of an earlier batch: its id and members stay as they were', () => {
      const linker = new StoryLinker({ model, deferSize: 5, resettleLone: true });
      expect(linker.linkBatch([strike]).stories).toEqual(['s-strike000000']);
      // The collapse joins the strike's story at once (p 0.66, as add() joins), and so does its follow-up.
      expect(linker.linkBatch([collapse, followUp]).stories).toEqual(['s-strike000000', 's-strike000000']);
    });

    it('reports a story of an earlier batch merged into another under the older id, none born in the batch', () => {
      // The merge fixture of add(): a bridge article joins the older story and merges the newer one into it.
      const weights = FEATURE_NAMES.map((n) => (n === 'cosWords' ? 10 : 0));
      const linker = new StoryLinker({
        model: { bias: -2, weights, threshold: 0.5 },
        mergeThreshold: 0.8,
        deferSize: 5,
        resettleLone: true,
      });
      const first = linker.linkBatch([
        doc('aaaaaaaaaaaaaaaa', 'alpha gamma delta kappa'),
        doc('bbbbbbbbbbbbbbbb', 'epsilon zeta theta iota'),
      ]);
      expect(first).toEqual({ stories: ['s-aaaaaaaaaaaa', 's-bbbbbbbbbbbb'], merged: [] });
      const second = linker.linkBatch([
        doc('cccccccccccccccc', 'alpha gamma delta kappa epsilon zeta theta iota'),
        doc('dddddddddddddddd', 'epsilon zeta theta iota'),
      ]);
      expect(second).toEqual({
        stories: ['s-aaaaaaaaaaaa', 's-aaaaaaaaaaaa'],
        merged: [{ from: 's-bbbbbbbbbbbb', into: 's-aaaaaaaaaaaa' }],
      });
    });
  });
});

describe('follow-ups past the window', () => {
  /** A dated article with a headline and the people the entity stage found in it. */
  const dated = (id: string, day: string, title: string, body: string, people: string[]): StoryDoc => ({
    ...headed(id.padEnd(16, '0'), title, body, people),
    published: day,
  });
  const checksIn = [
    dated(
      'kowin1',
      '2026-03-02',
      'Singer Marta Kowalczyk checks into Harbor Springs rehab clinic',
      'Pop singer Marta Kowalczyk checked into the Harbor Springs rehab clinic on Monday, her publicist said. ' +
        'Kowalczyk, 27, cancelled the rest of her European tour last week.',
      ['Marta Kowalczyk'],
    ),
    dated(
      'kowin2',
      '2026-03-03',
      'Marta Kowalczyk enters rehab after cancelled tour',
      'Marta Kowalczyk has entered the Harbor Springs rehab clinic after cancelling her tour, her publicist ' +
        'confirmed. The singer is expected to stay for ninety days.',
      ['Marta Kowalczyk'],
    ),
  ];
  /** Seven weeks later, past the story's window: the same singer leaves the clinic for another one. */
  const leaves = (day: string) =>
    dated(
      `kowout${day}`,
      day,
      'Marta Kowalczyk leaves Harbor Springs rehab for a clinic in Malibu',
      'Singer Marta Kowalczyk has left the Harbor Springs rehab clinic and checked into a clinic in Malibu, her ' +
        'publicist said. Kowalczyk entered Harbor Springs in March after cancelling her tour.',
      ['Marta Kowalczyk'],
    );
  /** The same kind of event, seven weeks later, to someone else: his article recalls her stay in passing. */
  const other = dated(
    'brevik',
    '2026-04-20',
    'Actor Tomas Brevik checks into Harbor Springs rehab clinic',
    'Actor Tomas Brevik checked into the Harbor Springs rehab clinic on Monday, his publicist said. Brevik, 41, ' +
      'cancelled the rest of his tour last week. Pop singer Marta Kowalczyk checked into the Harbor Springs ' +
      'rehab clinic in March after cancelling her European tour, her publicist said.',
    ['Tomas Brevik', 'Marta Kowalczyk'],
  );

  it('joins a follow-up weeks later about the same person to her story', () => {
    const linker = new StoryLinker();
    const story = run(linker, checksIn).get(checksIn[0].id);
    const a = linker.add(leaves('2026-04-20'));
    expect(a.created).toBe(false);
    expect(a.story).toBe(story);
  });

  it('keeps the same kind of event weeks later to another person apart', () => {
    const linker = new StoryLinker();
    run(linker, checksIn);
    expect(linker.add(other).created).toBe(true);
  });

  it('keeps apart a later article headlined with another person of her surname', () => {
    const linker = new StoryLinker();
    run(linker, checksIn);
    const namesake = dated(
      'jkowin',
      '2026-04-20',
      'Singer Jakub Kowalczyk leaves Harbor Springs rehab for a clinic in Malibu',
      'Singer Jakub Kowalczyk has left the Harbor Springs rehab clinic and checked into a clinic in Malibu, his ' +
        'publicist said. Kowalczyk entered Harbor Springs in March after cancelling his tour.',
      ['Jakub Kowalczyk'],
    );
    expect(linker.add(namesake).created).toBe(true);
  });

  it('keeps apart a later article whose headline is not about her, though its body recalls her', () => {
    const linker = new StoryLinker();
    run(linker, checksIn);
    const roundup = dated(
      'roundup',
      '2026-04-20',
      'Rehab clinics report record spring admissions',
      'Clinics across the state report record admissions this spring. Singer Marta Kowalczyk left the Harbor ' +
        'Springs rehab clinic this month after checking in during March, her publicist said. Kowalczyk cancelled ' +
        'her European tour.',
      ['Marta Kowalczyk'],
    );
    expect(linker.add(roundup).created).toBe(true);
  });

  it('starts a new story past followUpDays, and with follow-ups off', () => {
    const late = new StoryLinker();
    run(late, checksIn);
    expect(late.add(leaves('2026-08-20')).created).toBe(true);
    const off = new StoryLinker({ followUpDays: 0 });
    run(off, checksIn);
    expect(off.add(leaves('2026-04-20')).created).toBe(true);
  });

  describe('the cap on stories kept for follow-ups', () => {
    /** Another singer's stay, checked in three days after Kowalczyk's: her story's last article is the later one. */
    const rosbergIn = [
      dated(
        'rosin1',
        '2026-03-05',
        'Singer Anja Rosberg checks into Harbor Springs rehab clinic',
        'Pop singer Anja Rosberg checked into the Harbor Springs rehab clinic on Thursday, her manager said. ' +
          'Rosberg, 31, cancelled the rest of her American tour last week.',
        ['Anja Rosberg'],
      ),
      dated(
        'rosin2',
        '2026-03-06',
        'Anja Rosberg enters rehab after cancelled tour',
        'Anja Rosberg has entered the Harbor Springs rehab clinic after cancelling her tour, her manager ' +
          'confirmed. The singer is expected to stay for sixty days.',
        ['Anja Rosberg'],
      ),
    ];
    const rosbergLeaves = dated(
      'rosout',
      '2026-04-21',
      'Anja Rosberg leaves Harbor Springs rehab for a clinic in Aspen',
      'Singer Anja Rosberg has left the Harbor Springs rehab clinic and checked into a clinic in Aspen, her ' +
        'manager said. Rosberg entered Harbor Springs in March after cancelling her tour.',
      ['Anja Rosberg'],
    );
    /** Both singers' stories, then enough filler articles weeks later for a sweep to park them. */
    const parkBoth = (linker: StoryLinker): Map<string, string> => {
      const placed = run(linker, [...checksIn, ...rosbergIn]);
      for (let i = 0; i < 1100; i++) {
        linker.add({ ...doc(`f${i}`.padEnd(16, '0'), `filler ${i} text`), published: '2026-04-10' });
      }
      return placed;
    };

    it('keeps both stories under the cap', () => {
      const linker = new StoryLinker({ followUpMaxParked: 2 });
      const placed = parkBoth(linker);
      expect(linker.add(leaves('2026-04-20')).story).toBe(placed.get(checksIn[0].id));
      expect(linker.add(rosbergLeaves).story).toBe(placed.get(rosbergIn[0].id));
    });

    it('evicts the story whose last article is oldest past the cap', () => {
      const linker = new StoryLinker({ followUpMaxParked: 1 });
      const placed = parkBoth(linker);
      const uncapped = new StoryLinker({ followUpMaxParked: 2 });
      parkBoth(uncapped);
      expect(linker.activeStories).toBe(uncapped.activeStories - 1);
      // Kowalczyk's story (last article 3 March) is gone; Rosberg's (6 March) is still there to follow up.
      expect(linker.add(leaves('2026-04-20')).created).toBe(true);
      expect(linker.add(rosbergLeaves).story).toBe(placed.get(rosbergIn[0].id));
    });
  });

  it('finds the story through its people once the sweep has taken it off the posting lists', () => {
    const linker = new StoryLinker();
    const story = run(linker, checksIn).get(checksIn[0].id);
    // Enough filler articles, weeks later, to trigger a sweep: the story goes dormant, not away.
    for (let i = 0; i < 1100; i++) {
      linker.add({ ...doc(`f${i}`.padEnd(16, '0'), `filler ${i} text`), published: '2026-04-10' });
    }
    const a = linker.add(leaves('2026-04-20'));
    expect(a.story).toBe(story);
    // Back on the posting lists: the next day's article on it joins through the index as usual.
    const b = linker.add({ ...leaves('2026-04-21'), id: 'kownext000000000' });
    expect(b.story).toBe(story);
  });
});
