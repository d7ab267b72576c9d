import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec, sourcedMarked } from './test-helpers.js';

// The noun phrase opening a verb's clause (np38's opening-subjects.ts), read where the other subject searches give
// up or stop inside it: after the adverbials that lead the sentence, with a past participle that tells by whom or
// when, and an indefinite pronoun as the whole subject (nosubj44). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
];

const contents = (body: string) => contentsAndCues(body, PEOPLE);
const sources = (body: string) => sourcedMarked(body, PEOPLE);

describe('the phrase opening the main clause after opening adverbials', () => {
  it('reads past "Last spring," ("Last spring, a county judge handling the case ordered …")', () => {
    expect(
      sources(
        'Last spring, a county judge handling the zoning case ordered the council to publish its minutes every month.',
      ),
    ).toContainEqual([
      'the council to publish its minutes every month',
      'a county judge handling the zoning case',
    ]);
  });

  it('reads past "For starters," over a relative clause', () => {
    expect(
      sources(
        'For starters, the owner of the bakery who filed the complaint blames the landlord for the leak.',
      ),
    ).toContainEqual(['the landlord for the leak', 'the owner of the bakery who filed the complaint']);
  });
});

describe('a past participle after the phrase', () => {
  it('reads "The emails obtained by the newspaper show …" whole', () => {
    expect(
      sources('The emails obtained by the newspaper show that the mayor knew about the leak.'),
    ).toContainEqual(['that the mayor knew about the leak', 'The emails obtained by the newspaper']);
  });

  it('leaves the clause inside it to its own subject ("… show that the mayor knew …")', () => {
    expect(
      sources('The emails obtained by the newspaper show that the mayor knew about the leak.'),
    ).toContainEqual(['about the leak', 'the mayor']);
  });
});

describe('an indefinite pronoun as the whole subject', () => {
  it('takes "Not everyone" for a verb of stance', () => {
    expect(contents('Not everyone believes the new bridge will be finished on time.')).toContainEqual({
      text: 'the new bridge will be finished on time',
      cue: 'believes',
    });
  });

  it('after an opening "But"', () => {
    expect(contents('But not everyone agrees that the plan will work.')).toContainEqual({
      text: 'that the plan will work',
      cue: 'agrees',
    });
  });
});
