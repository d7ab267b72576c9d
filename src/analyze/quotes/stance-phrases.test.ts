import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, personSpec } from './test-helpers.js';

// Recall (issue #5): stance phrases and poll openings the learned list and the poll rule miss. "would like to …"
// states a wish as "wants to …" does (the learner strips "would" as an auxiliary and counts the bare "like");
// "charges that" is the verb of claim, not the noun; "In exit polls, …" opens with a poll that has no determiner.
const SPECS: EntitySpec[] = [personSpec('m', 'Elena Moreno', 'Elena Moreno', 'Moreno')];

const read = (body: string) =>
  attributionsRead(body, SPECS).map((a) => ({ speaker: a.speaker, cue: a.cue, text: a.text }));

describe('a stance phrase the learner cannot see', () => {
  it('gives "would like to …" to its subject', () => {
    const body =
      'The harbor board met on Friday. Moreno would like to freeze the ferry tolls until the spring.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'would like',
      text: 'to freeze the ferry tolls until the spring',
    });
  });
});

describe('"charge(s) that" as a verb of claim', () => {
  it('gives the clause after "charges that" to its subject', () => {
    const body =
      'The board met on Friday. Moreno charges that the harbor board hid the ferry losses from the council.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'charges that',
      text: 'the harbor board hid the ferry losses from the council',
    });
  });

  it('reads "guessed that" the same way', () => {
    const body =
      'The board met on Friday. Moreno guessed that the harbor board would raise the ferry tolls again.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'guessed that',
      text: 'the harbor board would raise the ferry tolls again',
    });
  });

  it('leaves the noun alone: "a charge that …"', () => {
    const body =
      'The board met on Friday. It was a charge that the harbor board hid the ferry losses, and it stuck.';
    expect(read(body).filter((a) => a.cue.startsWith('charge'))).toEqual([]);
  });
});

describe('a poll with no determiner opening the sentence', () => {
  it('credits the rest of the sentence to "In exit polls, …"', () => {
    const body =
      'The count ran late. In exit polls, voters in the harbor towns were worried about the ferry tolls.';
    expect(read(body)).toContainEqual({
      speaker: null,
      cue: 'In',
      text: 'voters in the harbor towns were worried about the ferry tolls',
    });
  });

  it('leaves "leads in polls" closing a sentence alone', () => {
    const body = 'The count ran late. Moreno still leads in statewide polls despite the ferry tolls.';
    expect(read(body).filter((a) => a.cue === 'in')).toEqual([]);
  });
});

describe('a poll with no determiner, not closed by its comma', () => {
  it('leaves the sentence to its own subject', () => {
    const body =
      'The count ran late. In six of nine towns where exit polls were taken Tuesday, voters were more likely to want a ' +
      'ferry levy than a toll.';
    expect(read(body).filter((a) => a.cue === 'In')).toEqual([]);
  });
});

describe("a heading with a person's take on a question", () => {
  it('gives "X On Why …" the rest of the line', () => {
    const body =
      'Voices of the year.\n\n14\nElena Moreno On Why Ferry Tolls Hurt The Harbor Towns.\n\nGetty.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'On',
      text: 'Why Ferry Tolls Hurt The Harbor Towns',
    });
  });

  it('leaves a topic line with no person alone', () => {
    const body = 'Voices of the year.\n\nThe Harbor On Why Ferry Tolls Hurt The Towns.\n\nGetty.';
    expect(read(body).filter((a) => a.cue === 'On')).toEqual([]);
  });
});
