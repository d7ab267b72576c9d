import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A participle right after the tag of a quotation closed on its comma goes on from the tag's speaker, even where
// the words before the quotation are an earlier frame's ("Varga cannot say that “…,” Rivera added, saying …").
// Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
  { id: 'r', name: 'Lena Rivera', type: 'person', forms: ['Lena Rivera', 'Rivera'] },
];

describe('a participle after a tag that closes on an earlier frame', () => {
  const body =
    'Lena Rivera spoke after the vote. Varga cannot claim that “from where he sits,” Rivera added, saying it ought to be “up to the harbor board to decide.”';
  it("takes the tag's speaker, not the subject the sentence opens with", () => {
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'it ought to be “up to the harbor board to decide.”',
      speaker: 'Lena Rivera',
    });
  });
  it("leaves the quotation before the tag with the tag's speaker", () => {
    const marked = attributionsMarked(body, PEOPLE);
    expect(marked.filter((a) => a.text.includes('from where he sits')).map((a) => a.speaker)).not.toContain(
      'Tomas Varga',
    );
  });
});
