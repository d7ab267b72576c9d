import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { barChart, dateBins, networkChart, timelineChart } from './charts.js';

const circles = (svg: string) => svg.match(/<circle/g) ?? [];

/** Element and attribute names as a browser would parse them (text inside attributes is not markup). */
function parsedNames(markup: string): { elements: Set<string>; attributes: Set<string> } {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  const parser = new Parser({
    onopentag(name, attrs) {
      elements.add(name);
      for (const a of Object.keys(attrs)) attributes.add(a);
    },
  });
  parser.write(markup);
  parser.end();
  return { elements, attributes };
}

describe('charts (Observable Plot, served as static SVG)', () => {
  it('draws one lane per outlet and one dot per dated article', () => {
    const svg = timelineChart(
      [
        { date: '2020-08-19', lane: 'Press TV', label: 'one', href: '/articles/a' },
        { date: '2020-08-20T10:00:00Z', lane: 'Press TV', label: 'two' },
        { date: '2020-08-22', lane: 'teleSUR', label: 'three' },
        { date: 'not a date', lane: 'x', label: 'undated' },
      ],
      { title: 'Timeline' },
    ).value;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(circles(svg)).toHaveLength(3);
    expect(svg).toContain('>teleSUR</text>');
    expect(svg).toContain('>Press TV</text>');
    expect(svg).toContain('href="/articles/a"');
    expect(svg).toContain('aria-label="Timeline"');
    expect(svg).toContain('<title>three</title>');
  });

  it('keeps the markup script-free and escapes hostile labels and outlet names', () => {
    const hostile = '</title><script>alert(1)</script><img src=x onerror=alert(2)>';
    const svg = timelineChart(
      [
        { date: '2020-08-19', lane: hostile, label: hostile, href: 'javascript:alert(3)' },
        { date: '2020-08-20', lane: 'b', label: 'ok', href: '//evil.example/x' },
      ],
      { title: `"${hostile}` },
    ).value;
    const { elements, attributes } = parsedNames(svg);
    expect([...elements].filter((e) => ['script', 'img', 'style', 'foreignobject'].includes(e))).toEqual([]);
    expect([...attributes].filter((a) => a.startsWith('on') || a === 'style')).toEqual([]);
    expect(svg).not.toContain('javascript:');
    expect(svg).not.toContain('evil.example');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
  });

  it('gathers lanes beyond the limit under "other outlets"', () => {
    const points = ['a', 'b', 'c', 'd'].map((lane, i) => ({ date: `2020-08-1${i}`, lane, label: lane }));
    const svg = timelineChart(points, { title: 't', maxLanes: 2 }).value;
    expect(svg).toContain('>other outlets</text>');
    expect(circles(svg)).toHaveLength(4);
  });

  it('draws one dot per outlet and day, sized by count, when a story has hundreds of articles', () => {
    const points = Array.from({ length: 300 }, (_, i) => ({
      date: `2020-08-0${1 + (i % 3)}T${String(i % 24).padStart(2, '0')}:00:00Z`,
      lane: i % 2 ? 'Press TV' : 'teleSUR',
      label: `article ${i}`,
      href: `/articles/${i}`,
    }));
    const svg = timelineChart(points, { title: 'big' }).value;
    expect(circles(svg)).toHaveLength(6);
    expect(svg).toContain('<title>Press TV, 2020-08-01: 50 articles; first: article 3</title>');
    expect(svg).toContain('href="/articles/3"');
  });

  it('says so when there is nothing to draw', () => {
    expect(timelineChart([], { title: 't' }).value).toContain('No dated articles');
    expect(barChart([{ label: 'a', value: 0 }], { title: 't' }).value).toContain('Nothing to chart');
    expect(networkChart([], { title: 't' }).value).toContain('No copied passages');
    expect(networkChart([{ from: 'a', to: 'a', weight: 3 }], { title: 't' }).value).toContain(
      'No copied passages',
    );
  });

  it('scales bars to the largest value', () => {
    const svg = barChart(
      [
        { label: 'w1', value: 2 },
        { label: 'w2', value: 4 },
      ],
      { title: 'Volume', unit: 'articles' },
    ).value;
    const heights = [...svg.matchAll(/<rect[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(2);
    expect(heights[1]).toBeCloseTo(heights[0] * 2, 0);
    expect(svg).toContain('<title>w2: 4 articles</title>');
  });

  it('draws an arrow from the copied outlet to the copying one', () => {
    const svg = networkChart(
      [
        { from: 'Press TV', to: 'teleSUR', weight: 2 },
        { from: 'Press TV', to: 'Tribune', weight: 1 },
      ],
      { title: 'n', focus: 'Press TV' },
    ).value;
    expect(svg).toContain('<title>Press TV → teleSUR: 2 passage(s)</title>');
    expect(svg.match(/<path[^>]*d="M/g)?.length).toBeGreaterThanOrEqual(2);
    expect(circles(svg)).toHaveLength(3);
    expect(svg).toContain('>teleSUR</text>');
  });

  it('splits a date range into whole-day windows', () => {
    expect(dateBins('2020-08-01', '2020-08-10', 5)).toEqual([
      { from: '2020-08-01', to: '2020-08-02', label: '08-01' },
      { from: '2020-08-03', to: '2020-08-04', label: '08-03' },
      { from: '2020-08-05', to: '2020-08-06', label: '08-05' },
      { from: '2020-08-07', to: '2020-08-08', label: '08-07' },
      { from: '2020-08-09', to: '2020-08-10', label: '08-09' },
    ]);
    expect(dateBins('2020-08-01', '2020-08-01', 5)).toHaveLength(1);
    expect(dateBins('x', '2020-08-01', 5)).toEqual([]);
  });
});
