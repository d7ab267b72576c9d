import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// "who" after a place of origin (issue #5): "Senator Dana Roe of Ohio, who …" is the senator's clause, never the
// state's; after a common noun ("a dentist from Akron, Ohio, who …") it names no one.
const PEOPLE: EntitySpec[] = [
  { id: 'dr', name: 'Dana Roe', type: 'person', forms: ['Dana Roe', 'Roe'] },
  { id: 'oh', name: 'Ohio', type: 'place', forms: ['Ohio'] },
  { id: 'ak', name: 'Akron', type: 'place', forms: ['Akron'] },
];
const spoken = (body: string) => attributionsMarked(body, PEOPLE).map((a) => [a.text, a.speaker]);

describe('"who" after the place a person is from', () => {
  it('stands for the person named before the place', () => {
    expect(
      spoken(
        'The bill passed after a long debate, with Senator Dana Roe of Ohio, who opposed a similar effort in 2007, voting no.',
      ),
    ).toContainEqual(['a similar effort in 2007, voting no', 'Dana Roe']);
  });

  it('stands for no place after a common noun', () => {
    const named = spoken(
      'The crowd was mixed, said one visitor, a dentist from Akron, Ohio, who said he is friendly with the organizers.',
    ).filter(([, who]) => who === 'Ohio' || who === 'Akron');
    expect(named).toEqual([]);
  });
});
