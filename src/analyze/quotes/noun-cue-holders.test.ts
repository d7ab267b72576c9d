import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Noun cues whose own phrase ("a fierce" before "supporter of") was all the subject search found (issue #5): the
// holder is the person the phrase's apposition describes, the person opening the main clause after an opening
// prepositional phrase, or the name opening the clause past an apposition with a name of its own.
const PEOPLE: EntitySpec[] = [
  { id: 'mw', name: 'Martha Wexley', type: 'person', forms: ['Martha Wexley', 'Wexley'] },
  { id: 'tb', name: 'Tomas Brandt', type: 'person', forms: ['Tomas Brandt', 'Brandt'] },
  { id: 'pb', name: 'Port Board', type: 'organization', forms: ['Port Board'] },
];
const spoken = (body: string) => attributionsMarked(body, PEOPLE).map((a) => [a.text, a.speaker]);

describe('the holder of a noun cue', () => {
  it('is the person an apposition headed by the cue describes', () => {
    expect(
      spoken(
        'The harbour plan matters most to Wexley, a fierce supporter of the fishing fleet and a friend of the mayor.',
      ),
    ).toEqual([['of the fishing fleet and a friend of the mayor', 'Martha Wexley']]);
    expect(
      spoken(
        'Tomas Brandt, a strong supporter of lower port fees as well as a giant of the shipping trade, will speak at the summit next week.',
      ),
    ).toEqual([
      [
        'of lower port fees as well as a giant of the shipping trade, will speak at the summit next week',
        'Tomas Brandt',
      ],
    ]);
  });

  it('is the person opening the main clause after an opening prepositional phrase', () => {
    expect(
      spoken(
        'And in a halfhearted endorsement of the harbour plan, Mrs. Wexley said she would not stand in its way.',
      ),
    ).toEqual([
      ['the harbour plan', 'Martha Wexley'],
      ['she would not stand in its way', 'Martha Wexley'],
    ]);
    expect(
      spoken(
        'In the 90 minute rant against everyone from the mayor to the port authority, Brandt repeated his claims.',
      ),
    ).toEqual([['against everyone from the mayor to the port authority', 'Tomas Brandt']]);
  });

  it('is not a body named before a comma, nor anyone when the phrase is the subject of a verb of speech', () => {
    const board = (body: string) => spoken(body).filter(([, who]) => who !== null);
    expect(board('The plan went to the Port Board, a fierce critic of the fleet and its owners.')).toEqual(
      [],
    );
    expect(board('The plan went to Wexley, a top aide said, and she signed it.')).toEqual([]);
  });

  it('is the name opening the clause past an apposition that names a body', () => {
    expect(
      spoken(
        'Ms. Wexley, a Port Board governor since 2014, has emerged over the last year as a leading advocate for patience with the fleet.',
      ),
    ).toEqual([
      // The frame at "has emerged" (the learned detector's auxiliary) holds the noun cue's content; same speaker.
      ['emerged over the last year as a leading advocate for patience with the fleet', 'Martha Wexley'],
    ]);
  });
});
