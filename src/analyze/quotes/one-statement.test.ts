import { describe, expect, it } from 'vitest';
import { attributionsRead, type EntitySpec } from './test-helpers.js';

// One statement given twice, or words credited to the wrong voice, inside what a speaker is reported to say
// (issue #5, precision; PolNeAR marks one attribution in each case). Each on a sentence as an outlet wrote it.

/** Each attribution's kind, speaker, cue as written and text. */
const read = attributionsRead;

const PEOPLE: EntitySpec[] = [
  { id: 'h', name: 'Jon Husted', type: 'person', forms: ['Jon Husted', 'Husted'] },
  { id: 'b', name: 'Tom Bryne', type: 'person', forms: ['Tom Bryne', 'Bryne'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  { id: 'c', name: 'Ted Cruz', type: 'person', forms: ['Ted Cruz', 'Cruz'] },
  { id: 'r', name: 'Tomás Regalado', type: 'person', forms: ['Tomás Regalado', 'Mr. Regalado', 'Regalado'] },
  { id: 'p', name: 'Mike Pence', type: 'person', forms: ['Mike Pence', 'Pence'] },
  { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
  { id: 'm', name: 'Claire McCaskill', type: 'person', forms: ['Claire McCaskill', 'McCaskill'] },
  { id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
  { id: 'k', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
  { id: 'f', name: 'Paul Manafort', type: 'person', forms: ['Paul Manafort', 'Manafort'] },
  { id: 'l', name: 'Marcel Lazar', type: 'person', forms: ['Marcel Lazar', 'Lazar'] },
];

describe('a verb that leads into the saying of a quotation', () => {
  it('gives one quote, not a paraphrase too ("Husted continued by saying, “…”")', () => {
    const body =
      'Husted continued by saying, “We will appeal this decision because we need clarity from the Supreme Court.”';
    const got = read(body, PEOPLE);
    expect(got.map((a) => [a.kind, a.speaker])).toEqual([['direct', 'Jon Husted']]);
  });

  it('gives one quote for "went on to say" ("Bryne went on to say, “…”")', () => {
    const body =
      'Bryne went on to say, “From the bottom of my soul, I know this to be true about her leadership style.”';
    const got = read(body, PEOPLE);
    expect(got.map((a) => [a.kind, a.speaker])).toEqual([['direct', 'Tom Bryne']]);
  });

  it('keeps a paraphrase and the quotation added to it ("said the ruling was wrong, adding, “…”")', () => {
    const body =
      'Husted said the ruling was wrong, adding, “We will appeal this decision because we need clarity from the ' +
      'Supreme Court.”';
    expect(read(body, PEOPLE).map((a) => [a.kind, a.cue])).toEqual([
      ['indirect', 'said'],
      ['direct', 'adding'],
    ]);
  });
});

describe('a partial quote at a stance word inside another speaker’s paraphrase', () => {
  it('holds the outer speaker’s words ("McCaskill said Sanders has pushed her to be a “stronger” … candidate")', () => {
    const body =
      'Speaking later on the same show, Sen. Claire McCaskill, who has endorsed Clinton, said Sanders has pushed ' +
      'the former secretary of state to be a "stronger" and "more aggressive" candidate.';
    const got = read(body, PEOPLE);
    expect(got.filter((a) => a.kind === 'partial')).toEqual([]);
    expect(got.map((a) => a.cue)).toContain('said');
  });

  it('holds the outer speaker’s words ("arguing that Mr. Trump was now focused on a “geographic suspension”")', () => {
    const body =
      'Paul Manafort spoke on Sunday. He attempted to distance Mr. Trump from his plan for banning Muslims, ' +
      'arguing that Mr. Trump was now ' +
      "focused on a ''geographic suspension'' of immigration, rather than one based on religion.";
    expect(read(body, PEOPLE).filter((a) => a.speaker === 'Donald Trump')).toEqual([]);
  });

  it('holds the outer speaker’s words ("Mr. Regalado said, Mr. Trump is seen as “a bully”")', () => {
    const body =
      "In Miami, Mr. Regalado said, Mr. Trump is seen as ''a bully, as a person who despises people that don't " +
      "look like him.''";
    const got = read(body, PEOPLE);
    expect(got.filter((a) => a.speaker === 'Donald Trump')).toEqual([]);
  });

  it('stays the noun’s owner’s words ("Trump’s claim that Obama “founded ISIS”")', () => {
    const body =
      'Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President ' +
      'Barack Obama “founded ISIS,” saying they were nitpicking.';
    expect(read(body, PEOPLE).some((a) => a.text.startsWith('founded ISIS'))).toBe(true);
  });
});

describe('a report whose subject opens a "that" clause of another speaker’s paraphrase', () => {
  it('is part of that paraphrase ("Cruz said CNN had tweeted … and that Bash had mentioned it")', () => {
    const body =
      'Cruz said CNN had tweeted that Carson was taking a break from the campaign and that Bash had mentioned it ' +
      'on television.';
    expect(read(body, PEOPLE).map((a) => a.cue)).toEqual(['said']);
  });

  it('is part of that paraphrase ("confirmations … and that he knew the rights he was giving up")', () => {
    const body =
      'In court, Marcel Lazar offered only short confirmations that he was pleading guilty voluntarily and that he ' +
      'knew the rights he was giving up.';
    expect(read(body, PEOPLE).filter((a) => a.cue === 'knew')).toEqual([]);
  });

  it('stays a report of its own inside an unnamed speaker’s paraphrase ("prosecutors alleged that …")', () => {
    const body =
      'Prosecutors alleged that Noel and Thomas both acknowledged to supervisors that they had not made their ' +
      'required checks.';
    expect(read(body, PEOPLE).map((a) => a.cue)).toContain('acknowledged');
  });

  it('stays a report of its own in a relative clause ("a rule change that he said would make it harder")', () => {
    const body =
      'Cruz accused his own party of a breach of trust in trying to block a rule change that he said would make ' +
      'it harder to reopen the nomination fight.';
    expect(read(body, PEOPLE).map((a) => a.cue)).toEqual(['accused', 'said']);
  });
});
