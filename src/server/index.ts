// The server door: the Hono app (testable without a socket) and a loopback HTTP server around it.

import { serve } from '@hono/node-server';
import { createApp, type ServerOptions } from './app.js';

export { CSP, createApp, type ServerOptions } from './app.js';
export { escapeHtml, html, SafeHtml } from './html.js';
export { buildOpenApi } from './openapi.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7340;

/** Listens on host:port (loopback, 7340 by default) and resolves once the socket is bound. */
export async function startServer(options: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? DEFAULT_HOST;
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  const app = createApp({
    ...options,
    allowedHosts: options.allowedHosts ?? (loopback ? ['localhost', '127.0.0.1', '[::1]', host] : undefined),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info) => {
      const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would hold close() open until they time out.
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
    // Slow clients must not hold sockets open forever.
    (server as { requestTimeout?: number }).requestTimeout = 30_000;
    (server as { headersTimeout?: number }).headersTimeout = 15_000;
  });
}
