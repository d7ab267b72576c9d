import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec } from './test-helpers.js';

// A modal and "be" before a cue's "-ing" form ("would be praising", "will be urging") is an auxiliary chain like
// "has been urging": the subject before the modal speaks (modal45). Invented sentences; the perfect progressives
// passed before and stay as guards.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Ilse Varga', type: 'person', forms: ['Ilse Varga', 'Varga'] },
  { id: 'm', name: 'Dana Moreno', type: 'person', forms: ['Dana Moreno', 'Moreno'] },
];

const speakers = (body: string) => attributionsRead(body, PEOPLE).map((a) => [a.speaker, a.cue]);

describe('a modal and "be" before an "-ing" cue', () => {
  it.each([
    ['Varga would be praising the new harbour plan at the council meeting.', 'praising'],
    ['Moreno will be urging the board to reopen the ferry terminal next spring.', 'urging'],
    ['Varga could not be warning the mayor about the bridge repairs without new figures.', 'warning'],
    ['Moreno might also be arguing that the harbour levy is unfair to small fishermen.', 'arguing'],
  ])('%s', (body, cue) => {
    expect(speakers(body)).toContainEqual([expect.stringMatching(/Varga|Moreno/), cue]);
  });
});

describe('perfect progressives, already read', () => {
  it.each([
    ['Varga has been praising the new harbour plan since the spring.', 'praising'],
    ['Moreno had been urging the board to reopen the ferry terminal for months.', 'urging'],
  ])('%s', (body, cue) => {
    expect(speakers(body)).toContainEqual([expect.stringMatching(/Varga|Moreno/), cue]);
  });
});
