import { describe, expect, it } from 'vitest';
import { listedMarked, personSpec as person } from './test-helpers.js';

// span59 (issue #5): on a real page, "China said it is committed to …, while the city’s police deny accusations of
// brutality and say they show utmost restraint" listed «they show utmost restraint» as China's. The second verb after
// "and" is the "while" clause's subject's. Invented sentences.

const PEOPLE = [person('w', 'Dana Whitlock', 'Whitlock'), person('m', 'Elena Moreno', 'Moreno')];

describe('a second verb in a clause opened by "while" inside an earlier speaker’s words', () => {
  it('is not the earlier speaker’s', () => {
    const got = listedMarked(
      'Whitlock said the pier is safe, while the harbor police deny accusations of neglect and say they show restraint.',
      PEOPLE,
    );
    expect(got).toContainEqual(['the pier is safe', 'Dana Whitlock']);
    expect(
      got.filter(([text, speaker]) => text.includes('restraint') && speaker === 'Dana Whitlock'),
    ).toEqual([]);
  });

  it('is the named subject of that clause', () => {
    const got = listedMarked(
      'Whitlock said the pier is safe, whereas Moreno denies it and says the pier is closed.',
      PEOPLE,
    );
    expect(got).toContainEqual(['the pier is closed', 'Elena Moreno']);
  });

  it('leaves a second verb of the first speaker alone', () => {
    const got = listedMarked('Whitlock said the pier is safe and said the ferry will run in May.', PEOPLE);
    expect(got).toContainEqual(['the ferry will run in May', 'Dana Whitlock']);
  });
});
