// The BILOU tag set over the four CoNLL types, and conversions between tags and spans.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** Tag 0 is O; then B, I, L, U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const NUM_TAGS = TAGS.length;

/** A typed token span [start, end) in token indices. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NerType;
}

export const tagPrefix = (tag: number): string => (tag === 0 ? 'O' : 'BILU'[(tag - 1) % 4]);
export const tagType = (tag: number): number => (tag === 0 ? -1 : Math.floor((tag - 1) / 4));
export const makeTag = (prefix: 'B' | 'I' | 'L' | 'U', type: number): number =>
  1 + type * 4 + 'BILU'.indexOf(prefix);

/** Whether `tag` may follow `prev` in a well-formed BILOU sequence (prev = 0 at sentence start). */
export function allowed(prev: number, tag: number): boolean {
  const pp = tagPrefix(prev);
  const inside = pp === 'B' || pp === 'I';
  if (tag === 0) return !inside;
  const tp = tagPrefix(tag);
  if (tp === 'I' || tp === 'L') return inside && tagType(prev) === tagType(tag);
  return !inside;
}

/** allowed() as a NUM_TAGS x NUM_TAGS table (row = previous tag), for the decoder's inner loop. */
export const ALLOWED: Uint8Array = (() => {
  const t = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++)
    for (let c = 0; c < NUM_TAGS; c++) t[p * NUM_TAGS + c] = allowed(p, c) ? 1 : 0;
  return t;
})();

/** Tags that may end a sentence: O, L-x, U-x. */
export const CLOSING: Uint8Array = Uint8Array.from({ length: NUM_TAGS }, (_, t) =>
  t === 0 || (t - 1) % 4 >= 2 ? 1 : 0,
);

export function spansToTags(n: number, spans: TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const t = ENTITY_TYPES.indexOf(s.type);
    if (s.end - s.start === 1) tags[s.start] = makeTag('U', t);
    else {
      tags[s.start] = makeTag('B', t);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = makeTag('I', t);
      tags[s.end - 1] = makeTag('L', t);
    }
  }
  return tags;
}

/** Reads spans back from BILOU tags, tolerating ill-formed sequences (B without L ends where the type changes). */
export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  const flush = (end: number): void => {
    if (start >= 0) spans.push({ start, end, type: ENTITY_TYPES[type] });
    start = -1;
    type = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const p = tagPrefix(tag);
    const t = tagType(tag);
    if (p === 'O') flush(i);
    else if (p === 'U') {
      flush(i);
      spans.push({ start: i, end: i + 1, type: ENTITY_TYPES[t] });
    } else if (p === 'B') {
      flush(i);
      start = i;
      type = t;
    } else {
      if (start < 0 || type !== t) {
        flush(i);
        start = i;
        type = t;
      }
      if (p === 'L') flush(i + 1);
    }
  }
  flush(tags.length);
  return spans;
}
