import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities, orgSpec } from './test-helpers.js';

// A word that opens a listed two-word cue ("made" of "made clear", "voted" of "voted for") and that the learned
// detector is asked about: where the listed second word is not there, the detector reads the word as it reads any
// word the lists do not know (attribute/scan.ts, ScanWord.asked). Before, the word was passed over unread.
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const DOE = person('doe', 'Jane Doe', ['Jane Doe', 'Doe']);
const UNION = orgSpec('union', 'Cedar Valley Teachers Union');

const framesOf = (body: string, specs: EntitySpec[]) => {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : null,
    speaker: a.speaker,
    text: a.text,
  }));
};

describe('the opener of a listed two-word cue, read by the learned detector', () => {
  it('reports when another word follows it', () => {
    const body =
      'The vote is on Tuesday. The Cedar Valley Teachers Union made that argument in letters to the school board over the weekend.';
    expect(framesOf(body, [UNION])).toContainEqual({
      cue: 'made',
      speaker: 'Cedar Valley Teachers Union',
      text: 'that argument in letters to the school board over the weekend',
    });
  });

  it('reports past an adverb', () => {
    const body = 'The bill stalled on Monday. Jane Doe voted yesterday to block the bill in the committee.';
    expect(framesOf(body, [DOE]).map((f) => [f.cue, f.speaker])).toContainEqual(['voted', 'Jane Doe']);
  });

  it('leaves the listed two-word cue as it was', () => {
    const body = 'The shop closed last week. Jane Doe spoke about the closing of her family bakery in 2009.';
    expect(framesOf(body, [DOE]).map((f) => [f.cue, f.speaker])).toEqual([['spoke about', 'Jane Doe']]);
  });

  it('is not read before another preposition than its listed ones', () => {
    const body = 'The dam plan raised concerns among local farmers in the valley this spring.';
    expect(framesOf(body, []).map((f) => f.cue)).not.toContain('concerns');
  });

  it('gives way to the learned word right after it ("made it clear that …")', () => {
    const body = 'The race is close. Jane Doe made it clear that her supporters would not fall in line.';
    expect(framesOf(body, [DOE]).map((f) => [f.text, f.speaker])).toEqual([
      ['that her supporters would not fall in line', 'Jane Doe'],
    ]);
  });
});
