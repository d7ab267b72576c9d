import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, findQuotesMarked } from './test-helpers.js';

// Who speaks in a phrase that names a place or an organization before the person ("said Anchorage businessman ...").
const quotesOf = (body: string, specs: EntitySpec[]) => findQuotesMarked(body, specs).quotes;

describe('speakers named after titles that open with a place', () => {
  it('gives the quote to the person after two titles joined by "and", not to the place before them', () => {
    const [q] = quotesOf(
      '“In July alone, they lost $300,000,” said Anchorage businessman and blogger Andrew Halcro.',
      [
        { id: 'anc', name: 'Anchorage', type: 'place', forms: ['Anchorage'] },
        { id: 'hal', name: 'Andrew Halcro', type: 'person', forms: ['Andrew Halcro'] },
      ],
    );
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Andrew Halcro', speakerEntity: 'hal' });
  });

  it('gives what came before ", said NAME," to that name, and lists no phrase describing the speaker as said', () => {
    const qs = quotesOf(
      'In California, the requirement to consult with government biologists is particularly crucial, said Mark Rockwell, California state representative of the Endangered Species Coalition, an alliance of 50 environmental groups.',
      [
        { id: 'ca', name: 'California', type: 'place', forms: ['California'] },
        { id: 'mr', name: 'Mark Rockwell', type: 'person', forms: ['Mark Rockwell'] },
        {
          id: 'esc',
          name: 'Endangered Species Coalition',
          type: 'organization',
          forms: ['Endangered Species Coalition'],
        },
      ],
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      [
        'In California, the requirement to consult with government biologists is particularly crucial',
        'Mark Rockwell',
      ],
    ]);
  });

  it('goes on after a phrase describing the speaker where a verb goes on, and not where a list does', () => {
    const rockwell: EntitySpec[] = [
      { id: 'mr', name: 'Mark Rockwell', type: 'person', forms: ['Mark Rockwell'] },
    ];
    const said = (body: string) => quotesOf(body, rockwell).map((q) => [q.text, q.speaker]);
    expect(
      said(
        'The new rule on wolves, said Mark Rockwell, a Democrat from Ohio, is dead in the Senate this year.',
      ),
    ).toEqual([
      [
        'The new rule on wolves, said Mark Rockwell, a Democrat from Ohio, is dead in the Senate this year',
        'Mark Rockwell',
      ],
    ]);
    expect(
      said(
        'Student debt keeps rising, said Mark Rockwell, an expert who has written several books, papers and columns on it.',
      ),
    ).toEqual([['Student debt keeps rising', 'Mark Rockwell']]);
  });
});

describe('who a pronoun and a going-on verb mean, across paragraphs set apart by a blank line', () => {
  const trump: EntitySpec[] = [
    { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];

  it('gives "he said" to the person the paragraph before named, with a blank line between', () => {
    const body = 'On Sunday, Trump was angry.\n\n“She just made it up,” he said of the claim.';
    expect(quotesOf(body, trump).map((q) => [q.text, q.speaker])).toEqual([
      ['She just made it up,', 'Donald Trump'],
    ]);
  });

  it('gives a sentence-opening "she" after a quotation that goes on alone to the quotation’s speaker', () => {
    const swift: EntitySpec[] = [
      { id: 'ts', name: 'Taylor Swift', type: 'person', forms: ['Taylor Swift', 'Swift'] },
    ];
    const body =
      'Swift said the label had blocked her.\n\n"I just want to be able to perform my own music," she said.\n\n' +
      '"That\'s it. I\'ve tried to work this out privately."\n\n' +
      'She also accused Big Machine of holding back permission to use any music in a documentary.';
    const accused = quotesOf(body, swift).find((q) => q.text.startsWith('Big Machine'));
    expect(accused?.speaker).toBe('Taylor Swift');
    // A name before the pronoun in its own sentence is whom it may mean: the quotation's speaker is not assumed.
    const rubio = quotesOf(
      body.replace('She also accused', 'If we read Rubio’s plan right when she accused'),
      swift.concat([{ id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] }]),
    ).find((q) => q.text.startsWith('Big Machine'));
    expect(rubio?.speaker ?? null).not.toBe('Taylor Swift');
  });

  it('gives "they said" to a body named with a plural verb before ("Big Machine have twice denied …")', () => {
    const swift: EntitySpec[] = [
      { id: 'ts', name: 'Taylor Swift', type: 'person', forms: ['Taylor Swift', 'Swift'] },
    ];
    const body =
      'Big Machine have twice denied doing anything wrong.\n\n' +
      '"At no point did we say Taylor could not perform on the AMAs," they said in a statement.';
    const said = (text: string) =>
      quotesOf(text, swift).find((q) => q.text.startsWith('At no point'))?.speaker;
    expect(said(body)).toBe('Big Machine');
    // A singular verb says nothing of whom "they" means.
    expect(said(body.replace('have twice denied', 'twice denied'))).toBeNull();
  });

  it('reads "went on the offensive" and "continued into the night" as no speech', () => {
    expect(quotesOf('On Sunday, Trump went on the offensive against the press.', trump)).toEqual([]);
    const said = quotesOf('The protests continued into the night, police said.', trump);
    expect(said.map((q) => [q.text, q.speaker])).toEqual([['The protests continued into the night', null]]);
    expect(quotesOf('Trump went on: “We will win this fight.”', trump).map((q) => q.speaker)).toEqual([
      'Donald Trump',
    ]);
  });
});

describe('role phrases of courts, police and business resolved to the person named with the title', () => {
  it('gives "the judge said" to the judge named before, and leaves it empty when nobody was', () => {
    const specs: EntitySpec[] = [
      { id: 'jb', name: 'James Bodiford', type: 'person', forms: ['James Bodiford'], roles: ['Judge'] },
      { id: 'bn', name: 'Brian Nichols', type: 'person', forms: ['Brian Nichols', 'Nichols'] },
    ];
    const body =
      'Judge James Bodiford gave Brian Nichols life in prison. “Do not trust Mr. Nichols ever again,” the judge said.';
    expect(quotesOf(body, specs).find((q) => q.kind === 'direct')?.speaker).toBe('James Bodiford');
    const unnamed = quotesOf('“Do not trust him ever again,” the judge said.', specs);
    expect(unnamed.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a tag after a quote that goes on with a phrase of its own', () => {
  const people: EntitySpec[] = [
    { id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Clinton'] },
    { id: 'rm', name: 'Rachel Maddow', type: 'person', forms: ['Maddow'] },
  ];

  it('gives the quote to the speaker when a participle of manner follows the verb ("Clinton said answering …")', () => {
    const qs = quotesOf(
      '“I think I was asked this a couple months ago, and I said that term carries legal import,” Clinton said answering a question at a town hall.',
      people,
    );
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Hillary Clinton']]);
  });

  it('keeps a question with the speech verb after it when a longer aside follows ("…?” Clinton remarked, alluding …)', () => {
    const qs = quotesOf(
      '“Grizzly Adams?” Maddow repeated.\n\n“I’m not sure you know Leo DiCaprio is available, but we’ll see, right?” Clinton remarked, alluding to the Oscar-nominated actor’s latest turn as a rugged frontiersman.',
      people,
    );
    expect(qs.find((q) => q.text.includes('DiCaprio'))).toMatchObject({ speaker: 'Hillary Clinton' });
  });

  it('still reads a question followed by a sentence of someone seeing something as two sentences', () => {
    const qs = quotesOf(
      'Clinton imagined Maddow was thinking: “My God what have I done?” Others saw the same thing in her blank stare and robotic words of introduction.',
      people,
    );
    expect(qs.some((q) => q.text.startsWith('Others') || q.text.includes('“My God'))).toBe(false);
  });
});

describe('a name after a word the lists learned from data', () => {
  it('is no inverted speaker (", titled Aspects.", ", referring to …")', () => {
    const qs = quotesOf(
      'In his final years, Ford toiled away at a colossal work, over 140,000 words long, titled Aspects. Beth Meacham described it as “a magical adventure.” “I am proud of my faith,” Trump said, referring to his daughter Ivanka.',
      [
        { id: 'ford', name: 'John Ford', type: 'person', forms: ['Ford'] },
        { id: 'bm', name: 'Beth Meacham', type: 'person', forms: ['Beth Meacham'] },
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
        { id: 'iv', name: 'Ivanka Trump', type: 'person', forms: ['Ivanka'] },
      ],
    );
    expect(qs.map((q) => q.speaker)).not.toContain('Aspects.');
    expect(qs.map((q) => q.speaker)).not.toContain('Ivanka Trump');
    expect(qs.find((q) => q.text.startsWith('I am proud'))).toMatchObject({ speaker: 'Donald Trump' });
  });
});

describe('an office or a spokesman speaking for a person', () => {
  const people: EntitySpec[] = [
    { id: 'nc', name: 'Nadia Cruz', type: 'person', forms: ['Nadia Cruz', 'Cruz'] },
    { id: 'eh', name: 'Eric Holcomb', type: 'person', forms: ['Eric Holcomb', 'Holcomb'] },
    { id: 'gc', name: 'Gonzalo Curiel', type: 'person', forms: ['Curiel'] },
    { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
  ];

  it('gives "Nadia Cruz’s office said" and a sentence opened by "His office said" to that person', () => {
    const [cruz] = quotesOf(
      'Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds.',
      people,
    );
    expect(cruz).toMatchObject({ speaker: 'Nadia Cruz', speakerEntity: 'nc' });
    const [holcomb] = quotesOf(
      'Eric Holcomb skipped the rally on Tuesday.\n\nHis office said he was keeping long-standing plans for traveling to Florida.',
      people,
    );
    expect(holcomb).toMatchObject({ speaker: 'Eric Holcomb', speakerEntity: 'eh' });
  });

  it('reads no owner into "his office" within a clause, where the pronoun may be anyone’s', () => {
    const qs = quotesOf(
      'Trump said the judge was biased. Curiel, who through his office declined to comment, was born in East Chicago, Ind., and graduated from law school in 1979.',
      people,
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Donald Trump', 'the judge was biased']]);
  });
});

describe('adverbs between a subject and its verb', () => {
  it('passes over "has twice" ("Braun has twice denied that …")', () => {
    const qs = quotesOf(
      'Scooter Braun bought the label this year. Braun has twice denied that he bullied her.',
      [{ id: 'sb', name: 'Scooter Braun', type: 'person', forms: ['Scooter Braun', 'Braun'] }],
    );
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Scooter Braun', 'that he bullied her']]);
  });
});

describe('a role phrase with a state', () => {
  it('finds the senator whose party-state label names that state ("(R-Fla.)", ", I-Vt.,")', () => {
    const qs = quotesOf(
      'Sen. Marco Rubio (R-Fla.) and Sen. Bernie Sanders, I-Vt., campaigned in Iowa. The Florida senator said he would win the state. The Vermont senator said the system was rigged.',
      [
        { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio'], roles: ['Sen.'] },
        { id: 'bs', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders'], roles: ['Sen.'] },
      ],
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Marco Rubio', 'Bernie Sanders']);
  });
});

describe('a place opening the clause of a second verb ("… and said")', () => {
  it('gives the quote to the person the place describes, after a title or a comma', () => {
    const [q] = quotesOf(
      'Florida Sen. Marco Rubio, a sponsor of the bill, reversed himself and said the measure had gone too far.',
      [
        { id: 'fl', name: 'Florida', type: 'place', forms: ['Florida'] },
        { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio'] },
      ],
    );
    expect(q).toMatchObject({ speaker: 'Marco Rubio', speakerEntity: 'mr' });
    const [r] = quotesOf(
      'In downtown Washington, Donald Trump stared at the screens and said the deal was a disaster.',
      [
        { id: 'dc', name: 'Washington', type: 'place', forms: ['Washington'] },
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] },
      ],
    );
    expect(r).toMatchObject({ speaker: 'Donald Trump', speakerEntity: 'dt' });
  });

  it('names the phrase the place describes, or nobody, never the place', () => {
    const [q] = quotesOf(
      'The Arizona Republican survived five years in a prison camp and says such techniques are inhumane.',
      [{ id: 'az', name: 'Arizona', type: 'place', forms: ['Arizona'] }],
    );
    expect(q).toMatchObject({ text: 'such techniques are inhumane', speaker: 'Arizona Republican' });
    const [r] = quotesOf(
      'The crowd in Burlington, Iowa, waited for an hour and said the senator had let them down.',
      [{ id: 'ia', name: 'Iowa', type: 'place', forms: ['Iowa'] }],
    );
    expect(r).toMatchObject({ text: 'the senator had let them down', speaker: null });
  });
});

describe('"said her …" opening a clause with no auxiliary', () => {
  it('reads "said her group never worked …" and "told the AP her group planned …" as what was said', () => {
    const kirsch: EntitySpec[] = [
      { id: 'ik', name: 'Ina Kirsch', type: 'person', forms: ['Ina Kirsch', 'Kirsch'] },
      { id: 'ap', name: 'AP', type: 'organization', forms: ['AP'] },
    ];
    const said = (body: string) => quotesOf(body, kirsch).map((q) => [q.text, q.speaker]);
    expect(said('Ina Kirsch said her group never worked with the lobbyists.')).toEqual([
      ['her group never worked with the lobbyists', 'Ina Kirsch'],
    ]);
    expect(said('Kirsch told the AP her group planned a protest at the convention.')).toEqual([
      ['her group planned a protest at the convention', 'Ina Kirsch'],
    ]);
  });
});

describe('a quote that goes on after "he said of …,"', () => {
  it('keeps the speaker when the names between verb and quote are what was spoken of', () => {
    const qs = quotesOf(
      'Cole spoke on Monday. “It seems to me they have every incentive to find common ground,” he said of Trump and Ryan, “because they need one another.”',
      [
        { id: 'tc', name: 'Tom Cole', type: 'person', forms: ['Cole'] },
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
        { id: 'pr', name: 'Paul Ryan', type: 'person', forms: ['Ryan'] },
      ],
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['It seems to me they have every incentive to find common ground,', 'Tom Cole'],
      ['because they need one another.', 'Tom Cole'],
    ]);
  });
});

describe('an outlet reporting another frame of its sentence', () => {
  it('names the outlet as the channel and ends what was said before it', () => {
    const [q, ...rest] = quotesOf(
      'In one such email, Carter said he had placed a note card in a burn bag, the Times reported.',
      [
        { id: 'ac', name: 'Ash Carter', type: 'person', forms: ['Carter'] },
        { id: 'nyt', name: 'The New York Times', type: 'organization', forms: ['the Times'] },
      ],
    );
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: 'he had placed a note card in a burn bag',
      speaker: 'Ash Carter',
      via: expect.stringMatching(/Times/),
    });
  });
});

describe('"he" after a person who opens the sentence of the quote', () => {
  it('gives "…: “…,” he said" to the person who opens its sentence, not to the speaker of the frame before', () => {
    const qs = attributionsMarked(
      'Donald Trump said North Carolina would win.\n\nAsked the same question, Chris Christie did not hesitate: “Denver,” he said.',
      [
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] },
        { id: 'nc', name: 'North Carolina', type: 'place', forms: ['North Carolina'] },
        { id: 'cc', name: 'Chris Christie', type: 'person', forms: ['Chris Christie'] },
      ],
    );
    expect(new Set(qs.filter((q) => q.text.includes('Denver')).map((q) => q.speaker))).toEqual(
      new Set(['Chris Christie']),
    );
  });
});

describe('"he" after a sentence whose opening name is no subject of its own', () => {
  it('keeps the frame before for "The Murdoch outlets …, he said"', () => {
    const qs = attributionsMarked(
      'David Fenton, a longtime strategist, said its main goal was a carbon trading system. The Murdoch outlets have been standing in the way, he said.',
      [
        { id: 'df', name: 'David Fenton', type: 'person', forms: ['David Fenton'] },
        { id: 'jm', name: 'James Murdoch', type: 'person', forms: ['James Murdoch', 'Murdoch'] },
      ],
    );
    expect(qs.find((q) => q.text.startsWith('The Murdoch outlets'))).toMatchObject({
      speaker: 'David Fenton',
    });
  });
});

describe('"…, he added" after a sentence that opens with the name it reports on', () => {
  it('keeps the speaker of the quotes before', () => {
    const qs = attributionsMarked(
      '“I need a candidate who’s not going to lie to me,” Mr. Gidley said.\n\nMr. Trump, who is not taking large donations, fits that bill for many people, he added.',
      [
        { id: 'hg', name: 'Hogan Gidley', type: 'person', forms: ['Mr. Gidley'] },
        { id: 'dt', name: 'Donald J. Trump', type: 'person', forms: ['Mr. Trump'] },
      ],
    );
    expect(qs.find((q) => q.text.includes('fits that bill'))).toMatchObject({ speaker: 'Hogan Gidley' });
  });
});

describe('"he" after a sentence that opens with a topic, "On X, Mr. Putin, Mr. Trump …"', () => {
  it('does not give the pronoun to the name that closes the opening phrase', () => {
    const qs = attributionsMarked(
      '“I think that my words represent toughness,” Mr. Trump said.\n\nOn the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said it was a great honor to earn his praise.',
      [
        { id: 'dt', name: 'Donald J. Trump', type: 'person', forms: ['Mr. Trump'] },
        { id: 'vp', name: 'Vladimir V. Putin', type: 'person', forms: ['Mr. Putin'] },
      ],
    );
    expect(qs.find((q) => q.text.includes('great honor'))).toMatchObject({ speaker: 'Donald J. Trump' });
  });
});

describe('outlets and programmes in the speaker phrase', () => {
  it('reads "the reality TV show" as a programme, not as "TV" showing the quoted title', () => {
    const qs = quotesOf(
      'Donald Trump, the billionaire businessman and star of the reality TV show "The Apprentice," said he would build a wall on the border.',
      [{ id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] }],
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['he would build a wall on the border', 'Donald Trump'],
    ]);
  });

  it('keeps "Daily" in an outlet\'s name ("As The Daily Caller reported")', () => {
    const [q] = quotesOf(
      'As The Daily Caller reported, the actor gave between $1,001 and $5,000 to the Clintons.',
      [{ id: 'dc', name: 'Daily Caller', type: 'organization', forms: ['Daily Caller'] }],
    );
    expect(q).toMatchObject({ speaker: 'Daily Caller', speakerEntity: 'dc' });
  });
});

describe('a long quotation in the sentence after a frame, with no frame of its own', () => {
  const schmidt: EntitySpec[] = [
    { id: 'ss', name: 'Steve Schmidt', type: 'person', forms: ['Steve Schmidt'] },
  ];

  it('goes on in the voice of the sentence before', () => {
    const qs = quotesOf(
      '“It’s an enormous moment,” said Steve Schmidt, a Republican strategist. Unless further rivals quit the race, “it’s very difficult to see how he is stopped on his way to the nomination.”',
      schmidt,
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Steve Schmidt', 'Steve Schmidt']);
  });

  it('leaves a short quoted phrase without a speaker', () => {
    const qs = quotesOf(
      '“It’s an enormous moment,” said Steve Schmidt, a Republican strategist. The plan, “a great big mess,” drew fire.',
      schmidt,
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['It’s an enormous moment,', 'Steve Schmidt'],
      ['a great big mess,', null],
    ]);
  });
});

describe('"put it" in an aside that opens its sentence with "as"', () => {
  const marcus: EntitySpec[] = [{ id: 'rm', name: 'Ruth Marcus', type: 'person', forms: ['Ruth Marcus'] }];

  it('reports what follows the aside in the words of its subject', () => {
    const [q] = quotesOf(
      'As Ruth Marcus puts it, Obama is trying to make Republicans an offer they cannot refuse.',
      marcus,
    );
    expect(q).toMatchObject({
      text: 'Obama is trying to make Republicans an offer they cannot refuse',
      speaker: 'Ruth Marcus',
    });
  });

  it('reads no speech into "put it" elsewhere', () => {
    expect(quotesOf('Ruth Marcus put it away and went home to her family in the suburbs.', marcus)).toEqual(
      [],
    );
  });
});

describe('"she" never means a man named by a first name that is a man’s', () => {
  it('leaves "she said" empty rather than give it to the husband named before', () => {
    const qs = findQuotesMarked(
      'Tom Ebeling met the Clintons in Little Rock. Ebeling said it is sometimes hard to watch the attacks on her friend. “It’s the blessing and the curse at the same time,” she said.',
      [{ id: 'te', name: 'Tom Ebeling', type: 'person', forms: ['Tom Ebeling', 'Ebeling'] }],
    ).quotes;
    const quote = qs.find((q) => q.text.startsWith('It’s the blessing'));
    expect(quote).toBeDefined();
    expect(quote?.speaker).toBeNull();
  });
});

describe('verbs of a sharp or grumbling reply, and a clause of its own after the frame', () => {
  it('gives "“…,” Trump barked and a guard escorted Ramos out" and "Rubio fired back, “…”" to the speaker', () => {
    const qs = findQuotesMarked(
      '“Go back to Univision,” Trump barked and a security guard escorted Ramos out.\n\nAsked about the deal, Rubio fired back, “If they sue us in a court in Miami, they’re going to lose.”',
      [
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
        { id: 'jr', name: 'Jorge Ramos', type: 'person', forms: ['Ramos'] },
        { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
      ],
    ).quotes;
    expect(qs.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'Donald Trump', 'Go back to Univision,'],
      ['direct', 'Marco Rubio', 'If they sue us in a court in Miami, they’re going to lose.'],
    ]);
  });
});

describe('words before "X said," and a quotation', () => {
  const beck = [{ id: 'gb', name: 'Glenn Beck', type: 'person' as const, forms: ['Beck'] }];
  it('are a scene, not what was said, when the quotation opens a sentence of its own', () => {
    const at = attributionsMarked(
      'Holding open a book, Beck said, “I just want to ask you if you can recite this.”',
      beck,
    );
    expect(at.map((a) => [a.text, a.speaker])).toEqual([
      ['I just want to ask you if you can recite this.', 'Glenn Beck'],
    ]);
  });

  it('are what was said when the quotation goes on from them', () => {
    const at = attributionsMarked(
      'Beck spoke on Monday. An economic downturn, he said, “could be a good time to borrow.”',
      beck,
    );
    expect(at.map((a) => a.text)).toContain('An economic downturn');
  });
});

describe('what may follow "“…,” X told" or "X said" besides what was said', () => {
  it('reads "told New York magazine in 2013" as a listener and "said 30 minutes into the debate" as a time', () => {
    const qs = findQuotesMarked(
      '"I am convinced that you cannot win an election unless you are the nominee of a major party," Bloomberg told New York magazine in 2013, a few months before his term ended.\n\n“I cannot believe how civil it’s been up here,” Trump said 30 minutes into the debate.',
      [
        { id: 'mb', name: 'Michael Bloomberg', type: 'person', forms: ['Bloomberg'] },
        { id: 'ny', name: 'New York', type: 'place', forms: ['New York'] },
        { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
      ],
    ).quotes;
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Michael Bloomberg'],
      ['direct', 'Donald Trump'],
    ]);
  });
});

describe('a person described, not named, after the verb', () => {
  it('frames the quote ("said a protester"), and gives it to the name the description leads to', () => {
    const bayer = [{ id: 'jb', name: 'Johanna Bayer', type: 'person' as const, forms: ['Johanna Bayer'] }];
    const unnamed = findQuotesMarked('“We are anxious,” said a protester.', bayer).quotes;
    expect(unnamed.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'We are anxious,', null]]);
    const named = findQuotesMarked('“We are anxious,” said another user, Johanna Bayer.', bayer).quotes;
    expect(named.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Johanna Bayer']]);
  });

  it('gives "said his best friend at Lehigh, Bruce Turry" to the friend, but not "according to an FBI summary, X …"', () => {
    const people: EntitySpec[] = [
      { id: 'bt', name: 'Bruce Turry', type: 'person', forms: ['Bruce Turry'] },
      { id: 'cm', name: 'Cheryl Mills', type: 'person', forms: ['Cheryl Mills'] },
      { id: 'fbi', name: 'FBI', type: 'organization', forms: ['FBI'] },
    ];
    const friend = findQuotesMarked(
      '“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry.',
      people,
    ).quotes;
    expect(friend.map((q) => q.speaker)).toEqual(['Bruce Turry']);
    const summary = attributionsMarked(
      'According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the employee an email.',
      people,
    );
    expect(summary.map((a) => a.speaker)).not.toContain('Cheryl Mills');
  });
});

describe('a name set off after a lower-case noun before the verb (speakers27)', () => {
  it('is the noun’s name, and the person opening the clause speaks, whatever type the tagger gave the name', () => {
    const body =
      "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said " +
      "every pope was ''both religious and political.''";
    const tagged: EntitySpec[] = [
      { id: 'gv', name: 'Giovanni Maria Vian', type: 'person', forms: ['Giovanni Maria Vian'] },
      // The NER model of PolNeAR's run tags the newspaper as a person.
      { id: 'or', name: "L'Osservatore Romano", type: 'person', forms: ["L'Osservatore Romano"] },
    ];
    const speakers = attributionsMarked(body, tagged).map((a) => a.speaker);
    expect(speakers[0]).toBe('Giovanni Maria Vian');
    expect(speakers).not.toContain("L'Osservatore Romano");
  });
});

describe('a pronoun right after ", said" that opens the reported clause (speakers27)', () => {
  const people: EntitySpec[] = [
    { id: 'ew', name: 'Eric Woolson', type: 'person', forms: ['Eric Woolson'] },
    { id: 'mh', name: 'Mike Huckabee', type: 'person', forms: ['Mike Huckabee', 'Mr. Huckabee'] },
    { id: 'tc', name: 'Ted Cruz', type: 'person', forms: ['Mr. Cruz'] },
  ];
  it('names nobody when it would mean a person not named before the verb (the speaker of the paragraph before)', () => {
    const body =
      "''His father was tremendously effective in one-on-one and small groups throughout the spring and summer,'' " +
      'said Eric Woolson, who managed the 2008 Iowa campaign of Mike Huckabee. Mr. Huckabee won the caucuses that ' +
      'year with evangelical support, but he trails far behind this year.\n\nOne pastor supporting Mr. Cruz, Darran ' +
      'Whiting of Liberty Baptist Church in Marion, said he had made more than 150 phone calls to other pastors.';
    const calls = attributionsMarked(body, people).find((a) => a.text.startsWith('had made'));
    expect(calls?.speaker ?? null).toBeNull();
  });
});

// A political office no one was named with, tied to a state or a party, opening its sentence or closing a quote's
// tag, stands for the person who opens the sentence before (speakers27). Paragraphs from PolNeAR train.
describe('"the Florida senator", "the Republican nominee" that no one in the text was named with (speakers27)', () => {
  it('is the person who opens the sentence before ("Rubio offered …. The Florida senator sought …")', () => {
    const body =
      'Marco Rubio spoke over boos from the audience as he congratulated Florida primary winner Donald Trump. ' +
      'Rubio offered the crowd an emotional evaluation on the state of politics in the United States Tuesday as ' +
      'he ended his bid for the White House.\n\nThe Florida senator sought to calm his supporters, and took a ' +
      'heckler in stride, saying the person would “not get beat up” at his rally.';
    const people: EntitySpec[] = [
      { id: 'mr', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio', 'Rubio'] },
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] },
      { id: 'fl', name: 'Florida', type: 'place', forms: ['Florida'] },
    ];
    const calm = attributionsMarked(body, people).find((a) => a.text.startsWith('the person would'));
    expect(calm?.speaker).toBe('Marco Rubio');
  });

  it('is that person, not the one the sentence before names last ("“…,” the Republican nominee said")', () => {
    const body =
      'Donald Trump said Friday that it would "have been cool" had Hillary Clinton congratulated him for doing ' +
      'something in the presidential election that nobody has ever done before.\n\n“I was curious to see whether ' +
      'she’d do a class act and not mention my name,” the Republican nominee said at a rally with supporters in ' +
      'Colorado.';
    const people: EntitySpec[] = [
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Donald Trump'] },
      { id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton'] },
    ];
    const curious = attributionsMarked(body, people).find((a) => a.text.startsWith('I was curious'));
    expect(curious?.speaker).toBe('Donald Trump');
  });

  it('is nobody when that person holds a post of another kind ("Mayor Bill de Blasio" is no candidate)', () => {
    const body =
      'Trump called upon Mayor Bill de Blasio to restart surveillance of mosques. De Blasio disbanded the unit in ' +
      'April 2014.\n\n"There’s hatred and there’s hatred like nobody has ever seen, and it’s obviously emanating ' +
      'from the mosques," the Republican presidential candidate said in a Thursday interview.';
    const people: EntitySpec[] = [
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
      { id: 'db', name: 'Bill de Blasio', type: 'person', forms: ['Bill de Blasio', 'De Blasio'] },
    ];
    const hatred = attributionsMarked(body, people).find((a) => a.text.startsWith('There’s hatred'));
    expect(hatred?.speaker).not.toBe('Bill de Blasio');
  });
});
