import { describe, expect, it } from 'vitest';
import { barChart, dateBins, networkChart, timelineChart } from './charts.js';

describe('charts', () => {
  it('draws one lane per outlet and one dot per dated article, escaping labels', () => {
    const svg = timelineChart(
      [
        { date: '2020-08-19', lane: 'Press TV', label: '<b>one</b>', href: '/articles/a' },
        { date: '2020-08-20T10:00:00Z', lane: 'Press TV', label: 'two' },
        { date: '2020-08-22', lane: 'teleSUR', label: 'three' },
        { date: 'not a date', lane: 'x', label: 'undated' },
      ],
      { title: 'Timeline' },
    ).value;
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('&lt;b&gt;one&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('>teleSUR</text>');
    expect(svg).toContain('href="/articles/a"');
    expect(svg).toContain('2020-08-19');
  });

  it('says so when there is nothing to draw', () => {
    expect(timelineChart([], { title: 't' }).value).toContain('No dated articles');
    expect(barChart([{ label: 'a', value: 0 }], { title: 't' }).value).toContain('Nothing to chart');
    expect(networkChart([], { title: 't' }).value).toContain('No copied passages');
  });

  it('scales bars to the largest value', () => {
    const svg = barChart(
      [
        { label: 'w1', value: 2 },
        { label: 'w2', value: 4 },
      ],
      { title: 'Volume' },
    ).value;
    const heights = [...svg.matchAll(/<rect[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[1]).toBeCloseTo(heights[0] * 2, 0);
  });

  it('draws arrows between outlets', () => {
    const svg = networkChart([{ from: 'Press TV', to: 'teleSUR', weight: 2 }], {
      title: 'n',
      focus: 'Press TV',
    }).value;
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('Press TV → teleSUR: 2 passage(s)');
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
