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

describe('the maker of a work named in an aside before the verb', () => {
  it('is the organisation after "conducted by" or "published by"', () => {
    const survey =
      'The race is close. The survey, conducted by the Harbor Policy Institute of Maine, finds Ann Lee with ' +
      'only a small lead over Tom Ray.';
    expect(said(survey, [org('h', 'Harbor Policy Institute')])).toContainEqual([
      'Ann Lee with only a small lead over Tom Ray',
      'Harbor Policy Institute',
    ]);
    const transcript =
      'Lee spoke on crime. The transcript of the debate–published by The Daily Ledger– shows that Lee talked ' +
      'about criminal justice reform.';
    expect(said(transcript, [org('d', 'Daily Ledger')])).toContainEqual([
      'that Lee talked about criminal justice reform',
      'Daily Ledger',
    ]);
  });

  it('is the person who runs it, past their description', () => {
    const body =
      'Turnout rose. The project’s website, run by Paul Greer, an associate professor at the state university, ' +
      'said the turnout was the highest in decades.';
    expect(
      said(body, [{ id: 'p', name: 'Paul Greer', type: 'person', forms: ['Paul Greer'] }]),
    ).toContainEqual(['the turnout was the highest in decades', 'Paul Greer']);
  });

  it('is not whoever obtained the work, nor a place', () => {
    const obtained =
      'The talks stalled. The memo, obtained by the Daily Ledger, says the agency had no plan for the winter.';
    expect(said(obtained, [org('d', 'Daily Ledger')]).filter(([, s]) => s === 'Daily Ledger')).toEqual([]);
    const place =
      'The talks stalled. The report, published by Maine, says the agency had no plan for the winter.';
    expect(
      said(place, [{ id: 'm', name: 'Maine', type: 'place', forms: ['Maine'] }]).filter(
        ([, s]) => s === 'Maine',
      ),
    ).toEqual([]);
  });
});
