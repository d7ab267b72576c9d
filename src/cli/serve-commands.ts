// CLI commands that serve: demo (the quick start) and serve (HTTP API and web UI).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { demoReport } from '../report/demo.js';
import { EXIT } from './output.js';
import { runIngest, withStore } from './pipeline-commands.js';
import { parsePort, serveUntilStopped } from './server-command.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = join(packageRoot, 'examples');

export function registerServeCommands(program: Command): void {
  program
    .command('demo')
    .description('run wiretrace on the example corpus and print what it found (npm start)')
    .option('--db <file>', 'database file (default: a fresh temporary one)')
    .option('--port <n>', 'port for the web UI', '7340')
    .option('--no-serve', 'print the report and exit instead of serving the web UI')
    .action(async (o: { db?: string; port: string; serve: boolean }) => {
      // Without --db the demo's database is its own, and goes when the demo stops.
      const scratch = o.db ? null : mkdtempSync(join(tmpdir(), 'wiretrace-demo-'));
      const db = o.db ?? join(scratch as string, 'demo.db');
      try {
        // The temporary database's path was printed as if it could be opened later; it is gone once the demo stops.
        const where = o.db
          ? `database ${db}`
          : 'a temporary database, removed when the demo stops (--db FILE keeps one)';
        process.stdout.write(`wiretrace on the example corpus (${EXAMPLES_DIR}), ${where}\n\n`);
        await runIngest([EXAMPLES_DIR], { db }, true);
        await withStore(db, async (store) => {
          process.stdout.write(`\n${await demoReport(store)}\n`);
          if (o.serve)
            await serveUntilStopped(store, { port: parsePort(o.port), label: 'the example corpus' });
          return EXIT.ok;
        });
      } finally {
        if (scratch) rmSync(scratch, { recursive: true, force: true });
      }
    });
}
