import { readdirSync, readFileSync } from 'node:fs';
import { extractHtml } from '../../src/extract/html/index.js';

const d = '/work/shared/data/article-extraction/html/';
const pages = readdirSync(d).map((f) => readFileSync(d + f, 'utf8'));
for (let k = 0; k < 3; k++) {
  const t = process.cpuUsage();
  for (const p of pages) extractHtml(p);
  const u = process.cpuUsage(t);
  console.log(((u.user + u.system) / 1000).toFixed(0), 'ms cpu');
}
