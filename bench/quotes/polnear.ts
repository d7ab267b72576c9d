// PolNeAR reader (brat standoff attributions) and the Gender Gap Tracker style overlap scorer.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fragments {
  parts: [number, number][];
  text: string;
}

export interface GoldAttribution {
  content: Fragments;
  source: Fragments | null;
  cue: Fragments | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

const parseSpans = (s: string): [number, number][] =>
  s.split(';').map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return [a, b] as [number, number];
  });

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; parts: [number, number][]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, mid, text] = line.split('\t');
      if (!mid) continue;
      const sp = mid.indexOf(' ');
      spans.set(id, { label: mid.slice(0, sp), parts: parseSpans(mid.slice(sp + 1)), text: text ?? '' });
    } else if (line.startsWith('E')) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    let content: Fragments | null = null;
    let source: Fragments | null = null;
    let cue: Fragments | null = null;
    for (const arg of ev.split(/\s+/)) {
      const [role, id] = arg.split(':');
      const t = spans.get(id);
      if (!t) continue;
      // A few events (88) give their content in two arguments, Content and Content2: one quote in pieces.
      if (role.startsWith('Content'))
        content = content
          ? {
              parts: [...content.parts, ...t.parts].sort((a, b) => a[0] - b[0]),
              text: `${content.text} ${t.text}`,
            }
          : { parts: t.parts, text: t.text };
      else if (role.startsWith('Source')) source = { parts: t.parts, text: t.text };
      else if (role.startsWith('Cue')) cue = { parts: t.parts, text: t.text };
    }
    if (content) out.push({ content, source, cue });
  }
  return out;
}

/** One annotation per article: the first .ann file in sorted order, as the dataset README advises. */
export function loadSplit(root: string, split: string): PolnearArticle[] {
  const textDir = join(root, 'data', split, 'text');
  const annDir = join(root, 'data', split, 'attributions');
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[^_]+\.ann$/, '');
    if (!firstAnn.has(base)) firstAnn.set(base, f);
  }
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const name = f.slice(0, -4);
    const ann = firstAnn.get(name);
    if (!ann) continue;
    out.push({
      name,
      text: readFileSync(join(textDir, f), 'utf8'),
      gold: parseAnn(readFileSync(join(annDir, ann), 'utf8')),
    });
  }
  return out;
}

export interface Prediction {
  start: number;
  end: number;
  source: { start: number; end: number } | null;
  speaker: string | null;
  kind?: string;
  /** The pieces of a quote broken by its frame ("“A,” he said, “B”"): one attribution, as PolNeAR marks it. */
  parts?: [number, number][];
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const fragLen = (f: Fragments): number => f.parts.reduce((n, [a, b]) => n + (b - a), 0);
const fragOverlap = (f: Fragments, s: number, e: number): number =>
  f.parts.reduce((n, [a, b]) => n + overlap(a, b, s, e), 0);
/** Characters of gold span f inside prediction p, piece by piece. */
const predOverlap = (f: Fragments, p: Prediction): number =>
  p.parts ? p.parts.reduce((n, [s, e]) => n + fragOverlap(f, s, e), 0) : fragOverlap(f, p.start, p.end);

/**
 * One prediction per attribution: quotes that share a cue (a quote broken by "he said", or a quote and its
 * paraphrase in one sentence) become one prediction in pieces, as PolNeAR gives one content in pieces.
 */
export function joinByCue<P extends Prediction & { cue: { start: number; end: number } | null }>(
  preds: P[],
): P[] {
  const out: P[] = [];
  const byCue = new Map<string, P>();
  for (const p of preds) {
    const key = p.cue ? `${p.cue.start}:${p.cue.end}` : '';
    const had = key ? byCue.get(key) : undefined;
    if (!had) {
      const q: P = { ...p, parts: [[p.start, p.end]] };
      out.push(q);
      if (key) byCue.set(key, q);
      continue;
    }
    had.parts!.push([p.start, p.end]);
    had.start = Math.min(had.start, p.start);
    had.end = Math.max(had.end, p.end);
  }
  return out;
}

/** Characters of a gold span covered by the union of predicted spans. */
const unionCover = (f: Fragments, preds: Prediction[]): number => {
  let n = 0;
  for (const [a, b] of f.parts) {
    const iv = preds
      .map((p) => [Math.max(a, p.start), Math.min(b, p.end)] as [number, number])
      .filter(([x, y]) => y > x)
      .sort((x, y) => x[0] - y[0]);
    let cur = -1;
    for (const [x, y] of iv) {
      if (y <= cur) continue;
      n += y - Math.max(x, cur);
      cur = y;
    }
  }
  return n;
};

export interface Tally {
  gold: number;
  pred: number;
  tp30: number;
  matched30: number;
  tp80: number;
  matched80: number;
  /** Matched (≥30%) gold quotes that have a gold source, and those whose predicted source overlaps it. */
  withSource: number;
  sourceRight: number;
  /** Of those, gold sources that contain a capitalised name, and those where the resolved speaker shares a name word. */
  namedSource: number;
  namedRight: number;
  /** The same by the rule before 2026-12-04 (a sentence-opening name is no name), for comparison with old runs. */
  strictNamedSource: number;
  strictNamedRight: number;
  /** The same by the rule before 2026-12-06 (a name that only modifies a common noun names the speaker). */
  modifierNamedSource: number;
  modifierNamedRight: number;
  /** The same two counts split by the kind of the matched prediction (direct, partial, indirect). */
  namedByKind: Record<string, [number, number]>;
  /**
   * Gold sources whose head is a name (see sourceHead), and those where the speaker holds that name: stricter than
   * namedRight, which credits "Bernie Sanders" for "Sanders campaign manager Jeff Weaver".
   */
  headSource: number;
  headRight: number;
}

export const emptyTally = (): Tally => ({
  gold: 0,
  pred: 0,
  tp30: 0,
  matched30: 0,
  tp80: 0,
  matched80: 0,
  withSource: 0,
  sourceRight: 0,
  namedSource: 0,
  namedRight: 0,
  strictNamedSource: 0,
  strictNamedRight: 0,
  modifierNamedSource: 0,
  modifierNamedRight: 0,
  namedByKind: {},
  headSource: 0,
  headRight: 0,
});

const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'president',
  'senator',
  'governor',
]);
const ARTICLE = /^(?:The|A|An|But|And|In|On|As|According)$/;
const PRONOUN = /^(?:he|she|they|it|i|we|you|who|which|that|him|her|them|his|its|their|our|my|your)$/i;

/**
 * How predictions are matched to gold quotes. `ggt` (the default) follows the Gender Gap Tracker's
 * evaluate_quotes.py: gold quotes in text order each take the unused prediction that covers the largest share of
 * their characters, if that share passes the threshold; each prediction serves one gold quote at most. True
 * positives are the pairs; the other predictions are false positives, the other gold quotes false negatives.
 * `lenient` is what this bench did before 2026-12-03: a gold quote also counted as found when several predictions
 * together covered ≥ t of it, and a prediction counted as right when ≥ t of it lay inside such a found quote, however
 * little of the quote it held, so one quote cut in three could count three times in precision.
 */
export type Scorer = 'ggt' | 'lenient';

/** The share of gold span f's characters that prediction p covers, piece by piece (0 for an empty span). */
export function coverage(f: Fragments, p: Prediction): number {
  const len = fragLen(f);
  return len > 0 ? predOverlap(f, p) / len : 0;
}

/** GGT pairs at threshold thr: for each gold quote, its prediction or null. */
export function ggtPairs<P extends Prediction>(
  gold: GoldAttribution[],
  preds: P[],
  thr: number,
): (P | null)[] {
  const used = new Set<P>();
  const order = gold
    .map((_, i) => i)
    .sort((x, y) => gold[x].content.parts[0][0] - gold[y].content.parts[0][0]);
  const out: (P | null)[] = gold.map(() => null);
  for (const i of order) {
    const g = gold[i];
    let best: P | null = null;
    let bestScore = 0;
    for (const p of preds) {
      if (used.has(p)) continue;
      const score = coverage(g.content, p);
      if (score > thr && score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    if (best) used.add(best);
    out[i] = best;
  }
  return out;
}

/** Lenient pairs: gold quotes covered ≥ thr by the union of predictions, each with its most overlapping one. */
function lenientPairs(gold: GoldAttribution[], preds: Prediction[], thr: number): (Prediction | null)[] {
  return gold.map((g) => {
    if (unionCover(g.content, preds) < thr * fragLen(g.content)) return null;
    let best: Prediction | null = null;
    let bestOv = 0;
    for (const p of preds) {
      const ov = fragOverlap(g.content, p.start, p.end);
      if (ov > bestOv) {
        bestOv = ov;
        best = p;
      }
    }
    return best;
  });
}

export function scoreArticle(
  gold: GoldAttribution[],
  preds: Prediction[],
  t: Tally,
  text: string,
  scorer: Scorer = 'ggt',
): void {
  t.gold += gold.length;
  t.pred += preds.length;
  let pairs30: (Prediction | null)[] = [];
  for (const [thr, key] of [
    [0.3, 'tp30'],
    [0.8, 'tp80'],
  ] as const) {
    const pairs = scorer === 'ggt' ? ggtPairs(gold, preds, thr) : lenientPairs(gold, preds, thr);
    if (thr === 0.3) pairs30 = pairs;
    const m = pairs.filter((p) => p !== null).length;
    if (thr === 0.3) t.matched30 += m;
    else t.matched80 += m;
    if (scorer === 'ggt') {
      t[key] += m;
      continue;
    }
    for (const p of preds) {
      const len = p.end - p.start;
      const ok = gold.some((g, i) => {
        const ov = fragOverlap(g.content, p.start, p.end);
        return ov >= thr * fragLen(g.content) || (pairs[i] !== null && ov >= thr * len);
      });
      if (ok) t[key]++;
    }
  }
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const best = pairs30[i];
    if (!best || !g.source) continue;
    t.withSource++;
    const src = best?.source;
    if (src && fragOverlap(g.source, src.start, src.end) > 0) t.sourceRight++;
    const strict = namedSpeakerRight(g, best.speaker ?? null, text, true);
    if (strict !== null) {
      t.strictNamedSource++;
      if (strict) t.strictNamedRight++;
    }
    const byModifier = namedSpeakerRight(g, best.speaker ?? null, text, false, true);
    if (byModifier !== null) {
      t.modifierNamedSource++;
      if (byModifier) t.modifierNamedRight++;
    }
    const head = sourceHead(g, text);
    if (head) {
      t.headSource++;
      // "the AP" is the "Associated Press".
      if (nameWords(best.speaker ?? '').includes(head) || initials(best.speaker ?? '') === head)
        t.headRight++;
    }
    const right = namedSpeakerRight(g, best.speaker ?? null, text);
    if (right !== null) {
      t.namedSource++;
      if (right) t.namedRight++;
      const k = best?.kind ?? 'any';
      t.namedByKind[k] ??= [0, 0];
      t.namedByKind[k][0]++;
      if (right) t.namedByKind[k][1]++;
    }
  }
}

/** Where a source's head phrase ends: an apposition, a bracket, a dash or a relative clause follows it. */
const HEAD_END_RE =
  /\s*(?:[,([—–:]|\s-{1,2}\s)|\s+(?:who|whose|which|that)\s|(?<![Ss]ecretary|[Ss]upervisor|[Dd]irector|[Cc]hairman|[Cc]hair|[Pp]resident|[Mm]inister|[Gg]overnor|[Mm]ayor|[Ss]peaker|[Ll]eader|[Hh]ead|[Cc]hief|[Gg]eneral|[Cc]ommissioner|[Cc]ouncil|[Cc]ommittee|[Dd]epartment|[Uu]niversity|[Bb]oard|[Bb]ureau|[Ii]nstitute|[Cc]enter|[Aa]ssociation|[Pp]arty|House|[Cc]ourt|[Mm]ember|[Pp]rofessor)\s+(?:of|for|at|from|in|on|with|by)\s/;
/**
 * Whether a source joins people with "and" before any apposition, relative clause or aside: "Carson, Fiorina and
 * Huckabee", "Jason Chaffetz (R-Utah) and Judiciary Committee Chairman Bob Goodlatte"; not a name with "and" inside
 * it after a preposition ("Dean Baker, co-director of the Center for Economic and Policy Research").
 */
function namesSeveral(text: string): boolean {
  const core = text
    .replace(/\s*\([^()]{1,20}\)/g, '')
    .split(/,\s+(?=\p{Ll}|\d)|\s+(?:who|whose|which|that)\s|\s[-—–]\s|[—–]/u)[0];
  return core.split(/,\s+/).some((segment) => {
    // "…, Bernie Sanders, and Martin O'Malley": the Oxford comma leaves "and" opening the last part.
    if (/^(?:and|or|&)\s+\p{Lu}/u.test(segment)) return true;
    const and = segment.search(/\s(?:and|or|&)\s+(?:\p{Lu}|former|the\s+\p{Lu})/u);
    return and > 0 && !/\s(?:of|for|at|on|in|from|to)\s/.test(segment.slice(0, and));
  });
}

/** Capitalised words that describe rather than name ("The Wisconsin Republican", "the order released Friday"). */
const NOT_A_NAME_HEAD =
  /^(?:republicans?|democrats?|independents?|americans?|conservatives?|liberals?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** "the director of the F.B.I., James B. Comey,": a description, then the name it describes set off by commas. */
const DESCRIBED_NAME_RE =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s([^,]*),\s+((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)\s*(?:,|$)/u;
/** "a woman in Worcester, Massachusetts,": the comma parts a place, not a description from its name. */
const ENDS_IN_PLACE_RE = /\s(?:in|at|from|near)(?:\s+\p{Lu}[\p{L}.’'-]*)+$/u;

/** The name a description sets off after a comma, when the description holds a common noun and lists no one. */
function describedName(text: string): string | null | undefined {
  const m = text.match(DESCRIBED_NAME_RE);
  if (!m || !/(?:^|\s)\p{Ll}/u.test(m[1]) || ENDS_IN_PLACE_RE.test(m[1])) return undefined;
  // "his older brother, George W. Bush, and the former first lady, Laura Bush,": two people.
  if (/\s(?:and|or|&)\s/.test(text)) return null;
  return nameWords(m[2]).at(-1) ?? null;
}

/**
 * The name that heads a gold source, lower-cased, or null when its head is no name: the last word before any
 * apposition, prepositional phrase or relative clause, when capitalised ("Sanders campaign manager Jeff Weaver" →
 * "weaver", "Senator Ted Cruz of Texas" → "cruz"; "a senior Cruz adviser", "A spokesman for Mayor Frank G. Jackson",
 * "The Wisconsin Republican" and "Trump and Ryan" → null).
 */
export function sourceHead(g: GoldAttribution, article = ''): string | null {
  if (!g.source) return null;
  const text = g.source.text;
  const described = describedName(text);
  if (described !== undefined) return described;
  const cut = text.search(HEAD_END_RE);
  const phrase = (cut >= 0 ? text.slice(0, cut) : text).replace(/(?:[’']s?)?[^\p{L}]*$/u, '');
  // "Police say …", "Voters who say …", "Six in 10 voters said …": a word that heads its phrase alone is a common
  // noun or a number unless the article writes it with its capital mid-sentence too, or an apposition describes it
  // ("Xinhua, the official Chinese news agency,").
  if (
    !/\s/.test(phrase.trim()) &&
    article !== '' &&
    !capitalisedMidSentence(article, phrase.trim()) &&
    !/^\s*,\s+(?:a|an|the)\s/.test(text.slice(phrase.length))
  )
    return null;
  // "Trump and Ryan", "Donald Trump, Mike Huckabee and Chris Christie", "Sens. Rand Paul (Ky.) and Marco Rubio
  // (Fla.)": several people speak, so no one name heads the source (an "and" inside a relative clause or a
  // dash-set aside joins no speakers).
  if (/\s(?:and|or|&)\s/.test(phrase)) return null;
  if (namesSeveral(text)) return null;
  const last = phrase.match(/[\p{L}’'.-]+$/u)?.[0] ?? '';
  if (!/^\p{Lu}/u.test(last) || PRONOUN.test(last) || ARTICLE.test(last)) return null;
  const words = nameWords(last);
  const head = words[words.length - 1];
  return head && !NOT_A_NAME_HEAD.test(head) && !TITLE_WORDS.has(head) ? head : null;
}

/**
 * Name words of a phrase: "Mr. VandeHei" is "Jim VandeHei", "Lopez-Cantera" is "Carlos Lopez-Cantera",
 * "Reuters/Ipsos" holds "Reuters" (`strict`: as before 2026-12-04, a slash does not part words).
 */
const nameWords = (s: string, strict = false) =>
  s
    .toLowerCase()
    .split(strict ? /[\s\-.,’']+/ : /[\s\-.,’'/]+/)
    .filter((w) => w.length > 1);
/** "imf" of "International Monetary Fund": the initials of a name's capitalised words, when it has several. */
const initials = (s: string): string => {
  const caps = s.match(/(?<![\p{L}])\p{Lu}/gu) ?? [];
  return caps.length > 1 ? caps.join('').toLowerCase() : '';
};

/** True when `word` is written with its capital somewhere mid-sentence in `text` (after a lowercase word, a digit or a comma). */
function capitalisedMidSentence(text: string, word: string): boolean {
  if (word === '') return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/\p{L}/u.test(text[at + word.length] ?? '')) continue;
    const before = text.slice(Math.max(0, at - 3), at);
    // Not after a colon: "Poll: Donald Trump Ties …", "anxiety: Their fear …" open a sentence there.
    if (/[\p{Ll}\p{N},;]\s+$/u.test(before)) return true;
  }
  return false;
}

/**
 * Whether the resolved speaker shares a name word with the gold source; null when the gold source holds no
 * capitalised name. A capital that only opens the sentence is no name ("Several experts said"), unless the text
 * writes that word capitalised mid-sentence too ("Flynn, a top Trump surrogate, said" when "said Flynn" is there).
 * `strict`: the rule before 2026-12-04, which dropped every sentence-opening word, names included; `modifiersName`:
 * the rule before 2026-12-06, which counted "The Florida senator" as naming the speaker.
 */
/** An article or none, capitalised modifiers, then only lower-case words: "The Florida senator", "a Clinton aide". */
const PREMODIFIED_NOUN_RE =
  /^(?:(?:the|a|an|The|A|An)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*\s*$/u;

export function namedSpeakerRight(
  g: GoldAttribution,
  speaker: string | null,
  text: string,
  strict = false,
  modifiersName = false,
): boolean | null {
  if (!g.source) return null;
  const pos = g.source.parts[0][0];
  const lead = text.slice(Math.max(0, pos - 3), pos);
  const opens = pos === 0 || /(?:[.!?”"\n]\s*|^\s*)$/.test(lead);
  const first = (g.source.text.match(/^\S+/)?.[0] ?? '').replace(/(?:[’']s)?[^\p{L}]*$/u, '');
  const keepFirst = !strict && capitalisedMidSentence(text, first);
  const srcText = opens && !keepFirst ? g.source.text.replace(/^\S+/, '') : g.source.text;
  const names =
    srcText.match(/(?<![\p{L}])[\p{Lu}][\p{L}’'-]+/gu)?.filter((w) => !PRONOUN.test(w) && !ARTICLE.test(w)) ??
    [];
  if (names.length === 0) return null;
  // "The Florida senator", "the New York businessman", "a Clinton aide": names that only modify a common noun
  // name a state, a city or a boss, not whoever spoke; such a source names nobody (since 2026-12-06: the finder
  // that resolves "The Florida senator" to Marco Rubio was scored wrong, and "a Clinton aide" → Clinton right).
  if (!strict && !modifiersName && PREMODIFIED_NOUN_RE.test(g.source.text)) return null;
  const goldWords = new Set(names.flatMap((w) => nameWords(w, strict)));
  const said = nameWords(speaker ?? '', strict);
  if (said.some((w) => goldWords.has(w) && !TITLE_WORDS.has(w))) return true;
  // "The IMF" is the "International Monetary Fund", and the other way round.
  if (strict) return false;
  const spoken = initials(speaker ?? '');
  const written = initials(srcText);
  return (spoken !== '' && goldWords.has(spoken)) || (written !== '' && said.includes(written));
}

export const prf = (tp: number, pred: number, matched: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
