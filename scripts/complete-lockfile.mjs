// Adds lockfile entries for platform-specific optional packages that this machine's npm registry mirror does not
// serve (other operating systems' builds of Biome and msgpackr-extract). `npm install` silently leaves them out,
// and `npm ci` then refuses the lockfile as out of sync. The entries carry os/cpu/libc, so npm skips them on every
// platform they are not for and never fetches them here. Run after `npm install`: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

const platformOf = (name) => {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd'].find((o) => name.includes(`-${o}`));
  const cpu = ['arm64', 'x64', 'arm', 'ia32'].find((c) => new RegExp(`-${c}(-|$)`).test(name));
  return os && cpu ? { os: [os], cpu: [cpu], ...(name.endsWith('-musl') ? { libc: ['musl'] } : {}) } : null;
};

let added = 0;
for (const entry of Object.values(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (packages[target]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries`);
