import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, orgSpec } from './test-helpers.js';

// Named speakers (issue #5): "according to a poll by the Marist Institute", "… exit polls reported by CNN" — the
// subject search stops at the nameless document; whoever made it, named right after "by" or "from", speaks for it.
const spoken = (body: string, specs: EntitySpec[]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('a nameless document after "according to", then who made it', () => {
  it('speaks for the maker named after "by"', () => {
    expect(
      spoken('The mayor still leads the race, according to a new poll by the Lakeview Institute.', [
        orgSpec('li', 'Lakeview Institute'),
      ]),
    ).toEqual([['The mayor still leads the race', 'Lakeview Institute']]);
  });

  it('speaks for the maker after a participle of making', () => {
    expect(
      spoken(
        'Turnout fell among older voters, according to exit polls conducted by Harbor News and others.',
        [orgSpec('hn', 'Harbor News')],
      ),
    ).toEqual([['Turnout fell among older voters', 'Harbor News']]);
  });

  it('is not whoever only read it ("reviewed by")', () => {
    expect(
      spoken('The mayor wrote to the board, according to a copy of the letter reviewed by Harbor News.', [
        orgSpec('hn', 'Harbor News'),
      ]).map(([, who]) => who),
    ).not.toContain('Harbor News');
  });
});
