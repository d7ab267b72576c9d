// House styles nobody tuned the quote finder to: British single marks, a wire story, European guillemets.

import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/index.js';
import { britishStrike, courtPlea, europeanSummit, wireSanctions } from './styles.fixture.js';
import { attributionsMarked, type EntitySpec, findQuotesMarked } from './test-helpers.js';

const PEOPLE: EntitySpec[] = [
  { id: 'lynch', name: 'Mick Lynch', type: 'person', forms: ['Mick Lynch', 'Lynch'] },
  { id: 'rmt', name: 'RMT', type: 'organization', forms: ['RMT'] },
  {
    id: 'harper',
    name: 'Mark Harper',
    type: 'person',
    forms: ['Mark Harper'],
    roles: ['Transport Secretary'],
  },
  { id: 'bbc', name: 'BBC', type: 'organization', forms: ['BBC'] },
  { id: 'network-rail', name: 'Network Rail', type: 'organization', forms: ['Network Rail'] },
  {
    id: 'yellen',
    name: 'Janet Yellen',
    type: 'person',
    forms: ['Janet Yellen'],
    roles: ['Treasury Secretary'],
  },
  { id: 'treasury', name: 'Treasury Department', type: 'organization', forms: ['Treasury Department'] },
  { id: 'iran-fm', name: "Iran's Foreign Ministry", type: 'organization', forms: ['Foreign Ministry'] },
  { id: 'tasnim', name: 'Tasnim', type: 'organization', forms: ['Tasnim'] },
  {
    id: 'meloni',
    name: 'Giorgia Meloni',
    type: 'person',
    forms: ['Giorgia Meloni'],
    roles: ['Prime Minister'],
  },
  {
    id: 'vdl',
    name: 'Ursula von der Leyen',
    type: 'person',
    forms: ['Ursula von der Leyen'],
    roles: ['President'],
  },
  { id: 'italy', name: 'Italy', type: 'place', forms: ['Italy', 'Italian'] },
  { id: 'okafor', name: 'Renata Okafor', type: 'person', forms: ['Renata Okafor', 'Okafor'] },
  { id: 'pruitt', name: 'Dale Pruitt', type: 'person', forms: ['Dale Pruitt', 'Pruitt'] },
  { id: 'marsh', name: 'Ellen Marsh', type: 'person', forms: ['Ellen Marsh'] },
  { id: 'reyes', name: 'Tomas Reyes', type: 'person', forms: ['Tomas Reyes'] },
  { id: 'oregon-u', name: 'University of Oregon', type: 'organization', forms: ['University of Oregon'] },
  { id: 'twitter', name: 'Twitter', type: 'organization', forms: ['Twitter'] },
  { id: 'union', name: 'Court Officers Union', type: 'organization', forms: ['Court Officers Union'] },
  { id: 'albany', name: 'Albany', type: 'place', forms: ['Albany'] },
  { id: 'buffalo', name: 'Buffalo', type: 'place', forms: ['Buffalo'] },
];

const run = (body: string) => findQuotesMarked(body, PEOPLE);

const starting = (quotes: Quote[], words: string): Quote => {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting "${words}"`);
  return q;
};

describe('British style: single quotation marks', () => {
  const { quotes } = run(britishStrike);

  it('reads single marks as quotes, apostrophes ("government\'s", "don\'t") as none', () => {
    expect(starting(quotes, 'Our members have been patient')).toMatchObject({
      kind: 'direct',
      speaker: 'Mick Lynch',
    });
    expect(quotes.some((q) => q.text.startsWith('s latest'))).toBe(false);
  });

  it('carries a quote over a paragraph that ends unclosed and reopens with a single mark', () => {
    const q = starting(quotes, 'Nobody wants to strike');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Mick Lynch' });
    expect(q.text).toContain('we are left with no choice at all');
  });

  it('resolves "the Transport Secretary" to the person who holds the title', () => {
    expect(starting(quotes, 'The public have had enough')).toMatchObject({ speaker: 'Mark Harper' });
    expect(starting(quotes, 'fair and reasonable')).toMatchObject({
      kind: 'partial',
      speaker: 'Mark Harper',
    });
  });
});

describe('wire style: dateline, "said in a statement", an agency as channel', () => {
  const { quotes, citations } = run(wireSanctions);

  it('gives the statement to the Treasury Secretary', () => {
    expect(starting(quotes, 'These companies have moved')).toMatchObject({
      kind: 'direct',
      speaker: 'Janet Yellen',
      speakerEntity: 'yellen',
    });
  });

  it('keeps the dateline out of what the Treasury said', () => {
    expect(starting(quotes, 'The United States on Tuesday imposed')).toMatchObject({
      kind: 'indirect',
      speaker: 'Treasury Department',
    });
  });

  it('names the agency that carried the ministry’s words', () => {
    expect(starting(quotes, 'illegal and unjust')).toMatchObject({
      speaker: "Iran's Foreign Ministry",
      via: 'Tasnim',
    });
    expect(citations.some((c) => c.kind === 'agency' && c.name === 'Tasnim')).toBe(true);
  });

  it('cites an unnamed official as an anonymous source and invents no speaker', () => {
    expect(starting(quotes, 'further designations')).toMatchObject({ speaker: null, speakerEntity: null });
    expect(
      citations.some((c) => c.kind === 'anonymous' && c.name.includes('senior administration official')),
    ).toBe(true);
  });
});

describe('European style: guillemets, a second woman introduced before "she said"', () => {
  const { quotes } = run(europeanSummit);

  it('reads « » as quotation marks', () => {
    expect(starting(quotes, 'a missed opportunity')).toMatchObject({
      kind: 'partial',
      speaker: 'Giorgia Meloni',
    });
    expect(starting(quotes, 'Italy cannot be left alone')).toMatchObject({ speaker: 'Giorgia Meloni' });
  });

  it('gives "she said" to the woman the sentence before introduced, not to the last speaker', () => {
    expect(starting(quotes, 'We have narrowed our differences')).toMatchObject({
      kind: 'direct',
      speaker: 'Ursula von der Leyen',
    });
  });

  it('resolves "the Italian leader" to the Italian prime minister', () => {
    // (Read in the attribution layer: who-said-what does not list what someone "is expected to" do,
    // listed-thoughts.ts.)
    const got = attributionsMarked(europeanSummit, PEOPLE).find((a) =>
      a.text.startsWith('to raise the issue'),
    );
    expect(got?.speaker).toBe('Giorgia Meloni');
  });
});

describe('US local-news style: what the text tells of its people', () => {
  const { quotes } = run(courtPlea);

  it('keeps the lawyer "she" made a woman away from the "he said" that is her client\'s', () => {
    expect(starting(quotes, 'Dale Pruitt regrets').speakerEntity).toBe('okafor');
    expect(starting(quotes, 'He is getting the help').speakerEntity).toBe('okafor');
    expect(starting(quotes, 'the judge would').speakerEntity).toBe('pruitt');
  });

  it('reads lower-case titles before an inverted name', () => {
    expect(starting(quotes, 'Threats against judges').speakerEntity).toBe('marsh');
  });

  it('never makes a platform after "on" the speaker of the participle after it', () => {
    expect(starting(quotes, 'the county of leaving').speakerEntity).toBe('union');
  });

  it('takes the researcher, not her university, as the source of a survey', () => {
    expect(starting(quotes, 'fewer than half').speakerEntity).toBe('reyes');
  });

  it('credits a police force named by its county, which no recognizer listed', () => {
    const q = starting(quotes, 'Two deputies were hurt');
    expect(q.speaker).toBe('Erie County police');
    expect(q.speakerEntity).toBeNull();
  });

  it('lists no wish or attempt as a quote', () => {
    expect(quotes.some((q) => /^(?:to weigh in|the state to pay|to hire more officers)/.test(q.text))).toBe(
      false,
    );
    expect(starting(quotes, 'the county had waited').speakerEntity).toBe('marsh');
  });

  it('never takes a place for "they", and reads "don’t" with a curly apostrophe as a verb', () => {
    const q = starting(quotes, 'they don’t expect to act');
    expect(q.speakerEntity).not.toBe('albany');
    expect(q.speaker).toBeNull();
  });
});
