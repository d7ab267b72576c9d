import { describe, expect, it } from 'vitest';
import { plainArticle } from '../model/index.js';
import type { StoredArticle } from '../store/types.js';
import { type StoryBundle, storyCsv, storyHtmlReport, storyJson, storyMarkdown } from './story-export.js';

const article = (id: string, body: string, outlet: string): StoredArticle => ({
  ...plainArticle({
    id,
    source: `${id}.txt`,
    outlet,
    title: `Title ${id}`,
    published: '2020-08-20',
    url: 'javascript:alert(1)',
    body,
  }),
  story: 's1',
  analysis: null,
  seq: 1,
  ingestedAt: '2020-08-21T00:00:00Z',
});

const bundle: StoryBundle = {
  story: {
    id: 's1',
    title: 'Belarus <script>alert(1)</script>',
    articles: ['a1', 'a2'],
    outlets: ['Press TV', 'teleSUR'],
    first_published: '2020-08-20',
    last_published: '2020-08-20',
    absorbed: [],
    key_entities: [],
  },
  articles: [
    article('a1', 'Russia warned against interference. =HYPERLINK("x")', 'Press TV'),
    article('a2', 'Russia warned against any interference.', 'teleSUR'),
  ],
  quotes: [
    {
      id: 'a1-q1',
      article: 'a1',
      text: 'we will help',
      kind: 'direct',
      speaker: 'Vladimir Putin',
      speaker_entity: 'e1',
      via: null,
      start: 0,
      end: 5,
    },
  ],
  reuse: [
    {
      source_article: 'a1',
      target_article: 'a2',
      source_start: 0,
      source_end: 35,
      target_start: 0,
      target_end: 39,
      text: 'Russia warned against any interference.',
      similarity: 0.9,
      direction: 'forward',
      whole_copy: false,
    },
  ],
  claims: [],
};

describe('story downloads', () => {
  it('JSON keeps the export v1 names', () => {
    const json = JSON.parse(storyJson(bundle));
    expect(json.version).toBe(1);
    expect(Object.keys(json.story)).toEqual(
      expect.arrayContaining(['id', 'title', 'articles', 'outlets', 'first_published', 'last_published']),
    );
    expect(json.articles[0]).toMatchObject({ id: 'a1', outlet: 'Press TV', story: 's1' });
  });

  it('CSV defuses formulas and quotes cells', () => {
    const csv = storyCsv(
      { ...bundle, articles: [{ ...bundle.articles[0], title: '=cmd|calc' }] },
      'articles',
    );
    expect(csv.split('\n')[1]).toContain(",'=cmd|calc,");
    expect(storyCsv(bundle, 'quotes').split('\n')[0]).toBe(
      'id,article,speaker,speaker_entity,kind,via,text,start,end',
    );
  });

  it('Markdown groups quotes by speaker and escapes markup', () => {
    const md = storyMarkdown(bundle);
    expect(md).toContain('# Belarus \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('### Vladimir Putin (1)');
    expect(md).toContain('Press TV (2020-08-20) → teleSUR (2020-08-20)');
  });

  it('the HTML report is self-contained, scriptless and escaped', () => {
    const report = storyHtmlReport(bundle);
    expect(report).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    expect(report).not.toMatch(/<script|<link|src=|href="javascript/);
    expect(report).toContain('Belarus &lt;script&gt;');
    expect(report).toContain('<ins>any </ins>');
  });
});
