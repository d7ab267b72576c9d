import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, query, SafeHtml, safeUrl } from './html.js';

describe('html', () => {
  it('escapes interpolated text, including attribute breakers', () => {
    const evil = `"><script>alert(1)</script><img src=x onerror='x'>`;
    const out = html`<a title="${evil}">${evil}</a>`.value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;x&#39;&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;x&#39;&gt;</a>',
    );
  });

  it('passes nested fragments through once and renders arrays, numbers, and nothing for null/false', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${3}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>3');
    expect(html`${new SafeHtml('<b>')}`.value).toBe('<b>');
    expect(join(['x<', html`<i>y</i>`], ', ').value).toBe('x&lt;, <i>y</i>');
  });

  it('drops control characters', () => {
    expect(escapeHtml('a\u0000b\u001bc\nd')).toBe('abc\nd');
  });

  it('accepts only http(s) links from data', () => {
    expect(safeUrl('https://www.presstv.ir/x?a=1')).toBe('https://www.presstv.ir/x?a=1');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });

  it('builds query strings from defined values', () => {
    expect(query({ q: 'a b&c', outlet: undefined, offset: 0, x: '' })).toBe('?q=a+b%26c&offset=0');
    expect(query({})).toBe('');
  });
});
