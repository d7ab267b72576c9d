import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec } from './test-helpers.js';

// Content boundaries as PolNeAR marks them (span36): invented sentences in the shapes PolNeAR train shows.
const PEOPLE: EntitySpec[] = [
  { id: 'm', name: 'Dana Moreno', type: 'person', forms: ['Dana Moreno', 'Moreno'] },
  { id: 'a', name: 'Luis Alvarez', type: 'person', forms: ['Luis Alvarez', 'Alvarez'] },
  { id: 'o', name: 'Ada Okafor', type: 'person', forms: ['Ada Okafor', 'Okafor'] },
  { id: 'k', name: 'Pia Kerr', type: 'person', forms: ['Pia Kerr', 'Kerr'] },
];

/** Each attribution's content and the words of its cue. */
const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a second verb after "and" or "but", past a frame reported inside the content', () => {
  it('goes on in the content ("told … that the mayor knew … and thought …")', () => {
    const body =
      'Moreno told reporters that the mayor knew all about the harbor contract and thought the criticism of it was unfair.';
    expect(contents(body)).toContainEqual({
      text: 'that the mayor knew all about the harbor contract and thought the criticism of it was unfair',
      cue: 'told',
    });
  });

  it('goes on in the content ("said that she favors … but supports …")', () => {
    const body = 'Kerr has said that she favors a $14 wage statewide but supports towns that go higher.';
    expect(contents(body)).toContainEqual({
      text: 'that she favors a $14 wage statewide but supports towns that go higher',
      cue: 'said',
    });
  });

  it('keeps the second verb’s own content too ("complained that Kerr had attacked him and questioned why …")', () => {
    const body = 'Moreno complained that Kerr had attacked him and questioned why the audit was late.';
    const got = contents(body);
    expect(got).toContainEqual({
      text: 'that Kerr had attacked him and questioned why the audit was late',
      cue: 'complained',
    });
    expect(got).toContainEqual({ text: 'why the audit was late', cue: 'questioned' });
  });
});

describe('a verb of stance between the cue and its "that"', () => {
  it('opens what the cue reports on its subject ("said Moreno hopes that …")', () => {
    const body = 'Alvarez said Moreno hopes that the next budget will fund the rural schools.';
    expect(contents(body)).toContainEqual({
      text: 'Moreno hopes that the next budget will fund the rural schools',
      cue: 'said',
    });
  });

  it('leaves a noun of saying after a preposition to its "that" clause ("responded to reports that …")', () => {
    const body = 'Alvarez responded to reports that the council planned to close the clinic.';
    expect(contents(body)).toContainEqual({
      text: 'reports that the council planned to close the clinic',
      cue: 'responded',
    });
  });
});

describe('a verb in its plain form after "and"', () => {
  it('goes on in the content after a modal ("says she would call the board together and tell them …")', () => {
    const body = 'Okafor says she would call the board together and tell them to stop the delays.';
    expect(contents(body)).toContainEqual({
      text: 'she would call the board together and tell them to stop the delays',
      cue: 'says',
    });
  });
});
