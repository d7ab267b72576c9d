import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec, sourcedMarked } from './test-helpers.js';

// Source spans (issue #5): when the holder of a noun cue is named outside the cue's own noun phrase, the source span
// is where that person is named, as PolNeAR marks it: the phrase up to the name before a light verb ("… Dana
// Whitfield made a case for …": not "made a"), the name an apposition describes ("Whitfield, a fierce supporter of
// …": not "a fierce"), the person opening the main clause after an opening phrase ("In a halfhearted endorsement of
// …, Whitfield said": not "a halfhearted").
const DANA = [personSpec('dw', 'Dana Whitfield', 'Dana Whitfield', 'Whitfield')];

describe('the source of a noun cue after a light verb', () => {
  it('ends with the name before the verb', () => {
    expect(
      sourcedMarked(
        'The harbor council met on Monday.\n\nAward-winning novelist Dana Whitfield made a case for reading older books during an interview with a radio host in May.',
        DANA,
      ),
    ).toContainEqual([
      'for reading older books during an interview with a radio host in May',
      'Award-winning novelist Dana Whitfield',
    ]);
  });

  it('stays the whole phrase when the name before the verb is no person’s', () => {
    const sources = sourcedMarked(
      'The harbor council met on Monday.\n\nThe award-winning Harbor Trust made a case for reading older books during an interview with a radio host in May.',
      [orgSpec('ht', 'Harbor Trust')],
    ).map(([, source]) => source);
    expect(sources).not.toContain('The award-winning Harbor Trust');
  });

  it('is the name an apposition headed by the cue describes', () => {
    expect(
      sourcedMarked(
        'The ferry plan matters most to Whitfield, a fierce supporter of the island fleet and its crews.',
        DANA,
      ),
    ).toContainEqual(['of the island fleet and its crews', 'Whitfield']);
  });

  it('is the person opening the main clause after an opening prepositional phrase', () => {
    expect(
      sourcedMarked(
        'In the 90 minute rant against everyone from the mayor to the ferry board, Whitfield repeated her claims.',
        DANA,
      ),
    ).toContainEqual(['against everyone from the mayor to the ferry board', 'Whitfield']);
  });

  it('leaves the speaker of a content that ran on over the name it would move to', () => {
    // The content runs past the comma into the main clause: a source moved onto the name would sit inside it and
    // leave the words unsaid.
    expect(
      attributionsMarked(
        'The ferry fight went on.\n\nIn an effort to clarify her most recent remarks about the ferry fees, Dana Whitfield on Friday only further muddled a dispute that has dogged her for months.',
        DANA,
      ).map((a) => a.speaker),
    ).toEqual(['Dana Whitfield']);
  });
});
