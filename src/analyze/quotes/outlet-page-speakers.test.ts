import { describe, expect, it } from 'vitest';
import { listedMarked as listed, orgSpec, personSpec } from './test-helpers.js';

// Who said what on news pages no benchmark scores (the article-extraction set's IndieWire, Slate, Quanta,
// The Space Review, SpaceNews pages): each case is an invented sentence built the way the outlet wrote its own.

const person = personSpec;
const org = orgSpec;

describe('a trailing participle after a clause joined by ", but"', () => {
  const specs = [org('nasa', 'NASA'), org('lb', 'LunarBox'), org('ms', 'Moonship')];

  it('goes on from that clause’s subject, not the sentence’s opening (SpaceNews: "…, but OrbitBeyond canceled …, citing …")', () => {
    const body =
      'In June, NASA gave contracts to LunarBox and Moonship for small landers, but Moonship dropped its contract ' +
      'a month later, citing a shortage of engineers.';
    expect(listed(body, specs)).toEqual([['a shortage of engineers', 'Moonship']]);
  });

  it('still goes on from the opening subject with no joined clause', () => {
    const body = 'In June, NASA dropped two of its lander contracts, citing a shortage of engineers.';
    expect(listed(body, specs)).toEqual([['a shortage of engineers', 'NASA']]);
  });
});

describe('"she said" after a sentence whose main clause opens with "she"', () => {
  it('looks back past it to the person named before (IndieWire: "And despite …, she was more nervous …")', () => {
    const body =
      'As it happened, Okafor had spent years chasing a place in the orchestra. And despite the praise her ' +
      'teachers gave her, she was more anxious about the audition than Rita Lane has ever been. “It was ' +
      'frightening,” she said.';
    const specs = [person('o', 'Okafor'), person('r', 'Rita Lane')];
    expect(listed(body, specs)).toEqual([['It was frightening,', 'Okafor']]);
  });
});

describe('"she" after a sentence that names one woman, though not as its subject', () => {
  const specs = [person('w', 'Walter Pike', 'Pike'), person('j', 'Joan Marsh'), person('k', 'Karen Bell')];

  it('is that woman (Slate: "When Ford visited his editor Teresa …, he would …. “…,” she recalled")', () => {
    const body =
      'When Walter Pike visited his agent Joan Marsh at her office, he would leave small drawings on her desk. ' +
      '“He never came empty-handed,” she recalled.';
    expect(listed(body, specs)).toEqual([['He never came empty-handed,', 'Joan Marsh']]);
  });

  it('is nobody when the sentence names two women', () => {
    const body =
      'When Walter Pike visited Joan Marsh and Karen Bell at their office, he would leave small drawings. ' +
      '“He never came empty-handed,” she recalled.';
    expect(listed(body, specs)).toEqual([['He never came empty-handed,', null]]);
  });

  it('is not a name in a sentence that opens on a description (Breitbart: "The radio talker … for Cruz. He has …")', () => {
    const body =
      'The talk show host has filled his speeches for Walter Pike with religious imagery. He has called Pike ' +
      '“a man raised for these times.”';
    expect(listed(body, specs).map(([, speaker]) => speaker)).not.toContain('Walter Pike');
  });
});

describe('a quotation after a sentence whose tag sits inside it', () => {
  it('goes on in that speaker’s voice (Quanta: "The tuft cell, Herbert said, is constantly sensing …. “…”")', () => {
    const body =
      'The new sensor, Dana Cole said, is constantly sampling the air in the room. “Once something is off, it ' +
      'raises the alarm within seconds.”';
    expect(listed(body, [person('d', 'Dana Cole')])).toEqual([
      ['The new sensor, Dana Cole said, is constantly sampling the air in the room', 'Dana Cole'],
      ['Once something is off, it raises the alarm within seconds.', 'Dana Cole'],
    ]);
  });
});

describe('"wrote" in a clause on a written thing, before "was"', () => {
  it('opens no frame: the quotation is the reporting speaker’s (Slate: "the letter Mike wrote was “kind and loving.”")', () => {
    const body =
      'Nora Vance added that before their father died, he and Tom had written to each other, and the letter Tom ' +
      'wrote was “warm and generous.”';
    const specs = [person('n', 'Nora Vance', 'Nora'), person('t', 'Tom')];
    expect(listed(body, specs)).toContainEqual(['warm and generous.', 'Nora Vance']);
    expect(listed(body, specs).map(([, speaker]) => speaker)).not.toContain('Tom');
  });
});

describe('a figure a player "posted"', () => {
  it('is no statement ("He posted an elite 93.2 defensive grade")', () => {
    const body = 'Joe Stone led the defense. He posted an elite 93.2 defensive grade and two interceptions.';
    expect(listed(body, [person('j', 'Joe Stone')])).toEqual([]);
  });

  it('leaves a posted message with words', () => {
    const body = 'Joe Stone posted a message on Twitter saying he would be back next season.';
    expect(listed(body, [person('j', 'Joe Stone')]).map(([, speaker]) => speaker)).toContain('Joe Stone');
  });
});
