import { describe, expect, it } from 'vitest';
import { attributionsMarked, contentsAndCues, type EntitySpec } from './test-helpers.js';

// A participle set off after its main clause takes that clause's opening phrase for its subject, a nameless one too
// (outer38, participle-phrase-subjects.ts). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
];

const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a participle after a main clause with a nameless subject', () => {
  it('reports what follows it ("Republicans in the Senate seized on the memo, arguing that …")', () => {
    expect(
      contents('Republicans in the Senate seized on the memo, arguing that it showed intent.'),
    ).toContainEqual({
      text: 'that it showed intent',
      cue: 'arguing',
    });
  });

  it('reads past an opening adverbial closed by its comma', () => {
    expect(
      contents(
        'In a widely read column, two veteran speechwriters implored her to return to the theme, arguing that it rattled Varga.',
      ),
    ).toContainEqual({ text: 'that it rattled Varga', cue: 'arguing' });
  });

  it('gives the opening phrase as the speaker', () => {
    expect(
      attributionsMarked(
        'Republicans in the Senate seized on the memo, arguing that it showed intent.',
        PEOPLE,
      ),
    ).toContainEqual({ text: 'that it showed intent', speaker: 'Republicans in the Senate' });
  });
});
