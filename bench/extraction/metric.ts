// ScrapingHub's article-extraction metric: 4-token shingle precision/recall per page, averaged, then F1.

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const n = Math.min(4, tokens.length);
  if (n === 0) return out;
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join('\u0001');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  exact: boolean;
}

export function scorePage(gold: string, pred: string): PageScore {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  const sum = tp + fp + fn;
  const [ntp, nfp, nfn] = sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
  const precision = ntp + nfp === 0 ? null : nfp === 0 && nfn === 0 ? 1 : ntp === 0 ? 0 : ntp / (ntp + nfp);
  const recall = ntp + nfn === 0 ? null : nfp === 0 && nfn === 0 ? 1 : ntp === 0 ? 0 : ntp / (ntp + nfn);
  const tokens = (s: string) => (s.match(TOKEN) ?? []).join(' ');
  return { tp: ntp, fp: nfp, fn: nfn, precision, recall, exact: tokens(gold) === tokens(pred) };
}

export function corpusScore(pages: PageScore[]): {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
} {
  const ps = pages.map((p) => p.precision).filter((x): x is number => x !== null);
  const rs = pages.map((p) => p.recall).filter((x): x is number => x !== null);
  const precision = ps.reduce((a, b) => a + b, 0) / (ps.length || 1);
  const recall = rs.reduce((a, b) => a + b, 0) / (rs.length || 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.filter((p) => p.exact).length / (pages.length || 1);
  return { precision, recall, f1, accuracy };
}
