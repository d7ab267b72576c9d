import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, personSpec } from './test-helpers.js';

// Named speakers (issue #5): an "as X pointed out" aside whose speaker is one of a group a titled name owns ("as one
// of Ms. Rowe's advisers pointed out") reads like the plain aside: the words around it are what was said
// (attribute/cue.ts, AS_SHARE_ASIDE_RE).
const SPECS: EntitySpec[] = [
  personSpec('ar', 'Ann Rowe', 'Rowe'),
  { id: 'me', name: 'Maine', type: 'place', forms: ['Maine'] },
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, SPECS).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('an "as one of X’s … pointed out" aside', () => {
  it('gives the words after it to the group the aside names, not to the subject before it', () => {
    const body =
      'The vote is close.\n\nMaine, as one of Ms. Rowe’s climate advisers pointed out, normally does not get two ' +
      'storms in a row.';
    expect(speakerOf(body, 'normally does not get')).toContain('Rowe');
  });

  it('the same without a title (read so before)', () => {
    const body =
      'The vote is close.\n\nMaine, as one of Rowe’s advisers noted, does not get two storms in a row.';
    expect(speakerOf(body, 'does not get')).toContain('Rowe');
  });
});
