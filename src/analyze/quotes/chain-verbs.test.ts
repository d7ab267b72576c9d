import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Words of wish, need, likelihood and ability before "to" lead to the cue after them, whose subject is theirs
// (listed41, issue #5). Invented sentences.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a cue after "would like to", "more likely to" and the like', () => {
  it('takes the subject of "would like to" ("Marta Quill would like to see …")', () => {
    const body = 'Marta Quill would like to see the old factory turned into a public park.';
    expect(attributionsMarked(body, [personSpec('mq', 'Marta Quill', 'Quill')])).toContainEqual({
      text: 'the old factory turned into a public park',
      speaker: 'Marta Quill',
    });
  });

  it('reports only what follows the cue after "were more likely to"', () => {
    const body = 'Local farmers were more likely to say the new dam had hurt their crops.';
    const found = contents(body);
    expect(found).toContainEqual('the new dam had hurt their crops');
    expect(found).not.toContainEqual('more likely to say the new dam had hurt their crops');
  });
});

describe('a cue after the plain present of "continue to", "begin to", "try to" (named47)', () => {
  it('takes the subject of "continue to" ("… continue to warn that …")', () => {
    const body = 'Marta Quill and Owen Tarr continue to warn that the old dam could fail in a heavy storm.';
    const specs = [personSpec('mq', 'Marta Quill', 'Quill'), personSpec('ot', 'Owen Tarr', 'Tarr')];
    expect(attributionsMarked(body, specs)).toContainEqual({
      text: 'that the old dam could fail in a heavy storm',
      speaker: 'Marta Quill and Owen Tarr',
    });
  });

  it('reports only what follows the cue after "continue to"', () => {
    const found = contents('Local polls continue to show that the new dam is unpopular with farmers.');
    expect(found).toContainEqual('that the new dam is unpopular with farmers');
    expect(found).not.toContainEqual('to show that the new dam is unpopular with farmers');
  });
});
