// Where benchmarks find the research data: ../shared/data beside the project, or $WIRETRACE_DATA.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function dataDir(...parts: string[]): string {
  const root = process.env.WIRETRACE_DATA ?? join(projectRoot, '..', 'shared', 'data');
  const dir = join(root, ...parts);
  if (!existsSync(dir)) {
    console.error(`benchmark data not found at ${dir} (set WIRETRACE_DATA to the shared data folder)`);
    process.exit(2);
  }
  return dir;
}
