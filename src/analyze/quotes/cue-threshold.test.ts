import { describe, expect, it } from 'vitest';
import { cueModel, cueScore } from './cue-model.js';
import { findAttributions } from './index.js';

// The committed detector's threshold sits 0.25 above the one its trainer picked by per-word F1 on train folds
// (cuereg59): the words scored just above the old threshold were mostly frames at no statement ("must continue
// to work hard", "comes against a backdrop"), and PolNeAR dev pairs a third of the model's picks with no quote.
describe('learned cue detector threshold', () => {
  it('opens no frame at a word scored just above the old threshold', () => {
    const body =
      'The board met on Monday. Clearly, that is something we must continue to work hard to preserve.';
    const at = body.indexOf('continue');
    const m = cueModel()!;
    const score = cueScore(m, body, at, at + 'continue'.length, body.indexOf('Clearly'));
    expect(score).toBeLessThan(m.threshold);
    const { attributions } = findAttributions(body, [], []);
    expect(attributions.map((a) => a.text)).not.toContain('to work hard to preserve');
  });

  it('still opens a frame at a stance verb the word lists do not know', () => {
    const body = 'Clinton dismissed the report as a distraction from the real work of the Senate.';
    const { attributions } = findAttributions(body, [], []);
    expect(attributions.some((a) => a.learnedCue)).toBe(true);
  });
});
