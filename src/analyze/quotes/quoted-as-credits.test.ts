import { describe, expect, it } from 'vitest';
import {
  attributionsRead,
  findQuotesMarked,
  orgSpec,
  personSpec,
  scoredContentsMarked,
} from './test-helpers.js';

// "X quoted Y as saying …": PolNeAR credits X, the one quoting, with the attribution, its content opening at Y,
// while who-said-what keeps the words as Y's, through X (quotedAsSaying in attribute/cue.ts, channel-credits.ts).
// Invented sentences.

const GAZETTE = orgSpec('g', 'Harbor Gazette');
const QUIST = personSpec('q', 'Mara Quist', 'Quist');

const credited = (body: string, specs: Parameters<typeof findQuotesMarked>[1]) =>
  attributionsRead(body, specs).map((a) => [a.speaker, a.cue]);

/** Each attribution's content as the benchmark scores it (contentSpan). */
const scoredContents = (body: string, specs: Parameters<typeof findQuotesMarked>[1]) =>
  scoredContentsMarked(body, specs).map((a) => a.content);

describe('"X quoted Y as saying …"', () => {
  it('credits the one quoting with the attribution of a named speaker', () => {
    const body =
      'The Harbor Gazette quoted Mara Quist as saying that the bank would sell its downtown tower.';
    expect(credited(body, [GAZETTE, QUIST])).toEqual([['Harbor Gazette', 'quoted']]);
  });

  it('credits the one quoting when the one quoted is unnamed', () => {
    const body =
      'The Harbor Gazette quoted a senior bank official as saying the tower would be sold by spring.';
    expect(credited(body, [GAZETTE])).toEqual([['Harbor Gazette', 'quoted']]);
  });

  it('reads an object the subject search names no one in as the one quoted', () => {
    const body =
      'The Harbor Gazette quoted one of Quist’s deputies as saying the tower would be sold by spring.';
    expect(credited(body, [GAZETTE, QUIST])).toEqual([['Harbor Gazette', 'quoted']]);
  });

  it('opens the content at the one quoted, as PolNeAR marks it, but a quotation at its mark', () => {
    const body =
      'The Harbor Gazette quoted Mara Quist as saying that the bank would sell its downtown tower.';
    expect(scoredContents(body, [GAZETTE, QUIST])).toEqual([
      'Mara Quist as saying that the bank would sell its downtown tower',
    ]);
    const quotation =
      'The Harbor Gazette quoted Mara Quist as saying “We will sell the downtown tower by spring.”';
    expect(scoredContents(quotation, [GAZETTE, QUIST])).toEqual([
      '“We will sell the downtown tower by spring.”',
    ]);
  });

  it('still lists the words as the one quoted’s, through the one quoting', () => {
    const body =
      'The Harbor Gazette quoted Mara Quist as saying that the bank would sell its downtown tower.';
    expect(findQuotesMarked(body, [GAZETTE, QUIST]).quotes.map((q) => [q.text, q.speaker, q.via])).toEqual([
      ['that the bank would sell its downtown tower', 'Mara Quist', 'Harbor Gazette'],
    ]);
  });

  it('reads "as telling" and "as writing" as "as saying": the one quoted speaks, through the one quoting', () => {
    const telling = 'The Harbor Gazette quoted Mara Quist as telling staff that no branch would close.';
    const writing = 'The Harbor Gazette quoted Mara Quist as writing that the bank had lost its way.';
    for (const body of [telling, writing]) {
      expect(credited(body, [GAZETTE, QUIST])).toEqual([['Harbor Gazette', 'quoted']]);
      expect(findQuotesMarked(body, [GAZETTE, QUIST]).quotes.map((q) => [q.speaker, q.via])).toEqual([
        ['Mara Quist', 'Harbor Gazette'],
      ]);
    }
    expect(scoredContents(telling, [GAZETTE, QUIST])).toEqual([
      'Mara Quist as telling staff that no branch would close',
    ]);
  });

  it('leaves "was quoted by X as saying" to the one quoted', () => {
    const body =
      'Quist was quoted by the Harbor Gazette as saying that the bank would sell its downtown tower.';
    expect(credited(body, [GAZETTE, QUIST]).map(([speaker]) => speaker)).toEqual(['Mara Quist']);
  });
});
