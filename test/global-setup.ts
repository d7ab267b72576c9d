// One temporary folder per test run: the databases, spools and pages the tests write go there (os.tmpdir() reads
// TMPDIR, which the test workers inherit), and the whole folder is removed when the run ends, so runs leave nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-tests-'));
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
