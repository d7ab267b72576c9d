import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec } from './test-helpers.js';

// A participle after a reported content ("…, showing …") goes on in that content, as PolNeAR marks it (outer32).
const PEOPLE: EntitySpec[] = [
  { id: 'r', name: 'Scot Ross', type: 'person', forms: ['Scot Ross', 'Ross'] },
  { id: 'c', name: 'Ted Cruz', type: 'person', forms: ['Ted Cruz', 'Cruz'] },
  { id: 'a', name: 'Hiro Aida', type: 'person', forms: ['Hiro Aida', 'Aida'] },
];

/** Each attribution's content and the words of its cue. */
const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a participle after a reported content', () => {
  it('goes on in what "said" reports (", showing …")', () => {
    const body =
      'Scot Ross said the spending numbers he saw were even more dramatic, showing pro-Bradley groups outspending ' +
      'pro-Kloppenburg groups 5-1.';
    expect(contents(body)).toContainEqual({
      text:
        'the spending numbers he saw were even more dramatic, showing pro-Bradley groups outspending ' +
        'pro-Kloppenburg groups 5-1',
      cue: 'said',
    });
  });

  it('goes on in what "admitted" reports (", looking to …")', () => {
    const body =
      'Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary in South ' +
      'Carolina.';
    expect(contents(body)).toContainEqual({
      text: 'that his pick was politically motivated, looking to the February 20 primary in South Carolina',
      cue: 'admitted',
    });
  });

  it('goes on over a participle whose clause holds a verb of its own (", considering the ruling party is …")', () => {
    const body =
      'Hiro Aida said the timing of the remark makes it seem insensitive, considering the ruling party is ' +
      'considering revising the constitution.';
    const found = contents(body);
    expect(found).toContainEqual({
      text:
        'the timing of the remark makes it seem insensitive, considering the ruling party is considering ' +
        'revising the constitution',
      cue: 'said',
    });
  });

  it('stops before a verb of speech (", adding that …" is a statement of its own)', () => {
    const body = 'Scot Ross said the numbers were dramatic, adding that the groups spent more in April.';
    expect(contents(body)).toContainEqual({ text: 'the numbers were dramatic', cue: 'said' });
  });

  it('stops before "according to", a tag of its own', () => {
    const body = 'Scot Ross said the numbers were dramatic, according to a transcript of the call.';
    expect(contents(body).some((c) => c.cue === 'said' && c.text.includes('according'))).toBe(false);
  });
});
