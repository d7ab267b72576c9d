import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../ner/index.js';
import { tokenize } from '../text/index.js';
import {
  isTwoWordSurnameOf,
  joinAdjacentPersonSpans,
  joinNameBrokenAtInitial,
  splitOnRole,
} from './analyze.js';
import { analyzeEntities, type EntityAnalysis } from './index.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const model = loadNerModel();

/** A seed file as an article: photo captions (lines crediting a photo) go to captions, the rest is the body. */
function seedArticle(file: string): { body: string; captions: string[] } {
  const lines = readFileSync(join(examples, file), 'utf8').split('\n');
  const isCaption = (l: string): boolean => /\((?:AFP photo|Photo by AFP)\)|\| Photo:/i.test(l);
  return {
    body: lines.filter((l) => !isCaption(l)).join('\n'),
    captions: lines.filter(isCaption).map((l) => l.trim()),
  };
}

const files = readdirSync(examples)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const analyses: Record<string, EntityAnalysis> = {};
for (const f of files) analyses[f] = analyzeEntities(seedArticle(f), model);
const first = analyses[files[0]];

const entityOf = (a: EntityAnalysis, mentionText: string) => {
  const m = a.mentions.find((x) => x.text === mentionText);
  return m ? a.entities.find((e) => e.id === m.entity) : undefined;
};

describe('analyzeEntities on the first seed', () => {
  it('resolves the Russian president in all his guises to one person', () => {
    const putin = first.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(putin?.roles).toContain('President');
    const texts = first.mentions.filter((m) => m.entity === putin?.id).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin', 'The Russian leader']));
  });

  it('resolves "the Belarusian president" and "the 65-year-old president" to Lukashenko', () => {
    const luk = entityOf(first, 'Alexander Lukashenko');
    expect(luk?.name).toBe('Alexander Lukashenko');
    expect(entityOf(first, 'The Belarusian president')?.id).toBe(luk?.id);
    expect(entityOf(first, 'the 65-year-old president')?.id).toBe(luk?.id);
  });

  it('keeps roles as attributes, not part of names', () => {
    expect(entityOf(first, 'Charles Michel')?.roles).toContain('President');
    expect(entityOf(first, 'Alexander Konyuk')?.roles).toContain('Prosecutor General');
    for (const e of first.entities) expect(e.name).not.toMatch(/President|Prosecutor/);
  });

  it('makes "European Union (EU)" one organization with alias EU', () => {
    const eu = entityOf(first, 'European Union');
    expect(eu?.type).toBe('organization');
    expect(eu?.aliases).toContain('EU');
    expect(entityOf(first, 'EU')?.id).toBe(eu?.id);
  });

  it('marks the people named only in the photo caption', () => {
    for (const name of ['Ilhan Omar', 'Nancy Pelosi']) {
      const e = entityOf(first, name);
      expect(e?.type).toBe('person');
      expect(e?.captionOnly).toBe(true);
      const m = first.mentions.find((x) => x.text === name);
      expect(m?.caption).toBe(0);
      const caption = seedArticle(files[0]).captions[0];
      if (m) expect(caption.slice(m.start, m.end)).toBe(name);
    }
    expect(entityOf(first, 'Nancy Pelosi')?.roles).toContain('Speaker of the House');
    expect(entityOf(first, 'Vladimir Putin')?.captionOnly).toBeUndefined();
  });

  it('gives body offsets that slice back to the mention text, and sentences in order', () => {
    const body = seedArticle(files[0]).body;
    for (const m of first.mentions.filter((x) => x.caption === undefined))
      expect(body.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < first.sentences.length; i++)
      expect(first.sentences[i].start).toBeGreaterThanOrEqual(first.sentences[i - 1].end);
  });
});

describe('analyzeEntities on the other seeds', () => {
  it('reads "Alexander Grigoryevich [Lukashenko]" as Lukashenko and "the Russian head of state" as Putin', () => {
    const a = analyses[files[2]];
    const luk = entityOf(a, 'Alexander Grigoryevich');
    expect(luk?.name).toBe('Alexander Lukashenko');
    expect(entityOf(a, 'The Russian head of state')?.name).toBe('Vladimir Putin');
    expect(entityOf(a, 'The Russian president')?.name).toBe('Vladimir Putin');
  });

  it('finds the spokeswoman and the secretary of state with their roles', () => {
    const a = analyses[files[1]];
    expect(entityOf(a, 'Zakharova')?.name).toBe('Maria Zakharova');
    expect(entityOf(a, 'Maria Zakharova')?.roles).toContain('spokeswoman');
    expect(entityOf(a, 'Mike Pompeo')?.roles).toContain('Secretary of State');
  });

  it('finds the ministers of the teleSUR article', () => {
    const a = analyses[files[4]];
    expect(entityOf(a, 'Lavrov')?.name).toBe('Sergei Lavrov');
    expect(entityOf(a, 'Makei')?.name).toBe('Vladimir Makei');
    expect(entityOf(a, 'Mikail Mishustin')?.roles).toContain('Prime Minister');
  });

  it('does not take sentence openers or headline verbs for names', () => {
    const names = Object.values(analyses).flatMap((a) => a.entities.map((e) => e.name));
    for (const word of ['Moreover', 'Furthermore', 'Additionally', 'Putin Says'])
      expect(names).not.toContain(word);
  });

  it('resolves "The Commission" to the European Commission named before it', () => {
    const indian = analyses['003_5a90e4aeb8699e52.txt'];
    expect(entityOf(indian, 'Commission')?.name).toBe('European Commission');
  });

  it('reads a country before a role ("Russia President") as a role phrase, not as a name', () => {
    const indian = analyses['003_5a90e4aeb8699e52.txt'];
    expect(entityOf(indian, 'Russia President')?.name).toBe('Vladimir Putin');
    const names = Object.values(analyses).flatMap((a) => a.entities.map((e) => e.name));
    expect(names).not.toContain('Russia President');
    expect(names).not.toContain('Belarusian President');
  });

  it('keeps a surname that is also a common word ("Swift", "Little") in running text', () => {
    const a = analyzeEntities(
      {
        body: 'A dispute involving Taylor Swift, her former label and two senators looks like it is ending.\n\nJason Little will miss the match against Wales. Little has opted not to risk the injury.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Taylor Swift')?.type).toBe('person');
    expect(entityOf(a, 'Little')?.name).toBe('Jason Little');
  });

  it('reads a given name with a capital inside as opening a person\'s name ("LeBron James")', () => {
    const a = analyzeEntities(
      {
        body: 'LeBron James scored 30 points as the Lakers beat the Celtics. "We played together tonight," James told reporters after the game.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'James')?.name).toBe('LeBron James');
    expect(entityOf(a, 'LeBron James')?.type).toBe('person');
  });

  it('types a name with a founder or a CEO after it as a company ("Amazon founder Jeff Bezos")', () => {
    const a = analyzeEntities(
      { body: 'Amazon founder Jeff Bezos pledged $10 billion to fight climate change.', captions: [] },
      model,
    );
    expect(entityOf(a, 'Amazon')?.type).toBe('organization');
  });

  it('types a platform before a post or an account as a company, not a place ("In a Tumblr post")', () => {
    const tag = (body: string) => analyzeEntities({ body, captions: [] }, model);
    const a = tag('In a Tumblr post at the time she described this as the "worst case scenario".');
    expect(entityOf(a, 'Tumblr')?.type).toBe('organization');
    // A place the lists know stays one.
    expect(entityOf(tag('In a Texas blog, he said the vote was rigged.'), 'Texas')?.type).toBe('place');
  });

  it('finds the name opening a one-sentence text before a verb of saying or a headline colon', () => {
    const tag = (body: string) => analyzeEntities({ body, captions: [] }, model);
    expect(entityOf(tag("Starmer: 'We will rebuild Britain'"), 'Starmer')?.type).toBe('person');
    expect(entityOf(tag('Lavrov: West is waging a hybrid war against Russia'), 'Lavrov')?.type).toBe(
      'person',
    );
    expect(entityOf(tag('Maduro told teleSUR that the elections would go ahead.'), 'Maduro')?.type).toBe(
      'person',
    );
    expect(entityOf(tag('Hezbollah said in a statement that it had fired rockets.'), 'Hezbollah')?.type).toBe(
      'organization',
    );
    // A word the model knows in lower case is no name, and neither is a table row's label.
    expect(tag('Officials said the road would reopen on Monday.').mentions).toEqual([]);
    expect(tag('Attendance: 9,000').mentions).toEqual([]);
  });

  it('lets a title settle which of two people with one surname a lone surname is', () => {
    const a = analyzeEntities(
      {
        body: 'Former Vice President Joe Biden spoke in Iowa on Monday. His son Hunter Biden sat on the board of a gas company. Vice President Biden said he was proud of his son.',
        captions: [],
      },
      model,
    );
    const lone = a.mentions.find((m) => m.text === 'Biden');
    expect(a.entities.find((e) => e.id === lone?.entity)?.name).toBe('Joe Biden');
    expect(entityOf(a, 'Hunter Biden')?.roles).toEqual([]);
  });

  it('reads "the Kentucky Republican" as the politician who opens the last sentence naming one; "the Republican primary" as no one', () => {
    const a = analyzeEntities(
      {
        body: 'Senate Majority Leader Mitch McConnell is criticizing President Barack Obama as a weak commander-in-chief. In a statement, the Kentucky Republican on Tuesday dismissed the plan. He won the Republican primary in 2014.',
        captions: [],
      },
      model,
    );
    const phrase = a.mentions.find((m) => m.text === 'the Kentucky Republican');
    expect(a.entities.find((e) => e.id === phrase?.entity)?.name).toBe('Mitch McConnell');
    const people = a.mentions.filter((m) => m.type === 'person' && /Republican/.test(m.text));
    expect(people.map((m) => m.text)).toEqual(['the Kentucky Republican']);
  });

  const partyReferent = (body: string, phrase: string): string | undefined => {
    const a = analyzeEntities({ body, captions: [] }, model);
    const m = a.mentions.find((x) => x.text === phrase);
    return a.entities.find((e) => e.id === m?.entity)?.name;
  };

  it('leaves "The Republican" unresolved when the last sentence naming a person opens with one who holds no office', () => {
    const body =
      'President Marlon Treadwell vetoed the bill in March. Dale Kingsbury is raising questions about the count. He says the machines failed. The Republican is also urging supporters to watch the polls.';
    expect(partyReferent(body, 'The Republican')).toBeUndefined();
  });

  it('reads a party phrase in the sentence naming its office holder, after a subject with no office', () => {
    expect(
      partyReferent(
        'Gov. Tobias Wrenfield ran in Ohio. Dale Kingsbury welcomed the news that Wrenfield would quit, saying the Ohio Republican was doing the right thing.',
        'the Ohio Republican',
      ),
    ).toBe('Tobias Wrenfield');
  });

  it('passes over a possessive to find the subject a party phrase takes up', () => {
    expect(
      partyReferent(
        "Sen. Ellis Hartwood spoke in Tampa. Still, Mr. Kingsbury's opponents tread gingerly, and Mr. Hartwood declined to attack him. Asked why, the Florida Republican said little.",
        'the Florida Republican',
      ),
    ).toBe('Ellis Hartwood');
  });

  it('gives "the Nevada Democrat" to nobody labelled a Republican ("(R-Texas)")', () => {
    expect(
      partyReferent(
        'Harlan Quimby would not say whether he preferred Sen. Ellis Hartwood (R-Texas). Hartwood has plotted for years, Quimby said. On Tuesday, the Nevada Democrat said the party would win.',
        'the Nevada Democrat',
      ),
    ).toBeUndefined();
  });

  it('reads "the Republican 2016 hopefuls" as no one', () => {
    const body =
      'Sen. Ellis Hartwood visited the studio. He said she would be better than any of the Republican 2016 hopefuls.';
    expect(partyReferent(body, 'the Republican')).toBeUndefined();
  });

  it('gives a title neither namesake was given to the one the article names most so far, not the last named', () => {
    const a = analyzeEntities(
      {
        body: 'Hillary Clinton campaigned in Ohio on Monday. Clinton said the plan would work, and Hillary Clinton repeated it in Toledo. Her husband, Bill Clinton, spoke in Dayton. Secretary Clinton said she was proud of the campaign.',
        captions: [],
      },
      model,
    );
    const titled = a.mentions.find((m) => m.text === 'Clinton' && m.roles.includes('Secretary'));
    expect(a.entities.find((e) => e.id === titled?.entity)?.name).toBe('Hillary Clinton');
    expect(entityOf(a, 'Bill Clinton')?.roles).toEqual([]);
  });

  it('keeps two people who share a first name apart when a surname ends in -ich ("John Kasich", "John McCain")', () => {
    const a = analyzeEntities(
      {
        body: 'Sen. John McCain endorsed the plan on Tuesday. Ohio Gov. John Kasich said he would veto it. Kasich spoke in Columbus.',
        captions: [],
      },
      model,
    );
    const kasich = entityOf(a, 'John Kasich');
    expect(kasich?.aliases).toEqual(['Kasich']);
    expect(entityOf(a, 'John McCain')?.aliases).toEqual([]);
  });

  it('files "Joseph R. Biden Jr." under Biden, with "Joe Biden" and a lone "Biden" as one person', () => {
    const a = analyzeEntities(
      {
        body: 'Vice President Joseph R. Biden Jr. spoke in Scranton on Monday. Biden said the plan would work. Later, Joe Biden told reporters he was tired.',
        captions: [],
      },
      model,
    );
    const biden = entityOf(a, 'Joseph R. Biden Jr.');
    expect(biden?.aliases.sort()).toEqual(['Biden', 'Joe Biden']);
    expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('joins a short first name to the full one ("Josh Apte" is "Joshua Apte", "Debbie" is "Deborah")', () => {
    const a = analyzeEntities(
      {
        body: 'Joshua Apte, an engineer at the University of Texas, studies air pollution. "It overflows with spectacular consequences," Josh Apte said. Deborah Jones, a city official, agreed. Debbie Jones said the plan would work.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Joshua Apte')?.aliases).toContain('Josh Apte');
    expect(entityOf(a, 'Deborah Jones')?.aliases).toContain('Debbie Jones');
    expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(2);
  });

  it('keeps an abbreviated title after another title as a role of its own ("Chairman", "Rep."), but "Lt. Col." as one', () => {
    const a = analyzeEntities(
      {
        body: 'House Intelligence Committee Chairman Rep. Adam Schiff opened the hearing. Army Lt. Col. Alexander Vindman testified on Tuesday.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Adam Schiff')?.roles).toEqual(['Chairman', 'Rep.']);
    expect(entityOf(a, 'Alexander Vindman')?.roles).toEqual(['Lt. Col.']);
  });

  it('reads followers of a faith as a group, not an organization, and "OK" as no name', () => {
    const a = analyzeEntities(
      {
        body: 'Trump called for barring Muslims from entering the country. Only in Washington is it considered ‘OK’ to take the salary.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Muslims')?.type).toBe('other');
    expect(entityOf(a, 'OK')).toBeUndefined();
  });

  it('reads the name of a law, treaty, convention or court case as no organization or person', () => {
    const a = analyzeEntities(
      {
        body: 'Republicans vowed to repeal the Affordable Care Act. Delegates at the Republican National Convention cheered. The group sued under the Freedom of Information Act. Clinton vowed to protect Roe v. Wade. Team Hillary hit back.',
        captions: [],
      },
      model,
    );
    const orgs = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs.filter((n) => /(?:Act|Convention)$/.test(n))).toEqual([]);
    expect(entityOf(a, 'Roe v. Wade')?.type).toBe('other');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Clinton']);
  });

  it('names no organization "PAC", "Union" or "United" where the tagger kept only the last word of a name', () => {
    const a = analyzeEntities(
      {
        body: "His allied super PAC already has a presence. Priorities USA, a super PAC supporting Clinton, spent more. Conservative Solutions PAC raised $58 million. The PACs spent it. It was the year the Supreme Court's Citizens United decision paved the way. On the eve of President Obama's final State of the Union address, Democrats met.",
        captions: [],
      },
      model,
    );
    const orgs = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toContain('Conservative Solutions PAC');
    expect(orgs).toContain('Citizens United');
    expect(orgs.filter((n) => /^(?:The PACs|PACs|PAC|Union|United)$/.test(n))).toEqual([]);
    expect(entityOf(a, 'State of the Union')?.type).toBe('other');
  });

  it('reads armed groups as organizations, not places or peoples', () => {
    const a = analyzeEntities(
      {
        body: 'The Islamic State claimed the attack, and ISIS fighters fled. Al Qaeda and the Taliban were blamed.',
        captions: [],
      },
      model,
    );
    for (const name of ['Islamic State', 'ISIS', 'Taliban'])
      expect(entityOf(a, name)?.type).toBe('organization');
  });

  it('reads a name that opens with a first name as a person, even where the tagger read a place', () => {
    // The tagger reads "Donald Trump's rallies" as a place, and the lone "Trump"s after it alike.
    const body =
      "TAMPA — Protests at Donald Trump's rallies grew louder on Sunday, and a new ad from a Florida group shows them.\n\n" +
      "The ad opens with a montage of Trump's remarks about protesters.\n\nIt says Trump is too reckless to be president.";
    const a = analyzeEntities({ body, captions: [] }, model);
    const trump = entityOf(a, 'Donald Trump');
    expect(trump?.type).toBe('person');
    expect(a.mentions.filter((m) => m.text === 'Trump').every((m) => m.entity === trump?.id)).toBe(true);
  });

  it('reads a network named alone as an organization, not a place', () => {
    const a = analyzeEntities(
      {
        body: 'In an interview on Fox, Cruz said any candidate who wanted to debate should come. Trump was under sustained grilling from the Fox moderators.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Fox')?.type).toBe('organization');
  });

  it('reads "General Assembly" and "General Motors" as organizations, not a general named Assembly', () => {
    const a = analyzeEntities(
      {
        body: 'The resolution passed the UN General Assembly on Monday. General Motors said sales rose. Attorney General Loretta Lynch spoke.',
        captions: [],
      },
      model,
    );
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Loretta Lynch']);
    expect(entityOf(a, 'General Motors')?.type).toBe('organization');
  });

  it('reads no entity into a party-state label ("(R-Texas)", "(D-N.Y.)")', () => {
    const a = analyzeEntities(
      {
        body: 'Sen. Ted Cruz (R-Texas) and Sen. Charles E. Schumer (D-N.Y.) met Rep. Tom Price (R-Ga.) on Tuesday.',
        captions: [],
      },
      model,
    );
    expect(a.mentions.map((m) => m.text).filter((t) => /^[RD]-/.test(t))).toEqual([]);
    expect(entityOf(a, 'Ted Cruz')?.type).toBe('person');
  });

  it('gives no role from an honorific or from the "chairman of" someone else\'s campaign', () => {
    const a = analyzeEntities(
      {
        body: 'Hillary Clinton spoke in Ohio. John Podesta, the chairman of Mrs. Clinton’s campaign, said a top Mr. Trump aide had called. Jason Furman, chairman of President Obama’s Council of Economic Advisers, agreed with Donald Trump.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Hillary Clinton')?.roles).toEqual([]);
    expect(entityOf(a, 'Donald Trump')?.roles).toEqual([]);
    expect(entityOf(a, 'Obama')?.roles).toEqual(['President']);
  });

  it('keeps local, police and clergy titles out of names and as roles ("City Councilman", "Det.", "Rabbi")', () => {
    const a = analyzeEntities(
      {
        body: 'City Councilman Jumaane Williams blasted outsiders on Monday. Det. Mary Smith arrested two men, Assemblyman Nick Perry said. Rabbi David Cohen said the community was shaken. Police Commissioner Raymond Kelly visited the area.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Jumaane Williams')?.roles).toEqual(['City Councilman']);
    expect(entityOf(a, 'Mary Smith')?.roles).toEqual(['Det.']);
    expect(entityOf(a, 'Nick Perry')?.roles).toEqual(['Assemblyman']);
    expect(entityOf(a, 'David Cohen')?.roles).toEqual(['Rabbi']);
    expect(entityOf(a, 'Raymond Kelly')?.roles).toEqual(['Police Commissioner']);
    expect(a.entities.map((e) => e.name)).not.toContain('City');
  });

  it('joins a name the tagger broke at its middle initial ("Jumaane" | "D. Williams"), not two names in a row', () => {
    const toks = tokenize('City Councilman Jumaane D. Williams and Washington D. C. police');
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    const joined = joinNameBrokenAtInitial(toks, [
      { tokenStart: 0, tokenEnd: at('D.'), type: 'LOC' },
      { tokenStart: at('D.'), tokenEnd: at('and'), type: 'PER' },
      { tokenStart: at('Washington'), tokenEnd: at('Washington') + 1, type: 'LOC' },
      { tokenStart: at('Washington') + 1, tokenEnd: at('police'), type: 'LOC' },
    ]);
    expect(joined.map((s) => [s.tokenStart, s.tokenEnd, s.type])).toEqual([
      [0, at('and'), 'PER'],
      [at('Washington'), at('Washington') + 1, 'LOC'],
      [at('Washington') + 1, at('police'), 'LOC'],
    ]);
  });

  it('joins two persons\' spans in a row ("Vargas" | "Llosa"), not a name and "& McFly"', () => {
    const toks = tokenize('Vargas Llosa said Stephen Fry & McFly sang');
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    const joined = joinAdjacentPersonSpans(toks, [
      { tokenStart: at('Vargas'), tokenEnd: at('Llosa'), type: 'PER' },
      { tokenStart: at('Llosa'), tokenEnd: at('said'), type: 'PER' },
      { tokenStart: at('Stephen'), tokenEnd: at('&'), type: 'PER' },
      { tokenStart: at('&'), tokenEnd: at('sang'), type: 'PER' },
    ]);
    expect(joined.map((s) => [s.tokenStart, s.tokenEnd])).toEqual([
      [at('Vargas'), at('said')],
      [at('Stephen'), at('&')],
      [at('&'), at('sang')],
    ]);
  });

  it('resolves a two-word surname alone to the full name, whichever comes first', () => {
    const a = analyzeEntities(
      {
        body: 'The Nobel-winning Peruvian novelist Mario Vargas Llosa, one of the signatories, told an audience at a literary festival that the plan was absurd. "It offends the best tradition of the United States as an open society," Vargas Llosa said.\n\nWasserman Schultz said on Monday she would stay. Rep. Debbie Wasserman Schultz of Florida faces a primary. Debbie has raised money for it.',
        captions: [],
      },
      model,
    );
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Mario Vargas Llosa', 'Debbie Wasserman Schultz']);
    expect(entityOf(a, 'Debbie')?.name).toBe('Debbie Wasserman Schultz');
  });

  it('takes no first name and surname, nor a surname after a non-name, for a two-word surname', () => {
    expect(isTwoWordSurnameOf(['Vargas', 'Llosa'], ['Mario', 'Vargas', 'Llosa'])).toBe(true);
    expect(isTwoWordSurnameOf(['Suu', 'Kyi'], ['Aung', 'San', 'Suu', 'Kyi'])).toBe(true);
    expect(isTwoWordSurnameOf(['Hillary', 'Clinton'], ['Trump', 'Ties', 'Hillary', 'Clinton'])).toBe(false);
    expect(isTwoWordSurnameOf(['Beverly', 'Bond'], ['DJ', 'Beverly', 'Bond'])).toBe(false);
    expect(isTwoWordSurnameOf(['Jamal', 'Williams'], ['Chargers', 'NT', 'Jamal', 'Williams'])).toBe(false);
  });

  it('gives a first name alone that the tagger read as an organization ("her husband, Bill,") to its one namesake', () => {
    const a = analyzeEntities(
      {
        body: 'Hillary Clinton could set up headquarters in Brooklyn, as James Carville did for her husband, Bill, in Little Rock, Ark., nearly a quarter-century ago. Bill Clinton won that race.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Bill')?.name).toBe('Bill Clinton');
    expect(a.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('reads "Justice" before a name as a judge\'s title, not "Justice Department"', () => {
    const a = analyzeEntities(
      {
        body: 'The vacancy left by the death of Justice Antonin Scalia gives the president a chance. Justice Scalia wrote the opinion, and Justice Elena Kagan dissented. The Justice Department declined to comment.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Scalia')?.name).toBe('Antonin Scalia');
    expect(entityOf(a, 'Scalia')?.roles).toEqual(['Justice']);
    expect(entityOf(a, 'Elena Kagan')?.roles).toEqual(['Justice']);
    expect(entityOf(a, 'Justice Department')?.type).toBe('organization');
    expect(a.entities.map((e) => e.name)).not.toContain('Justice');
  });

  it('reads a football position as a player\'s title ("Chargers WR Vincent Jackson")', () => {
    const a = analyzeEntities(
      {
        body: 'San Diego police arrested Chargers WR Vincent Jackson on suspicion of drunken driving. Jackson was released on Tuesday.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Jackson')?.name).toBe('Vincent Jackson');
    expect(entityOf(a, 'Jackson')?.roles).toEqual(['WR']);
    expect(entityOf(a, 'Chargers')?.type).toBe('organization');
  });

  it('takes a common word in capitals standing as a sentence ("ABSTRACT.") for no name, a country so written for one', () => {
    const a = analyzeEntities(
      {
        body: 'ABSTRACT.\n\nDonald Trump spoke in Ohio on Monday. He was cheered.\n\nITALY.\n\nRome is the capital.',
        captions: [],
      },
      model,
    );
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('ABSTRACT');
    expect(names).toContain('ITALY');
  });

  it('leaves an abbreviated title at the end of a span out of the name ("Alaska Gov. and former ... Sarah Palin")', () => {
    const toks = tokenize('the church attended by Alaska Gov. and former candidate Sarah Palin');
    const at = (w: string) => toks.findIndex((t) => t.text === w);
    expect(splitOnRole(toks, at('Alaska'), at('and'), 'LOC')).toEqual([
      { tokenStart: at('Alaska'), tokenEnd: at('Gov.'), type: 'LOC' },
    ]);
    const office = tokenize('the Office of the President said');
    expect(splitOnRole(office, 1, 5, 'ORG')).toEqual([{ tokenStart: 1, tokenEnd: 5, type: 'ORG' }]);
  });

  it('reads no organization into a title word, a street or park, or a common abbreviation', () => {
    const a = analyzeEntities(
      {
        body: 'Interior Secretary Ken Salazar said the wolves would stay protected. It started with the plan, said Secretary of the Interior Dirk Kempthorne. The shooting happened near 97th Avenue in Queens. Visitors to Mt Cook National Park were evacuated. LaSalle has three prior DUI convictions. The State Department disagreed.',
        captions: [],
      },
      model,
    );
    const named = (t: string) => a.entities.filter((e) => e.type === t).map((e) => e.name);
    expect(named('organization')).toEqual(['State Department']);
    expect(named('place')).toEqual(expect.arrayContaining(['97th Avenue', 'Mt Cook National Park']));
    expect(entityOf(a, 'Dirk Kempthorne')?.roles).toEqual(['Secretary of the Interior']);
  });

  it('keeps a name after a comma in a list ("Mobil, Shell and Caltex")', () => {
    const a = analyzeEntities(
      {
        body: 'Multinational firms including Mobil, Shell and Caltex opened offices in the port.',
        captions: [],
      },
      model,
    );
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Mobil', 'Shell', 'Caltex']));
  });

  it('reads a name ending in "Productions" as a company even when the tagger reads a person in it', () => {
    const a = analyzeEntities(
      {
        body: 'The company that runs the show, Dick Clark Productions, said the talks were continuing.',
        captions: [],
      },
      model,
    );
    expect(entityOf(a, 'Dick Clark Productions')?.type).toBe('organization');
  });

  it('keeps a city apart from the team named after it when the tagger reads each in its own context', () => {
    const body = [
      'Standings of Major League Baseball teams after games played on Saturday :',
      'Detroit 7 Kansas City 2',
      'MONDAY , SEPTEMBER 2ND SCHEDULE',
      'KANSAS CITY AT DETROIT',
    ].join('\n');
    const a = analyzeEntities({ body, captions: [] }, model);
    expect(entityOf(a, 'Detroit')?.type).toBe('organization');
    expect(entityOf(a, 'DETROIT')?.type).toBe('place');
  });

  it('reads a surname that is also a title ("said King") as the person, and "the King of Spain" as no one', () => {
    const body =
      'Captain Billie Jean King named the team on Monday. "We will wait until the last minute," said King. King is counting on Seles to lead the team. The King of Spain attended the match.';
    const a = analyzeEntities({ body, captions: [] }, model);
    const king = a.mentions.filter((m) => m.text === 'King');
    expect(king).toHaveLength(2);
    expect(new Set(king.map((m) => entityOf(a, 'Billie Jean King')?.id === m.entity))).toEqual(
      new Set([true]),
    );
  });

  it('keeps a team opening a row of a results table though its name is a common word ("Reading 2 Stoke 2")', () => {
    const body =
      'Results of English league matches on Saturday :\nDivision one\nReading 2 Stoke 2\nBarnsley 1 Oldham 0';
    const a = analyzeEntities({ body, captions: [] }, model);
    expect(a.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Reading', 'Stoke', 'Barnsley']));
  });

  it('keeps "Donald Trump Jr." apart from his father, and gives a lone "Trump" to the father', () => {
    const body =
      'Donald Trump Jr. told the crowd his father would win. Donald Trump later said the polls were rigged. Trump Jr. also spoke. Trump added that he was ahead.';
    const a = analyzeEntities({ body, captions: [] }, model);
    const son = entityOf(a, 'Donald Trump Jr.');
    const father = entityOf(a, 'Donald Trump');
    expect(son?.id).not.toBe(father?.id);
    expect(entityOf(a, 'Trump Jr.')?.id).toBe(son?.id);
    expect(entityOf(a, 'Trump')?.id).toBe(father?.id);
  });

  it('keeps "President Obama" apart from Michelle Obama, the only Obama named in full, and gives her "Mrs. Obama"', () => {
    const body =
      'Michelle Obama spoke at the rally on Monday. President Obama said he would consider it a personal insult. Mrs. Obama said the country was ready.';
    const a = analyzeEntities({ body, captions: [] }, model);
    const michelle = entityOf(a, 'Michelle Obama');
    const [president, mrs] = a.mentions.filter((m) => m.text === 'Obama');
    expect(president.entity).not.toBe(michelle?.id);
    expect(president.roles).toEqual(['President']);
    expect(mrs.entity).toBe(michelle?.id);
  });

  describe('a bare surname two people share', () => {
    const linked = (body: string): string[] => {
      const a = analyzeEntities({ body, captions: [] }, model);
      const name = (id: string): string | undefined => a.entities.find((e) => e.id === id)?.name;
      return a.mentions
        .filter((m) => m.text === m.text.split(' ').pop() && m.type === 'person')
        .map((m) => `${name(m.entity)}`);
    };

    it('does not give it to a relative introduced by the other ("her husband, Frank Venkman")', () => {
      const body =
        'Marla Venkman, the Republican candidate, spoke in Ohio on Monday. Venkman said she would win. Flying home that night, she told her husband, Frank Venkman, that the race would be hard. Venkman later said she had no regrets.';
      expect(linked(body)).toEqual(['Marla Venkman', 'Marla Venkman']);
    });

    it('gives "Mrs." to the namesake whose first name is not a man\'s', () => {
      const body =
        'Zenaida Dorrance founded the group in 1972. John Dorrance, a lawyer in St. Louis, runs it now. Dorrance said the group would grow. Dorrance added that it needed money. Mrs. Dorrance said she was proud of him.';
      expect(linked(body).at(-1)).toBe('Zenaida Dorrance');
    });

    it('gives it to the person the article is about, not the namesake named once and last', () => {
      const body =
        'Police shot Keith Lamar Okafor on Tuesday in Charlotte. Keith Lamar Okafor was sitting in his car. Okafor was 43. Rakeyia Okafor can be heard in the video. Okafor did not have a gun, the family said.';
      expect(linked(body)).toEqual(['Keith Lamar Okafor', 'Keith Lamar Okafor']);
    });
  });

  describe('administrative divisions', () => {
    const typed = (body: string): string[] =>
      analyzeEntities({ body, captions: [] }, model).entities.map((e) => `${e.name}:${e.type}`);

    it('reads a first name before "province" or "region" in lower case as the place', () => {
      expect(
        typed(
          'Seats will be shared out as follows: Kalan province - 12, Mary province - 30, Lebap province - 28.',
        ),
      ).toContain('Mary:place');
      expect(typed('Flooding hit Mary region and Vera district overnight.')).toContain('Mary:place');
    });

    it('reads a name ending in "County" or "Province" as the place', () => {
      expect(typed('The fire spread across Doris County on Tuesday, officials said.')).toEqual([
        'Doris County:place',
      ]);
      expect(typed('Mary Province reported 40 new seats.')).toEqual(['Mary Province:place']);
    });

    it('keeps the person before "district attorney"', () => {
      expect(typed('John Smith district attorney said nothing.')).toEqual(['John Smith:person']);
    });
  });

  it('returns nothing for an empty article', () => {
    const r = analyzeEntities({ body: '', captions: [] }, model);
    expect(r).toEqual({ sentences: [], mentions: [], entities: [], messages: [] });
  });
});

describe('names used as products', () => {
  const typesOf = (body: string): string[] =>
    analyzeEntities({ body, captions: [] }, model).entities.map((e) => `${e.name}:${e.type}`);

  it('reads an assistant that is switched on or set up as no person, and a greeting before it as no part of it', () => {
    const types = typesOf(
      'The new earbuds from Orbex cost $89 this week. Say “Hey Siri” to start a call, or activate Siri with a ' +
        'double tap on either bud. They also fit neatly into any Siri setup at home.',
    );
    expect(types).toContain('Siri:other');
    expect(types.some((t) => t.startsWith('Hey'))).toBe(false);
  });

  it('keeps a person who shares the name, and one hailed with a greeting', () => {
    expect(
      typesOf('Siri Hustvedt said the novel took her four years. Hustvedt told reporters she writes daily.'),
    ).toEqual(['Siri Hustvedt:person']);
    expect(typesOf('Marla Quint waved. “Hey Marla Quint, over here,” a fan shouted.')).toContain(
      'Marla Quint:person',
    );
  });
});
