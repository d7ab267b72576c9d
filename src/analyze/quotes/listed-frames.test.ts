import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Listed verbs that built no frame (listed57, issue #5): a reported clause after a phrase of when, where or how, a
// share of a named group after the verb, a "that" past an aside or a show, a clause opened by "this" and a verb in
// "-s", and title-case headings whose source follows a dash. Invented sentences.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('"said" with a phrase before its bare clause', () => {
  it('reads the clause a pronoun opens after a phrase of time', () => {
    const body = 'Mary Jones said after the hearing she would not sign the bill this year.';
    expect(contents(body)).toContainEqual('she would not sign the bill this year');
  });

  it('reads the clause after a document and a time', () => {
    const body =
      'The Harbor Pilots Union said in a statement Tuesday night they dropped the lawsuit against the port.';
    expect(contents(body)).toContainEqual('they dropped the lawsuit against the port');
  });

  it('leaves a phrase that names no clause after it', () => {
    const body = 'Mary Jones said in an interview with the paper that the bill was dead.';
    expect(contents(body)).toContainEqual('that the bill was dead');
    expect(contents('Mary Jones said goodbye to her friends at the harbor on Sunday.')).toEqual([]);
  });
});

describe('a title-case heading whose source follows a dash', () => {
  const harbor = 'Storm Floods The Harbor— Mary Jones Says The Port Will Reopen Next Week.\n\n';
  it('gives the words after the verb to the person named after the dash', () => {
    const body = `${harbor}Mary Jones, the harbor master, spoke on Monday.`;
    expect(attributionsMarked(body, [personSpec('mj', 'Mary Jones', 'Jones')])).toContainEqual({
      text: 'The Port Will Reopen Next Week',
      speaker: 'Mary Jones',
    });
  });

  it('reads no source after a dash that names nobody', () => {
    const body =
      'Storm Floods The Harbor — Some Say The Port Will Reopen Next Week.\n\nThe storm ended on Monday.';
    expect(contents(body)).not.toContainEqual('The Port Will Reopen Next Week');
  });

  it('takes no frame from a verb right after the dash that closes a name', () => {
    const body = 'Mary Jones (Harbor Party) — Announced March 23, 2015\n\nJones left the race in May.';
    expect(contents(body)).not.toContainEqual('March 23, 2015');
  });
});

describe('a share of a named group after the verb', () => {
  const liberals = [orgSpec('lib', 'Liberals')];
  it('speaks for the words before the verb ("…, say some Liberals.")', () => {
    const body = 'A quieter campaign may not be such a bad thing, say some Liberals.';
    expect(attributionsMarked(body, liberals)).toContainEqual({
      text: 'A quieter campaign may not be such a bad thing',
      speaker: 'Liberals',
    });
  });

  it('reads "a handful of" before the group', () => {
    const body = 'The tax plan will not pass this year, said a handful of Liberals who met with the mayor.';
    expect(attributionsMarked(body, liberals)).toContainEqual({
      text: 'The tax plan will not pass this year',
      speaker: 'Liberals',
    });
  });
});

describe('a "that" after an aside or a show set after the verb', () => {
  it('reads the clause past an "as" aside that holds a verb of its own', () => {
    const body =
      'Two analysts warned, as did the mayor herself, that the harbor budget might well grow next year.';
    expect(contents(body)).toContainEqual('that the harbor budget might well grow next year');
  });

  it('reads the clause past a "where" aside on the place it was said', () => {
    const body =
      'Mary Jones said on Channel Nine, where she is a regular guest, that the port should reopen.';
    expect(contents(body)).toContainEqual('that the port should reopen');
  });

  it("reads the clause past a network's show", () => {
    const body = 'Mary Jones said on WXYZ\'s "Harbor Hour" that she would look at the budget again.';
    expect(contents(body)).toContainEqual('that she would look at the budget again');
  });
});

describe('a clause opened by a demonstrative and a verb in "-s"', () => {
  it('reads "believe this raises …" as what is believed', () => {
    const body = 'Dairy farmers believe this raises the price of feed for the whole valley.';
    expect(contents(body)).toContainEqual('this raises the price of feed for the whole valley');
  });

  it('leaves a noun in "-s" after the demonstrative', () => {
    const body = 'Dairy farmers believe this series on the harbor.';
    expect(contents(body)).toEqual([]);
  });
});
