// What the quote benchmark scripts share: where PolNeAR is, and their `--name value` options.

import { dataDir } from '../data-dir.js';

/** The PolNeAR folder under the shared data; exits with a message when it is missing. */
export const polnearDir = (): string => dataDir('quotes', 'polnear');

/** The value after `--name` on the command line, or `fallback`. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
