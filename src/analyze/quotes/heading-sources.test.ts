import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// The source of a title-case heading that the recognizer tagged nothing in (recall46, issue #5): it often misses
// names among the heading's capitalised words, which the story then names. Invented headings and stories.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Ilse Varga', type: 'person', forms: ['Ilse Varga', 'Varga'] },
  { id: 'm', name: 'Dana Moreno', type: 'person', forms: ['Dana Moreno', 'Moreno'] },
];

/** Speaker and content of each attribution in the heading, the heading's names left untagged. */
function headingReads(heading: string, story: string): { speaker: string | null; text: string }[] {
  const body = `${heading}\n\n${story}`;
  const { mentions, entities } = markEntities(body, PEOPLE);
  const untagged = mentions.filter((m) => m.start > heading.length);
  return findAttributions(body, untagged, entities)
    .attributions.filter((a) => a.start < heading.length)
    .map((a) => ({ speaker: a.speaker, text: a.text }));
}

const STORY =
  'Ilse Varga, a harbour pilot, spoke at the council meeting on Monday. Dana Moreno chairs the harbour board.';

describe('a title-case heading whose source the recognizer left untagged', () => {
  it('reads a known name before an adverb ("… Finally Endorses …")', () => {
    expect(headingReads('Ilse Varga Finally Endorses Harbour Chief Dana Moreno.', STORY)).toContainEqual({
      speaker: 'Ilse Varga',
      text: 'Harbour Chief Dana Moreno',
    });
  });

  it('reads the surname the subject ends on ("Harbour Pilot Ilse Varga Defends …")', () => {
    expect(headingReads('Harbour Pilot Ilse Varga Defends Dana Moreno Amid Levy Row.', STORY)).toContainEqual(
      {
        speaker: 'Ilse Varga',
        text: 'Dana Moreno Amid Levy Row',
      },
    );
  });

  it('does not give the words to a name inside the subject ("Varga Supporter Defends …")', () => {
    const reads = headingReads('Varga Supporter Defends Dana Moreno Amid Levy Row.', STORY);
    expect(reads.map((r) => r.speaker)).not.toContain('Ilse Varga');
  });
});

describe('a title-case heading whose source is a poll, survey or report', () => {
  it('gives what the poll shows ("New Poll Shows …")', () => {
    const reads = headingReads('New Poll Shows Dana Moreno Ahead In Harbour Race.', STORY);
    expect(reads.map((r) => r.text)).toContain('Dana Moreno Ahead In Harbour Race');
  });

  it('reads nothing for another nameless subject before a verb that is no speech ("New Ferry Shows …")', () => {
    expect(headingReads('New Ferry Shows Its Age On The Harbour Run.', STORY)).toEqual([]);
  });
});
