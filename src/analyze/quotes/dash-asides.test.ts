import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A subject set off from its verb of speech by a dash-bracketed aside (issue #5): "--" stands for a dash, an aside
// that opens with a person's name names whom the phrase before it describes, and a body closing an apposition
// before the aside is where the person opening the clause works.
const PEOPLE: EntitySpec[] = [
  { id: 'mk', name: 'Mara Kellin', type: 'person', forms: ['Mara Kellin', 'Kellin'] },
  { id: 'ta', name: 'Tom Alder', type: 'person', forms: ['Tom Alder'] },
  { id: 'dr', name: 'Dana Roe', type: 'person', forms: ['Dana Roe'] },
  { id: 'fs', name: 'Fair Streets', type: 'organization', forms: ['Fair Streets', 'FS'] },
];
const spoken = (body: string) => attributionsMarked(body, PEOPLE).map((a) => [a.text, a.speaker]);

describe('a subject before a dash-bracketed aside', () => {
  it('reads "--" as a dash', () => {
    expect(
      spoken(
        'The debate drew a large crowd. Kellin -- co-author of a book on televised debates -- said the candidate tended to make announcements at those events.',
      ),
    ).toEqual([['the candidate tended to make announcements at those events', 'Mara Kellin']]);
  });

  it('takes the person an aside names for the phrase before it', () => {
    expect(
      spoken(
        'The vote was close. A former Democratic senator -- Tom Alder, who lost the race in 2008 -- said the plan offered nothing new.',
      ),
    ).toEqual([['the plan offered nothing new', 'Tom Alder']]);
  });

  it('takes the person opening the clause over the body closing the apposition', () => {
    expect(
      spoken(
        'Dana Roe, policy director of the advocacy group Fair Streets, or FS - which was founded by a former mayor - said the city has several options.',
      ),
    ).toEqual([['the city has several options', 'Dana Roe']]);
  });
});
