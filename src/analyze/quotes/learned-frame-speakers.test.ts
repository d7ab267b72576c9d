import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Whose view a learned frame reports when its cue is no verb of speech: "seemed", or "to" after a noun
// (attribute/cue.ts, attribute/adjunct-subjects.ts). No speaker is better than a wrong one.
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const WALKER = person('walker', 'Ted Walker', ['Ted Walker', 'Walker']);
const KOWALSKI = person('kowalski', 'Anna Kowalski', ['Anna Kowalski', 'Kowalski']);
const FENN = person('fenn', 'Chris Fenn', ['Chris Fenn', 'Fenn']);
const ORTIZ = person('ortiz', 'Dana Ortiz', ['Dana Ortiz', 'Ortiz']);

const speakersOf = (body: string, specs: EntitySpec[], words: string) =>
  attributionsMarked(body, specs)
    .filter((a) => a.text.includes(words))
    .map((a) => a.speaker);

describe('a person named alone before "seemed"', () => {
  it('holds the view that shows', () => {
    const body =
      'The council met on Monday. Ted Walker seemed hopeful that the city could take in more families this year.';
    expect(speakersOf(body, [WALKER], 'take in more families')).toEqual(['Ted Walker']);
  });

  it('holds no state of things that shows', () => {
    const body =
      'The council met on Monday. Ted Walker appears to have a narrow lead over his rival in the latest count.';
    expect(speakersOf(body, [WALKER], 'narrow lead')).not.toContain('Ted Walker');
  });

  it('is no holder inside a wider phrase', () => {
    const body =
      'The council met on Monday. Enthusiasm for Walker appears to have faded quickly in the city after the vote.';
    expect(speakersOf(body, [WALKER], 'faded quickly')).not.toContain('Ted Walker');
  });
});

describe('a holder named alone before "seemed", with the shapes of a mind it may show', () => {
  const GREENS: EntitySpec = { id: 'greens', name: 'Greens', type: 'organization', forms: ['Greens'] };

  it('offers, grows agitated, is set to veto', () => {
    const offer =
      'The council met on Monday. Later, however, Ted Walker seemed to offer a caveat that undercut his vote.';
    expect(speakersOf(offer, [WALKER], 'a caveat')).toEqual(['Ted Walker']);
    const agitated =
      'The council met on Monday. But Ted Walker seemed to become especially agitated when his rival spoke.';
    expect(speakersOf(agitated, [WALKER], 'when his rival spoke')).toEqual(['Ted Walker']);
    const veto =
      'As Governor Ted Walker appears set to veto the harbor bill, the council met again on Monday.';
    expect(speakersOf(veto, [WALKER], 'the harbor bill')).toEqual(['Ted Walker']);
  });

  it('is a group after a word of how many, hoping', () => {
    const body =
      'The count ends on Friday, and many Greens seem to be hoping for a recount in the northern wards.';
    expect(speakersOf(body, [GREENS], 'a recount')).toEqual(['Greens']);
  });

  it('holds no likelihood ("certain to")', () => {
    const body =
      'The council met on Monday. Governor Ted Walker seemed certain to lose his seat in the spring count.';
    expect(speakersOf(body, [WALKER], 'lose his seat')).not.toContain('Ted Walker');
  });
});

describe('a learned "to" after the noun the subject search stops at', () => {
  it('is done by the person who opens the main clause', () => {
    const body =
      'The show airs at noon. Reporter Anna Kowalski will come on the program to talk about the harbor and how ' +
      'many ships can slip past its guards.';
    expect(speakersOf(body, [KOWALSKI], 'the harbor')).toEqual(['Anna Kowalski']);
  });

  it('is not the first of several people named', () => {
    const body =
      'The race tightened in March. Reps. Chris Fenn (R-Ohio) and Dana Ortiz (R-Nev.) on Wednesday became the ' +
      'first sitting members of the House to endorse the presidential bid of the governor.';
    expect(speakersOf(body, [FENN, ORTIZ], 'presidential bid')).not.toContain('Chris Fenn');
  });
});

describe('the owner of the noun a learned cue follows', () => {
  it('holds a view or act of their own', () => {
    const body =
      'The vote came late on Monday. Walker’s contention was that the harbor tax would drive the big ships away.';
    expect(speakersOf(body, [WALKER], 'harbor tax')).toEqual(['Ted Walker']);
  });

  it('is no speaker for a noun of people', () => {
    const body =
      'The vote came late on Monday. Walker’s campaign was quick to say that the harbor tax would drive ships away.';
    expect(speakersOf(body, [WALKER], 'harbor tax')).not.toContain('Ted Walker');
  });
});
