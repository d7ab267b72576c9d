import { describe, expect, it } from 'vitest';
import {
  attributionsMarked,
  listedMarked as listed,
  orgSpec as org,
  personSpec as person,
} from './test-helpers.js';

// Reported speech whose cue names a doing, not words (acts59, read on the real news pages): who-said-what does not
// list it; the attribution layer keeps what it reads. Invented sentences.

const PEOPLE = [person('w', 'Dana Whitlock', 'Whitlock'), person('m', 'Omar Pell', 'Pell')];
const texts = (body: string, specs = PEOPLE): string[] => listed(body, specs).map(([text]) => text);
const read = (body: string, specs = PEOPLE): string[] => attributionsMarked(body, specs).map((a) => a.text);

describe('doings listed as speech', () => {
  it('encouragement done "by" a doing is an act; "by saying" stays', () => {
    const body =
      'Harborline has also quietly encouraged some riders to buy season passes, by prompting them to link their bank cards at every trip.';
    expect(texts(body, [org('f', 'Harborline')])).toEqual([]);
    expect(read(body, [org('f', 'Harborline')]).join(' ')).toContain('some riders to buy season passes');
    expect(
      texts(
        'Whitlock encouraged the riders to buy season passes by saying the fares would rise in the spring.',
      ).join(' '),
    ).toContain('the riders to buy season passes');
  });

  it('"attacked" with only its target is not listed; with a charge it stays', () => {
    const body =
      'In their first debate on Monday, Whitlock and Pell attacked each other’s plans on ferries and housing.';
    expect(texts(body)).toEqual([]);
    expect(read(body).join(' ')).toContain('each other’s plans on ferries');
    expect(
      texts('Whitlock attacked the ferry budget as a giveaway to the shipping lobby.', PEOPLE).join(' '),
    ).toContain('the ferry budget as a giveaway');
  });

  it('finding a way or a reason is managing, not saying; "found that …" stays', () => {
    const body =
      'Even with its borrowed puzzles, the new harbor game finds a reason for every one of them and stops just short of brilliance.';
    expect(texts(body, [org('g', 'Harbor Tales')])).toEqual([]);
    expect(read(body, [org('g', 'Harbor Tales')]).join(' ')).toContain('a reason for every one of them');
    expect(texts('Whitlock found that the ferry board had never met in public.').join(' ')).toContain(
      'the ferry board had never met in public',
    );
  });

  it('a story someone "is telling" inside a subject says nothing of theirs', () => {
    const body =
      'There is good reason to doubt that the account the harbor board is telling doesn’t leave out the loans.';
    expect(texts(body, [org('h', 'harbor board')])).toEqual([]);
    expect(read(body, [org('h', 'harbor board')]).join(' ')).toContain('telling');
  });
});

describe('scare words under a thought', () => {
  it('a quoted verb run into a belief is the writer’s; under a verb of saying it stays the speaker’s', () => {
    const believes = listed(
      'Pell believes that the crabs’ knack to constantly “smell” the tide keeps them clear of the nets.',
    );
    expect(believes.filter(([text]) => text === 'smell')).toEqual([]);
    const notes = listed('As Pell notes, being able to “smell” the tide keeps the crabs clear of the nets.');
    expect(notes.filter(([text]) => text === 'smell')).toEqual([['smell', 'Pell']]);
  });
});
