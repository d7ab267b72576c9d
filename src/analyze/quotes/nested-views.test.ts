import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// Views reported inside another attribution's content that PolNeAR leaves unmarked (issue #5, see
// attribute/nested-views.ts): each on a sentence adapted from a PolNeAR train article.

const SPECS: EntitySpec[] = [
  { id: 'e', name: 'Elward Edd', type: 'person', forms: ['Elward Edd', 'Edd'] },
  { id: 's', name: 'Jeff Sessions', type: 'person', forms: ['Jeff Sessions', 'Sessions'] },
  { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
  { id: 'a', name: 'ACLU', type: 'organization', forms: ['ACLU'] },
];

/** Each attribution's cue as written and its text. */
function read(body: string): { cue: string; text: string }[] {
  const { mentions, entities } = markEntities(body, SPECS);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : '',
    text: a.text,
  }));
}

const cues = (body: string) => read(body).map((a) => a.cue);

describe('a view reported inside another attribution', () => {
  it('is no attribution of its own when a learned word holds it inside another speaker’s paraphrase', () => {
    expect(
      cues('Officials said the ACLU won’t be representing the rancher but plans to watch his case closely.'),
    ).toEqual(['said']);
  });

  it('is a piece of its own speaker’s paraphrase when short ("but planned to follow it")', () => {
    expect(
      cues(
        'Edd said he was not certain the new regulation would apply to his tribe, but planned to follow it until obtaining clarity.',
      ),
    ).toEqual(['said']);
    expect(
      cues(
        'Sessions said that Clinton’s acceptance of donations from those seeking her assistance was akin to extortion.',
      ),
    ).toEqual(['said']);
  });

  it('is part of a transcript line, whose speaker says it all', () => {
    const got = cues(
      'CLINTON: So I testified for 11 hours. Anybody who watched that and listened to it knows that I answered every question.',
    );
    expect(got).not.toContain('testified');
    expect(got).not.toContain('knows');
    expect(got).not.toContain('answered');
  });

  it('stays when a verb of saying reports another speaker inside a paraphrase', () => {
    const got = read(
      'Sessions said the administration had failed voters in every state for years, while Clinton has argued that the deal would collapse.',
    );
    expect(got.map((a) => a.cue)).toEqual(['said', 'argued']);
  });
});
