// Learning the story linker's join model from gold clusters: logistic regression over linker features.

import {
  extractSignals,
  FEATURE_NAMES,
  StoryLinker,
  type StoryModel,
  type StoryOptions,
} from '../../src/link/stories/index.js';
import { type EcbDoc, score, shuffled } from './ecb.js';

export interface Example {
  x: number[];
  y: number;
}

/** Streams the documents in several orders with gold placement, recording each candidate's features. */
export function collectExamples(docs: EcbDoc[], orders: number[], options: StoryOptions = {}): Example[] {
  const sigs = new Map(docs.map((d) => [d.doc.id, extractSignals(d.doc)]));
  const out: Example[] = [];
  for (const seed of orders) {
    const linker = new StoryLinker(options);
    for (const d of shuffled(docs, seed)) {
      for (const c of linker.trainingStep(sigs.get(d.doc.id)!, d.cluster)) {
        out.push({ x: c.features, y: c.story === d.cluster ? 1 : 0 });
      }
    }
  }
  return out;
}

/** L2-regularised logistic regression by Newton's method (few features, so a direct solve is cheap). */
export function fitLogistic(
  ex: Example[],
  l2 = 1,
  fixed: Record<number, number> = {},
): { bias: number; weights: number[] } {
  const d = FEATURE_NAMES.length + 1;
  const free = [...Array(d).keys()].filter((j) => !(j - 1 in fixed));
  const w = new Array<number>(d).fill(0);
  for (const [j, v] of Object.entries(fixed)) w[Number(j) + 1] = v;
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of ex) {
      const x = [1, ...e.x];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      for (let j = 0; j < d; j++) {
        g[j] += (p - e.y) * x[j];
        for (let k = 0; k < d; k++) h[j][k] += r * x[j] * x[k];
      }
    }
    for (let j = 1; j < d; j++) {
      g[j] += l2 * w[j];
      h[j][j] += l2;
    }
    // Solve on the free coordinates only.
    const m = free.length;
    const a = free.map((j) => [...free.map((k) => h[j][k]), g[j]]);
    for (let c = 0; c < m; c++) {
      let piv = c;
      for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
      [a[c], a[piv]] = [a[piv], a[c]];
      const div = a[c][c] || 1e-12;
      for (let r = 0; r < m; r++) {
        if (r === c) continue;
        const f = a[r][c] / div;
        for (let k = c; k <= m; k++) a[r][k] -= f * a[c][k];
      }
    }
    let step = 0;
    free.forEach((j, i) => {
      const delta = a[i][m] / (a[i][i] || 1e-12);
      w[j] -= delta;
      step = Math.max(step, Math.abs(delta));
    });
    if (step < 1e-6) break;
  }
  return { bias: w[0], weights: w.slice(1) };
}

/** Streams the documents through a linker; returns the predicted story per document (input order). */
export function stream(docs: EcbDoc[], seed: number, options: StoryOptions): string[] {
  const linker = new StoryLinker(options);
  const label = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const d of shuffled(docs, seed)) {
    const a = linker.add(d.doc);
    label.set(d.doc.id, a.story);
    const list = members.get(a.story) ?? [];
    list.push(d.doc.id);
    for (const gone of a.absorbed) {
      for (const id of members.get(gone) ?? []) {
        label.set(id, a.story);
        list.push(id);
      }
      members.delete(gone);
    }
    members.set(a.story, list);
  }
  return docs.map((d) => label.get(d.doc.id)!);
}

/** Mean BCubed F1 over the given orders. */
export function meanF1(docs: EcbDoc[], seeds: number[], options: StoryOptions): number {
  const gold = docs.map((d) => d.cluster);
  let s = 0;
  for (const seed of seeds) s += score(stream(docs, seed, options), gold).bcubedF1;
  return s / seeds.length;
}

/** Learns weights, then the join threshold that maximises BCubed F1 on the same (training) documents. */
export function trainModel(
  docs: EcbDoc[],
  options: StoryOptions = {},
  fixed: Record<number, number> = {},
): StoryModel {
  const ex = collectExamples(docs, [11, 12, 13, 14, 15], options);
  const { bias, weights } = fitLogistic(ex, 1, fixed);
  let best: StoryModel = { bias, weights, threshold: 0.5 };
  let bestF = -1;
  for (let t = 0.1; t <= 0.901; t += 0.05) {
    const model = { bias, weights, threshold: Number(t.toFixed(2)) };
    const f = meanF1(docs, [21, 22, 23], { ...options, model });
    if (f > bestF) {
      bestF = f;
      best = model;
    }
  }
  return best;
}
