import { describe, expect, it } from 'vitest';
import { attributionsMarked, listedMarked, personSpec as person } from './test-helpers.js';

// span58 (issue #5): "Teachers chanted, «“Fund our schools,” and … signs with sayings …»" (a real page) listed a
// quotation set off by a comma together with the writer's sentence after its closing mark. Invented sentences.

const WHITLOCK = [person('w', 'Dana Whitlock', 'Whitlock')];
const listed = (body: string): string[] => listedMarked(body, WHITLOCK).map(([text]) => text);

describe('a quotation set off by a comma after its cue, with the writer’s words after it', () => {
  it('is listed alone, not run on into the rest of the sentence', () => {
    const body =
      'Nurses chanted, “Safe staff now,” and “Patients first,” as hundreds of them lined the steps of the capitol, many holding signs with slogans such as, “More nurses, fewer forms.”';
    const got = listed(body);
    expect(got.filter((t) => t.includes('as hundreds of them'))).toEqual([]);
    expect(got).toContain('Safe staff now,');
  });

  it('keeps the speaker on the quotation, and the scored content as it was', () => {
    const body =
      'Whitlock said, “We will not close the pier,” and the council voted to keep it open for another year.';
    expect(listedMarked(body, WHITLOCK)).toEqual([['We will not close the pier,', 'Dana Whitlock']]);
    expect(attributionsMarked(body, WHITLOCK).map((a) => a.text)).toContain(
      '“We will not close the pier,” and the council voted to keep it open for another year',
    );
  });

  it('leaves a paraphrase that only holds a quotation inside it', () => {
    const body = 'Whitlock said the council would “never close the pier” while she is mayor.';
    expect(listed(body)).toContain('the council would “never close the pier” while she is mayor');
  });
});

describe('a longer quotation in the writer’s run-on, listed nowhere else', () => {
  it('is listed on its own, credited to no one', () => {
    const body =
      'Nurses chanted, “Safe staff now,” as hundreds lined the steps, many holding signs with slogans such as, “Fewer Forms, More Nurses at Every Bed.”';
    expect(listedMarked(body, WHITLOCK)).toEqual([
      ['Safe staff now,', null],
      ['Fewer Forms, More Nurses at Every Bed.', null],
    ]);
  });
});

describe('a sentence broken by its tag', () => {
  it('stays one quote when its second piece opens with a quotation', () => {
    const body =
      'These and other harbor records, the auditors said, “all point the same way” that the fund was empty by spring.';
    const got = listed(body);
    expect(got).not.toContain('These and other harbor records');
  });
});

describe('a second cue after the closing mark', () => {
  it('keeps the run-on, the speaker’s own paraphrase going on ("“…,” adding that …")', () => {
    const body =
      'Whitlock said, “The pier fund was healthy when the council took it over,” adding that its balance doubled within a year.';
    expect(listed(body).some((t) => t.includes('adding that its balance doubled'))).toBe(true);
  });
});
