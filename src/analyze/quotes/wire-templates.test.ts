import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import {
  type EntitySpec,
  listedMarked as listed,
  markEntities,
  sourcedMarked as sourced,
} from './test-helpers.js';

// House styles of wire and news copy that PolNeAR (US political news) does not show, each written as the outlet
// would (AP, Reuters, AFP, Bloomberg, BBC, sports, court and science reports), and read as a reader would.

/** Each attribution's text and source phrase, with no names marked. */

describe('a relative clause on a speaker named after "said" (AP: "…, said an official who spoke on condition …")', () => {
  it('tells of the speaker; what was said is before the verb', () => {
    expect(
      sourced(
        'The deal is close, said an official who spoke on condition of anonymity because he was not authorized to ' +
          'discuss the talks publicly.',
      ),
    ).toEqual([['The deal is close', 'an official']]);
  });

  it('so after a name ("…, said Ahmed Ali who witnessed the attack")', () => {
    const specs: EntitySpec[] = [{ id: 'a', name: 'Ahmed Ali', type: 'person', forms: ['Ahmed Ali'] }];
    expect(listed('The strike killed 12 people, said Ahmed Ali who witnessed the attack.', specs)).toEqual([
      ['The strike killed 12 people', 'Ahmed Ali'],
    ]);
  });
});

describe('notes that someone said nothing or would not be named (Reuters, AP, Bloomberg, AFP)', () => {
  const specs: EntitySpec[] = [
    { id: 't', name: 'Tesla', type: 'organization', forms: ['Tesla'] },
    { id: 'g', name: 'Goldman Sachs', type: 'organization', forms: ['Goldman Sachs'] },
  ];
  it('are no statement: "did not immediately respond to a request for comment", "declined to comment on …"', () => {
    expect(
      listed('A spokesperson for Tesla did not immediately respond to a request for comment.', specs),
    ).toEqual([]);
    expect(listed('A spokeswoman for Goldman Sachs declined to comment on the report.', specs)).toEqual([]);
  });

  it('nor is "who asked not to be identified" or ", asking not to be named"', () => {
    expect(
      listed(
        'The bank is weighing a sale of the unit, according to people familiar with the matter, who asked not to ' +
          'be identified because the talks are private.',
      ),
    ).toEqual([['The bank is weighing a sale of the unit', null]]);
    expect(listed('"The situation is very tense," a diplomat told AFP, asking not to be named.')).toEqual([
      ['The situation is very tense,', null],
    ]);
  });
});

describe('state media after a report (AP, Reuters: "…, North Korea’s state media reported.")', () => {
  it('is the source of what came before', () => {
    expect(sourced('Kim Jong Un oversaw a missile test, state media reported.')).toEqual([
      ['Kim Jong Un oversaw a missile test', 'state media'],
    ]);
    expect(
      sourced('The leader oversaw a missile test, North Korea’s state media reported on Thursday.'),
    ).toEqual([['The leader oversaw a missile test', 'North Korea’s state media']]);
  });
});

describe('an aside on the source after "According to X," (science and wire copy)', () => {
  it('is no part of what the source says ("According to the study, published in Nature, …")', () => {
    expect(sourced('According to the study, published in Nature, sea levels could rise by a metre.')).toEqual(
      [['sea levels could rise by a metre', 'the study']],
    );
  });

  it('nor is "who asked not to be named", which reports nothing itself', () => {
    const specs: EntitySpec[] = [{ id: 's', name: 'John Smith', type: 'person', forms: ['Smith'] }];
    expect(listed('According to Smith, who asked not to be named, the deal fell through.', specs)).toEqual([
      ['the deal fell through', 'John Smith'],
    ]);
  });
});

describe('"“…,” said the 23-year-old striker." with nobody named before (sports reports)', () => {
  it('frames the quotation with the epithet as an unnamed source', () => {
    const body = '"I just tried to help the team," said the 23-year-old striker.';
    const got = findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.speaker,
      a.source && body.slice(a.source.start, a.source.end),
      a.cue && body.slice(a.cue.start, a.cue.end),
    ]);
    expect(got).toEqual([['I just tried to help the team,', null, 'the 23-year-old striker', 'said']]);
  });

  it('and still stands for the person named before when there is one', () => {
    const specs: EntitySpec[] = [{ id: 'k', name: 'Harry Kane', type: 'person', forms: ['Harry Kane'] }];
    expect(
      listed(
        'Harry Kane scored twice. "I just tried to help the team," said the 30-year-old striker.',
        specs,
      ),
    ).toEqual([['I just tried to help the team,', 'Harry Kane']]);
  });
});

describe('"…, Reuters reported, citing two sources." (Reuters, Bloomberg, FT)', () => {
  it('says only what came before the outlet; whom it cites is no second statement', () => {
    expect(sourced('The bank will cut 5,000 jobs, Reuters reported, citing two sources.')).toEqual([
      ['The bank will cut 5,000 jobs', 'Reuters'],
    ]);
    expect(
      sourced(
        'The bank will cut 5,000 jobs, the Financial Times reported on Friday, citing people familiar with the matter.',
      ),
    ).toEqual([['The bank will cut 5,000 jobs', 'the Financial Times']]);
  });

  it('gives whom it cites to no one but the outlet (WSJ: "Saudi Arabia plans …, the Journal reported, citing …")', () => {
    const specs: EntitySpec[] = [
      { id: 's', name: 'Saudi Arabia', type: 'place', forms: ['Saudi Arabia'] },
      { id: 'w', name: 'Wall Street Journal', type: 'organization', forms: ['Wall Street Journal'] },
    ];
    const body =
      'Saudi Arabia plans to raise output, the Wall Street Journal reported, citing people familiar with the matter.';
    expect(listed(body, specs).map((q) => q[1])).not.toContain('Saudi Arabia');
  });

  // (The reason after the aside goes on in what was said, as PolNeAR marks this very NYT sentence: span38.)
  it('a day after a trailing tag closes the aside (NYT: "…, her advisers said Friday, because …")', () => {
    expect(
      sourced(
        'She was not surprised that the Leave campaign won, her advisers said Friday, because she knew.',
      ),
    ).toEqual([
      ['She was not surprised that the Leave campaign won', 'her advisers'],
      ['because she knew', 'her advisers'],
    ]);
  });
});

describe('"“…,” X said, according to a transcript of the call." (AP, court and congressional reports)', () => {
  it('lists the quotation under X, not also the quotation and its tag under the transcript', () => {
    const specs: EntitySpec[] = [{ id: 't', name: 'Donald Trump', type: 'person', forms: ['Trump'] }];
    expect(
      listed('"I did nothing wrong," Trump said, according to a transcript of the call.', specs),
    ).toEqual([['I did nothing wrong,', 'Donald Trump']]);
  });

  it('but keeps what unnamed sources say of a quotation ("…,” Trump told him, according to two officials.")', () => {
    const specs: EntitySpec[] = [{ id: 't', name: 'Donald Trump', type: 'person', forms: ['Trump'] }];
    const got = listed('"You are fired," Trump told him, according to two officials.', specs);
    expect(got.map((q) => q[1])).toContain(null);
  });
});

describe('"The company said revenue rose 8% …" (business wire) when the tagger names no company', () => {
  it('is a clause of what was said, listed as such ("rose", "fell", "shrank" are verbs)', () => {
    expect(listed('The company said revenue rose 8% to $90 billion in the quarter.')).toEqual([
      ['revenue rose 8% to $90 billion in the quarter', null],
    ]);
    expect(listed('Officials said the economy shrank by 2 percent last year.')).toEqual([
      ['the economy shrank by 2 percent last year', null],
    ]);
  });
});

describe('journalists, correspondents and reporters as sources (AFP, Reuters: "…, an AFP journalist at the scene said.")', () => {
  it('are the unnamed source of what came before', () => {
    expect(sourced('Several buildings were destroyed, AFP journalists at the scene said.')).toEqual([
      ['Several buildings were destroyed', 'AFP journalists at the scene'],
    ]);
    expect(sourced('Several buildings were destroyed, an AFP journalist at the scene said.')).toEqual([
      ['Several buildings were destroyed', 'an AFP journalist at the scene'],
    ]);
  });

  it('and ask for themselves (Washington Post: "without reporters asking him to attack Hillary Clinton")', () => {
    const specs: EntitySpec[] = [{ id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Sanders'] }];
    const body =
      'Sanders said he "cannot walk down the street" without reporters asking him to attack Hillary Clinton.';
    const { mentions, entities } = markEntities(body, specs);
    const asking = findAttributions(body, mentions, entities).attributions.find(
      (a) => a.text === 'him to attack Hillary Clinton',
    );
    expect(asking).toBeDefined();
    expect(asking?.speaker).toBeNull();
  });

  it('but not after "of" (Washington Post: "his condemnations of mainstream reporters have been echoed by …")', () => {
    const specs: EntitySpec[] = [{ id: 't', name: 'Donald Trump', type: 'person', forms: ['Trump'] }];
    const body =
      'Many of his condemnations of mainstream reporters have been echoed by Trump’s army of Twitter followers.';
    const { mentions, entities } = markEntities(body, specs);
    const texts = findAttributions(body, mentions, entities).attributions.map((a) => a.text);
    expect(texts).not.toContain('mainstream reporters');
  });
});

describe('a state outlet named after its kind ("…, state media KCNA reported.", "Syrian state media SANA said")', () => {
  it('is the source, its kind a title of the name', () => {
    const specs: EntitySpec[] = [
      { id: 'k', name: 'KCNA', type: 'organization', forms: ['KCNA'] },
      { id: 's', name: 'SANA', type: 'organization', forms: ['SANA'] },
    ];
    const sourcedMarked = (body: string) => {
      const { mentions, entities } = markEntities(body, specs);
      return findAttributions(body, mentions, entities).attributions.map((a) => [
        a.text,
        a.speaker,
        a.source && body.slice(a.source.start, a.source.end),
      ]);
    };
    expect(sourcedMarked('The leader oversaw a missile test, state media KCNA reported.')).toEqual([
      ['The leader oversaw a missile test', 'KCNA', 'state media KCNA'],
    ]);
    expect(sourcedMarked('The strikes killed 12 people, Syrian state media SANA said.')).toEqual([
      ['The strikes killed 12 people', 'SANA', 'Syrian state media SANA'],
    ]);
  });
});

describe('a count opening what was said ("At least 12 people were killed …, officials said.")', () => {
  it('is the subject of the reported clause, no opening adverbial', () => {
    expect(sourced('At least 12 people were killed and 30 injured in the accident, police said.')).toEqual([
      ['At least 12 people were killed and 30 injured in the accident', 'police'],
    ]);
    expect(
      sourced('At least two soldiers died in the attack, the Defense Ministry said in a statement.'),
    ).toEqual([['At least two soldiers died in the attack', 'the Defense Ministry']]);
  });
});

describe('"US" in capitals after the verb is the country, not the pronoun (headline "Biden says US will …")', () => {
  it('opens the reported clause', () => {
    const specs: EntitySpec[] = [{ id: 'b', name: 'Joe Biden', type: 'person', forms: ['Biden'] }];
    expect(listed('Biden says US will not send troops', specs)).toEqual([
      ['US will not send troops', 'Joe Biden'],
    ]);
    expect(listed('Biden said US forces would stay in Iraq until the end of the year.', specs)).toEqual([
      ['US forces would stay in Iraq until the end of the year', 'Joe Biden'],
    ]);
  });
});

describe('a work published in a journal ("A study published in The Lancet found …")', () => {
  it('is the source, not the journal', () => {
    const specs: EntitySpec[] = [
      { id: 'l', name: 'The Lancet', type: 'organization', forms: ['The Lancet'] },
    ];
    const body =
      'A study published in The Lancet found that the vaccine cut hospital admissions by 80 per cent.';
    const { mentions, entities } = markEntities(body, specs);
    expect(
      findAttributions(body, mentions, entities).attributions.map((a) => [
        a.speaker,
        a.source && body.slice(a.source.start, a.source.end),
      ]),
    ).toEqual([[null, 'A study published in The Lancet']]);
    expect(sourced('A new study published in the journal Science found that bees can count.')).toEqual([
      ['that bees can count', 'A new study published in the journal Science'],
    ]);
  });
});

describe('a spokesman named by a number ("A No 10 spokesman said")', () => {
  it('is the whole phrase', () => {
    expect(
      sourced('A No 10 spokesman said the Prime Minister had full confidence in the Chancellor.'),
    ).toEqual([['the Prime Minister had full confidence in the Chancellor', 'A No 10 spokesman']]);
  });
});

describe('a statement issued by a body after the verb ("…,” said a statement issued by the Foreign Ministry.")', () => {
  it('is the source, as "said a statement by …" is', () => {
    expect(
      sourced(
        '"The attack is a flagrant violation of international law," said a statement issued by the Iranian Foreign ' +
          'Ministry.',
      ),
    ).toEqual([['The attack is a flagrant violation of international law,', 'a statement']]);
  });
});

describe('a press owner before its correspondent ("…, Al Mayadeen’s correspondent reported.")', () => {
  it('is part of the source, which tells what came before', () => {
    expect(sourced('Explosions were heard across the city, the network’s correspondent reported.')).toEqual([
      ['Explosions were heard across the city', 'the network’s correspondent'],
    ]);
    expect(
      sourced(
        'Israeli warplanes struck several areas in southern Lebanon, Al Mayadeen’s correspondent said.',
      ),
    ).toEqual([
      ['Israeli warplanes struck several areas in southern Lebanon', 'Al Mayadeen’s correspondent'],
    ]);
  });
});

describe('an outlet carrying a statement at the end of the sentence ("…, carried by IRNA.")', () => {
  it('is named without the full stop', () => {
    const body = 'The talks were constructive, the ministry said in a statement carried by IRNA.';
    expect(findAttributions(body, [], []).attributions.map((a) => [a.text, a.via])).toEqual([
      ['The talks were constructive', 'IRNA'],
    ]);
  });
});

describe('a document read after a quotation ("…,” read a statement from the Revolutionary Guards.")', () => {
  it('is the source, as "…,” reads a statement" is', () => {
    const specs: EntitySpec[] = [
      { id: 'g', name: 'Revolutionary Guards', type: 'organization', forms: ['Revolutionary Guards'] },
    ];
    expect(
      listed(
        '"The Islamic Republic will not remain silent," read a statement from the Revolutionary Guards.',
        specs,
      ),
    ).toEqual([['The Islamic Republic will not remain silent,', 'Revolutionary Guards']]);
  });
});

describe('the outlet after "quoted as saying" ("… was quoted as saying by IRNA that …")', () => {
  it('carries the statement', () => {
    const via = (body: string) => findAttributions(body, [], []).attributions.map((a) => [a.text, a.via]);
    expect(via('The minister was quoted as saying by IRNA that Iran would respond.')).toEqual([
      ['that Iran would respond', 'IRNA'],
    ]);
    expect(
      via(
        'The minister was quoted as saying by the state-run Tasnim news agency that the drills would continue.',
      ),
    ).toEqual([['that the drills would continue', 'Tasnim']]);
  });
});

describe('a body’s press office after "according to" ("…, according to the Kremlin press service.")', () => {
  it('is the source’s phrase; the body speaks', () => {
    const specs: EntitySpec[] = [{ id: 'k', name: 'Kremlin', type: 'organization', forms: ['Kremlin'] }];
    const body = 'Putin and Xi discussed the situation in Ukraine, according to the Kremlin press service.';
    const { mentions, entities } = markEntities(body, specs);
    const according = findAttributions(body, mentions, entities).attributions.find(
      (a) => a.text === 'Putin and Xi discussed the situation in Ukraine',
    );
    expect(according?.speaker).toBe('Kremlin');
    expect(according?.source && body.slice(according.source.start, according.source.end)).toBe(
      'the Kremlin press service',
    );
  });
});
