import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5, named58): a participle right after a noun inside a relative clause belongs to that
// clause, not to the main clause's subject ("no speaker is better than a wrong one").
const VARGA = personSpec('lv', 'Lena Varga', 'Varga');
const ORTIZ = personSpec('po', 'Paula Ortiz', 'Ortiz');

const speakerOf = (body: string, opening: string) =>
  attributionsMarked(body, [VARGA, ORTIZ]).find((a) => a.text.startsWith(opening))?.speaker;

describe('a participle after a noun inside a relative clause', () => {
  it('is not the main clause subject’s ("… groups that have released ads accusing …")', () => {
    expect(
      speakerOf(
        'Varga is getting an assist from two outside spending groups that have released online ads accusing Ortiz of lying about the ferry fares.',
        'Ortiz of lying',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        'Varga is getting an assist from two outside spending groups that have released online ads saying Ortiz lied about the ferry fares.',
        'Ortiz lied',
      ),
    ).toBeNull();
  });

  it('is the person the relative clause tells of', () => {
    expect(
      speakerOf(
        'The mayor met Lena Varga who posts short videos accusing Ortiz of lying about the ferry fares.',
        'short videos accusing',
      ),
    ).toBe('Lena Varga');
  });

  it('is the person an apposition before the relative clause describes', () => {
    expect(
      speakerOf(
        '“We will fight on,” said Paula Ortiz, a harbor lawyer who has filed many of the suits challenging the fare rules and whose firm represents Varga.',
        'the fare rules',
      ),
    ).toBe('Paula Ortiz');
  });

  it('still belongs to the main subject after a comma', () => {
    expect(
      speakerOf(
        'Varga spoke to the dockworkers that had released a letter on Monday, urging the harbor board to cut the fares.',
        'the harbor board to cut',
      ),
    ).toBe('Lena Varga');
  });
});
