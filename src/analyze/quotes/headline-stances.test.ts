import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, personSpec } from './test-helpers.js';

// Recall (issue #5): a headline's verb of stance in the present tense ("Moreno rejects …", "Larkton’s Elena Moreno
// Backs …") holds the rest of the line, as PolNeAR marks it, though most such verbs are no cue in body text.
const SPECS: EntitySpec[] = [
  personSpec('m', 'Elena Moreno', 'Elena Moreno', 'Moreno'),
  { id: 'l', name: 'Larkton', type: 'place', forms: ['Larkton'] },
];

const read = (body: string) =>
  attributionsRead(body, SPECS).map((a) => ({ speaker: a.speaker, cue: a.cue, text: a.text }));

describe('a stance verb in the opening headline', () => {
  it('gives the rest of the line to the name before the verb', () => {
    const body =
      "Moreno rejects the harbor board's toll plan but will meet its chair.\n\nLARKTON - Elena Moreno spent the " +
      'morning at the docks.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'rejects',
      text: "the harbor board's toll plan but will meet its chair",
    });
  });

  it('reads a title-case heading, past a place that owns the name', () => {
    const body = 'Larkton’s Elena Moreno Backs Ferry Levy And Denounces Toll.\n\nThe mayor spoke on Friday.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'Backs',
      text: 'Ferry Levy And Denounces Toll',
    });
  });

  it('takes the particle of "presses for" after an opening phrase', () => {
    const body =
      'Amid protests, Moreno presses for a toll freeze in the harbor;\n\nThe mayor spoke on Friday.';
    expect(read(body)).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'presses for',
      text: 'a toll freeze in the harbor',
    });
  });

  it('reads verbs of answering and reassuring ("rebuts", "doubles down on")', () => {
    expect(read("Moreno rebuts the pilots' criticism of the tolls;\n\nThe mayor spoke.")).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'rebuts',
      text: "the pilots' criticism of the tolls",
    });
    expect(read('Moreno doubles down on the toll freeze.\n\nThe mayor spoke.')).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'doubles down',
      text: 'on the toll freeze',
    });
  });

  it('reads a source and verb that close the headline after a comma', () => {
    expect(read('The ferry tolls must stay frozen, harbor judge rules.\n\nThe judge spoke.')).toContainEqual({
      speaker: null,
      cue: 'rules',
      text: 'The ferry tolls must stay frozen',
    });
    // A capitalised source nobody is named in reads as a name the speaker would lack: left.
    expect(read('Moreno Is A ‘Reluctant Candidate,’ Harbor Board Finds.\n\nThe board met.')).toEqual([]);
  });

  it('reads the subject before an aside and keeps a one-word object', () => {
    expect(read('Moreno, touring the docks, rips Larkton.\n\nThe mayor spoke.')).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'rips',
      text: 'Larkton',
    });
    expect(read('Amid protests, Moreno claims victory;\n\nThe mayor spoke.')).toContainEqual({
      speaker: 'Elena Moreno',
      cue: 'claims',
      text: 'victory',
    });
  });

  it('leaves a noun before a verb, a possessive, and lines past the first', () => {
    expect(read('Harbor questions are likely to dominate the vote.\n\nThe mayor spoke.')).toEqual([]);
    expect(read('Moreno’s attacks on the toll plan could backfire.\n\nThe mayor spoke.')).toEqual([]);
    expect(read('The mayor spoke.\n\nMoreno rejects the toll plan outright.')).toEqual([]);
  });
});
