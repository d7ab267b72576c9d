import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Named speakers (issue #5): a phrase whose head a prepositional phrase follows ("Some delegates at the convention in
// Philadelphia said"), where the subject search stops at the preposition's object.
const spoken = (body: string, specs: EntitySpec[] = []) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('a head for those who speak, then where they are', () => {
  const harborview: EntitySpec[] = [{ id: 'hv', name: 'Harborview', type: 'place', forms: ['Harborview'] }];

  it('is the subject, described with the place, not the place alone', () => {
    expect(
      spoken(
        'Several volunteers at the shelter in Harborview said they had run out of blankets.',
        harborview,
      ),
    ).toEqual([['they had run out of blankets', 'volunteers at the shelter in Harborview']]);
  });

  it('names no one when the head is no word for people who speak', () => {
    expect(
      spoken('The change at the shelter in Harborview said little about the blankets.', harborview).filter(
        ([, who]) => who !== null,
      ),
    ).toEqual([]);
  });
});
