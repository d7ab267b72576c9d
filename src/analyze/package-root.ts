// Where the committed models live, found the same way from src/ (tsx, tests) and from dist/ (the built CLI).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this file that holds package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** A path under the package's `models/` folder, e.g. `modelPath('ner', 'ner.bin.gz')`. */
export const modelPath = (...parts: string[]): string => join(packageRoot(), 'models', ...parts);
