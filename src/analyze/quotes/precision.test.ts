import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// Attributions PolNeAR counts as false (issue #5, precision): each on a sentence as an outlet wrote it.

/** Each attribution's kind, speaker, cue as written and text. */
function read(
  body: string,
  specs: EntitySpec[],
): { kind: string; speaker: string | null; cue: string; text: string }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    kind: a.kind,
    speaker: a.speaker,
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : '',
    text: a.text,
  }));
}

const SANDERS: EntitySpec[] = [
  { id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
];

describe('a partial quote of a frame inside the paraphrase around it', () => {
  it('is part of that paraphrase when the frame is the same speaker’s (Washington Post: "he plans … “a disaster”")', () => {
    const body =
      'Sanders has said repeatedly that he plans to support the Democratic nominee and that a Donald Trump ' +
      'presidency would be "a disaster" for the country.';
    const got = read(body, SANDERS);
    expect(got.filter((a) => a.kind === 'partial')).toEqual([]);
    expect(got.map((a) => a.cue)).toContain('said');
  });

  it('stays a quote of its own when it is another speaker’s ("Trump’s claim that Obama “founded ISIS”")', () => {
    const body =
      'Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President ' +
      'Barack Obama “founded ISIS,” saying they were nitpicking.';
    const specs: EntitySpec[] = [
      { id: 'p', name: 'Mike Pence', type: 'person', forms: ['Mike Pence', 'Pence'] },
      { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
      { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
    ];
    const got = read(body, specs);
    expect(got.some((a) => a.text.startsWith('founded ISIS'))).toBe(true);
  });
});
