import { chromium } from 'playwright-core';
import { buildSeedStore } from '/work/main/test/server/seed-store.js';
import { startServer } from '/work/main/src/server/index.js';
const seed = await buildSeedStore();
const server = await startServer({ store: seed.store, port: 0 });
const stories = (await seed.store.listStories({})).items;
const arts = (await seed.store.listArticles({})).items;
const ents = (await seed.store.listEntities({limit:3})).items;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors: string[] = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
const shots: [string,string][] = [['home','/'],['story',`/stories/${stories[1].id}`],['article',`/articles/${arts[0].id}`],['search','/?q=Zakharova'],['outlet','/outlets/Press%20TV'],['entity',`/entities/${ents[0].id}`],['entities','/entities']];
for (const [name, path] of shots) { await page.goto(server.url + path); await page.screenshot({ path: `/tmp/wt-ui/${name}.png`, fullPage: true }); }
const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
await phone.goto(server.url + `/stories/${stories[1].id}`); await phone.screenshot({ path: '/tmp/wt-ui/phone-story.png', fullPage: true });
console.log('errors', errors);
await browser.close(); await server.close(); await seed.cleanup();
