import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A participle set off after its main clause goes on from that clause's subject, also where the clause opens on a
// long adverbial or the participle is read after frames of later sentences (arguing41). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
  { id: 'r', name: 'Lena Rivera', type: 'person', forms: ['Lena Rivera', 'Rivera'] },
];

describe('a participle after a main clause that opens on a long adverbial', () => {
  it('reads the person after "In a letter to council members released Monday,"', () => {
    expect(
      attributionsMarked(
        'In a letter to council members released Monday, Varga rejects the budget deal, arguing that the plan favors lenders.',
        PEOPLE,
      ),
    ).toContainEqual({ text: 'that the plan favors lenders', speaker: 'Tomas Varga' });
  });
});

describe('a participle after a quotation tag, with frames in later sentences', () => {
  it('goes on from the tag\'s speaker ("“…,” Rivera said, blaming …")', () => {
    const body = [
      'Tomas Varga spoke first at the hearing.',
      '"Too much anger," Rivera said, blaming some of it on the council.',
      'Varga said the council would meet again next week.',
    ].join('\n\n');
    expect(attributionsMarked(body, PEOPLE)).toContainEqual({
      text: 'some of it on the council',
      speaker: 'Lena Rivera',
    });
  });
});
