import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Empty speakers on PolNeAR (issue #5): "former Hewlett-Packard CEO and presidential candidate Carly Fiorina opened
// up on Twitter, reminding …" was read with no speaker, the "and" between two titles making the phrase look like two
// people (attribute/titled-names.ts).
const SPECS = [
  personSpec('cf', 'Carla Finn', 'Finn'),
  personSpec('dh', 'Dan Holt', 'Holt'),
  orgSpec('ac', 'Acme'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, SPECS).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a name after two titles joined by "and"', () => {
  it('is who spoke', () => {
    const body =
      'In response to the speech, former Acme CEO and presidential candidate Carla Finn opened up on Twitter, ' +
      'reminding voters of his worst statements.';
    expect(speakerOf(body, 'voters of his worst')).toBe('Carla Finn');
  });

  it('is not the second of two people joined by "and"', () => {
    const body =
      'In response to the speech, Dan Holt and presidential candidate Carla Finn opened up on Twitter, ' +
      'reminding voters of his worst statements.';
    expect(speakerOf(body, 'voters of his worst')).not.toBe('Carla Finn');
  });
});
