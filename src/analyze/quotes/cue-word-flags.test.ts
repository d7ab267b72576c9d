import { describe, expect, it } from 'vitest';
import {
  ADDRESSED_PASSIVE,
  ADMIT,
  APPOINTED_PASSIVE,
  ASK,
  cueWordIs,
  DENY,
  HOPES_OR_FEARS,
  REPORTED_ADVERB,
  SLOGANS_VERB,
  VIEWED_PASSIVE,
} from './attribute/cue-word-flags.js';

describe('cueWordIs: the cue word checks, worked out once a word', () => {
  const cases: [string, number, boolean][] = [
    ['Admitted', ADMIT, true],
    ['asking', ASK, true],
    ['task', ASK, false],
    ['chanted', SLOGANS_VERB, true],
    ['Allegedly', REPORTED_ADVERB, true],
    ['considered as', VIEWED_PASSIVE, true],
    ['considering', VIEWED_PASSIVE, false],
    ['tapped', APPOINTED_PASSIVE, true],
    ['warned', ADDRESSED_PASSIVE, true],
    ['fears', HOPES_OR_FEARS, true],
    ['fearing', HOPES_OR_FEARS, false],
    ['denies', DENY, true],
    ['denial', DENY, false],
  ];
  it.each(cases)('%s', (word, flag, expected) => {
    // Asked twice: the second answer comes from the table.
    expect(cueWordIs(word, flag)).toBe(expected);
    expect(cueWordIs(word, flag)).toBe(expected);
  });
});
