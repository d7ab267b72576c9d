import { describe, expect, it } from 'vitest';
import { describedSpeaker } from './described.js';
import { attributionsMarked } from './test-helpers.js';

// Named speakers (issue #5): a share of people as a poll counts them ("58 percent of Florida Latino voters overall
// said …", "Only about 4 in 10 Republican voters in each state want …") speaks as the people it is a share of,
// described as written (described.ts, with the share read by shares.ts).
describe('a share of people as its speaker', () => {
  it('is the people counted, without the share, its hedge or what the poll adds after them', () => {
    expect(describedSpeaker('61 percent of Ohio Catholic voters overall', true)).toBe('Ohio Catholic voters');
    expect(describedSpeaker('Only about 3 in 10 Democratic voters in each county', true)).toBe(
      'Democratic voters in each county',
    );
    expect(describedSpeaker('Nearly seven in 10 Republican caucusgoers', true)).toBeNull();
    expect(describedSpeaker('Nearly seven in 10 Republican voters', true)).toBe('Republican voters');
    expect(describedSpeaker('about a quarter of Green Party members or fewer', true)).toBe(
      'Green Party members',
    );
    expect(describedSpeaker('Large majorities of Democratic primary voters across six states', true)).toBe(
      'Democratic primary voters across six states',
    );
    expect(describedSpeaker('A growing number of Republican governors', true)).toBe('Republican governors');
    expect(describedSpeaker('Some 48 percent of Mexican-Americans polled', true)).toBe('Mexican-Americans');
    expect(describedSpeaker('Eighty-one percent of Republicans', true)).toBe('Republicans');
  });

  it('names no one when no name is counted, or the name is no people', () => {
    expect(describedSpeaker('58 percent of voters overall', true)).toBeNull();
    expect(describedSpeaker('Nearly half of Texas', true)).toBeNull();
    expect(describedSpeaker('percent of Republicans', false)).toBeNull();
  });

  it('takes people by their group, work or camp as heads', () => {
    expect(describedSpeaker('one Pelosi insider', false)).toBe('Pelosi insider');
    expect(describedSpeaker('many Boeing workers', false)).toBe('Boeing workers');
    expect(describedSpeaker('several Federal Reserve watchers', false)).toBe('Federal Reserve watchers');
    expect(describedSpeaker('Several senior GOP elders', true)).toBe('senior GOP elders');
    expect(describedSpeaker('some Labour Party figures', false)).toBe('Labour Party figures');
    expect(describedSpeaker('one Texas conservative', false)).toBe('Texas conservative');
  });

  it('speaks in an invented poll story', () => {
    const body =
      'The survey was taken last week.\n\nNearly eight in 10 Democratic voters overall said they trusted the ' +
      'count. Some 56 percent of Haitian-Americans polled said the race was “too close to call.”';
    const speakers = attributionsMarked(body, []).map((a) => [a.text.slice(0, 12), a.speaker]);
    expect(speakers).toContainEqual(['they trusted', 'Democratic voters']);
    expect(speakers).toContainEqual(['the race was', 'Haitian-Americans']);
  });
});
