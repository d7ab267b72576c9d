import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// The phrase opening a verb's clause past dash asides, several asides and a relative clause closed by a comma, and
// that phrase over a speaker read after the verb (aside38, issue #5; attribute/opening-subjects.ts, cue.ts).
// Invented sentences.
const ROE: EntitySpec = { id: 'roe', name: 'Jane Roe', type: 'person', forms: ['Jane Roe', 'Roe'] };
const DOE: EntitySpec = { id: 'doe', name: 'John Doe', type: 'person', forms: ['John Doe', 'Doe'] };
const GUILD: EntitySpec = {
  id: 'guild',
  name: 'Bakers Guild',
  type: 'organization',
  forms: ['Bakers Guild'],
};
const GAZETTE: EntitySpec = {
  id: 'gazette',
  name: 'Valley Gazette',
  type: 'organization',
  forms: ['Valley Gazette'],
};

/** Each frame's cue, subject phrase and speaker. */
const read = (body: string, specs: EntitySpec[] = [ROE, DOE]): [string, string, string | null][] => {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).frames.map((f) => [
    body.slice(f.cue.start, f.cue.end),
    body.slice(f.subject.start, f.subject.end),
    f.subject.speaker,
  ]);
};

describe('the phrase opening the clause, past dash asides (aside38)', () => {
  it('holds a stance past a dash aside with commas in it', () => {
    const body =
      'Mrs. Roe -- whose brother ran the mill, which closed in May, for a decade -- has long opposed the new dam.';
    expect(read(body)).toContainEqual([
      'opposed',
      'Mrs. Roe -- whose brother ran the mill, which closed in May, for a decade',
      'Jane Roe',
    ]);
  });

  it('takes a body named alone in the dash aside as the speaker', () => {
    const body = 'Another holdout — the Bakers Guild — has opposed the merger of the two mills.';
    expect(read(body, [GUILD])).toContainEqual([
      'opposed',
      'Another holdout — the Bakers Guild',
      'Bakers Guild',
    ]);
  });

  it('is not the subject of a passive after the aside', () => {
    const body = 'Jane Roe — a surgeon and radio host — has been called a fraud by other doctors.';
    expect(read(body).filter(([cue]) => cue === 'called')).toEqual([]);
  });

  it('gives the person opening the clause, not a phrase that ends at the closing dash, a verb of speech', () => {
    const body =
      "John Doe, the head of a studio -- the firm that makes the show, which also runs on the Valley Gazette's site -- told me that it would go on.";
    expect(read(body, [DOE, GAZETTE]).find(([cue]) => cue === 'told')?.[2]).toBe('John Doe');
  });
});

describe('the phrase opening the clause over a speaker read after the verb (aside38)', () => {
  it('is what a verb of finding has shown, not the name after it', () => {
    const body =
      'A review of county budgets that have grown by a third since Jan. 1, 2015, shows Roe ahead of her rivals.';
    expect(read(body)).toContainEqual([
      'shows',
      'A review of county budgets that have grown by a third since Jan. 1, 2015',
      null,
    ]);
  });

  it('takes a short parenthesis in the aside ("conducted with … (D)")', () => {
    const body =
      'A Gazette poll, conducted with Smith Research (D) and Jones Polling (R), shows Roe with 47 percent.';
    const shows = read(body).find(([cue]) => cue === 'shows');
    expect(shows?.[1]).toBe('A Gazette poll, conducted with Smith Research (D) and Jones Polling (R)');
    expect(shows?.[2]).not.toBe('Jane Roe');
  });

  it('names the person a comma aside describes when a clause follows the verb', () => {
    const body = 'First his sister, longtime campaign aide Jane Roe, announced they had parted ways.';
    expect(read(body)).toContainEqual([
      'announced',
      'First his sister, longtime campaign aide Jane Roe',
      'Jane Roe',
    ]);
  });
});
