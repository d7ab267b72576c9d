import { describe, expect, it } from 'vitest';
import { layout, markBody } from './pages.js';

describe('markBody', () => {
  it('cuts overlapping marks into well-nested spans and keeps the text whole', () => {
    const body = 'Putin said "we will help" on Thursday.';
    const out = markBody(body, [
      { start: 0, end: 5, cls: 'm m-person', title: 'person: Putin' },
      { start: 12, end: 24, cls: 'q', anchor: 'q-1' },
      { start: 20, end: 37, cls: 'r' },
    ]).value;
    expect(out.replace(/<[^>]+>/g, '')).toBe(body.replace(/"/g, '&quot;'));
    expect(out).toContain('<span class="anchor" id="q-1"></span><span class="q">we will </span>');
    expect(out).toContain('<span class="q r">help</span>');
    expect(out).toContain('<span class="r">&quot; on Thursday</span>');
  });

  it('escapes hostile text and ignores spans outside the body', () => {
    const out = markBody('<script>x</script>', [
      { start: 0, end: 8, cls: 'q' },
      { start: 5, end: 500, cls: 'r' },
    ]).value;
    expect(out).toBe('<span class="q">&lt;script&gt;</span>x&lt;/script&gt;');
  });
});

describe('layout', () => {
  it('loads only the project script and stylesheet, with no inline code', () => {
    const page = layout('<b>t</b>', 'body');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('<script src="/static/app.js" defer></script>');
    expect(page).not.toMatch(/ on\w+=|style="/);
    expect(page).toContain('<title>&lt;b&gt;t&lt;/b&gt; · wiretrace</title>');
  });
});
