import { describe, expect, it } from 'vitest';
import { possessorStart } from './attribute/subject-possessors.js';
import { listedMarked, personSpec as person } from './test-helpers.js';

// span59 (issue #5): a real page listed "China said «it is committed to …, while the city’s police deny accusations
// of brutality and say …»": the police's statement ran on into China's, because the later subject ("police") was
// found without its possessor and the cut at "while" was not seen. Invented sentences.

const PEOPLE = [person('w', 'Dana Whitlock', 'Whitlock'), person('m', 'Elena Moreno', 'Moreno')];
const listed = (body: string): string[] => listedMarked(body, PEOPLE).map(([text]) => text);

describe('a later speaker with a possessor inside an earlier content', () => {
  it('ends the earlier content before "while the town’s police"', () => {
    const got = listed(
      'The ministry said it is committed to the harbor plan, while the town’s police deny accusations of brutality.',
    );
    expect(got).toContain('it is committed to the harbor plan');
    expect(got.filter((t) => t.includes('police deny'))).toEqual([]);
  });

  it('ends it before "but Moreno’s aides say"', () => {
    const got = listed(
      'Whitlock said the pier will reopen in May, but Moreno’s aides say the repairs will take a year.',
    );
    expect(got).toContain('the pier will reopen in May');
    expect(got.filter((t) => t.includes('aides say'))).toEqual([]);
  });

  it('still reports a possessed subject with no conjunction before it', () => {
    expect(listed('Whitlock said the town’s police deny every charge.')).toContain(
      'the town’s police deny every charge',
    );
  });
});

describe('possessorStart', () => {
  it('opens a subject at its possessor', () => {
    const text = 'and then the city’s police';
    expect(possessorStart(text, text.indexOf('police'), 0)).toBe(text.indexOf('the city'));
    const plural = "while the workers' union";
    expect(possessorStart(plural, plural.indexOf('union'), 0)).toBe(plural.indexOf('the workers'));
  });

  it('takes no contraction for a possessor', () => {
    const text = 'said there’s police';
    expect(possessorStart(text, text.indexOf('police'), 0)).toBe(text.indexOf('police'));
  });
});
