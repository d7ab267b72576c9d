import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Frames the finder refused to build where PolNeAR marks an attribution (recall27, issue #5). Sentences from
// PolNeAR train, names kept.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a stance held by people the text does not name (recall27)', () => {
  it('is held by a phrase of people ("Gay rights groups condemned …")', () => {
    const body =
      "Gay rights groups condemned the bill's passage but praised the senators who held it up through their filibuster.";
    expect(contents(body)).toContainEqual(
      "the bill's passage but praised the senators who held it up through their filibuster",
    );
  });

  it('is held by a personal pronoun ("they welcomed …")', () => {
    const body =
      'Still reeling from losses last year in major cases on health care and same-sex marriage, they welcomed a new ' +
      'docket in October studded with cases that seemed poised to move the law to the right.';
    expect(contents(body)).toContainEqual(
      'a new docket in October studded with cases that seemed poised to move the law to the right',
    );
  });

  it('is still no statement of a measure ("The measure condemned …")', () => {
    const body = 'The measure condemned the attacks on civilians in the region.';
    expect(contents(body)).not.toContainEqual('the attacks on civilians in the region');
  });
});

describe('an infinitive after "hopes" or "claims" (recall27)', () => {
  const CLINTON: EntitySpec[] = [{ id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Clinton'] }];

  it('is what was hoped ("Clinton hopes to make a statement …")', () => {
    const body =
      'In California, Clinton hopes to make a statement in a contest that will effectively end the primaries and ' +
      'encourage the party to coalesce around her candidacy.';
    expect(attributionsMarked(body, CLINTON)).toContainEqual({
      text: 'to make a statement in a contest that will effectively end the primaries and encourage the party to coalesce around her candidacy',
      speaker: 'Hillary Clinton',
    });
  });
});

describe('a learned stance in the passive, its agent after "by" (recall27)', () => {
  it('reports its subject, held by the agent ("… was echoed by … O’Malley")', () => {
    const specs: EntitySpec[] = [
      { id: 'mo', name: 'Martin O’Malley', type: 'person', forms: ['Martin O’Malley'] },
      { id: 'bs', name: 'Bernie Sanders', type: 'person', forms: ['Sanders'] },
    ];
    const body =
      'Sanders’ stridency was echoed by former Maryland Gov. Martin O’Malley, who noted that he had raised the ' +
      'state’s minimum wage.';
    expect(attributionsMarked(body, specs)).toContainEqual({
      text: 'Sanders’ stridency',
      speaker: 'Martin O’Malley',
    });
  });

  it('is no frame without an agent to hold it ("… which is widely supported by Republicans")', () => {
    const body =
      'Trump said the Keystone XL pipeline, which is widely supported by Republicans, "wouldn\'t go 10 feet" ' +
      'without the use of eminent domain.';
    const specs: EntitySpec[] = [
      { id: 'dt', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
      { id: 'kx', name: 'Keystone XL pipeline', type: 'organization', forms: ['Keystone XL pipeline'] },
    ];
    const speakers = attributionsMarked(body, specs).map((a) => a.speaker);
    expect(speakers).not.toContain('Keystone XL pipeline');
  });
});

describe("a participle after the comma, the clause's opening phrase its subject (recall27)", () => {
  it('reads a phrase before an auxiliary ("The GOP nominee has staked …, portraying …")', () => {
    const body =
      'The GOP nominee has staked much of his campaign on cracking down on illegal immigration, portraying ' +
      'Mexican immigrants, in particular, as "rapists" and criminals who take American jobs.';
    expect(contents(body)).toContainEqual(
      'Mexican immigrants, in particular, as "rapists" and criminals who take American jobs',
    );
  });

  it('reads a phrase of people before a verb in the past ("Activists engaged …, demanding …")', () => {
    const body =
      'Activists engaged in a brief sit-in along the march route, demanding that the Mississippi flag, which ' +
      'includes the stars and bars of the Confederacy, be removed from a street display of all state flags.';
    expect(contents(body)).toContainEqual(
      'that the Mississippi flag, which includes the stars and bars of the Confederacy, be removed from a street display of all state flags',
    );
  });
});

describe('a title-case heading whose source names no one the recognizer knows (recall27)', () => {
  it('gives its words before a verb of speech ("Bellwether County Says …")', () => {
    const body =
      'Bellwether County Says Trump Should Win GOP Nomination.\n\nDonald Trump will likely win the nomination, ' +
      'according to a county that has picked every winner since 1956.';
    expect(contents(body)).toContainEqual('Trump Should Win GOP Nomination');
  });
});

describe('a stance after an aside in commas, its phrase before the aside (recall27)', () => {
  it('is held by the phrase ("many whites, who were insured …, saw …")', () => {
    const body =
      'By contrast, many whites, who were insured at a higher rate than the other groups before the Affordable ' +
      'Care Act took effect, saw the program as detrimental to their interests.';
    expect(contents(body)).toContainEqual('the program as detrimental to their interests');
  });

  it('leaves a name set off alone to be the one acting ("…, Marine Le Pen, voiced …")', () => {
    // (The recognizer tags this name an organization: a name alone in the aside is what counts.)
    const specs: EntitySpec[] = [
      { id: 'lp', name: 'Marine Le Pen', type: 'organization', forms: ['Marine Le Pen'] },
    ];
    const body =
      'France’s far-right National Front party leader, Marine Le Pen, voiced support for U.S. Republican ' +
      'presidential candidate Donald Trump on Wednesday, saying his Democratic rival Hillary Clinton would bring ' +
      'war and hardship to the world.';
    const speakers = attributionsMarked(body, specs).map((a) => a.speaker);
    expect(speakers).not.toContain('France’s far-right National Front party leader');
  });
});
