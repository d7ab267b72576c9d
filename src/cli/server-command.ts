// `wiretrace serve`: the web UI and JSON API over a store, on loopback unless told otherwise.

import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/index.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import type { Store } from '../store/types.js';
import { CliError, EXIT, warn } from './output.js';

export interface ServeCliOptions {
  db?: string;
  port?: string;
  host?: string;
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new CliError(`--port must be a whole number from 0 to 65535, got "${value}"`, EXIT.usage);
  return port;
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

/**
 * Serves a store until SIGINT or SIGTERM, printing the address; `npm start` (demo) ends with this too.
 * Resolves once the server is closed; the caller closes the store.
 */
export async function serveUntilStopped(
  store: Store,
  options: { host?: string; port?: number; label?: string } = {},
): Promise<void> {
  const host = options.host ?? DEFAULT_HOST;
  if (!isLoopback(host))
    warn(
      `listening on ${host}: the UI is reachable from other machines (ingest still needs WIRETRACE_TOKEN)`,
    );
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ store, host, port: options.port ?? DEFAULT_PORT });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} is in use (try --port 0 for any free port)`
        : (error as Error).message;
    throw new CliError(`cannot start the server on ${host}: ${reason}`);
  }
  process.stdout.write(
    `wiretrace UI${options.label ? ` for ${options.label}` : ''} at ${server.url}/  (Ctrl-C to stop)\n`,
  );
  if (process.env.WIRETRACE_TOKEN)
    process.stdout.write('POST /api/articles is enabled (bearer token from WIRETRACE_TOKEN)\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}

export function registerServerCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and JSON API over the store (loopback by default; see /openapi.json)')
    .option('--db <file>', 'database file or postgres:// address (default: WIRETRACE_DB or ./wiretrace.db)')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 = any free port)`)
    .option('--host <h>', `address to bind (default ${DEFAULT_HOST})`)
    .action(async (o: ServeCliOptions) => {
      const port = parsePort(o.port);
      const location = resolveDbLocation(o.db);
      let store: Store;
      try {
        store = await openStore(location);
      } catch (error) {
        throw new CliError(`cannot open database ${location}: ${(error as Error).message}`);
      }
      try {
        await serveUntilStopped(store, { host: o.host, port, label: location });
      } finally {
        await store.close();
      }
      process.exitCode = EXIT.ok;
    });
}
