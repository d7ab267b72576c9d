import { describe, expect, it } from 'vitest';
import { CUE_SOURCE } from '../lexicon.js';
import { mayHoldCue } from './cue-patterns.js';

/** The whole pattern that mayHoldCue answers for, tried from every character. */
const CUE_TEST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:according\\s+to|${CUE_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');

describe('mayHoldCue', () => {
  it('answers as the whole cue pattern, trying it only where a word opens like a cue', () => {
    const texts = [
      'Russia’s Foreign Ministry spokeswoman Maria Zakharova',
      'the senator, who said last week',
      'According to the report',
      'a well-said line',
      'mid-said',
      'resaid',
      'SAID',
      'he doesn’t want',
      'officials told reporters',
      'a saidé',
      'ſaid',
      'the \u212Aelvin report',
      '',
      '"~~~~~~" ',
      'told-',
      'told1',
    ];
    for (const s of texts) expect(mayHoldCue(s), s).toBe(CUE_TEST.test(s));
  });
});
