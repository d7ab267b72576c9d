import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Named speakers (issue #5): a time phrase between a name and its verb, a name that is only what a poll found or the
// object of an opening preposition, a legislator known by a party tag, and speakers the text describes.
const spoken = (body: string, specs: EntitySpec[] = []) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('a time phrase between the speaker and the verb', () => {
  it('reads past "this past week" and "earlier in the day" to the name before them', () => {
    const priebus: EntitySpec[] = [
      { id: 'rp', name: 'Reince Priebus', type: 'person', forms: ['Reince Priebus'] },
    ];
    expect(
      spoken(
        'Reince Priebus, the GOP chairman, this past week announced the creation of a website to explain the process of a contested convention.',
        priebus,
      ),
    ).toEqual([
      ['the creation of a website to explain the process of a contested convention', 'Reince Priebus'],
    ]);
    const gowdy: EntitySpec[] = [{ id: 'tg', name: 'Trey Gowdy', type: 'person', forms: ['Trey Gowdy'] }];
    expect(
      spoken(
        'Chairman Trey Gowdy (R-S.C.) earlier in the day touted progress the panel has made in the three months since a public hearing.',
        gowdy,
      ),
    ).toEqual([['progress the panel has made in the three months since a public hearing', 'Trey Gowdy']]);
  });
});

describe('names that did not speak', () => {
  const sanders: EntitySpec[] = [
    { id: 'bs', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
    { id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
  ];

  it('gives neither candidate what a poll found for the person named after "shows" or "finds"', () => {
    const candidates = (body: string) =>
      spoken(body, sanders).filter(
        ([, speaker]) => speaker === 'Bernie Sanders' || speaker === 'Hillary Clinton',
      );
    expect(
      candidates(
        'A Fox News poll, conducted jointly with two research firms, shows Sanders with 47 percent versus Clinton, who has 44 percent.',
      ),
    ).toEqual([]);
    expect(
      candidates(
        'The survey, conducted by the Public Policy Institute of California, finds Clinton with only a small lead over Sanders among likely voters.',
      ),
    ).toEqual([]);
  });

  it('gives no one the words of a clause whose opening prepositional phrase holds the only name', () => {
    const ailes: EntitySpec[] = [
      { id: 'ra', name: 'Roger Ailes', type: 'person', forms: ['Roger Ailes', 'Ailes'] },
    ];
    expect(
      spoken(
        'Without Mr. Ailes guiding the network, conservatives and Republican politicians are left wondering whether the talk might soften under new leadership.',
        ailes,
      ).filter(([, speaker]) => speaker !== null),
    ).toEqual([]);
  });
});

describe('speakers the entity stage did not name', () => {
  it('takes the name before a party tag in brackets as a person', () => {
    expect(
      spoken(
        '"This is a big year for our potential United States senator, Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.',
      ).filter(([text]) => text?.startsWith('This is')),
    ).toEqual([['This is a big year for our potential United States senator, Bobby Scott!', 'Price']]);
  });

  it('labels a speaker described as a person close to someone, a deputy head or a newspaper', () => {
    expect(
      spoken(
        '“It’s a serious problem, but there’s not a lot we can do about it,” said a person close to the Clintons.',
      ),
    ).toEqual([
      ['It’s a serious problem, but there’s not a lot we can do about it,', 'person close to the Clintons'],
    ]);
    expect(
      spoken(
        'The deputy head of China’s delegation to the forum said the United States should reduce its provocative exercises and patrols in the region.',
      ),
    ).toEqual([
      [
        'the United States should reduce its provocative exercises and patrols in the region',
        'deputy head of China’s delegation to the forum',
      ],
    ]);
  });
});

describe('a pronoun in the clause that opens its sentence', () => {
  it('stands for the person who opens the main clause after the comma, when no one comes before it', () => {
    const sanders: EntitySpec[] = [
      { id: 'bs', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
    ];
    expect(
      spoken(
        "While he's said he'll fight all the way to the convention, Sanders must decide what price he'll demand.",
        sanders,
      ).filter(([text]) => text?.startsWith("he'll fight")),
    ).toEqual([["he'll fight all the way to the convention", 'Bernie Sanders']]);
  });
});

describe('a pronoun after a sentence of quotation alone', () => {
  it('looks past the quotation to the person who opens the sentence before it', () => {
    const lynch: EntitySpec[] = [
      { id: 'll', name: 'Loretta Lynch', type: 'person', forms: ['Loretta Lynch', 'Lynch'] },
    ];
    expect(
      spoken(
        'Lynch announced on Monday the lawsuit against the state. “We are seeking a court order declaring the restriction discriminatory.” She further announced that the department was retaining the right of curtailing federal funding.',
        lynch,
      ).filter(([text]) => text?.startsWith('that the department')),
    ).toEqual([
      ['that the department was retaining the right of curtailing federal funding', 'Loretta Lynch'],
    ]);
  });
});

describe('a woman known by her first name alone', () => {
  it('takes the "she" of a quotation when the other people near it are men', () => {
    const people: EntitySpec[] = [
      { id: 'ph', name: 'Phyllis Harmon', type: 'person', forms: ['Phyllis Harmon', 'Harmon'] },
      { id: 'tr', name: 'Tom Reed', type: 'person', forms: ['Tom Reed', 'Reed'] },
    ];
    const body =
      'Community leader Phyllis Harmon, who died Monday at 92, used her final column to praise the mayor.\n\n' +
      'Harmon had long backed Mayor Tom Reed. He thanked her on Monday.\n\n' +
      '“Tom Reed is the first mayor in decades who fixed the roads and kept every library in town open,” she wrote.';
    expect(spoken(body, people)).toContainEqual([
      'Tom Reed is the first mayor in decades who fixed the roads and kept every library in town open,',
      'Phyllis Harmon',
    ]);
  });
});

describe('a description standing for the one person or body the text described so', () => {
  const roe: EntitySpec[] = [
    { id: 'jr', name: 'Jane Roe', type: 'person', forms: ['Jane Roe', 'Roe'] },
    { id: 'kp', name: 'Kestrel Partners', type: 'organization', forms: ['Kestrel Partners'] },
  ];

  it('reads "according to the analyst" as the analyst named in an appositive before', () => {
    expect(
      spoken(
        'Prices will fall, said Jane Roe, an analyst at Kestrel Partners. The slump will last a year, according to the analyst.',
        roe,
      ),
    ).toContainEqual(['The slump will last a year', 'Jane Roe']);
  });

  it('reads "the economist" as the person the text says is one', () => {
    const vale: EntitySpec[] = [{ id: 'tv', name: 'Tom Vale', type: 'person', forms: ['Tom Vale', 'Vale'] }];
    expect(
      spoken('Tom Vale is an economist at Brightwater. The market is overheated, the economist said.', vale),
    ).toEqual([['The market is overheated', 'Tom Vale']]);
  });

  it('names no one when two people were described so', () => {
    const two: EntitySpec[] = [
      ...roe,
      { id: 'tv', name: 'Tom Vale', type: 'person', forms: ['Tom Vale', 'Vale'] },
    ];
    const said = spoken(
      'Jane Roe, an analyst at Kestrel Partners, and Tom Vale, an analyst at Brightwater, met investors. ' +
        'Prices will fall, the analyst said.',
      two,
    );
    expect(said.filter(([text]) => text === 'Prices will fall').map(([, speaker]) => speaker)).not.toContain(
      'Jane Roe',
    );
    expect(said.filter(([text]) => text === 'Prices will fall').map(([, speaker]) => speaker)).not.toContain(
      'Tom Vale',
    );
  });

  it('reads "the spokeswoman" and "the senator" as the person described so after the name', () => {
    const lee: EntitySpec[] = [{ id: 'al', name: 'Ann Lee', type: 'person', forms: ['Ann Lee', 'Lee'] }];
    expect(
      spoken(
        'The plant will close in May, said Ann Lee, a spokeswoman for the city. The closure affects 300 workers, ' +
          'the spokeswoman added.',
        lee,
      ),
    ).toContainEqual(['The closure affects 300 workers', 'Ann Lee']);
    const ortiz: EntitySpec[] = [
      { id: 'ro', name: 'Ray Ortiz', type: 'person', forms: ['Ray Ortiz', 'Ortiz'] },
    ];
    expect(
      spoken('Ray Ortiz is a senator from Ohio. It is a bad deal for farmers, the senator said.', ortiz),
    ).toEqual([['It is a bad deal for farmers', 'Ray Ortiz']]);
  });

  it('takes no clause after a name for its description ("with Mika Bell, the candidate stated …")', () => {
    const hosts: EntitySpec[] = [{ id: 'mb', name: 'Mika Bell', type: 'person', forms: ['Mika Bell'] }];
    const said = spoken(
      'In an interview with host Mika Bell, the Democratic candidate stated that the plan was fair.',
      hosts,
    );
    expect(said.map(([, speaker]) => speaker)).not.toContain('Mika Bell');
  });

  it('reads "Company management" as the one business named before', () => {
    const mills: EntitySpec[] = [
      { id: 'dm', name: 'Dorvan Mills', type: 'organization', forms: ['Dorvan Mills'] },
    ];
    expect(
      spoken(
        'Dorvan Mills sold its bakery unit last year. Company management said the sale would fund new plants.',
        mills,
      ),
    ).toEqual([['the sale would fund new plants', 'Dorvan Mills']]);
  });
});

describe('a profession set before a name as a title', () => {
  it('lets "according to the analyst" find "Kestrel analyst Jane Roe"', () => {
    const roe: EntitySpec[] = [{ id: 'jr', name: 'Jane Roe', type: 'person', forms: ['Jane Roe', 'Roe'] }];
    expect(
      spoken(
        'In a note on Tuesday, Kestrel analyst Jane Roe said the market is wrong. That creates a buying opportunity, according to the analyst.',
        roe,
      ),
    ).toContainEqual(['That creates a buying opportunity', 'Jane Roe']);
  });
});
