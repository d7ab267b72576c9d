import { describe, expect, it } from 'vitest';
import { type EntitySpec, findQuotesMarked } from './test-helpers.js';

// Who-said-what as a reader reads it: sentences from the article-extraction pages (news from outlets nobody tunes
// to), as the pages wrote them. The attribution layer may keep these frames for PolNeAR; the list a user gets
// should not show a piece that says nothing.
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const PEOPLE: EntitySpec[] = [
  person('ts', 'Taylor Swift', ['Taylor Swift', 'Swift']),
  person('ss', 'Scott Strenfel', ['Scott Strenfel', 'Strenfel']),
  person('od', 'Owen Dempsey', ['Owen Dempsey', 'Dempsey']),
  person('ng', 'Neil Gaiman', ['Neil Gaiman', 'Gaiman']),
  person('jb', 'Jack Buser', ['Jack Buser', 'Buser']),
  person('dm', 'David McKinley', ['David McKinley', 'McKinley']),
  { id: 'ni', name: 'Nissan', type: 'organization', forms: ['Nissan'] },
  { id: 'fw', name: 'Fort Worth', type: 'place', forms: ['Fort Worth'] },
];
const listed = (body: string): string[] => findQuotesMarked(body, PEOPLE).quotes.map((q) => q.text);

describe('pieces that are no statement', () => {
  it('drops an opening adverbial before the speaker ("Then, last week, Taylor Swift posted …")', () => {
    const body =
      'He has consistently denied being unfair to her. Then, last week, Taylor Swift posted on Twitter accusing ' +
      'Big Machine of trying to stop her performing tracks from her first six albums at the AMAs.';
    expect(listed(body)).not.toContain('Then, last week');
  });

  it('drops an opening adverbial whose speaker has a clause of his own before the cue ("During the call, he asked …")', () => {
    const body =
      'Owen Dempsey was arrested in April over a call to the mayor’s office. During the call, he asked about the ' +
      'council, called the mayor a “crook” and said, “somebody should stop her.”';
    const texts = listed(body);
    expect(texts).not.toContain('During the call');
    expect(texts).toContain('somebody should stop her.');
  });

  it('keeps a short first piece whose set-in tag has an adverb ("Climate change, Dempsey often says, is …")', () => {
    const body = 'Climate change, Dempsey often says, is the greatest long-term threat facing the world.';
    expect(listed(body)).toContain(
      'Climate change, Dempsey often says, is the greatest long-term threat facing the world',
    );
  });

  it('drops the apposition after the speaker’s name ("said Scott Strenfel, PG&E’s principal meteorologist")', () => {
    const body =
      'One Napa County reporting station hasn’t seen a measurable drop of rain since mid-September — the first ' +
      "time that’s happened since 1905, said Scott Strenfel, PG&E's principal meteorologist.";
    const texts = listed(body);
    expect(texts).not.toContain("PG&E's principal meteorologist");
    expect(texts.some((t) => t.startsWith('One Napa County reporting station'))).toBe(true);
  });

  it('keeps the second piece of reported speech broken by its tag ("…, says Buser, is Google’s …")', () => {
    const body = "The key to Stadia's success, says Buser, is Google's built-in infrastructure.";
    expect(listed(body)).toContain(
      "The key to Stadia's success, says Buser, is Google's built-in infrastructure",
    );
  });
});

describe('a predicate without its subject', () => {
  it('drops a copula right after the cue of a relative clause ("which Nissan claims is a 20% …")', () => {
    const body =
      'It puts out 151 PS along with 197 Nm of torque; which Nissan claims is a 20% and 16% improvement ' +
      'respectively compared to the older engine.';
    expect(listed(body).some((t) => /^is a 20%/.test(t))).toBe(false);
  });

  it('joins it to a long first piece across the tag ("…, McKinley said, is the flow of drugs …")', () => {
    const body =
      'A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into ' +
      'the country.';
    expect(listed(body)).toEqual([
      'A major part of the reason that additional resources are needed, McKinley said, is the flow of drugs into the country',
    ]);
  });
});

describe('a learned cue of a search or a vote', () => {
  it('drops what someone looked for ("canvassed the city of Fort Worth looking for the missing girl")', () => {
    const body =
      'Meanwhile, friends, volunteers, and law enforcement canvassed the city of Fort Worth looking for the missing ' +
      'girl. It was ultimately the efforts of a family friend who spotted the sedan.';
    expect(listed(body)).not.toContain('the missing girl');
  });
});

describe('a learned cue that is an adverb or a preposition', () => {
  it('drops the frame of an adverb ("Dempsey quickly suspected feather duvet lung")', () => {
    const body =
      'Because Dempsey quickly suspected feather duvet lung, though, he told the man to remove the bedding from ' +
      'his home the very first time they spoke.';
    expect(listed(body)).not.toContain('suspected feather duvet lung, though');
  });

  it('drops the frame of a preposition ("thanks to your reports about them, I can quickly fix it")', () => {
    const body = 'And, thanks to your reports about them, I can quickly fix it.';
    expect(listed(body)).not.toContain('them, I can quickly fix it');
  });

  it('keeps a verb with a that-clause after the adverb ("Gaiman still bemoans that …")', () => {
    const body =
      'Gaiman still bemoans that The Scholars of Night “ should’ve been marketed like The Name of the Rose. You ' +
      'needed to go, `We have a great new thriller.’”';
    expect(listed(body).some((t) => t.startsWith('bemoans that The Scholars of Night'))).toBe(true);
  });

  it('lists an auxiliary’s verb with a that-clause ("Beijing has calculated that …")', () => {
    const body =
      'Since 1989, when it crushed the pro-reform protests that began in Tiananmen Square, and witnessed the ' +
      'beginning of the end for the Soviet Union, Beijing has calculated that bloody suppression should be avoided ' +
      'if possible – but not by offering concessions.';
    expect(listed(body).some((t) => t.startsWith('calculated that bloody suppression'))).toBe(true);
  });
});

describe('a date or a clock time between the verb and its "that"', () => {
  const reed = [person('mr', 'Michael Reed', ['Michael Reed', 'Reed'])];
  const quotes = (body: string) => findQuotesMarked(body, reed).quotes.map((q) => [q.text, q.speaker]);

  it('reads past "on Oct. 31" and "at 10 a.m." to the reported clause', () => {
    expect(
      quotes(
        'Reed, who will be the merged company’s chairman, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to quickly pay down debt.',
      ),
    ).toEqual([['that the merger would allow the company to quickly pay down debt', 'Michael Reed']]);
    expect(quotes('Reed said at 10 a.m. Tuesday that the deal was done.')).toEqual([
      ['that the deal was done', 'Michael Reed'],
    ]);
  });

  it('takes no relative "that" after a date for what a source says ("reports through Jan. 31 that …")', () => {
    expect(quotes('That is according to reports through Jan. 31 that Reed is filing on Saturday.')).toEqual(
      [],
    );
  });
});
