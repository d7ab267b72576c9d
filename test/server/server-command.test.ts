// The serve command's argument handling, and a real socket round trip through startServer.

import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort, registerServerCommand } from '../../src/cli/server-command.js';
import { startServer } from '../../src/server/index.js';
import { buildSeedStore, type SeedStore } from './seed-store.js';

let seed: SeedStore;
beforeAll(async () => {
  seed = await buildSeedStore();
});
afterAll(async () => seed?.cleanup());

describe('serve command', () => {
  it('registers `serve` with --db, --port and --host', () => {
    const program = new Command();
    registerServerCommand(program);
    const serve = program.commands.find((c) => c.name() === 'serve')!;
    expect(serve.options.map((o) => o.long)).toEqual(['--db', '--port', '--host']);
  });

  it('checks the port', () => {
    expect(parsePort(undefined)).toBe(7340);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    expect(() => parsePort('80a')).toThrow(/--port must be a whole number/);
    expect(() => parsePort('70000')).toThrow(/--port/);
  });
});

describe('startServer', () => {
  it('binds loopback on a free port and serves pages and API over HTTP', async () => {
    const server = await startServer({ store: seed.store, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const stats = await (await fetch(`${server.url}/api/stats`)).json();
      expect(stats.articles).toBe(5);
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain('<h1>Stories</h1>');
    } finally {
      await server.close();
    }
  });
});

describe('DNS rebinding', () => {
  it('answers only to loopback host names when bound to loopback', async () => {
    const server = await startServer({ store: seed.store, port: 0 });
    try {
      const { request } = await import('node:http');
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request(`${server.url}/api/stats`, { headers: { Host: host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      const port = new URL(server.url).port;
      expect(await status(`127.0.0.1:${port}`)).toBe(200);
      expect(await status(`localhost:${port}`)).toBe(200);
      expect(await status(`evil.example:${port}`)).toBe(421);
    } finally {
      await server.close();
    }
  });
});
