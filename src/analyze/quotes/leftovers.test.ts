import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec, markEntities } from './test-helpers.js';

// Wrong readings left on news pages (issue #5), each on a sentence as an outlet wrote it.

/** Each attribution's speaker, source span, cue as written and text. */
function read(
  body: string,
  specs: EntitySpec[],
): { speaker: string | null; source: string; cue: string; text: string }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    speaker: a.speaker,
    source: a.source ? body.slice(a.source.start, a.source.end) : '',
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : '',
    text: a.text,
  }));
}

describe('"the company" standing for a business named before it', () => {
  it('is that business when it is the only one named (USA Today: "The company had argued")', () => {
    const body =
      'They also said that Verizon was trying to ship call-center jobs overseas. The company had argued that in an ' +
      'era of technological change, it needed the flexibility to redeploy its workers.';
    const specs: EntitySpec[] = [{ id: 'v', name: 'Verizon', type: 'other', forms: ['Verizon'] }];
    expect(attributionsMarked(body, specs).map((a) => a.speaker)).toContain('Verizon');
  });

  it('is nobody when two businesses were named ("Airbus and Boeing … . The company said")', () => {
    const body =
      'Airbus and Boeing both reported orders on Monday. The company said it would hire 500 engineers.';
    const specs: EntitySpec[] = [
      { id: 'a', name: 'Airbus', type: 'other', forms: ['Airbus'] },
      { id: 'b', name: 'Boeing', type: 'other', forms: ['Boeing'] },
    ];
    expect(attributionsMarked(body, specs).map((a) => a.speaker)).toEqual([null]);
  });

  it('is nobody when a person named since may have brought up another (NYT: Forbes, then Bloomberg’s list)', () => {
    const body =
      "As for Mr. Bloomberg, Forbes put his net worth at $45 billion. But Mr. Bloomberg doesn't appear on " +
      "Bloomberg's own billionaire list. The company says its policy is not to cover his company.";
    const specs: EntitySpec[] = [
      { id: 'f', name: 'Forbes', type: 'organization', forms: ['Forbes'] },
      { id: 'mb', name: 'Michael Bloomberg', type: 'person', forms: ['Bloomberg'] },
    ];
    // (Only what the company says: "Forbes put his net worth at $45 billion" is Forbes's own estimate, which the
    // learned detector reads at "put" since model41.)
    expect(
      attributionsMarked(body, specs)
        .filter((a) => a.text.includes('policy'))
        .map((a) => a.speaker),
    ).not.toContain('Forbes');
  });
});

describe('a word for a whole people after "The"', () => {
  it('is not the person named before ("The Chinese warned")', () => {
    const body =
      'Li Wei spoke at the summit in Beijing. The Chinese warned that tariffs would hurt both economies.';
    const specs: EntitySpec[] = [{ id: 'l', name: 'Li Wei', type: 'person', forms: ['Li Wei'] }];
    expect(attributionsMarked(body, specs).map((a) => a.speaker)).not.toContain('Li Wei');
  });

  it('leaves a person noun the person named before ("The Norwegian added")', () => {
    const body = 'Erling Haaland scored twice on Sunday. The Norwegian added that the team was tired.';
    const specs: EntitySpec[] = [
      { id: 'e', name: 'Erling Haaland', type: 'person', forms: ['Erling Haaland'] },
    ];
    expect(attributionsMarked(body, specs).map((a) => a.speaker)).toEqual(['Erling Haaland']);
  });
});

describe('an auxiliary the learned detector takes for a cue', () => {
  it('opens the verb group that is the cue (Politico: "John Hammond, has vocally called to reject Trump")', () => {
    const body =
      'The state’s Republican national committeeman, John Hammond, has vocally called to reject Trump as well.';
    const specs: EntitySpec[] = [{ id: 'h', name: 'John Hammond', type: 'person', forms: ['John Hammond'] }];
    expect(read(body, specs)).toContainEqual({
      speaker: 'John Hammond',
      source: 'John Hammond',
      cue: 'has vocally called',
      text: 'to reject Trump as well',
    });
  });

  it('makes no frame of "has" in "X has repeatedly denied any wrongdoing"', () => {
    const body = 'Prince Andrew has repeatedly denied any wrongdoing.';
    const specs: EntitySpec[] = [
      { id: 'a', name: 'Prince Andrew', type: 'person', forms: ['Prince Andrew'] },
    ];
    expect(read(body, specs).map((a) => a.cue)).not.toContain('has');
  });
});

describe('a title before an owner or a name', () => {
  it('is the source from its opening (AP: "The deputy head of China’s delegation to the forum said")', () => {
    const body =
      'The deputy head of China’s delegation to the forum said the United States should reduce its provocative ' +
      'exercises and patrols in the region.';
    // (Since named32 the description is also the speaker's label: a deputy head speaks for a delegation.)
    expect(read(body, []).map((a) => [a.speaker, a.source])).toEqual([
      [
        'deputy head of China’s delegation to the forum',
        'The deputy head of China’s delegation to the forum',
      ],
    ]);
  });

  it('set off by commas keeps its opening words (EU: "The EU’s foreign policy chief, Josep Borrell, said")', () => {
    const body = 'The EU’s foreign policy chief, Josep Borrell, said the bloc would respond in kind.';
    const specs: EntitySpec[] = [
      { id: 'eu', name: 'EU', type: 'organization', forms: ['EU'] },
      { id: 'jb', name: 'Josep Borrell', type: 'person', forms: ['Josep Borrell'] },
    ];
    expect(read(body, specs).map((a) => [a.speaker, a.source])).toEqual([
      ['Josep Borrell', 'The EU’s foreign policy chief, Josep Borrell'],
    ]);
  });
});

describe('"she" after a person described as an actress', () => {
  it('is the actress named before, over a paragraph of her son’s (Yahoo: Mary Steenburgen)', () => {
    const body =
      'Steenburgen wasn’t thrilled about the sudden mental shift. “I couldn’t focus,” she said.\n\n' +
      'Steenburgen’s son, filmmaker Charlie McDowell, also remembers it as a trying time. “If your mom comes to you ' +
      'after surgery, I think it’s totally fair to think that she’s gone crazy,” he said.\n\n' +
      'Despite the paucity of roles for women in their mid-50s, the actress wasn’t exactly itching to do something ' +
      'else. “I had been somebody who really liked music,” she said.';
    const specs: EntitySpec[] = [
      { id: 'ms', name: 'Mary Steenburgen', type: 'person', forms: ['Steenburgen'] },
      { id: 'cm', name: 'Charlie McDowell', type: 'person', forms: ['Charlie McDowell'] },
    ];
    const got = attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);
    expect(got).toContainEqual(['I had been somebody who really liked music,', 'Mary Steenburgen']);
  });

  it('is the actress who spoke, not the woman named last (Breitbart: Susan Sarandon, then Clinton)', () => {
    const body =
      'Asked about her own vote in the event that Clinton faces Trump, Sarandon replied: “I don’t know.”\n\n' +
      '“Really,” she added when the TV interviewer expressed shock.\n\n' +
      'The actress said she was tired of the status quo.\n\n' +
      'She appeared to imply that Trump could lead to more upheaval than Clinton.\n\n' +
      '“Some people feel Trump will bring revolution immediately,” she said.';
    const specs: EntitySpec[] = [
      { id: 'ss', name: 'Susan Sarandon', type: 'person', forms: ['Sarandon'] },
      { id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Clinton'], roles: ['Mrs.'] },
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
    ];
    const got = attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);
    expect(got).toContainEqual([
      'Some people feel Trump will bring revolution immediately,',
      'Susan Sarandon',
    ]);
  });

  it('finds "The actress Emma Stone" opening the paragraph before', () => {
    const specs: EntitySpec[] = [{ id: 'es', name: 'Emma Stone', type: 'person', forms: ['Emma Stone'] }];
    const body =
      'The actress Emma Stone arrived at the premiere on Sunday.\n\nLater, she said she had never felt better.';
    expect(attributionsMarked(body, specs).map((a) => a.speaker)).toEqual(['Emma Stone']);
  });
});

describe('advice in the imperative on a web page', () => {
  it('makes no frame: nobody speaks ("Try listening to your body to decide when to eat.")', () => {
    const body = 'Try listening to your body to decide when to eat. Experts say hunger cues matter.';
    expect(read(body, []).map((a) => a.source)).toEqual(['Experts']);
  });

  it('leaves "Let me just say that …" its speaker (Breitbart)', () => {
    const body = 'Let me just say that it was not overpopulated with dentists, entrepreneurs, and CEOs.';
    expect(read(body, []).map((a) => a.source)).toEqual(['Let me']);
  });
});
