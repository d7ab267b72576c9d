import { describe, expect, it } from 'vitest';
import { listedMarked, personSpec as person } from './test-helpers.js';

// span59 (issue #5): a real page listed «he said he told them» as a coach's quote after his quotation ("“You’ve
// beaten some really good teams,” he said he said he told them."), and the quotation itself with no speaker.
// Invented sentences.

const PEOPLE = [person('w', 'Dana Whitlock', 'Whitlock')];

describe('a tag after a quotation that reports another tag', () => {
  it('lists the quotation with its speaker, not the inner tag', () => {
    expect(
      listedMarked(
        '“You have beaten some strong crews,” Whitlock said she told them. “Keep rowing like that.”',
        PEOPLE,
      ),
    ).toEqual([
      ['You have beaten some strong crews,', 'Dana Whitlock'],
      ['Keep rowing like that.', 'Dana Whitlock'],
    ]);
  });

  it('drops a repeated tag', () => {
    const got = listedMarked(
      'Whitlock met her rowers on Monday. “You have beaten some strong crews,” she said she said she told them.',
      PEOPLE,
    );
    expect(got.map(([text]) => text)).toEqual(['You have beaten some strong crews,']);
  });

  it('keeps an inner report with words of its own', () => {
    const got = listedMarked(
      'Whitlock met her rowers on Monday. “You have beaten some strong crews,” she said she told them to keep rowing.',
      PEOPLE,
    );
    expect(got.map(([text]) => text)).toContain('she told them to keep rowing');
  });
});
