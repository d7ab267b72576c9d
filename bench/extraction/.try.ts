import { readFileSync } from 'node:fs';
import { extractHtml } from '/work/main/src/extract/html/index.js';

for (const f of process.argv.slice(2)) {
  const r = extractHtml(readFileSync(f, 'utf8'));
  console.log('#####', f);
  console.log(
    JSON.stringify({ ...r, removed: r.removed.map((x) => `${x.reason}: ${x.text.slice(0, 50)}`) }, null, 1),
  );
}
