import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec, orgSpec, personSpec } from './test-helpers.js';

// Quotations no verb frame holds whose lead-in still names who speaks (lead-ins.ts; issue #5, named speaker).

const NAMES: EntitySpec[] = [
  personSpec('m', 'Maria Okafor', 'Ms. Okafor', 'Okafor'),
  personSpec('v', 'Victor Lund', 'Lund'),
  personSpec('g', 'Greta Hall', 'Hall'),
  orgSpec('c', 'City Council'),
];

/** The speaker given to the attribution whose text opens with `opening`. */
function speakerOf(body: string, opening: string): string | null | undefined {
  return attributionsRead(body, NAMES).find((a) => a.text.startsWith(opening))?.speaker;
}

describe('a paragraph of quotation after a line that ends on a colon', () => {
  it('is the speaker’s who made the statement the line announces', () => {
    const body =
      'The mill closed its doors on Friday.\n\nOn Saturday, Victor Lund issued the following statement:\n\n' +
      '“We will rebuild the mill and every job it held, whatever the cost may turn out to be.”';
    expect(speakerOf(body, 'We will rebuild')).toBe('Victor Lund');
  });

  it('is the speaker’s named before a verb of speech and its adverbial clause', () => {
    const body =
      'The mill closed its doors on Friday.\n\nAs Greta Hall reported after the owners appear to have left ' +
      'the town with the money in the spring:\n\n' +
      '“Nobody at the mill has been paid since the spring, and nobody expects to be.”';
    expect(speakerOf(body, 'Nobody at the mill')).toBe('Greta Hall');
  });

  it('stays speakerless when the line names its speaker only as a topic', () => {
    const body =
      'The mill closed its doors on Friday.\n\nIt all came down to a blind trust in Lund’s promise:\n\n' +
      '“We will rebuild the mill and every job it held, whatever the cost may turn out to be.”';
    expect(speakerOf(body, 'We will rebuild')).toBeNull();
  });
});

describe('a quotation right after a verb closed by a comma', () => {
  it('is the speaker’s named right before the verb', () => {
    const body =
      'The hearing dragged on for hours. It was so dull that Greta Hall was prompted to say, ' +
      '“I cannot believe how long this meeting has lasted tonight.”';
    expect(speakerOf(body, 'I cannot believe')).toBe('Greta Hall');
  });

  it('stays speakerless when someone else is named between the name and the verb', () => {
    const body =
      'The hearing dragged on for hours. It was so dull that Greta Hall and the chairman of the board joked, ' +
      '“I cannot believe how long this meeting has lasted tonight.”';
    expect(speakerOf(body, 'I cannot believe')).toBeNull();
  });
});

describe('a quotation in a sentence with an "as X put it" aside', () => {
  it('is the speaker’s of the aside, a title before the name and all', () => {
    const body =
      'The budget was cut again. As Ms. Okafor put it in a letter to the board last week, the plan is ' +
      '“a promise nobody intends to keep for very long.”';
    expect(speakerOf(body, 'a promise nobody')).toBe('Maria Okafor');
  });

  it('passes over an appositive set off by commas, a quoted title in it', () => {
    const body =
      'The budget was cut again. As Victor Lund, author of “Small Towns, Big Debts,” put it, ' +
      '“This plan is a promise nobody intends to keep for very long.”';
    expect(speakerOf(body, 'This plan is')).toBe('Victor Lund');
  });
});

describe('a quotation right before an "as X said" aside', () => {
  it('is the speaker’s the aside names, with a phrase of time or place after the verb', () => {
    const body =
      'The mill closed its doors on Friday.\n\nStill, the fact that the vote “is a toss-up right now,” as Greta Hall ' +
      'said on a radio show on Monday, only raises the stakes.';
    expect(speakerOf(body, 'is a toss-up')).toBe('Greta Hall');
  });

  it('stays speakerless when the aside is a clause of its own', () => {
    const body =
      'The mill closed its doors on Friday.\n\nThe owners kept “every last job in the valley,” as Greta Hall said ' +
      'they would, and the town cheered.';
    expect(speakerOf(body, 'every last job')).toBeNull();
  });
});
