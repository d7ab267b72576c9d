import { describe, expect, it } from 'vitest';
import { sourcedMarked as sourced } from './test-helpers.js';

// Frames that a cue (often a learned one) makes on non-political news, read on the article-extraction pages that no
// benchmark scores: reviews, guides, health and tech pages. Each sentence is as the page wrote it.
const sources = (body: string): (string | null)[] => sourced(body).map(([, s]) => s);

describe('a phrase closed by a pronoun in a clause of its own', () => {
  it('is no speaker when the pronoun opens a relative clause ("the people you want to reach")', () => {
    const body = 'Define the people you want to reach and help before you build your branding and offers.';
    expect(sources(body)).not.toContain('Define the people you');
    expect(sourced(body)).toEqual([]);
  });

  it('is no speaker when the pronoun follows "whenever" or "if"', () => {
    const body =
      'It’s a very enjoyable title to leaf through whenever you want to remember how cool you are. Save $21 if ' +
      'you want the Zacian and Zamazenta Edition.';
    expect(sourced(body)).toEqual([]);
  });

  it('is no speaker when the pronoun is the object of "help" ("that will help you feel full")', () => {
    const body =
      'Choose a snack that will help you feel full, so you’re less tempted by the high-calorie snacks.';
    expect(sourced(body)).toEqual([]);
  });

  it('leaves the pronoun a speaker in a question or after "that" ("Do you know …", "it’s clear that you think")', () => {
    expect(sources('Do you know where your candidate’s tax returns are?')).toEqual(['Do you']);
    expect(
      sources('In your book it’s clear that you think all Muslims should be banned from entering.'),
    ).toEqual(['it’s clear that you']);
  });
});
