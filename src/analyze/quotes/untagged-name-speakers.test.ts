import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): a name the tagger missed ("April …": a month as its first word) that heads the subject,
// set off from the cue by an apposition ("…, a spokeswoman for the board, said"), speaks as written
// (attribute/speakers.ts, untaggedNameBeforeCue). The people listed here are the only ones tagged.
const PEOPLE = [personSpec('mv', 'Mara Voss', 'Voss')];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('an untagged name before its apposition and the cue speaks', () => {
  it('a spokeswoman for a board', () => {
    const body =
      'The seawall vote was delayed again.\n\nApril Dunne, a spokeswoman for the harbor board, said in a statement ' +
      'that the seawall would open in May.';
    expect(speakerOf(body, 'that the seawall would open')).toBe('April Dunne');
  });

  it('not a phrase that opens with an article', () => {
    const body =
      'The seawall vote was delayed again.\n\nThe Harbor Board, a body of five appointed members, said in a ' +
      'statement that the seawall would open in May.';
    expect(speakerOf(body, 'that the seawall would open')).not.toBe('The Harbor Board');
  });
});
