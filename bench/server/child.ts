// Serves the bench store twice in a process of its own: the wiretrace app, and a bare node:http peer.
// The peer runs the same queries with no framework, validation, CSP or rate limit: the floor to compare with.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../src/server/index.js';
import { articleView, storiesView, storyView } from '../../src/server/queries.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const store = new SqliteStore(process.argv[2]);
const app = await startServer({ store, port: 0, rateLimit: 100_000 });
const uncached = await startServer({ store, port: 0, rateLimit: 100_000, cacheSeconds: 0 });

const bare = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.searchParams;
  const parts = url.pathname.split('/').filter(Boolean);
  let body: unknown = null;
  if (url.pathname === '/api/stories') {
    body = await storiesView(store, { sort: 'recent', limit: Number(p.get('limit') ?? 25), offset: 0 });
  } else if (parts[1] === 'stories' && parts[2]) {
    body = await storyView(store, decodeURIComponent(parts[2]));
  } else if (url.pathname === '/api/articles') {
    body = await store.listArticles({ search: p.get('q') ?? undefined, limit: Number(p.get('limit') ?? 50) });
  } else if (parts[1] === 'articles' && parts[2]) {
    body = await articleView(store, parts[2]);
  } else if (url.pathname === '/api/quotes') {
    body = await store.listQuotes({
      speaker: p.get('speaker') ?? undefined,
      story: p.get('story') ?? undefined,
      limit: Number(p.get('limit') ?? 50),
    });
  }
  res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
process.stdout.write(
  `${JSON.stringify({ wiretrace: app.url, uncached: uncached.url, bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}` })}\n`,
);
process.on('SIGTERM', async () => {
  bare.close();
  await app.close();
  await uncached.close();
  await store.close();
  process.exit(0);
});
