import { describe, expect, it } from 'vitest';
import { type EntitySpec, personSpec, scoredContentsMarked } from './test-helpers.js';

// A relative clause with its object moved to the front ("what X called …", "which X has said was …"): PolNeAR's content
// opens at the relative word; the span, its text and its speaker stay as they were (span47). Invented sentences.
const PEOPLE: EntitySpec[] = [personSpec('em', 'Elena Moreno', 'Moreno')];

/** Each attribution's text, its content as the benchmark reads it, and its speaker. */
const read = (body: string): [string, string, string | null][] =>
  scoredContentsMarked(body, PEOPLE).map((a) => [a.text, a.content, a.speaker]);

describe('the relative word that opens a frame’s clause (span47)', () => {
  it('opens the content at "which" ("which Moreno has repeatedly said was a mistake")', () => {
    expect(read('The council kept the ferry levy, which Moreno has repeatedly said was a mistake.')).toEqual([
      ['was a mistake', 'which Moreno has repeatedly said was a mistake', 'Elena Moreno'],
    ]);
  });

  it('opens it at "what" ("what Moreno says is …", "what Moreno described as …")', () => {
    expect(read('The board studied what Moreno says is a reckless plan for the harbour.')).toEqual([
      [
        'is a reckless plan for the harbour',
        'what Moreno says is a reckless plan for the harbour',
        'Elena Moreno',
      ],
    ]);
    expect(read('The delay came after what Moreno described as a long winter.')).toEqual([
      ['as a long winter', 'what Moreno described as a long winter', 'Elena Moreno'],
    ]);
  });

  it('leaves a preposition’s "which" out ("the meeting at which Moreno argued that …")', () => {
    expect(
      read('Crowds filled the hall for the meeting at which Moreno argued that fares should fall.'),
    ).toEqual([['that fares should fall', 'that fares should fall', 'Elena Moreno']]);
  });
});
