// npx tsx bench/quotes/work-split.ts RUN.out [BASE.out]: a cachegrind run's instructions (less BASE's, the startup
// or a shorter run) split by what V8 was doing: compiling (TurboFan, regexps) or running. See work.ts.

import { execFileSync } from 'node:child_process';

/** Instructions by function, from cg_annotate. */
function byFunction(file: string): Map<string, number> {
  const text = execFileSync('cg_annotate', ['--threshold=0', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.+)$/.exec(line);
    if (!m || m[2].includes('PROGRAM TOTALS')) continue;
    out.set(m[2], (out.get(m[2]) ?? 0) + Number(m[1].replaceAll(',', '')));
  }
  return out;
}

/** V8's regexp compiler and the ICU property sets it builds for \p{…}. */
const REGEXP_COMPILE =
  /icu_|u_charType|ucase_|RegExpCompiler|RegExpParser|RegExpBuilder|RegExpBytecode|RegExpMacroAssembler(?!::IsCharacterInRangeArray)|RegExpImpl|RegExp::|TextNode|ChoiceNode|RegExpNode|CharacterRange|UnicodeRangeSplitter|QuickCheck|GenerateBranches|Trace::|BoyerMoore|Analysis|Zone/;

/** The part of V8 (or the process) a function of cachegrind's listing belongs to. */
function part(fn: string): string {
  const name = fn.slice(fn.indexOf(':') + 1);
  if (name === '???') return 'optimized code and regexps run (JIT, no symbols)';
  if (name.includes('compiler::')) return 'TurboFan compiling';
  if (name.startsWith('Builtins_')) return 'builtins (interpreter, strings, regexp entry, maps)';
  if (REGEXP_COMPILE.test(name)) return 'regexp compiling';
  if (name.includes('IsCharacterInRangeArray')) return 'builtins (interpreter, strings, regexp entry, maps)';
  if (/Heap|Scaveng|Mark|Sweep|Evacuat|Slot|MemoryChunk|Space/.test(name)) return 'garbage collection';
  if (/malloc|free|mem(?:cpy|move|set|chr)/.test(fn)) return 'libc memory';
  return 'other C++ (runtime, parser, baseline)';
}

const [run, base] = process.argv.slice(2);
const a = byFunction(run);
const b = base ? byFunction(base) : new Map<string, number>();
const parts = new Map<string, number>();
for (const fn of new Set([...a.keys(), ...b.keys()]))
  parts.set(part(fn), (parts.get(part(fn)) ?? 0) + (a.get(fn) ?? 0) - (b.get(fn) ?? 0));
const total = [...parts.values()].reduce((x, y) => x + y, 0);
for (const [name, ir] of [...parts].sort((x, y) => y[1] - x[1]))
  console.log(
    `${(ir / 1e6).toFixed(0).padStart(8)} M  ${((100 * ir) / total).toFixed(1).padStart(5)}%  ${name}`,
  );
console.log(`${(total / 1e6).toFixed(0).padStart(8)} M  total${base ? ` (${run} less ${base})` : ''}`);
