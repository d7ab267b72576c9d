import { describe, expect, it } from 'vitest';
import type { Mention } from '../../model/index.js';
import { MentionsByStart, mentionsByEnd } from './mentions-at.js';

const mention = (text: string, body: string, from = 0): Mention => {
  const start = body.indexOf(text, from);
  return { start, end: start + text.length, text, type: 'person', entity: text, roles: [] };
};

/** What the finder held before: Maps filled as buildSpeakerIndex filled them. */
const asMaps = (sorted: Mention[]) => {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of sorted) {
    if (!byStart.has(m.start)) byStart.set(m.start, m);
    byEnd.set(m.end, m);
  }
  return { byStart, byEnd };
};

const expectSameAsMaps = (body: string, sorted: Mention[]) => {
  const { byStart, byEnd } = asMaps(sorted);
  const starts = new MentionsByStart(sorted);
  const ends = mentionsByEnd(sorted);
  for (let pos = -1; pos <= body.length + 1; pos++) {
    expect(starts.get(pos)).toBe(byStart.get(pos));
    expect(starts.has(pos)).toBe(byStart.has(pos));
    expect(ends.get(pos)).toBe(byEnd.get(pos));
    expect(ends.has(pos)).toBe(byEnd.has(pos));
  }
};

describe('mentions by offset', () => {
  it('finds the mention starting or ending at an offset, and none elsewhere', () => {
    const body = 'Sen. Ted Cruz told Fox News that Donald Trump was wrong, Cruz said.';
    const sorted = ['Ted Cruz', 'Fox News', 'Donald Trump', 'Cruz'].map((t, i, all) =>
      mention(t, body, i > 0 ? body.indexOf(all[i - 1]) + all[i - 1].length : 0),
    );
    expectSameAsMaps(body, sorted);
    expect(new MentionsByStart(sorted).get(body.indexOf('Donald'))?.text).toBe('Donald Trump');
    expect(mentionsByEnd(sorted).get(body.indexOf(' was'))?.text).toBe('Donald Trump');
  });

  it('keeps the first mention at a shared start and the last at a shared end, as the Maps did', () => {
    const body = 'the White House press secretary Sarah Sanders said';
    const house = mention('White House', body);
    const whole = mention('White House press secretary Sarah Sanders', body);
    const sanders = mention('Sarah Sanders', body);
    const sarah = { ...sanders, text: 'Sanders', start: sanders.start + 6 };
    // Nested and overlapping mentions: ends no longer ascend with the starts.
    expectSameAsMaps(body, [house, whole, sanders, sarah]);
    expectSameAsMaps(body, [whole, house, sanders]);
    expectSameAsMaps(body, []);
  });
});
