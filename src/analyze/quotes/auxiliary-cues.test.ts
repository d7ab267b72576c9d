import { describe, expect, it } from 'vitest';
import { auxiliaryOpensNoFrame } from './attribute/auxiliary-threshold.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// The learned detector's auxiliary ("has made no secret of …") opens a frame at a lower score than other words do
// (recall32, issue #5): PolNeAR marks the whole verb group as the cue. Sentences from PolNeAR train and dev.
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});

describe('a stance after an auxiliary the detector reads less surely (recall32)', () => {
  it('"has made no secret of …" reports its object', () => {
    const body =
      "Emanuel has made no secret of his frustration with the movie's title, which echoes the bloody, factional " +
      'fighting in Iraq.';
    expect(attributionsMarked(body, [person('re', 'Rahm Emanuel', ['Emanuel'])])).toContainEqual({
      text: "made no secret of his frustration with the movie's title, which echoes the bloody, factional fighting in Iraq",
      speaker: 'Rahm Emanuel',
    });
  });

  it('"has made veiled references to …" reports its object', () => {
    const body =
      "Cruz has made veiled references to Rubio's spotty Senate voting record and his support for the immigration bill.";
    const specs = [person('tc', 'Ted Cruz', ['Cruz']), person('mr', 'Marco Rubio', ['Rubio'])];
    expect(attributionsMarked(body, specs)).toContainEqual({
      text: "made veiled references to Rubio's spotty Senate voting record and his support for the immigration bill",
      speaker: 'Ted Cruz',
    });
  });

  it('"has also implored …" reports its object', () => {
    const body =
      'State party chairman John Burton has also implored state party delegates to unite and focus on Trump.';
    const specs = [person('jb', 'John Burton', ['John Burton']), person('dt', 'Donald Trump', ['Trump'])];
    expect(attributionsMarked(body, specs)).toContainEqual({
      text: 'also implored state party delegates to unite and focus on Trump',
      speaker: 'John Burton',
    });
  });

  it('is not read at a passive ("has been mocked by Trump": Clinton said nothing)', () => {
    const body = 'Clinton has been mocked by Trump already as a script-addicted, overly prepared debater.';
    const specs = [person('hc', 'Hillary Clinton', ['Clinton']), person('dt', 'Donald Trump', ['Trump'])];
    const said = attributionsMarked(body, specs);
    expect(said.filter((a) => a.speaker === 'Hillary Clinton')).toEqual([]);
  });

  it('is still no statement where the detector sees none ("has played golf …")', () => {
    const body = 'The senator has played golf with donors every weekend since March.';
    expect(attributionsMarked(body, [])).toEqual([]);
  });
});

describe('a cleft\'s "it" (recall32)', () => {
  it('stands for nobody, not for the body that spoke before ("It is this vision … that Clinton is tying …")', () => {
    const body =
      'And so, committed Democrats have been fighting about Obama ever since he entered office. Obama will ' +
      'probably be remembered by historians as a liberal champion. It is this vision of Obama that Clinton is ' +
      'tying her own image to, attempting to present Sanders as a traitor to the cause.';
    const specs: EntitySpec[] = [
      { id: 'dem', name: 'Democrats', type: 'organization', forms: ['Democrats'] },
      person('bo', 'Barack Obama', ['Obama']),
      person('hc', 'Hillary Clinton', ['Clinton']),
      person('bs', 'Bernie Sanders', ['Sanders']),
    ];
    const said = attributionsMarked(body, specs);
    expect(said.filter((a) => a.text.startsWith('to present Sanders') && a.speaker === 'Democrats')).toEqual(
      [],
    );
  });
});

describe('auxiliaries the learned detector opens no frame at', () => {
  const at = (text: string, word: string) =>
    auxiliaryOpensNoFrame(text, word, text.indexOf(word) + word.length);

  it('"be" before a participle: a passive whose subject is seen or named, not a speaker', () => {
    expect(at('He is widely viewed as a moderate.', 'is')).toBe(true);
    expect(at('Mayer was named chairman in May.', 'was')).toBe(true);
    expect(at('The risk is that rates rise.', 'is')).toBe(false);
  });

  it('"have" as a main verb, not before a participle', () => {
    expect(at('Both leaders have reasons to worry.', 'have')).toBe(true);
    expect(at('Doe has made veiled references to the deal.', 'has')).toBe(false);
  });
});
