import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Named speakers (issue #5): a name the entity stage took from a heading in capitals, and a surname that opens on
// a lowercase particle, are names all the same.
const spoken = (body: string, specs: EntitySpec[]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('an entity named first in a heading set in capitals', () => {
  const lopez: EntitySpec[] = [
    {
      id: 'ml',
      name: 'MARIA LOPEZ',
      type: 'person',
      forms: ['MARIA LOPEZ', 'Maria Lopez', 'Lopez'],
    },
  ];

  it('is named as the body spells it when the subject names her', () => {
    const said = spoken(
      'MARIA LOPEZ VOWS TO APPEAL\n\nMaria Lopez, the mayor of Harborview, said on Tuesday that the city would appeal the ruling.',
      lopez,
    );
    expect(said).toContainEqual(['that the city would appeal the ruling', 'Maria Lopez']);
  });

  it('takes the surname the body uses when it never writes the full name in lowercase', () => {
    const surname: EntitySpec[] = [{ ...lopez[0], forms: ['MARIA LOPEZ', 'Lopez'] }];
    const said = spoken(
      'MARIA LOPEZ VOWS TO APPEAL\n\nThe mayor spoke at city hall. Lopez said the city would appeal the ruling.',
      surname,
    );
    expect(said).toContainEqual(['the city would appeal the ruling', 'Lopez']);
  });

  it('gives no name to a subject that is itself in capitals', () => {
    const said = spoken(
      'MARIA LOPEZ SAYS CITY WILL APPEAL RULING\n\nThe city council met on Tuesday.',
      lopez,
    );
    expect(said.filter(([, who]) => who !== null)).toEqual([]);
  });
});

describe('a surname opening on a lowercase particle', () => {
  it('names the speaker ("dos Santos says")', () => {
    const santos: EntitySpec[] = [{ id: 'ds', name: 'dos Santos', type: 'person', forms: ['dos Santos'] }];
    expect(
      spoken('The union plans to watch the case closely, dos Santos says, and it will not give up.', santos),
    ).toContainEqual(['The union plans to watch the case closely', 'dos Santos']);
  });
});
