import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A passive that tells something of its subject ("X is expected to …", "X has been blamed for …"): PolNeAR's content
// opens at the subject, in pieces around the cue; the span, its text and its speaker stay as they were (span47).
// Invented sentences.
const MORENO: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's text, its content as the benchmark reads it, and its speaker. */
const read = (body: string, specs: EntitySpec[] = []): [string, string, string | null][] =>
  scoredContentsMarked(body, specs).map((a) => [a.text, a.content, a.speaker]);

describe('the subject of a passive that tells something of it (span47)', () => {
  it('opens the content at a named subject of "is expected to", the speaker kept', () => {
    expect(read('Elena Moreno is expected to unveil the harbour plan on Monday.', MORENO)).toEqual([
      [
        'to unveil the harbour plan on Monday',
        'Elena Moreno is expected to unveil the harbour plan on Monday',
        'Elena Moreno',
      ],
    ]);
  });

  it('opens it at the whole noun phrase of "has been blamed for"', () => {
    expect(read('The regional ferry operators have been blamed for the long delays at the pier.')).toEqual([
      [
        'for the long delays at the pier',
        'The regional ferry operators have been blamed for the long delays at the pier',
        null,
      ],
    ]);
  });

  it('opens it at the noun before a participle with no "be" ("a district known to be …")', () => {
    expect(read('Officials visited a district known to be hostile to the new tolls.')).toEqual([
      ['to be hostile to the new tolls', 'a district known to be hostile to the new tolls', null],
    ]);
  });

  it('leaves the preposition that opens the phrase out ("with the ferry operators expected to …")', () => {
    expect(
      read('The harbour board met on Friday, with the ferry operators expected to raise fares again.'),
    ).toEqual([['to raise fares again', 'the ferry operators expected to raise fares again', null]]);
  });

  it('takes no pronoun before an active past as a passive subject ("what they described as …")', () => {
    // The content opens at the moved object's "what" (object-relatives.ts), not at "they".
    expect(read('Residents protested against what they described as a rushed plan.')).toEqual([
      ['against what they described as a rushed plan', 'against what they described as a rushed plan', null],
      ['as a rushed plan', 'what they described as a rushed plan', null],
    ]);
  });

  it('leaves the subject of "was asked" out: it is the one addressed', () => {
    const out = read('Moreno was asked whether the bridge would reopen before the winter.', MORENO);
    expect(out).toHaveLength(1);
    for (const [text, content] of out) expect(content).toBe(text);
  });

  it('leaves an empty "it" out ("it was widely reported that …")', () => {
    const out = read('It was widely reported that the old ferry terminal would close in March.');
    expect(out).toHaveLength(1);
    for (const [text, content] of out) expect(content).toBe(text);
  });
});

// The learned detector may read the adverb or the "be" before a passive's participle as its cue ("is also known",
// "was already being criticized"): the participle after it is the passive's own, and the content opens at the
// subject as above (span49). Invented sentences.
describe('a passive whose cue the detector found on a word before the participle (span49)', () => {
  it('opens the content at the subject of "is also known by"', () => {
    expect(read('The harbour group is also known by the name Portwatch.')).toEqual([
      ['known by the name Portwatch', 'The harbour group is also known by the name Portwatch', null],
    ]);
  });

  it('reads "was already being criticized as" as one passive', () => {
    expect(read('The ferry deal was already being criticized as a threat to the port.')).toEqual([
      [
        'being criticized as a threat to the port',
        'The ferry deal was already being criticized as a threat to the port',
        null,
      ],
    ]);
  });

  it('leaves the subject to the agent after "by" ("was widely criticized by Moreno")', () => {
    // The late agent's frame holds the subject as Moreno's content; the detector's frame keeps its own span.
    for (const [text, content, speaker] of read(
      'The ferry plan was widely criticized by Elena Moreno as sloppy.',
      MORENO,
    ))
      if (speaker === null) expect(content).toBe(text);
  });
});

// An aside between a passive's subject and its "be" (an apposition, a relative clause, a contrast) is part of the
// subject's phrase for PolNeAR: the content still opens at the subject (span53). Invented sentences.
describe('a passive whose subject stands before a comma-closed aside (span53)', () => {
  it('opens the content at the subject before a relative clause ("The board, which …, is expected to")', () => {
    expect(
      read(
        'The harbor board, which has kept the tolls flat since 2009, is expected to raise them in the spring.',
      ),
    ).toEqual([
      [
        'to raise them in the spring',
        'The harbor board, which has kept the tolls flat since 2009, is expected to raise them in the spring',
        null,
      ],
    ]);
  });

  it('opens it at a named subject before an apposition, the quote and its speaker kept', () => {
    expect(
      read('Elena Moreno, then the port director, was declared the winner of the runoff.', MORENO),
    ).toEqual([
      [
        'the winner of the runoff',
        'Elena Moreno, then the port director, was declared the winner of the runoff',
        'Elena Moreno',
      ],
    ]);
  });

  it('opens it at a subject that already holds its aside ("The surcharge, unlike the old toll, was widely …")', () => {
    expect(
      read('The ferry surcharge, unlike the old toll, was widely criticized as unfair to commuters.'),
    ).toEqual([
      [
        'criticized as unfair to commuters',
        'The ferry surcharge, unlike the old toll, was widely criticized as unfair to commuters',
        null,
      ],
    ]);
  });

  it('stays after the cue when the aside holds another report ("The plan, which Moreno said …, is expected")', () => {
    const out = read('The plan, which Moreno said was rushed, is expected to pass on Monday.', MORENO);
    expect(out).toContainEqual(['to pass on Monday', 'to pass on Monday', null]);
  });

  it('stays after the cue past a second aside ("Ruiz, whose district, Eastport, is projected to …")', () => {
    const out = read(
      'Councillor Ruiz, whose district, Eastport, is projected to lose its ferry stop, voted no.',
    );
    for (const [text, content] of out) if (text.startsWith('to lose')) expect(content).toBe(text);
  });
});

// "X has been called Y" names its subject as the passives of naming do, and "is not counted among" ranks it: PolNeAR's
// content opens at the subject. A particle after "called" ("called to", "called off") is a summons or an act, whose
// subject is no part of what is said (span54). Invented.
describe('"called" and "counted" as passives of naming and ranking (span54)', () => {
  const contents = (body: string): string[] => read(body, MORENO).map(([, content]) => content);

  it('opens the content at the subject of "has been called “…”"', () => {
    expect(
      contents('This habit of the ferry board has been called "polite stalling" by one historian.'),
    ).toContain('This habit of the ferry board has been called "polite stalling" by one historian');
  });

  it('opens it at the subject of "has long been called" and of "is not counted among"', () => {
    expect(contents('The harbour levy has long been called a tax on islanders.')).toContain(
      'The harbour levy has long been called a tax on islanders',
    );
    expect(contents('The harbour merger is not counted among her better deals.')).toContain(
      'The harbour merger is not counted among her better deals',
    );
  });

  it('leaves the subject out after "called to" and "called off"', () => {
    expect(
      contents('Elena Moreno missed the harbour inquiry she was formally called to last spring.'),
    ).toEqual(['called to last spring']);
    expect(contents('The harbour strike was widely called off after the vote.')).toEqual([
      'called off after the vote',
    ]);
  });
});

// A reduced passive whose "as" the detector took into the cue ("a place known as …", "a state seen as …") is the same
// passive as one whose cue stops at the participle: its content opens at the noun, as it does before "titled" and a
// title. With no "be", an aside does not lead back to a subject (span54). Invented.
describe('a reduced passive with "as" inside its cue (span54)', () => {
  const contents = (body: string): string[] => read(body, MORENO).map(([, content]) => content);

  it('opens the content at the noun before "known as"', () => {
    expect(contents('Moreno won a place known as Dunmore to the locals and Dunmoor to visitors.')).toContain(
      'a place known as Dunmore to the locals and Dunmoor to visitors',
    );
    expect(contents('Moreno had been privy to a secret club known as the Friends of the Pier.')).toContain(
      'a secret club known as the Friends of the Pier',
    );
  });

  it('opens it at the noun before "titled" and a title ("a radio spot titled Harbour Lies")', () => {
    expect(contents('The union ran a radio spot titled Harbour Lies in May.')).toContain(
      'a radio spot titled Harbour Lies in May',
    );
    // An active "titled" keeps its object ("Moreno titled her memoir …").
    expect(contents('Elena Moreno titled her memoir Low Water.')).toEqual(['her memoir Low Water']);
  });

  it('does not reach back over an aside ("…, the bill, known as …")', () => {
    const got = contents(
      'Following a protest from ferry workers, the bill, known as the “Harbour Fairness Act” was passed by the council.',
    );
    expect(got.some((c) => c.startsWith('Following'))).toBe(false);
  });
});
