// Deterministic synthetic news corpus with planted reuse: article i is a pure function of (seed, i), so nothing is stored.

export interface Segment {
  start: number;
  end: number;
  /** Article whose original sentences this text is (itself for its own text, -1 for footers and stock phrases). */
  origin: number;
  /** Sentence range [from, to) in the origin's original text. */
  from: number;
  to: number;
}

export interface GeneratedArticle {
  index: number;
  id: string;
  outlet: string;
  outletNo: number;
  published: string;
  body: string;
  segments: Segment[];
  /** Planted copies from earlier articles (subset of segments). */
  planted: Segment[];
  wholeCopyOf: number | null;
}

export interface CorpusOptions {
  seed?: number;
  outlets?: number;
  vocabulary?: number;
  /** Probability that an article carries planted passages (one or two). */
  plantRate?: number;
  /** Probability that an article is a republished copy of an earlier one. */
  copyRate?: number;
  /** How far back (in articles) a copied source may lie. */
  window?: number;
}

/**
 * sfc32 seeded from two 32-bit keys: a 128-bit state, so the streams of different articles do not overlap (a
 * one-word counter generator such as mulberry32 gives shifted copies of the same text for nearby seeds).
 */
function rng(a: number, b: number): () => number {
  let x = a | 0;
  let y = b | 0;
  let z = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) | 0;
  let c = 1;
  const next = (): number => {
    const t = (((x + y) | 0) + c) | 0;
    c = (c + 1) | 0;
    x = y ^ (y >>> 9);
    y = (z + (z << 3)) | 0;
    z = (z << 21) | (z >>> 11);
    z = (z + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 12; k++) next();
  return next;
}

const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
};

const SYLLABLES =
  'ka lo mi ne ru sa ti vo pe da ri mo lu ba ke zi na to fe gu ha je ro si va be di lo ma nu po re se ta vi'.split(
    ' ',
  );

const STOCK = [
  'The ministry said in a statement on Monday that it was monitoring the situation closely.',
  'Officials did not immediately respond to a request for comment.',
  'The announcement was made at a press conference in the capital.',
  'Further details were not immediately available.',
  'This is a developing story and will be updated.',
  'Analysts say the decision could have far reaching consequences for the region.',
  'The spokesperson told reporters that talks would continue next week.',
  'According to local media reports, several people were injured.',
];

export class Corpus {
  private readonly o: Required<CorpusOptions>;
  private readonly words: string[];
  private readonly cdf: Float64Array;
  private readonly footers: string[];

  constructor(options: CorpusOptions = {}) {
    this.o = {
      seed: 42,
      outlets: 300,
      vocabulary: 30000,
      plantRate: 0.12,
      copyRate: 0.005,
      window: 200000,
      ...options,
    };
    const r = rng(this.o.seed, 1);
    const seen = new Set<string>();
    this.words = [];
    while (this.words.length < this.o.vocabulary) {
      const n = 1 + Math.floor(r() * 3) + (r() < 0.3 ? 1 : 0);
      let w = '';
      for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
      if (!seen.has(w)) {
        seen.add(w);
        this.words.push(w);
      }
    }
    // Zipf(1.0) ranks: a few very common words, a long tail, as in news text.
    this.cdf = new Float64Array(this.o.vocabulary);
    let sum = 0;
    for (let k = 0; k < this.o.vocabulary; k++) {
      sum += 1 / (k + 1);
      this.cdf[k] = sum;
    }
    for (let k = 0; k < this.o.vocabulary; k++) this.cdf[k] /= sum;
    this.footers = [];
    for (let k = 0; k < this.o.outlets; k++) {
      const fr = rng(this.o.seed, mix(2, k));
      this.footers.push(`${this.sentence(fr, 14)} ${this.sentence(fr, 12)}`);
    }
  }

  outletName(k: number): string {
    return `outlet-${k}`;
  }

  private word(r: () => number): string {
    const u = r();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo];
  }

  private sentence(r: () => number, n: number): string {
    const ws: string[] = [];
    for (let k = 0; k < n; k++) ws.push(this.word(r));
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return `${ws.join(' ')}.`;
  }

  /** Article i's own sentences, grouped in paragraphs. */
  original(i: number): string[][] {
    const r = rng(mix(this.o.seed, 3), i);
    const paragraphs: string[][] = [];
    const np = 4 + Math.floor(r() * 4);
    for (let p = 0; p < np; p++) {
      const ns = 2 + Math.floor(r() * 3);
      const ss: string[] = [];
      for (let s = 0; s < ns; s++) ss.push(this.sentence(r, 8 + Math.floor(r() * 16)));
      paragraphs.push(ss);
    }
    return paragraphs;
  }

  private edit(r: () => number, text: string): string {
    const ws = text.split(' ');
    const edits = Math.floor(r() * 3);
    for (let e = 0; e < edits && ws.length > 6; e++) {
      const at = 1 + Math.floor(r() * (ws.length - 2));
      if (r() < 0.5) ws[at] = this.word(r);
      else ws.splice(at, 1);
    }
    return ws.join(' ');
  }

  /** Whether article i republishes an earlier one (decided apart from its text, so sources can avoid copies). */
  isCopy(i: number): boolean {
    return i > 0 && rng(mix(this.o.seed, 5), i)() < this.o.copyRate;
  }

  article(i: number): GeneratedArticle {
    const r = rng(mix(this.o.seed, 4), i);
    const outletNo = Math.floor(r() * this.o.outlets);
    const published = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
    const parts: { text: string; origin: number; from: number; to: number }[][] = [];
    const planted: { origin: number; from: number; to: number; text: string }[] = [];
    let wholeCopyOf: number | null = null;
    // A planted passage is taken from an article's own text, so its source must not itself be a copy.
    const back = (): number => {
      let j = i - 1 - Math.floor(r() * Math.min(i, this.o.window));
      while (j > 0 && this.isCopy(j)) j--;
      return j;
    };
    if (this.isCopy(i)) {
      wholeCopyOf = back();
      let n = 0;
      for (const p of this.original(wholeCopyOf)) {
        parts.push(p.map((text) => ({ text, origin: wholeCopyOf as number, from: n, to: ++n })));
      }
    } else {
      let n = 0;
      for (const p of this.original(i)) {
        const para = p.map((text) => ({ text, origin: i, from: n, to: ++n }));
        if (r() < 0.25)
          para.push({ text: STOCK[Math.floor(r() * STOCK.length)], origin: -1, from: 0, to: 0 });
        parts.push(para);
      }
      if (i > 0 && r() < this.o.plantRate) {
        const count = r() < 0.3 ? 2 : 1;
        for (let c = 0; c < count; c++) {
          const j = back();
          const src = this.original(j).flat();
          const len = 1 + Math.floor(r() * 4);
          const from = Math.floor(r() * Math.max(1, src.length - len + 1));
          const to = Math.min(src.length, from + len);
          const text = src
            .slice(from, to)
            .map((s) => (r() < 0.5 ? this.edit(r, s) : s))
            .join(' ');
          planted.push({ origin: j, from, to, text });
        }
      }
    }
    // Planted passages become paragraphs of their own at random places.
    for (const p of planted) {
      const at = Math.floor(r() * (parts.length + 1));
      parts.splice(at, 0, [{ text: p.text, origin: p.origin, from: p.from, to: p.to }]);
    }
    parts.push([{ text: this.footers[outletNo], origin: -1, from: 0, to: 0 }]);
    let body = '';
    const segments: Segment[] = [];
    for (const para of parts) {
      if (body.length > 0) body += '\n\n';
      for (let k = 0; k < para.length; k++) {
        if (k > 0) body += ' ';
        const start = body.length;
        body += para[k].text;
        const last = segments[segments.length - 1];
        const s = para[k];
        // Consecutive sentences of one origin form one segment (a planted paragraph is one segment).
        if (last && last.origin === s.origin && s.origin >= 0 && last.to === s.from && k > 0) {
          last.end = body.length;
          last.to = s.to;
        } else segments.push({ start, end: body.length, origin: s.origin, from: s.from, to: s.to });
      }
    }
    const plantedSegs = segments.filter((s) => s.origin >= 0 && s.origin !== i && wholeCopyOf === null);
    return {
      index: i,
      id: `a${i}`,
      outlet: this.outletName(outletNo),
      outletNo,
      published,
      body,
      segments,
      planted: plantedSegs,
      wholeCopyOf,
    };
  }
}
