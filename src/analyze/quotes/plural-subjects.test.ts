import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';

// A stance held by people the text names by a plural noun alone (recall36, issue #5): the subject search finds no
// mention or pronoun there, and before this only verbs of speech took such a plural ("But opponents say"). Invented
// sentences.
const read = (body: string): [string, string | null, string][] =>
  findAttributions(body, [], []).attributions.map((a) => [
    body.slice(a.cue?.start ?? 0, a.cue?.end ?? 0),
    a.source ? body.slice(a.source.start, a.source.end) : null,
    a.text,
  ]);

describe('a nameless plural subject before a verb that is not of speech (recall36)', () => {
  it('holds a worry ("conservationists worry that …")', () => {
    const body = 'But conservationists worry that the new mine will poison the river for decades.';
    expect(read(body)).toContainEqual([
      'worry',
      'But conservationists',
      'that the new mine will poison the river for decades',
    ]);
  });

  it('holds a decision after an opening clause ("…, local nurses decided …")', () => {
    const body =
      'When the county closed the clinic, local nurses decided they would run a free one on weekends.';
    expect(read(body)).toContainEqual(['decided', 'local nurses', 'they would run a free one on weekends']);
  });

  it('is the source of a fear that had none ("Most farmers fear …")', () => {
    const body = 'Most farmers fear that the drought will last another year.';
    expect(read(body)).toContainEqual(['fear', 'Most farmers', 'that the drought will last another year']);
  });

  it('is still no subject of a noun\'s infinitive ("Efforts to repeal the tax have stalled")', () => {
    const body = 'Efforts to repeal the tax have stalled in the legislature.';
    expect(read(body)).toEqual([]);
  });
});

// A word ending in "s" that is no plural noun: these two fail on this branch's first commit (dfb8841), whose new
// subjects they guard.
describe('a word in "s" that is no plural is no subject (recall36)', () => {
  it('not a demonstrative ("How does this not warrant …")', () => {
    const body = 'How does this not warrant a single question from the panel?';
    expect(read(body).map(([cue]) => cue)).not.toContain('not');
  });

  it('not an adjective in "-ous" ("There were numerous complaints that …")', () => {
    const body = 'There were numerous complaints that the trucks ran all night.';
    expect(read(body).map(([, source]) => source)).not.toContain('There were numerous');
  });
});
