// Word-level differences between two copied passages, for side-by-side display.

export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Words with the whitespace after them, so that joining the parts gives the text back exactly. */
const words = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];
const norm = (w: string) => w.trim().toLowerCase();

/** Longest-common-subsequence diff over words; above `maxWords` a side it gives up and marks all as changed. */
export function wordDiff(a: string, b: string, maxWords = 1500): { left: DiffPart[]; right: DiffPart[] } {
  const x = words(a);
  const y = words(b);
  if (x.length > maxWords || y.length > maxWords) {
    return { left: [{ op: 'del', text: a }], right: [{ op: 'ins', text: b }] };
  }
  const n = x.length;
  const m = y.length;
  // Compare interned word ids, not strings, in the quadratic loop.
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    const key = norm(w);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const xi = Int32Array.from(x, idOf);
  const yi = Int32Array.from(y, idOf);
  // Suffix LCS lengths in one flat array: (n+1)*(m+1) small ints.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] =
        norm(x[i]) === norm(y[j])
          ? lcs[at(i + 1, j + 1)] + 1
          : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
  }
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  const push = (list: DiffPart[], op: DiffPart['op'], text: string) => {
    const last = list.at(-1);
    if (last && last.op === op) last.text += text;
    else list.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && xi[i] === yi[j]) {
      push(left, 'same', x[i++]);
      push(right, 'same', y[j++]);
    } else if (j < m && (i === n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)])) {
      push(right, 'ins', y[j++]);
    } else {
      push(left, 'del', x[i++]);
    }
  }
  return { left, right };
}
