import { describe, expect, it } from 'vitest';
import { type EntitySpec, kindsMarked, listedKindsMarked } from './test-helpers.js';

// A partial quote with a frame of its own inside another attribution's content is part of that statement: PolNeAR
// rarely marks it apart, so it is not counted as an attribution, while who-said-what still lists it (issue #5,
// precision).

const PEOPLE: EntitySpec[] = [
  { id: 'm', name: 'Maria Ortega', type: 'person', forms: ['Maria Ortega', 'Ortega'] },
  { id: 'k', name: 'Tom Keller', type: 'person', forms: ['Tom Keller', 'Keller'] },
];

/** Each attribution's kind, speaker and text. */
const attributions = (body: string) => kindsMarked(body, PEOPLE);

/** Who-said-what's list: each quote's kind, speaker and text. */
const listed = (body: string) => listedKindsMarked(body, PEOPLE);

describe('a partial quote at its own verb inside a paraphrase', () => {
  const body =
    'Tom Keller said the harbor plan would cost too much and that he fears the board will approve “another ' +
    'money pit.”';

  it('is part of the paraphrase, not an attribution of its own', () => {
    expect(attributions(body)).toEqual([
      {
        kind: 'indirect',
        speaker: 'Tom Keller',
        text: 'the harbor plan would cost too much and that he fears the board will approve “another money pit.”',
      },
    ]);
  });

  it('is still listed with its speaker', () => {
    expect(listed(body)).toContainEqual({
      kind: 'partial',
      speaker: 'Tom Keller',
      text: 'another money pit.',
    });
  });
});

describe('a partial quote that shares the paraphrase’s cue', () => {
  it('stays a piece of that attribution', () => {
    const body = 'Maria Ortega said the council was “deeply divided” over the tax.';
    expect(attributions(body)).toContainEqual({
      kind: 'partial',
      speaker: 'Maria Ortega',
      text: 'deeply divided',
    });
  });
});

describe('a whole quotation after its own tag', () => {
  it('stays an attribution when no other content holds it', () => {
    const body =
      'Tom Keller said the new bridge could be “a headache” for commuters, adding, “Construction is never quiet.”';
    expect(attributions(body)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'Construction is never quiet.',
    });
  });
});

describe('a whole quotation at a stance word inside a paraphrase at a verb of saying', () => {
  const body = 'Tom Keller said he wants “a full audit of every contract the harbor board signed.”';

  it('is part of the paraphrase, not an attribution of its own', () => {
    expect(attributions(body)).toEqual([
      {
        kind: 'indirect',
        speaker: 'Tom Keller',
        text: 'he wants “a full audit of every contract the harbor board signed.”',
      },
    ]);
  });

  it('is still listed with its speaker', () => {
    expect(listed(body)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'a full audit of every contract the harbor board signed.',
    });
  });

  it('keeps its own speaker in another speaker’s paraphrase', () => {
    const other =
      'Maria Ortega told the council that Keller wanted “open borders for every freight company.”';
    expect(attributions(other).map((a) => a.kind)).toEqual(['indirect']);
    expect(listed(other)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'open borders for every freight company.',
    });
  });

  it('stays an attribution inside another stance word’s content', () => {
    const both = 'Maria Ortega likes “The Wire,” while Tom Keller loves “Deadwood.”';
    expect(attributions(both)).toContainEqual({ kind: 'direct', speaker: 'Tom Keller', text: 'Deadwood.' });
  });

  it('stays an attribution when no other content holds it', () => {
    const alone = 'Tom Keller closed his speech by urging “a politics of patience and repair.”';
    expect(attributions(alone)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'a politics of patience and repair.',
    });
  });
});
