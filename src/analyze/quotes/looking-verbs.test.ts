import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// How someone or something looks or sounds ("The plan looks dead on arrival", "She sounded subdued"): the writer's
// appraisal, its subject part of what is claimed, as with "seems" (span60). Invented sentences.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

const MORENO: EntitySpec[] = [
  { id: 'em', name: 'Elena Moreno', type: 'person', forms: ['Elena Moreno', 'Moreno'] },
];

describe('"looks" and "sounds" followed by how (span60)', () => {
  it('opens the content at the subject before "sounded" + an adjective', () => {
    expect(contents('Moreno sounded subdued in her short speech on Monday night.')).toEqual([
      'Moreno sounded subdued in her short speech on Monday night',
    ]);
  });

  it('takes the whole noun phrase before "looks like"', () => {
    expect(contents('The ferry race increasingly looks like a contest between two towns.')).toEqual([
      'The ferry race increasingly looks like a contest between two towns',
    ]);
  });

  it('names no one for how a named person sounds', () => {
    expect(attributionsMarked('Elena Moreno sounded weary at the harbour board meeting.', MORENO)).toEqual([
      { text: 'Elena Moreno sounded weary at the harbour board meeting', speaker: null },
    ]);
  });

  it('leaves an act after the verb as it was ("sounded the alarm", "looked at")', () => {
    expect(contents('The mayor sounded the alarm over the ferry levy.')).toEqual([
      'the alarm over the ferry levy',
    ]);
    expect(contents('Moreno looked at the tide tables before she spoke.')).toEqual([]);
  });

  it('leaves where one looks and an empty "it" as they were', () => {
    expect(
      attributionsMarked(
        'Elena Moreno looked way past the vote to a summer when the ferries run again.',
        MORENO,
      ),
    ).toEqual([
      { text: 'way past the vote to a summer when the ferries run again', speaker: 'Elena Moreno' },
    ]);
    expect(contents('The mayor spoke with such force that it sounded shrill to the crowd.')).toEqual([
      'shrill to the crowd',
    ]);
  });
});
