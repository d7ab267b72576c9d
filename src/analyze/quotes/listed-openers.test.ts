import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// A word that opens a listed two-word cue ("spoke" of "spoke about", "made" of "made clear") and that the learned
// detector is asked about: where the listed second word is not there, the detector reads the word as it reads any
// word the lists do not know (attribute/scan.ts, ScanWord.asked). Before, the word was passed over unread.
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const ROE = person('roe', 'Mary Roe', ['Mary Roe', 'Roe']);
const DOE = person('doe', 'Jane Doe', ['Jane Doe', 'Doe']);

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
      'The festival opened on Friday. The author Mary Roe made a case for reading poets from every corner of the world.';
    expect(framesOf(body, [ROE])).toContainEqual({
      cue: 'made',
      speaker: 'Mary Roe',
      text: 'a case for reading poets from every corner of the world',
    });
  });

  it('reports past an adverb', () => {
    const body =
      'The shop closed last week. Jane Doe spoke briefly about the closing of her family bakery in 2009.';
    expect(framesOf(body, [DOE]).map((f) => [f.cue, f.speaker])).toContainEqual(['spoke', 'Jane Doe']);
  });

  it('leaves the listed two-word cue as it was', () => {
    const body = 'The shop closed last week. Jane Doe spoke about the closing of her family bakery in 2009.';
    expect(framesOf(body, [DOE]).map((f) => [f.cue, f.speaker])).toEqual([['spoke about', 'Jane Doe']]);
  });
});
