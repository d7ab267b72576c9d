// End-to-end in headless Chromium (Debian's chromium via playwright-core) on the example corpus.

import { existsSync, readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.js';
import type { StoryRecord } from '../../src/store/types.js';
import { buildSeedStore, HOSTILE, type SeedStore } from '../server/seed-store.js';

const candidates = [process.env.WIRETRACE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const executablePath = candidates.find((p): p is string => !!p && existsSync(p));
const SKIP_REASON = 'skipped: no chromium found (set WIRETRACE_CHROMIUM or `apt-get install -y chromium`)';
if (!executablePath) console.warn(`test/browser/ui.test.ts ${SKIP_REASON}`);

const TOKEN = 'browser-test-token';

describe.skipIf(!executablePath)(
  `web UI in headless Chromium${executablePath ? '' : ` (${SKIP_REASON})`}`,
  () => {
    let seed: SeedStore;
    let server: Awaited<ReturnType<typeof startServer>>;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];
    const dialogs: string[] = [];

    beforeAll(async () => {
      seed = await buildSeedStore();
      server = await startServer({ store: seed.store, port: 0, token: TOKEN, analyzer: seed.analyzer });
      browser = await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Any console error (a CSP violation included) or uncaught exception fails the run.
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await seed?.cleanup();
    });

    const storyOf = async (articleTitle: RegExp): Promise<StoryRecord> => {
      const articles = (await seed.store.listArticles({ limit: 100 })).items;
      const hit = articles.find((a) => articleTitle.test(a.title ?? ''));
      expect(hit, `a seed article titled ${articleTitle}`).toBeDefined();
      const story = await seed.store.getStory(hit!.story!);
      expect(story).not.toBeNull();
      return story!;
    };

    it('the story page lists every article of its story', async () => {
      const story = await storyOf(/Putin urges Belarus/);
      await page.goto(`${server.url}/stories/${story.id}`);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      const rows = page.locator('table.articles tbody tr');
      await expect(rows.count()).resolves.toBe(story.articles.length);
      const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-article')));
      expect(shown.sort()).toEqual([...story.articles].sort());
    });

    it('the seeds make one story, whose page shows all five articles (needs the story linker)', async () => {
      const story = await storyOf(/Putin urges Belarus/);
      await page.goto(`${server.url}/stories/${story.id}`);
      await expect(page.locator('table.articles tbody tr').count()).resolves.toBe(5);
    });

    it("lists the story's sources, an official one linking to the entity page", async () => {
      const story = await storyOf(/Putin urges Belarus/);
      await page.goto(`${server.url}/stories/${story.id}`);
      const rows = page.locator('table.sources tbody tr');
      await expect(rows.filter({ hasText: 'TASS' }).count()).resolves.toBe(1);
      await rows.filter({ hasText: 'Vladimir Putin' }).locator('a').click();
      await page.waitForURL(/\/entities\//);
      await expect(page.locator('h1').textContent()).resolves.toBe('Vladimir Putin');
    });

    it("groups Putin's quotes under his name, each linking to its sentence in context", async () => {
      const story = await storyOf(/Putin urges Belarus/);
      await page.goto(`${server.url}/stories/${story.id}`);
      // The section headed by his name (the first, most quoted one if entity linking left several).
      const putin = page
        .locator('section.speaker')
        .filter({ has: page.locator('h3', { hasText: 'Putin' }) })
        .first();
      await expect(putin.locator('h3').textContent()).resolves.toContain('Putin');
      const quotes = putin.locator('blockquote');
      expect(await quotes.count()).toBeGreaterThanOrEqual(1);
      const firstText = (await quotes.first().evaluate((el) => el.firstChild?.textContent ?? ''))
        .trim()
        .replace(/^“|”$/g, '');
      await quotes.first().locator('a').click();
      await page.waitForURL(/\/articles\/[^#]+#q-/);
      const lit = page.locator('.q.lit');
      await expect(lit.count()).resolves.toBeGreaterThan(0);
      const litText = (await lit.allTextContents()).join('');
      expect(firstText.slice(0, 30)).toContain(litText.slice(0, 30).trim().slice(0, 20));
    });

    it('shows the shared paragraph side by side with the differences and the direction', async () => {
      const reuse = (await seed.store.listReuse({ limit: 10 })).items;
      expect(reuse.length, 'the seeds hold one copied paragraph').toBeGreaterThan(0);
      const r = reuse[0];
      const target = await seed.store.getArticle(r.target_article);
      await page.goto(`${server.url}/stories/${target!.story}`);
      const card = page.locator(`article.reuse[data-target="${r.target_article}"]`).first();
      await expect(card.locator('.pane.source').isVisible()).resolves.toBe(true);
      await expect(card.locator('.pane.target').isVisible()).resolves.toBe(true);
      const [left, right] = await Promise.all([
        card.locator('.pane.source').textContent(),
        card.locator('.pane.target').textContent(),
      ]);
      const source = await seed.store.getArticle(r.source_article);
      const squash = (t: string | null) => (t ?? '').replace(/\s+/g, ' ');
      expect(squash(right)).toContain(squash(target!.body.slice(r.target_start, r.target_end)));
      expect(squash(left)).toContain(squash(source!.body.slice(r.source_start, r.source_end)));
      // Side by side on a laptop: the two panes share a row.
      const [a, b] = await Promise.all([
        card.locator('.pane.source').boundingBox(),
        card.locator('.pane.target').boundingBox(),
      ]);
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
      expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
      await expect(card.locator('.direction').textContent()).resolves.toMatch(/copied into|shared with/);
    });

    it('finds "Zakharova" with the search box', async () => {
      await page.goto(server.url);
      await page.locator('header input[name="q"]').fill('Zakharova');
      await page.locator('header button[type="submit"]').click();
      await page.waitForURL(/\?q=Zakharova/);
      const hits = page.locator('table.articles tbody tr');
      expect(await hits.count()).toBeGreaterThan(0);
      await hits.first().locator('a[href^="/articles/"]').click();
      await page.waitForURL(/\/articles\//);
      await expect(page.locator('#body').textContent()).resolves.toContain('Zakharova');
    });

    it('renders an ingested article with <script> and <img onerror> as text and runs nothing', async () => {
      const text = readFileSync(HOSTILE, 'utf8');
      const res = await page.request.post(`${server.url}/api/articles`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
        data: {
          articles: [{ text, outlet: '<img src=x onerror=alert(1)>Wire', url: 'javascript:alert(2)' }],
        },
      });
      expect(res.status()).toBe(201);
      const { inserted } = (await res.json()) as { inserted: string[] };
      expect(inserted).toHaveLength(1);
      await page.goto(`${server.url}/articles/${inserted[0]}`);
      const body = (await page.locator('#body').textContent()) ?? '';
      expect(body).toContain('<script>');
      expect(body).toContain('<img src=x onerror=');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.title()).not.toBe('PWNED');
      await expect(page.locator('img').count()).resolves.toBe(0);
      await expect(page.locator('main script, main style').count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
      await expect(page.locator('h1 + p.meta').textContent()).resolves.toContain(
        '<img src=x onerror=alert(1)>Wire',
      );
      // It also shows up in the lists, escaped there too.
      await page.goto(`${server.url}/?q=opposition+organiser`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
    });

    it('finds who said something on the Quotes page, and the agencies cited on the Sources page', async () => {
      await page.goto(server.url);
      await page.locator('header a[href="/quotes"]').click();
      await page.waitForURL(/\/quotes$/);
      // Unfiltered, the page lists the quotes of the newest articles (a store-wide sorted listing takes a second).
      await expect(page.locator('main h2').first().textContent()).resolves.toMatch(/^Latest quotes/);
      expect(await page.locator('section.quote-hit').count()).toBeGreaterThan(10);
      await page.locator('form.filters input[name="q"]').fill('common sense');
      await page.locator('form.filters button[type="submit"]').click();
      await page.waitForURL(/q=common\+sense/);
      const hits = page.locator('section.quote-hit');
      await expect(hits.count()).resolves.toBe(1);
      await expect(hits.locator('h3 a').textContent()).resolves.toBe('Vladimir Putin');
      await hits.locator('blockquote a').click();
      await page.waitForURL(/\/articles\/.+#q-/);
      // The ingested hostile article's quote is listed with its outlet's markup as text.
      await page.goto(`${server.url}/quotes?q=${encodeURIComponent('will not stop')}`);
      await expect(page.locator('section.quote-hit').count()).resolves.toBe(1);
      await expect(page.locator('section.quote-hit blockquote').textContent()).resolves.toContain(
        '<img src=x onerror=alert(1)>Wire',
      );
      await expect(page.locator('main img, main script').count()).resolves.toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      await page.locator('header a[href="/sources"]').click();
      await page.waitForURL(/\/sources$/);
      await expect(page.locator('main h2').first().textContent()).resolves.toMatch(
        /in the newest 6 articles/,
      );
      await page.locator('form.filters select[name="kind"]').selectOption('agency');
      await page.waitForURL(/kind=agency/);
      const sources = await page.locator('table.sources tbody tr td:first-child').allTextContents();
      expect(sources.sort()).toEqual(['AFP', 'Interfax', 'TASS']);
    });

    it('draws the charts on outlet and entity pages', async () => {
      const outlet = (await seed.store.listArticles({ limit: 100 })).items.find((a) => a.outlet)?.outlet;
      if (outlet) {
        await page.goto(`${server.url}/outlets/${encodeURIComponent(outlet)}`);
        await expect(page.locator('h1').textContent()).resolves.toBe(outlet);
        expect(await page.locator('svg.chart, p.muted').count()).toBeGreaterThan(0);
      }
      const entity = (await seed.store.listEntities({ type: 'person', limit: 1 })).items[0];
      if (entity) {
        await page.goto(`${server.url}/entities/${entity.id}`);
        await expect(page.locator('h1').textContent()).resolves.toBe(entity.name);
      }
    });

    it('fits a phone screen without sideways scrolling', async () => {
      const story = await storyOf(/Putin urges Belarus/);
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      try {
        for (const path of [
          '/',
          `/stories/${story.id}`,
          `/articles/${story.articles[0]}`,
          '/quotes',
          '/sources',
        ]) {
          await phone.goto(`${server.url}${path}`);
          const overflow = await phone.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, path).toBeLessThanOrEqual(1);
        }
      } finally {
        await phone.close();
      }
    });

    it('raised no console error, CSP violation or dialog on any page', () => {
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  },
);
