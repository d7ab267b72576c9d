// PAN 2013 text-alignment benchmark: wiretrace's alignTexts against a naive exact-n-gram peer, plagdet per subset.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alignment } from '../../src/link/reuse/index.js';
import { type CaseSpan, type PlagdetScore, plagdet } from './plagdet.js';

export interface PanPair {
  subset: string;
  susp: string;
  src: string;
  cases: CaseSpan[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Reads every pair of one split (train or test) with its truth cases. */
export function loadSplit(root: string): PanPair[] {
  const pairs: PanPair[] = [];
  for (const subset of readdirSync(root)
    .filter((d) => /^\d\d-/.test(d))
    .sort()) {
    const lines = readFileSync(join(root, subset, 'pairs'), 'utf8')
      .split('\n')
      .filter(Boolean);
    for (const line of lines) {
      const [susp, src] = line.split(' ');
      const key = `${susp}|${src}`;
      const xmlPath = join(root, subset, `${susp.replace(/\.txt$/, '')}-${src.replace(/\.txt$/, '')}.xml`);
      let xml = '';
      try {
        xml = readFileSync(xmlPath, 'utf8');
      } catch {
        xml = '';
      }
      const cases: CaseSpan[] = [];
      for (const m of xml.matchAll(/<feature[^>]*name="plagiarism"[^>]*>/g)) {
        const t = m[0];
        const so = Number(attr(t, 'this_offset'));
        const sl = Number(attr(t, 'this_length'));
        const ro = Number(attr(t, 'source_offset'));
        const rl = Number(attr(t, 'source_length'));
        cases.push({ pair: key, suspStart: so, suspEnd: so + sl, srcStart: ro, srcEnd: ro + rl });
      }
      pairs.push({ subset, susp, src, cases });
    }
  }
  return pairs;
}

export type Aligner = (source: string, target: string) => Alignment[];

/** The peer: exact matches of 8 lowercased words, merged when less than 300 characters apart. */
export function naiveAligner(source: string, target: string): Alignment[] {
  const words = (s: string) =>
    [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      w: m[0].toLowerCase(),
      a: m.index,
      b: m.index + m[0].length,
    }));
  const n = 8;
  const sw = words(source);
  const tw = words(target);
  const grams = new Map<string, number[]>();
  for (let i = 0; i + n <= sw.length; i++) {
    const g = sw
      .slice(i, i + n)
      .map((x) => x.w)
      .join(' ');
    const l = grams.get(g);
    if (l) l.push(i);
    else grams.set(g, [i]);
  }
  const hits: { s0: number; s1: number; t0: number; t1: number }[] = [];
  for (let j = 0; j + n <= tw.length; j++) {
    const g = tw
      .slice(j, j + n)
      .map((x) => x.w)
      .join(' ');
    for (const i of grams.get(g) ?? []) {
      hits.push({ s0: sw[i].a, s1: sw[i + n - 1].b, t0: tw[j].a, t1: tw[j + n - 1].b });
    }
  }
  hits.sort((x, y) => x.t0 - y.t0);
  const out: Alignment[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (
      last &&
      h.t0 - last.targetEnd < 300 &&
      Math.abs(h.s0 - last.sourceEnd) < 300 &&
      h.s0 >= last.sourceStart
    ) {
      last.targetEnd = Math.max(last.targetEnd, h.t1);
      last.sourceEnd = Math.max(last.sourceEnd, h.s1);
    } else
      out.push({ sourceStart: h.s0, sourceEnd: h.s1, targetStart: h.t0, targetEnd: h.t1, similarity: 1 });
  }
  return out.filter((a) => a.targetEnd - a.targetStart >= 150);
}

export interface PanRun {
  name: string;
  bySubset: Map<string, PlagdetScore>;
  overall: PlagdetScore;
  pairsPerSecond: number;
  seconds: number;
  /** Pairs per second of this process's CPU time: steadier than wall time on a shared machine. */
  pairsPerCpuSecond: number;
  cpuSeconds: number;
}

/** Aligns every pair (texts preloaded, so only alignment is timed) and scores it. */
export function runPan(root: string, pairs: PanPair[], name: string, align: Aligner): PanRun {
  const texts = new Map<string, string>();
  const read = (dir: string, f: string): string => {
    const k = `${dir}/${f}`;
    let t = texts.get(k);
    if (t === undefined) {
      t = readFileSync(join(root, dir, f), 'utf8');
      texts.set(k, t);
    }
    return t;
  };
  const loaded = pairs.map((p) => ({ p, susp: read('susp', p.susp), src: read('src', p.src) }));
  const detections = new Map<string, CaseSpan[]>();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const { p, susp, src } of loaded) {
    const key = `${p.susp}|${p.src}`;
    const found = align(src, susp).map((a) => ({
      pair: key,
      suspStart: a.targetStart,
      suspEnd: a.targetEnd,
      srcStart: a.sourceStart,
      srcEnd: a.sourceEnd,
    }));
    detections.set(key, found);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bySubset = new Map<string, PlagdetScore>();
  const subsets = [...new Set(pairs.map((p) => p.subset))];
  const allCases: CaseSpan[] = [];
  const allDet: CaseSpan[] = [];
  for (const s of subsets) {
    const ps = pairs.filter((p) => p.subset === s);
    const cases = ps.flatMap((p) => p.cases);
    const det = ps.flatMap((p) => detections.get(`${p.susp}|${p.src}`) ?? []);
    allCases.push(...cases);
    allDet.push(...det);
    bySubset.set(s, plagdet(cases, det));
  }
  return {
    name,
    bySubset,
    overall: plagdet(allCases, allDet),
    pairsPerSecond: pairs.length / seconds,
    seconds,
    pairsPerCpuSecond: pairs.length / cpuSeconds,
    cpuSeconds,
  };
}
