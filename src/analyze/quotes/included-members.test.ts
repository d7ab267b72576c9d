import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, orgSpec, personSpec } from './test-helpers.js';

// A nameless group whose aside names its members speaks through them: "Several mayors, including Lopez, said …"
// (attribute/included-members.ts; issue #5, named speaker).

const NAMES: EntitySpec[] = [
  personSpec('l', 'Maria Lopez', 'Lopez'),
  personSpec('k', 'Tom Kessler', 'Kessler'),
  orgSpec('p', 'Springfield Post'),
];

const speakerOf = (body: string, opening: string): string | null | undefined =>
  attributionsRead(body, NAMES).find((a) => a.text.startsWith(opening))?.speaker;

describe('a nameless group with its members named in an aside', () => {
  it('speaks through its one named member ("including")', () => {
    const body =
      'Maria Lopez spoke on Monday. Several mayors, including Lopez, said that the plan to close the mill was dead.';
    expect(speakerOf(body, 'that the plan')).toBe('Maria Lopez');
  });

  it('speaks through a member named with a title, before auxiliaries', () => {
    const body =
      'Maria Lopez spoke on Monday. Most governors, including Governor Maria Lopez, have said that the plan to ' +
      'close the mill was dead.';
    expect(speakerOf(body, 'that the plan')).toBe('Maria Lopez');
  });

  it('speaks through a member set off by dashes, or an organization ("such as")', () => {
    const dashes =
      'Maria Lopez spoke on Monday. Democrats -- including Lopez -- said that the plan to close the mill was dead.';
    expect(speakerOf(dashes, 'that the plan')).toBe('Maria Lopez');
    const outlet =
      'The mill closed. Several newspapers, such as the Springfield Post, reported that the plan to close the ' +
      'mill was dead.';
    expect(speakerOf(outlet, 'that the plan')).toBe('Springfield Post');
  });

  it('speaks through several named members together', () => {
    const body =
      'Maria Lopez and Tom Kessler spoke on Monday. Several mayors, including Lopez and Kessler, said that the ' +
      'plan to close the mill was dead.';
    expect(speakerOf(body, 'that the plan')).toBe('Maria Lopez and Tom Kessler');
  });

  it('speaks through members named after "like"', () => {
    const body =
      'Maria Lopez and Tom Kessler spoke on Monday. Some critics of the plan, like Lopez and Tom Kessler, also ' +
      'argue that the mill should stay open.';
    expect(speakerOf(body, 'that the mill')).toBe('Maria Lopez and Tom Kessler');
  });

  it('is no one when the aside names no one in full', () => {
    const unnamed =
      'Maria Lopez spoke on Monday. Several mayors, including some of her allies, said that the plan to close ' +
      'the mill was dead.';
    expect(speakerOf(unnamed, 'that the plan')).not.toBe('Maria Lopez');
    const compared =
      'Maria Lopez spoke on Monday. Several mayors, like their rivals, said that the plan to close the mill was ' +
      'dead.';
    expect(speakerOf(compared, 'that the plan')).toBeNull();
  });

  it('is not the group an earlier verb takes as its object', () => {
    const body =
      'Tom Kessler spoke on Monday. He has barred several papers, including the Springfield Post, from his ' +
      'events, citing his anger at their headlines.';
    expect(speakerOf(body, 'his anger')).not.toBe('Springfield Post');
  });

  it('leaves a named subject its own ("Kessler, including …" is no group)', () => {
    const body =
      'Maria Lopez spoke on Monday. Tom Kessler, including Lopez in his count, said that the plan to close the ' +
      'mill was dead.';
    expect(speakerOf(body, 'that the plan')).toBe('Tom Kessler');
  });
});
