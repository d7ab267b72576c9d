import { describe, expect, it } from 'vitest';
import { attributionsRead, findQuotesMarked, orgSpec, personSpec } from './test-helpers.js';

// "…, Y said, according to X" / "…, Y said, X reported": the outlet's closing tag reports the whole sentence, so the
// attribution is the outlet's, as PolNeAR marks it, while who-said-what keeps the words as Y's, through X
// (channel-credits.ts). Invented sentences.

const listedWithVia = (body: string, specs: Parameters<typeof findQuotesMarked>[1]) =>
  findQuotesMarked(body, specs).quotes.map((q) => [q.text, q.speaker, q.via]);

const COURIER = orgSpec('g', 'Harbor Gazette');
const QUIST = personSpec('q', 'Mara Quist', 'Quist');

describe('an outlet’s tag closing a sentence that reports someone’s words', () => {
  it('credits the outlet with the attribution after "according to"', () => {
    const body =
      '“We will not close a single branch this year,” Mara Quist said at the meeting, according to the Harbor Gazette.';
    expect(attributionsRead(body, [COURIER, QUIST])).toEqual([
      {
        kind: 'direct',
        speaker: 'Harbor Gazette',
        cue: 'according to',
        text: 'We will not close a single branch this year,',
      },
    ]);
  });

  it('credits the outlet with the attribution after "X reported"', () => {
    const body =
      'Quist told the board that the bank would sell its downtown tower, the Harbor Gazette reported.';
    expect(attributionsRead(body, [COURIER, QUIST]).map((a) => [a.speaker, a.cue])).toEqual([
      ['Harbor Gazette', 'reported'],
    ]);
  });

  it('credits the outlet whose tag closes a quotation after the speaker’s verb', () => {
    const body =
      'Asked about the layoffs, Quist said: “Nobody will lose a job this year,” the Harbor Gazette reported.';
    expect(attributionsRead(body, [COURIER, QUIST]).map((a) => a.speaker)).toContain('Harbor Gazette');
    expect(attributionsRead(body, [COURIER, QUIST]).map((a) => a.speaker)).not.toContain('Mara Quist');
  });

  it('still lists the words as the speaker’s, through the outlet', () => {
    const body =
      '“We will not close a single branch this year,” Mara Quist said at the meeting, according to the Harbor Gazette.';
    expect(listedWithVia(body, [COURIER, QUIST])).toEqual([
      ['We will not close a single branch this year,', 'Mara Quist', 'Harbor Gazette'],
    ]);
  });

  it('leaves the speaker’s credit where a clause set off after the verb may be all the outlet reports', () => {
    const body =
      'Quist says the bank can still win back its customers, whose deposits fell by a third last year, according to the Harbor Gazette.';
    expect(attributionsRead(body, [COURIER, QUIST]).map((a) => a.speaker)).toEqual(['Mara Quist']);
  });

  it('leaves the speaker’s credit where the outlet’s tag is an "as" aside inside the sentence', () => {
    const body =
      'Quist said the bank would sell its downtown tower, since, as the Harbor Gazette reported, it has lost most tenants.';
    const sale = attributionsRead(body, [COURIER, QUIST]).find((a) =>
      a.text.startsWith('the bank would sell'),
    );
    expect(sale?.cue).toBe('said');
  });

  it('leaves a speaker told "in an interview with" an outlet the speaker', () => {
    const body =
      'Quist said in an interview with the Harbor Gazette that the bank would sell its downtown tower.';
    expect(attributionsRead(body, [COURIER, QUIST]).map((a) => a.speaker)).toEqual(['Mara Quist']);
  });
});
