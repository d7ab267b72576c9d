// A tree's quote code built apart from tsx: its own dist/, as speed-ab.ts and work.ts time or count it.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout's root (bench/quotes/../..). */
export const thisTree = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds `tree` with `tsc -p tsconfig.build.json` into its own dist/ (a tree without the tsconfig files, such as an
 * archive of src/ alone, gets this tree's) and answers the path of its built findQuotes module.
 */
export function builtQuotes(tree: string): string {
  for (const config of ['tsconfig.json', 'tsconfig.build.json'])
    if (!existsSync(join(tree, config))) copyFileSync(join(thisTree, config), join(tree, config));
  execFileSync(join(thisTree, 'node_modules/.bin/tsc'), ['-p', join(tree, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  return join(tree, 'dist/analyze/quotes/index.js');
}
