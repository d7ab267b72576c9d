// Frames of plain speech verbs the finder used to miss: a described name closing the sentence, a participle that
// goes on from the sentence's frame, a subject phrase after an opening adverbial or a quantity.
import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, TWO_PEOPLE } from '../../src/analyze/quotes/test-helpers.js';

const PEOPLE_AND_OUTLET: EntitySpec[] = [
  ...TWO_PEOPLE,
  { id: 'r', name: 'RTL Info', type: 'organization', forms: ['RTL Info'] },
];

const attributions = (body: string) => attributionsMarked(body, PEOPLE_AND_OUTLET);

describe('a described name closing the sentence', () => {
  it('reads "…, the news site RTL Info reported." as the outlet reporting what stands before the comma', () => {
    expect(
      attributions(
        'The 56-year-old often traveled for work and was headed to Cairo for meetings, the news site RTL Info reported.',
      ),
    ).toContainEqual({
      text: 'The 56-year-old often traveled for work and was headed to Cairo for meetings',
      speaker: 'RTL Info',
    });
  });

  it('reads "…, ministry spokeswoman Anna Smith said Thursday." the same way', () => {
    expect(
      attributions(
        'A couple and their two children were among the passengers, foreign ministry press officer Anna Smith said Thursday.',
      ),
    ).toContainEqual({
      text: 'A couple and their two children were among the passengers',
      speaker: 'Anna Smith',
    });
  });

  it('leaves an object before the name alone ("…, a word Smith then repeated.")', () => {
    const found = attributions(
      'A woman at the rally used a crude word to describe Doe, a word Smith then repeated.',
    );
    expect(found.filter((a) => a.speaker === 'Anna Smith')).toEqual([]);
  });
});

describe('a participle going on from the frame of its sentence', () => {
  it('lists "warning that …" after "the company said …" as a statement of its own', () => {
    const found = attributions(
      'On Tuesday, the company said it would not be able to file its annual report in time, warning that it could default on some of its debt.',
    );
    expect(found.map((a) => a.text)).toEqual([
      'it would not be able to file its annual report in time',
      'that it could default on some of its debt',
    ]);
  });
});

describe('a subject phrase after an opening adverbial or a quantity', () => {
  it('finds "Republican opponents" after "In addition,"', () => {
    expect(
      attributions(
        'In addition, Republican opponents have said that the server could have exposed classified information.',
      ).map((a) => a.text),
    ).toEqual(['that the server could have exposed classified information']);
  });

  it('finds "Some advocates for stem cell research" and "All three candidates"', () => {
    expect(
      attributions(
        'Some advocates for stem cell research said that the ban overlooked the potential benefits of new cures.',
      ).map((a) => a.text),
    ).toEqual(['that the ban overlooked the potential benefits of new cures']);
    expect(
      attributions(
        'All three candidates have said they would expand the relief program and push for reform.',
      ).map((a) => a.text),
    ).toEqual(['they would expand the relief program and push for reform']);
  });

  it('does not take the adverbial for what was said, nor a clause for the subject', () => {
    const found = attributions(
      'In an interview on Monday, the agency said it would review the rules for next year.',
    );
    expect(found.map((a) => a.text)).toEqual(['it would review the rules for next year']);
    expect(
      attributions(
        'In 2005, Trump University released a marketing video that said the classes would be taught by experts.',
      ).some((a) => a.text.startsWith('In 2005')),
    ).toBe(false);
  });
});

describe('an aside opening the sentence with "As"', () => {
  it('reads what follows "As RTL Info reported," and "But as Doe noted," as what was reported', () => {
    expect(
      attributions('As RTL Info reported, the minister would need to win 55 percent of the remaining votes.'),
    ).toEqual([
      { text: 'the minister would need to win 55 percent of the remaining votes', speaker: 'RTL Info' },
    ]);
    expect(
      attributions('But as Doe noted in December, those voters will give the party a second look.'),
    ).toEqual([{ text: 'those voters will give the party a second look', speaker: 'John Doe' }]);
  });

  it('leaves a clause of time alone ("As the day went on, Smith offered …")', () => {
    expect(
      attributions('As the day went on, Smith offered increasingly strident defenses of the manager.').some(
        (a) => a.text.startsWith('Smith offered'),
      ),
    ).toBe(false);
  });
});

describe('a second verb of a frame whose subject names nobody', () => {
  it('lists "and said that …" after "She declared “…”" with the same subject', () => {
    const found = attributions(
      'She declared “What a night!” and said that her campaign would continue to break barriers.',
    );
    expect(found.map((a) => a.text)).toContain('that her campaign would continue to break barriers');
  });
});

describe('a subject before a dash-bracketed aside', () => {
  it('finds "John Doe" in "John Doe — a teacher from Mount Pleasant — says …"', () => {
    expect(
      attributions(
        'John Doe — a teacher from Mount Pleasant — says he made a last-minute decision to vote for the senator.',
      ),
    ).toEqual([{ text: 'he made a last-minute decision to vote for the senator', speaker: 'John Doe' }]);
  });

  it('leaves a list between dashes before a verb of no speech alone', () => {
    expect(
      attributions(
        'The networks — MSNBC, CNN and Fox News — all stuck with Doe talking at length about his successes.',
      ),
    ).toEqual([]);
  });
});

describe('a phrase of no name opening the clause, an aside up to the verb', () => {
  it('takes "His critics in the United States" as the subject of "argue"', () => {
    expect(
      attributions(
        'His critics in the United States, many of them conservative Catholics, argue that the pope is a political figure.',
      ),
    ).toEqual([{ text: 'that the pope is a political figure', speaker: 'critics in the United States' }]);
  });

  it('does not take a name after the verb that opens a clause of its own for the speaker', () => {
    const found = attributions(
      'The lawmaker, who represents a district in the province, said Doe described the remarks as shameful.',
    );
    expect(found).toEqual([{ text: 'Doe described the remarks as shameful', speaker: null }]);
  });

  it('still reads a name closing the sentence after the verb as its speaker', () => {
    expect(
      attributions(
        'The senator lacks support from his colleagues in Congress, said John Doe, director of the center.',
      ),
    ).toContainEqual({
      text: 'The senator lacks support from his colleagues in Congress',
      speaker: 'John Doe',
    });
  });
});
