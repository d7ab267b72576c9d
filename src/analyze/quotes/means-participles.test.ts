import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, personSpec } from './test-helpers.js';

// A participle after "by" (or opening the sentence after "In") tells how the main clause's subject acted, so that
// subject says what follows it (listed41, issue #5). Invented sentences.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a participle after "by" or an opening "In" (means)', () => {
  it('takes the pronoun opening the main clause ("She pitched herself … by telling …")', () => {
    const body =
      'She pitched herself to the farmers of the county by telling them that their harvests would double within two years.';
    expect(contents(body)).toContainEqual('that their harvests would double within two years');
  });

  it('takes a phrase that names nobody ("The new governor started off by emphasizing …")', () => {
    const body =
      'The new governor started off by emphasizing fairness and the need to repair the old bridges.';
    expect(contents(body)).toContainEqual('fairness and the need to repair the old bridges');
  });

  it('takes the person after an opening "In" and its participle ("In defending …, Olsen said …")', () => {
    const body = 'In defending his record on trade, Mark Olsen said the plant would reopen next spring.';
    expect(attributionsMarked(body, [personSpec('mo', 'Mark Olsen', 'Olsen')])).toContainEqual({
      text: 'his record on trade',
      speaker: 'Mark Olsen',
    });
  });
});
