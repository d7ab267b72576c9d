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

// The splitter cuts a dateline in title case with its agency off the first sentence, as it does one in capitals
// (datelines.ts, dateline44): a content or an adverbial opening that sentence starts after the dash. A name in
// capitals set off by dashes, with no capital after its dash, is no dateline. Invented sentences.
const WITH_NATO: EntitySpec[] = [...PEOPLE, { id: 'n', name: 'NATO', type: 'organization', forms: ['NATO'] }];

describe('the words after a dateline in title case with its agency', () => {
  it('leave the dateline out of a content that opens the story ("Kestrel City (AFP) – The harbour …, Varga said")', () => {
    expect(
      attributionsMarked(
        'Kestrel City (AFP) – The harbour will reopen next week, Tomas Varga said on Monday.',
        PEOPLE,
      ),
    ).toEqual([{ text: 'The harbour will reopen next week', speaker: 'Tomas Varga' }]);
  });

  it('read "According to …," after the dateline as the opening of the sentence', () => {
    expect(
      attributionsMarked(
        'The vote was close.\n\nPort Ellis (Reuters) - According to Lena Rivera, the harbour will reopen next week.',
        PEOPLE,
      ),
    ).toContainEqual({ text: 'the harbour will reopen next week', speaker: 'Lena Rivera' });
  });
});

describe('a name in capitals set off by dashes is no dateline', () => {
  it('keeps NATO as the speaker ("NATO — the alliance of thirty nations — has condemned …, saying")', () => {
    expect(
      attributionsMarked(
        'NATO — the alliance of thirty nations — has condemned the strikes, saying that the attacks broke the truce.',
        WITH_NATO,
      ),
    ).toEqual([{ text: 'that the attacks broke the truce', speaker: 'NATO' }]);
    expect(
      attributionsMarked(
        'NATO — the alliance said on Tuesday that it would send more ships to the region.',
        WITH_NATO,
      ),
    ).toEqual([{ text: 'that it would send more ships to the region', speaker: 'NATO' }]);
  });

  it('keeps NATO in a content that opens on it ("NATO — not the member states — will pay …, Varga said")', () => {
    expect(
      attributionsMarked(
        'NATO — not the member states — will pay for the new radar, Tomas Varga said.',
        WITH_NATO,
      ),
    ).toEqual([
      { text: 'NATO — not the member states — will pay for the new radar', speaker: 'Tomas Varga' },
    ]);
  });
});
