import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../store/types.js';
import { groupBySpeaker } from './speakers.js';

const quote = (id: string, speaker: string | null, speaker_entity: string | null = null): QuoteRecord => ({
  id,
  article: 'a1',
  text: `quote ${id}`,
  kind: 'direct',
  speaker,
  speaker_entity,
  via: null,
  start: 0,
  end: 1,
});

describe('groupBySpeaker', () => {
  it('groups an unresolved label however its apostrophes, case and article are written', () => {
    const groups = groupBySpeaker([
      quote('1', 'Clinton’s campaign'),
      quote('2', "Clinton's campaign"),
      quote('3', 'The Trump campaign'),
      quote('4', 'Trump  campaign'),
      quote('5', 'Putin', 'p-putin'),
      quote('6', null),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Clinton’s campaign', 2],
      ['The Trump campaign', 2],
      ['Putin', 1],
      [null, 1],
    ]);
  });

  it('lists one speaker once when the articles of a story resolve the same name to other entities or to none', () => {
    const groups = groupBySpeaker([
      quote('1', 'Marla Quint', 'e-person'),
      quote('2', 'Marla Quint', 'e-organization'),
      quote('3', 'Marla Quint'),
      quote('4', 'Quint', 'e-person'),
      quote('5', 'Orbex Labs'),
      quote('6', 'Orbex Labs', 'e-orbex'),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Marla Quint', 4],
      ['Orbex Labs', 2],
    ]);
  });
});
