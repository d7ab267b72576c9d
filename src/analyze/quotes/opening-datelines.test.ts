import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A participle set off after its main clause goes on from that clause's subject, also where the clause opens on a
// wire dateline (adverb42). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
  { id: 'r', name: 'Lena Rivera', type: 'person', forms: ['Lena Rivera', 'Rivera'] },
];

describe('a participle after a main clause that opens on a wire dateline', () => {
  it('reads the person after "Kestrel City (AFP) –"', () => {
    expect(
      attributionsMarked(
        'Kestrel City (AFP) – Mayor Tomas Varga has taken aim at the council’s new budget, saying that the cuts go much too far.',
        PEOPLE,
      ),
    ).toContainEqual({ text: 'that the cuts go much too far', speaker: 'Tomas Varga' });
  });

  it('reads the person after a city and the agency before a hyphen ("Port Ellis (Reuters) -")', () => {
    expect(
      attributionsMarked(
        'Port Ellis (Reuters) - Councilwoman Lena Rivera has taken aim at the mayor’s new budget, saying that the cuts go much too far.',
        PEOPLE,
      ),
    ).toContainEqual({ text: 'that the cuts go much too far', speaker: 'Lena Rivera' });
  });
});
