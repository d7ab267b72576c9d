import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A poll, survey or report speaks for the organisation that made it (attribute/finding-owners.ts).
const org = (id: string, name: string): EntitySpec => ({ id, name, type: 'organization', forms: [name] });
const said = (body: string, specs: EntitySpec[]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('the owner of a finding', () => {
  it('is the organisation named after "by" past the finding’s noun', () => {
    const body =
      'The race tightened this month. A national poll released Sunday by The Washington Post shows Clinton ' +
      'ahead by four points among likely voters.';
    expect(said(body, [org('wp', 'Washington Post')])).toContainEqual([
      'Clinton ahead by four points among likely voters',
      'Washington Post',
    ]);
  });

  it('is not whoever saw or obtained the finding', () => {
    const body =
      'The agency declined to comment. A redacted copy of the inspector general’s memo seen by Reuters said ' +
      'investigators were unable to determine which files had been taken.';
    expect(said(body, [org('r', 'Reuters')]).filter(([, s]) => s === 'Reuters')).toEqual([]);
  });
});
