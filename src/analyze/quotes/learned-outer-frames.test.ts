import { describe, expect, it } from 'vitest';
import { findAttributions, findQuotes } from './index.js';
import { type EntitySpec, markEntities, personSpec } from './test-helpers.js';

// A frame the learned detector finds around a listed one ("rebuked Mr. Kerr for suggesting that …", "issued a statement
// saying …"): PolNeAR marks the outer frame, so it is kept rather than dropped as a repeat of the listed frame
// (recall49); who-said-what still lists the inner paraphrase where the outer content is no statement. Invented
// sentences.
const PEOPLE: EntitySpec[] = [
  personSpec('em', 'Elena Moreno', 'Moreno'),
  personSpec('dk', 'Daniel Kerr', 'Kerr'),
];

/** Each attribution's text, its cue's words and its speaker, as the benchmark reads them. */
function attributions(body: string): [string, string | null, string | null][] {
  const { mentions, entities } = markEntities(body, PEOPLE);
  return findAttributions(body, mentions, entities).attributions.map((a) => [
    a.text,
    a.cue ? body.slice(a.cue.start, a.cue.end) : null,
    a.speaker,
  ]);
}

/** The texts who-said-what lists. */
function listed(body: string): string[] {
  const { mentions, entities } = markEntities(body, PEOPLE);
  return findQuotes({ body, sentences: [], mentions, entities }).quotes.map((q) => q.text);
}

describe('a learned frame around a listed one (recall49)', () => {
  it('is kept when the listed frame’s subject lies inside its content', () => {
    const body =
      'Elena Moreno rebuked Mr. Kerr for suggesting that the harbour fund had been spent on consultants.';
    expect(attributions(body)).toEqual([
      [
        'Mr. Kerr for suggesting that the harbour fund had been spent on consultants',
        'rebuked',
        'Elena Moreno',
      ],
    ]);
  });

  it('is kept when the listed participle borrows its subject ("issued a statement saying")', () => {
    const body = 'Elena Moreno issued a statement saying that the harbour fund would reopen in May.';
    expect(attributions(body)).toEqual([
      ['a statement saying that the harbour fund would reopen in May', 'issued', 'Elena Moreno'],
    ]);
  });

  it('leaves who-said-what the inner paraphrase when the outer content is no statement', () => {
    const body = 'Elena Moreno vented about Daniel Kerr vowing to keep the ferry fares high.';
    expect(attributions(body).map(([, cue]) => cue)).toEqual(['vented']);
    expect(listed(body)).toEqual(['to keep the ferry fares high']);
  });

  it('yields to the listed frame across "and", or when only adverbs or "to" stand between', () => {
    for (const body of [
      'Elena Moreno issued a warning and said that the harbour fund would close in May.',
      'Elena Moreno has also said that the harbour fund would close in May.',
      'Elena Moreno tried to suggest that the harbour fund would close in May.',
    ])
      expect(attributions(body)).toEqual([
        ['that the harbour fund would close in May', expect.any(String), 'Elena Moreno'],
      ]);
  });
});
