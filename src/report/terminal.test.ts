import { describe, expect, it } from 'vitest';
import { plainArticle } from '../model/index.js';
import type { ClaimRecord, QuoteRecord, ReuseRecord, StoredArticle, StoryRecord } from '../store/types.js';
import {
  formatArticle,
  formatCitationSources,
  formatClaims,
  formatQuotesBySpeaker,
  formatReuse,
  formatStory,
  formatStoryLine,
  formatStoryLines,
} from './terminal.js';

const sentence = 'The bloc imposed sanctions on the 65-year-old president but removed them in 2016.';

function claim(id: string, key: string, text: string, articles: string[]): ClaimRecord {
  return {
    id,
    text,
    key,
    articles,
    outlets: ['Press TV'],
    first_article: articles[0],
    first_published: null,
    timeline: [],
  };
}

describe('formatClaims', () => {
  it('shows the claims of one statement (same text, same articles) as one entry naming each core', () => {
    const lines = formatClaims([
      claim('claim-a', 'num:65~year-old', sentence, ['x', 'y']),
      claim('claim-b', 'year:2016~remov', sentence, ['y', 'x']),
      claim('claim-c', 'pct:>80~vote', 'He won more than 80% of the vote.', ['x', 'y']),
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^claim-a, claim-b {2}2 articles, 1 outlet, .*core num:65~year-old, year:2016~remov\n/,
    );
    expect(lines[0].match(/65-year-old president/g)).toHaveLength(1);
    expect(lines[1]).toMatch(/^claim-c .*core pct:>80~vote/);
  });

  it('keeps the same sentence stated by other articles apart: a different spread is a different record', () => {
    const lines = formatClaims([
      claim('claim-a', 'num:65~year-old', sentence, ['x', 'y']),
      claim('claim-b', 'year:2016~remov', sentence, ['x', 'y', 'z']),
    ]);
    expect(lines).toHaveLength(2);
  });
});

describe('formatQuotesBySpeaker', () => {
  it('prints each quote on one line, even one that runs over paragraphs or carries escape sequences', () => {
    const quote: QuoteRecord = {
      id: 'q1',
      article: 'a1',
      text: 'Cannabis use in adolescence has lasting costs.\n\n"Given our findings, \u001b[2Jwe urge screening.',
      kind: 'direct',
      speaker: 'Silvia\nMartins',
      speaker_entity: null,
      via: null,
      start: 0,
      end: 10,
    };
    const lines = formatQuotesBySpeaker([quote], new Map());
    expect(lines).toEqual([
      'Silvia Martins (1)',
      '  [direct] “Cannabis use in adolescence has lasting costs. "Given our findings, [2Jwe urge screening.” (a1)',
    ]);
  });

  it('lists named speakers first, one group per speaker entity, and unattributed quotes last', () => {
    const q = (id: string, speaker: string | null, speaker_entity: string | null): QuoteRecord => ({
      id,
      article: 'a1',
      text: `quote ${id}`,
      kind: 'indirect',
      speaker,
      speaker_entity,
      via: null,
      start: 0,
      end: 1,
    });
    const lines = formatQuotesBySpeaker(
      [
        q('1', null, null),
        q('2', null, null),
        q('3', 'Vladimir Putin', 'e1'),
        q('4', 'Putin', 'e1'),
        q('5', null, null),
      ],
      new Map(),
    );
    expect(lines.filter((l) => !l.startsWith(' '))).toEqual(['Vladimir Putin (2)', '(speaker unknown) (3)']);
  });
});

describe('formatCitationSources', () => {
  const row = { kind: 'agency', entity: null, citations: 2, articles: 1, outlets: 1 };
  it('heads each citing outlet, keeps hostile names on one line, and says nothing of outlets none named', () => {
    expect(
      formatCitationSources([
        { ...row, source: 'TASS\u001b[2J\nfake line', outlet: 'Press TV' },
        { ...row, source: 'AFP', outlet: 'Press TV' },
        { ...row, source: 'AFP', outlet: null },
      ]).map((l) => l.replace(/ +/g, ' ')),
    ).toEqual([
      'Press TV',
      ' agency TASS[2J fake line 2 citations in 1 article',
      ' agency AFP 2 citations in 1 article',
      '(unknown outlet)',
      ' agency AFP 2 citations in 1 article',
    ]);
    expect(formatCitationSources([{ ...row, source: 'AFP', outlets: 0 }])[0].replace(/ +/g, ' ')).toBe(
      'agency AFP 2 citations in 1 article',
    );
  });
});

describe('formatStoryLine and formatStory', () => {
  const story: StoryRecord = {
    id: 's-0c0ffee00001',
    title: 'Harbour wall to close for repairs',
    articles: ['a1'],
    outlets: ['Harbour Gazette'],
    first_published: '2026-11-05',
    last_published: '2026-11-05',
    absorbed: [],
    key_entities: [],
  };
  const quote = (n: number): QuoteRecord => ({
    id: `a1-q${n}`,
    article: 'a1',
    text: `the east pier would reopen in spring (${n})`,
    kind: 'indirect',
    speaker: 'Marit Olsen',
    speaker_entity: null,
    via: null,
    start: n * 10,
    end: n * 10 + 5,
  });

  it('counts one outlet as one ("1 outlet", not "1 outlets")', () => {
    expect(formatStoryLine(story)).toContain('   1 art   1 outlet   2026-11-05');
    expect(formatStoryLine({ ...story, outlets: ['Harbour Gazette', 'Pier Post'] })).toContain(
      ' 2 outlets  ',
    );
  });

  it('heads the stories listing with its columns, each head over its column', () => {
    const undated = { ...story, id: 's-0c0ffee00002', first_published: null, last_published: null };
    const [head, first, second] = formatStoryLines([story, undated]);
    expect(head).toBe('story           articles  outlets     published: first → last  title');
    expect(first).toBe(
      's-0c0ffee00001     1 art   1 outlet   2026-11-05 → 2026-11-05  Harbour wall to close for repairs',
    );
    // An undated story's title stays in its column.
    expect(second.indexOf('Harbour')).toBe(head.indexOf('title'));
    expect(formatStoryLines([])).toEqual([]);
  });

  it('says when the story holds more quotes than it lists, and how to read the rest', () => {
    const shown = [quote(1), quote(2)];
    const cut = formatStory(story, [], shown, [], 1500);
    expect(cut).toContain('Marit Olsen (2)');
    expect(cut).toContain(
      '2 of 1500 quotes shown, the oldest; the rest: wiretrace quotes --story s-0c0ffee00001 --offset 2',
    );
    expect(formatStory(story, [], shown, [])).not.toContain('quotes shown');
  });
});

describe('formatReuse', () => {
  const passage: ReuseRecord = {
    source_article: 'aaaa000000000001',
    target_article: 'bbbb000000000002',
    source_start: 0,
    source_end: 40,
    target_start: 5,
    target_end: 45,
    text: 'The east pier will reopen in the spring.',
    similarity: 0.93,
    direction: 'forward',
    whole_copy: false,
  };

  it('names each side by outlet and day when it knows the articles, so who copied whom reads off the line', () => {
    const articles = new Map([
      ['aaaa000000000001', { outlet: 'Harbour Gazette', published: '2026-11-05T08:00:00Z' }],
      ['bbbb000000000002', { outlet: null, published: null }],
    ]);
    expect(formatReuse(passage, articles).split('\n')[0]).toBe(
      'aaaa000000000001 (Harbour Gazette, 2026-11-05) → bbbb000000000002 (unknown outlet, undated)  sim 0.93',
    );
    expect(formatReuse(passage).split('\n')[0]).toBe('aaaa000000000001 → bbbb000000000002  sim 0.93');
  });
});

describe('names with line breaks, and outlets longer than the column', () => {
  const stored = (id: string, outlet: string, title: string): StoredArticle => ({
    ...plainArticle({
      id,
      source: `${id}.jsonl`,
      title,
      body: 'The harbour master said the pier would close.',
    }),
    outlet,
    published: '2026-11-05',
    story: 's-0c0ffee00002',
    analysis: null,
    seq: 1,
    ingestedAt: '2026-11-05T00:00:00Z',
  });
  const forged = 'Harbour\nfake-id  2026-01-01  Spoofed line';

  it('keeps an outlet or title with a line break on its own line in story, quotes and show', () => {
    const a = stored('aaaa000000000003', forged, 'Pier\nclosed');
    const story: StoryRecord = {
      id: 's-0c0ffee00002',
      title: 'Pier\nclosed',
      articles: [a.id],
      outlets: [forged],
      first_published: '2026-11-05',
      last_published: '2026-11-05',
      absorbed: [],
      key_entities: [],
    };
    const q: QuoteRecord = {
      id: `${a.id}-q1`,
      article: a.id,
      text: 'the pier would close',
      kind: 'indirect',
      speaker: null,
      speaker_entity: null,
      via: null,
      start: 0,
      end: 5,
    };
    const text = formatStory(story, [a], [q]);
    expect(text.split('\n').filter((l) => l.startsWith('fake-id'))).toEqual([]);
    expect(text.split('\n')[0]).toBe('Pier closed');
    expect(text).toContain('2026-11-05  Harbour fake-id 2026-01-01 Sp…  aaaa000000000003  Pier closed');
    expect(text).toContain('(2026-11-05, Harbour fake-id 2026-01-01 Spoofed line, aaaa000000000003)');
    expect(formatArticle(a).split('\n').slice(0, 2)).toEqual([
      'Pier closed',
      'Harbour fake-id 2026-01-01 Spoofed line · 2026-11-05 · en · story s-0c0ffee00002',
    ]);
  });

  it("widens the timeline's outlet column to the longest outlet, so the ids line up", () => {
    const articles = [
      stored('aaaa000000000004', 'Gazette', 'Pier to close'),
      stored('aaaa000000000005', 'Harbour Evening Chronicle', 'Pier closes on Friday'),
    ];
    const story: StoryRecord = {
      id: 's-0c0ffee00003',
      title: 'Pier to close',
      articles: articles.map((a) => a.id),
      outlets: ['Gazette', 'Harbour Evening Chronicle'],
      first_published: '2026-11-05',
      last_published: '2026-11-05',
      absorbed: [],
      key_entities: [],
    };
    const rows = formatStory(story, articles, [])
      .split('\n')
      .filter((l) => l.includes('aaaa00000000000'));
    expect(rows.map((r) => r.indexOf('aaaa'))).toEqual([41, 41]);
  });
});
