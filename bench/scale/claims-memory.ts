// Claim tracker memory on the generated stream: live heap as articles go by. Run it with the default window (one-article
// cores forgotten 60 days behind the newest article) and with `0` (the window off: nothing is ever forgotten).
// Usage: node --expose-gc --import tsx bench/scale/claims-memory.ts [windowDays=60] [total=300000] [step=50000]

import { ClaimTracker } from '../../src/link/claims/index.js';
import { generateArticles } from './generate.js';

const windowDays = Number(process.argv[2] ?? 60);
const total = Number(process.argv[3] ?? 300_000);
const step = Number(process.argv[4] ?? 50_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

console.log(
  `claims memory: window ${windowDays} days, ${total} generated articles, ${new Date().toISOString()}`,
);
console.log('| articles | live heap MB | one-article cores | claims | tracker CPU ms/article |');
console.log('|---:|---:|---:|---:|---:|');
const base = heapMb();
const tracker = new ClaimTracker([], { windowDays });
let cpuMs = 0;
let n = 0;
let batch: { id: string; body: string; published: string; outlet: string }[] = [];
for (const g of generateArticles(total)) {
  batch.push({ id: g.id, body: g.paragraphs.join('\n\n'), published: g.published, outlet: g.outlet });
  n++;
  if (batch.length < 500 && n < total) continue;
  const c0 = process.cpuUsage();
  tracker.addAll(batch);
  const c = process.cpuUsage(c0);
  cpuMs += (c.user + c.system) / 1000;
  batch = [];
  if (n % step === 0 || n === total)
    console.log(
      `| ${n} | ${(heapMb() - base).toFixed(0)} | ${tracker.pending().length} | ${tracker.claims().length} | ${(cpuMs / n).toFixed(3)} |`,
    );
}
