import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A second verb of the same speaker after "and"/"but": PolNeAR marks one content over both clauses when the second
// verb is one of belief or hope; a second verb of speech is a statement of its own (quotes26). Sentences from
// PolNeAR train, names kept.
const ARNOLD: EntitySpec[] = [{ id: 'ea', name: 'Elizabeth Arnold', type: 'person', forms: ['Ms. Arnold'] }];

describe('a second verb of belief or hope after "and" (quotes26)', () => {
  it('goes on in the first content ("said she did not condone violence and hoped that …")', () => {
    const body =
      'Ms. Arnold said she did not condone violence and hoped that people would find a way to voice concerns ' +
      'peacefully.';
    expect(attributionsMarked(body, ARNOLD)).toContainEqual({
      text: 'she did not condone violence and hoped that people would find a way to voice concerns peacefully',
      speaker: 'Elizabeth Arnold',
    });
  });

  it('leaves a second verb of speech its own statement ("said … and added that …")', () => {
    const body =
      'Ms. Arnold said she did not condone violence and added that people should protest peacefully.';
    expect(attributionsMarked(body, ARNOLD)).toContainEqual({
      text: 'she did not condone violence',
      speaker: 'Elizabeth Arnold',
    });
  });
});

describe('a tag after its content (quotes26)', () => {
  it('reports the whole clause before it, a verb of finding inside included ("…, according to …")', () => {
    const body =
      'In fact, campaign finance records show the $204,202 that Clinton has raised from hedge fund executives ' +
      'is by far the most of any 2016 candidate, according to the Center for Responsive Politics.';
    const texts = findAttributions(body, [], []).attributions.map((a) => a.text);
    expect(texts).toContain(
      'In fact, campaign finance records show the $204,202 that Clinton has raised from hedge fund executives is by far the most of any 2016 candidate',
    );
  });

  it('does so past a second verb of the clause ("…, and he sometimes forwarded …, according to the sources")', () => {
    const body =
      'Sullivan initiated email conversations, and he sometimes forwarded messages with sensitive information, ' +
      'according to the sources.';
    const texts = findAttributions(body, [], []).attributions.map((a) => a.text);
    expect(texts).toContain(
      'Sullivan initiated email conversations, and he sometimes forwarded messages with sensitive information',
    );
  });
});
