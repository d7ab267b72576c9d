// Feature extraction for the tagger: per-token attributes hashed once, then mixed with template ids.

import * as hash from './hash.js';

// Bound once: where modules are compiled to CommonJS (tsx runs the bench and the scripts that way) every call of an
// imported function goes through a getter, and these run tens of times per token.
const { hashRange, hashString, mix, mix3 } = hash;

/** Lexical resources the features consult; built by the training script from text on disk. */
export interface NerResources {
  /** Lowercased phrase (tokens joined by " ") -> bitmask of ENTITY_TYPES seen for it, and of name lists (lists.ts). */
  gazetteer: Map<string, number>;
  gazetteerMaxLength: number;
  /** Every proper prefix of a gazetteer phrase, so matching stops as soon as no phrase can continue. */
  gazetteerPrefixes: Set<string>;
  /** Lowercased normalized word -> cluster ids, coarse to fine. */
  clusters: Map<string, number[]>;
  /** Lowercased normalized word -> bin of how often it is capitalized mid-sentence in raw text. */
  capitalization: Map<string, number>;
  /**
   * The maps above indexed for the tagger (indexResources), when they no longer change (a loaded model); absent,
   * every lookup goes to the maps. Both give the same attributes.
   */
  index?: ResourceIndex;
}

/** A node of the gazetteer as a trie of words: the phrase of the words on its path. */
export interface PhraseNode {
  /** The gazetteer's bitmask of this phrase, 0 when it is none. */
  mask: number;
  /** Whether a longer phrase starts with this one (gazetteerPrefixes). */
  more: boolean;
  next: Map<string, PhraseNode>;
}

/** What wordAttributes reads about a lowercased word, from four maps, in one entry. */
interface Lexeme {
  cap: number;
  cl: number[];
  gazetteer: number;
  prefix: boolean;
  phrase: PhraseNode | null;
}

export interface ResourceIndex {
  lexicon: Map<string, Lexeme>;
  phrases: PhraseNode;
}

/** The node of the phrase `node` + " " + `token` (a token may itself hold spaces), undefined when there is none. */
function phraseStep(node: PhraseNode, token: string): PhraseNode | undefined {
  if (token.indexOf(' ') < 0) return node.next.get(token);
  let at: PhraseNode | undefined = node;
  for (const part of token.split(' ')) {
    at = at.next.get(part);
    if (at === undefined) return undefined;
  }
  return at;
}

/**
 * One lookup per word form instead of four, and gazetteer phrases matched word by word through a trie instead of
 * by building and hashing the phrase strings: the tagger spent a tenth of its time on those lookups.
 */
export function indexResources(res: NerResources): ResourceIndex {
  const phrases: PhraseNode = { mask: 0, more: false, next: new Map() };
  const paths = new Map<PhraseNode, string>();
  for (const key of res.gazetteer.keys()) {
    let node = phrases;
    let path = '';
    for (const part of key.split(' ')) {
      path = node === phrases ? part : `${path} ${part}`;
      let child = node.next.get(part);
      if (child === undefined) {
        child = { mask: 0, more: false, next: new Map() };
        node.next.set(part, child);
        paths.set(child, path);
      }
      node = child;
    }
  }
  // Each node's phrase is read back from the maps themselves, so the trie answers exactly what they answer.
  for (const [node, path] of paths) {
    node.mask = res.gazetteer.get(path) ?? 0;
    node.more = res.gazetteerPrefixes.has(path);
  }
  const lexicon = new Map<string, Lexeme>();
  const keys = [
    res.capitalization.keys(),
    res.clusters.keys(),
    res.gazetteer.keys(),
    res.gazetteerPrefixes.keys(),
  ];
  for (const list of keys)
    for (const key of list) {
      if (lexicon.has(key)) continue;
      lexicon.set(key, {
        cap: res.capitalization.get(key) ?? -1,
        cl: res.clusters.get(key) ?? NO_CLASSES,
        gazetteer: res.gazetteer.get(key) ?? 0,
        prefix: res.gazetteerPrefixes.has(key),
        phrase: phraseStep(phrases, key) ?? null,
      });
    }
  return { lexicon, phrases };
}

/** Shared by every word without word classes; never written. */
const NO_CLASSES: number[] = [];

export function gazetteerPrefixes(gazetteer: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const phrase of gazetteer.keys()) {
    let at = phrase.indexOf(' ');
    while (at > 0) {
      out.add(phrase.slice(0, at));
      at = phrase.indexOf(' ', at + 1);
    }
  }
  return out;
}

export const emptyResources = (): NerResources => ({
  gazetteer: new Map(),
  gazetteerMaxLength: 0,
  gazetteerPrefixes: new Set(),
  clusters: new Map(),
  capitalization: new Map(),
});

/** Template ids; changing their order changes every weight, so only append. */
enum T {
  Bias = 1,
  W,
  O,
  Wm1,
  Wp1,
  Wm2,
  Wp2,
  WW1,
  W1W,
  Sh,
  Ssh,
  ShM1,
  ShP1,
  Ssh3,
  Pre,
  Suf,
  First,
  Caps,
  Cl,
  ClM1,
  ClP1,
  Gaz,
  GazM1,
  GazP1,
  Cap,
  CapSsh,
  P1,
  P12,
  P1W,
  P1Ssh,
  Len,
  Hyph,
  OM1,
  OP1,
  Doc,
  DocW,
  DocCase,
  Agg,
  Topic,
  TopicGaz,
  Hist,
  HistW,
  DocEnt,
  DocSup,
}

const DIGIT = /[0-9]/;
export const normalizeWord = (w: string): string => {
  const l = w.toLowerCase();
  return DIGIT.test(l) ? l.replace(/[0-9]/g, '0') : l;
};

export function wordShape(w: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/** hashString(wordShape(w, maxRun)) without building the string. */
export function shapeHash(w: string, maxRun: number): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: number;
    // Class letters stand for ASCII letters and digits, so they never equal a literal character kept as itself.
    if (code >= 65 && code <= 90) c = 88;
    else if (code >= 97 && code <= 122) c = 120;
    else if (code >= 48 && code <= 57) c = 100;
    else if (code < 128) c = code;
    else {
      const cp = w.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (/\p{Lu}/u.test(ch)) c = 88;
      else if (/\p{Ll}/u.test(ch)) c = 120;
      else if (/\p{N}/u.test(ch)) c = 100;
      else if (/\p{L}/u.test(ch)) c = 120;
      else c = cp;
    }
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    if (c > 0xffff) {
      h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), 0x01000193);
      h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), 0x01000193);
    } else h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Per-token hashed attributes of one sentence, shared by every feature of its tokens. */
export interface SentenceAttributes {
  n: number;
  w: Int32Array;
  o: Int32Array;
  sh: Int32Array;
  ssh: Int32Array;
  /** Cluster ids per token (may be empty). */
  cl: number[][];
  /** Gazetteer codes per token: hashes of "TYPE:POS". */
  gaz: number[][];
  cap: Int32Array;
  allCaps: boolean;
  /**
   * How the document writes this word where its case tells (mid-sentence, outside ALL-CAPS lines): bit 1 seen
   * capitalized, bit 2 seen lowercase, 0 no evidence. Filled by documentAttributes; zeros from sentenceAttributes.
   */
  docCase: Int32Array;
  /**
   * Context aggregation: for a capitalized word that occurs more than once in the document, the words next to each
   * of its occurrences (left ones hashed apart from right ones), so every occurrence sees the others' evidence
   * ("Ontario-based Magna", "Magna 's shares"). Filled by documentAttributes; empty from sentenceAttributes.
   */
  agg: number[][];
  /**
   * The document's topic, 0 for none: wire stories open with a desk label ("SOCCER - ...", "CRICKET - ..."), and in
   * sports stories most capitalized names are teams (ORG) that look like places. Filled by documentAttributes.
   */
  topic: number;
  words: string[];
  lower: string[];
  /** Each token's word-form attributes (the same object for every token of one form when a cache is given). */
  forms: WordAttributes[];
}

const hasLetter = /\p{L}/u;
const upperOnly = /^[^\p{Ll}]*$/u;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const BOS2 = hashString('<s2>');
const EOS2 = hashString('</s2>');

/** Shared by every token that matches no gazetteer phrase (most of them), so they allocate nothing; never written. */
const NO_MATCH: number[] = [];

function addCode(gaz: number[][], i: number, code: number): void {
  if (gaz[i] === NO_MATCH) gaz[i] = [code];
  else gaz[i].push(code);
}

/** Codes of a gazetteer phrase of `len` tokens from token i, with its bitmask `mask`. */
function addPhraseCodes(gaz: number[][], i: number, len: number, mask: number): void {
  // Bits 0-3: types seen in the labeled data; higher bits: name lists (lists.ts). One code per bit and position.
  for (let t = 0; 1 << t <= mask; t++) {
    if (!(mask & (1 << t))) continue;
    if (len === 1) addCode(gaz, i, mix(t, 4));
    else {
      addCode(gaz, i, mix(t, 1));
      for (let k = i + 1; k < i + len - 1; k++) addCode(gaz, k, mix(t, 2));
      addCode(gaz, i + len - 1, mix(t, 3));
    }
  }
}

/** What sentenceAttributes computes for one word form alone; the tagger caches it per document. */
export interface WordAttributes {
  lower: string;
  w: number;
  o: number;
  sh: number;
  ssh: number;
  cap: number;
  cl: number[];
  letter: boolean;
  upper: boolean;
  /** The gazetteer's bitmask for the word alone (0: none), and whether a longer phrase starts with it. */
  gazetteer: number;
  gazetteerPrefix: boolean;
  /** With res.index: the gazetteer trie's node of the word alone (null: no phrase starts with it). */
  phrase: PhraseNode | null;
  /**
   * Where the tagger's word memo (model.ts) keeps this form's scores, -1 until scored: the memo's attribute objects
   * live exactly as long as its scores, so the tagger finds them without another lookup by word.
   */
  row: number;
  /** The class of the word as a cue near a name (CUES, aggregateCues), 0 for none. */
  cue: number;
}

export function wordAttributes(word: string, res: NerResources): WordAttributes {
  const lower = normalizeWord(word);
  const letter = hasLetter.test(word);
  const attributes = {
    lower,
    w: hashString(lower),
    o: hashString(word),
    sh: shapeHash(word, 4),
    ssh: shapeHash(word, 1),
    cap: -1,
    cl: NO_CLASSES,
    letter,
    upper: letter && upperOnly.test(word),
    gazetteer: 0,
    gazetteerPrefix: false,
    phrase: null as PhraseNode | null,
    row: -1,
    cue: CUES.get(lower) ?? 0,
  };
  if (res.index) {
    const lx = res.index.lexicon.get(lower);
    if (lx !== undefined) {
      attributes.cap = lx.cap;
      attributes.cl = lx.cl;
      attributes.gazetteer = lx.gazetteer;
      attributes.gazetteerPrefix = lx.prefix;
      attributes.phrase = lx.phrase;
    }
  } else {
    attributes.cap = res.capitalization.get(lower) ?? -1;
    attributes.cl = res.clusters.get(lower) ?? NO_CLASSES;
    attributes.gazetteer = res.gazetteer.get(lower) ?? 0;
    attributes.gazetteerPrefix = res.gazetteerPrefixes.has(lower);
  }
  return attributes;
}

/** Attributes of a sentence; `cache` (word form -> attributes) spares recomputing repeated words. */
export function sentenceAttributes(
  words: string[],
  res: NerResources,
  cache?: Map<string, WordAttributes>,
): SentenceAttributes {
  const n = words.length;
  const w = new Int32Array(n);
  const o = new Int32Array(n);
  const sh = new Int32Array(n);
  const ssh = new Int32Array(n);
  const cap = new Int32Array(n);
  const cl: number[][] = [];
  const gaz: number[][] = [];
  const lower: string[] = [];
  const forms: WordAttributes[] = [];
  const unigram: number[] = [];
  const prefix: boolean[] = [];
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const word = words[i];
    let wa = cache?.get(word);
    if (wa === undefined) {
      wa = wordAttributes(word, res);
      cache?.set(word, wa);
    }
    lower.push(wa.lower);
    forms.push(wa);
    w[i] = wa.w;
    o[i] = wa.o;
    sh[i] = wa.sh;
    ssh[i] = wa.ssh;
    cap[i] = wa.cap;
    cl.push(wa.cl);
    gaz.push(NO_MATCH);
    unigram.push(wa.gazetteer);
    prefix.push(wa.gazetteerPrefix);
    if (wa.letter) {
      letters++;
      if (wa.upper) upper++;
    }
  }
  if (res.gazetteerMaxLength > 0 && res.index) {
    // The same matches as below, word by word through the trie.
    for (let i = 0; i < n; i++) {
      let node: PhraseNode | null | undefined = forms[i].phrase;
      for (let len = 1; node; len++) {
        if (node.mask !== 0) addPhraseCodes(gaz, i, len, node.mask);
        if (!node.more || len >= res.gazetteerMaxLength || i + len >= n) break;
        node = phraseStep(node, lower[i + len]);
      }
    }
  } else if (res.gazetteerMaxLength > 0) {
    for (let i = 0; i < n; i++) {
      let phrase = '';
      for (let len = 1; len <= res.gazetteerMaxLength && i + len <= n; len++) {
        let mask: number | undefined;
        let more: boolean;
        // The word alone was looked up once per word form (wordAttributes); only phrases are looked up here.
        if (len === 1) {
          mask = unigram[i] || undefined;
          more = prefix[i];
          if (mask === undefined && !more) break;
          if (more) phrase = lower[i];
        } else {
          phrase = `${phrase} ${lower[i + len - 1]}`;
          mask = res.gazetteer.get(phrase);
          more = res.gazetteerPrefixes.has(phrase);
        }
        if (mask === undefined) {
          if (more) continue;
          break;
        }
        addPhraseCodes(gaz, i, len, mask);
        if (!more) break;
      }
    }
  }
  const allCaps = letters >= 3 && upper === letters;
  const agg = new Array<number[]>(n).fill(NO_MATCH);
  return {
    n,
    w,
    o,
    sh,
    ssh,
    cl,
    gaz,
    cap,
    allCaps,
    docCase: new Int32Array(n),
    agg,
    topic: 0,
    words,
    lower,
    forms,
  };
}

const endsLikeMidSentence = /[\p{L}\p{N},]$/u;
const startsWithLetter = /^\p{L}/u;

/** At most this many distinct neighbours per word, so a word repeated all over a long document stays cheap. */
const MAX_AGGREGATED = 24;

/** Words are keyed by the hash of their lowercased form (a.w): integer keys keep these maps cheap. */
function aggregateContexts(attrs: SentenceAttributes[]): void {
  const occurrences = new Map<number, number>();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const first = a.words[i].charAt(0);
      if (first === first.toLowerCase()) continue;
      occurrences.set(a.w[i], (occurrences.get(a.w[i]) ?? 0) + 1);
    }
  const contexts = new Map<number, number[]>();
  for (const [word, count] of occurrences) if (count > 1) contexts.set(word, []);
  if (contexts.size === 0) return;
  const add = (list: number[], c: number): void => {
    if (list.length < MAX_AGGREGATED && !list.includes(c)) list.push(c);
  };
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const list = contexts.get(a.w[i]);
      if (list === undefined) continue;
      a.agg[i] = list;
      add(list, i > 0 ? a.w[i - 1] : BOS);
      add(list, i + 1 < a.n ? mix(a.w[i + 1], 1) : EOS);
      // The neighbours' word classes too, which generalize beyond the words seen in training.
      if (i > 0 && a.cl[i - 1].length > 1) add(list, mix(a.cl[i - 1][1], 2));
      if (i + 1 < a.n && a.cl[i + 1].length > 1) add(list, mix(a.cl[i + 1][1], 3));
    }
}

/**
 * Cue words near a name that tell its kind, pooled in classes: "Ruch 's shares", "percent of Petofi", "beat Leeds",
 * "in Leeds". Class ids; the side (left or right of the name) is added when a cue is met.
 */
const CUES = new Map<string, number>();
const cueClass = (cls: number, words: string): void => {
  for (const w of words.split(' ')) CUES.set(w, cls);
};
cueClass(
  1,
  'shares stake stakes shareholders stock inc inc. corp corp. corporation ltd ltd. plc co co. ag sa nv',
);
cueClass(
  2,
  'chairman chief executive spokesman spokeswoman president director manager analyst analysts officials',
);
cueClass(
  3,
  'subsidiary unit company firm group bank airline newspaper profit profits earnings revenue sales',
);
cueClass(4, 'acquire acquired buy bought sell sold merger takeover bid percent');
cueClass(5, 'beat defeated drew lost won against v vs coach striker midfielder fans champions');
cueClass(6, 'in at near from capital province city town village region border km miles airport embassy');
cueClass(7, 'northern southern eastern western north south east west');

/**
 * For every capitalized word of the document, the cue classes seen within two words of any of its capitalized
 * occurrences, added to its aggregated contexts: context aggregation keeps neighbours word by word, so evidence that
 * is common in kind but rare in wording ("Mercantile 's shareholders", "Petofi 's profit") pools here.
 */
function aggregateCues(attrs: SentenceAttributes[]): void {
  const cues = new Map<number, number[]>();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const first = a.words[i].charAt(0);
      if (first === first.toLowerCase() || !startsWithLetter.test(first)) continue;
      for (let j = Math.max(0, i - 2); j <= i + 2 && j < a.n; j++) {
        const cls = j === i ? 0 : a.forms[j].cue;
        if (cls === 0) continue;
        const code = mix(cls * 2 + (j < i ? 0 : 1), 7);
        let list = cues.get(a.w[i]);
        if (list === undefined) {
          list = [];
          cues.set(a.w[i], list);
        }
        if (!list.includes(code)) list.push(code);
      }
    }
  if (cues.size === 0) return;
  // Each word's list is shared by its tokens, so a word gets its cues once however often it occurs.
  const merged = new Map<number[], number[]>();
  for (const a of attrs)
    for (let i = 0; i < a.n; i++) {
      const list = cues.get(a.w[i]);
      if (list === undefined) continue;
      const agg = a.agg[i];
      if (agg === NO_MATCH) {
        a.agg[i] = list;
        continue;
      }
      // aggregateContexts' lists are one per word too.
      let out = merged.get(agg);
      if (out === undefined) {
        out = [...agg, ...list];
        merged.set(agg, out);
      }
      a.agg[i] = out;
    }
}

/**
 * Attributes of every sentence of a document, with docCase filled: a headline's "JAPAN" or a sentence-initial
 * "Magna" is told apart by how the same word is written where capitalization carries meaning.
 */
export function documentAttributes(
  sentences: string[][],
  res: NerResources,
  cache?: Map<string, WordAttributes>,
): SentenceAttributes[] {
  const attrs = sentences.map((s) => sentenceAttributes(s, res, cache));
  const seen = new Map<number, number>();
  for (const a of attrs) {
    if (a.allCaps) continue;
    for (let i = 1; i < a.n; i++) {
      const word = a.words[i];
      if (!startsWithLetter.test(word) || !endsLikeMidSentence.test(a.words[i - 1])) continue;
      const first = word.charAt(0);
      const bit = first === first.toLowerCase() ? 2 : 1;
      seen.set(a.w[i], (seen.get(a.w[i]) ?? 0) | bit);
    }
  }
  if (seen.size) for (const a of attrs) for (let i = 0; i < a.n; i++) a.docCase[i] = seen.get(a.w[i]) ?? 0;
  aggregateContexts(attrs);
  aggregateCues(attrs);
  const topic = attrs.length ? documentTopic(attrs[0].words) : 0;
  if (topic !== 0) for (const a of attrs) a.topic = topic;
  return attrs;
}

const deskLabel = /^\p{Lu}[\p{Lu}\p{Ll}]+$/u;

/** Hash of the desk label a story opens with ("SOCCER - JAPAN GET LUCKY WIN"), or 0 when it has none. */
export function documentTopic(first: string[]): number {
  if (first.length < 3 || first[1] !== '-' || !deskLabel.test(first[0])) return 0;
  return hashString(first[0].toLowerCase()) || 1;
}

/** Every topic also fires this one, so that topics not seen in training still mark a desk-labelled story. */
const ANY_TOPIC = hashString('<topic>');

function topicShapeFeatures(topic: number, ssh: number, out: number[]): void {
  if (topic === 0) return;
  out.push(mix3(T.Topic, topic, ssh));
  out.push(mix3(T.Topic, ANY_TOPIC, ssh));
}

function topicGazFeatures(topic: number, gaz: number[], out: number[]): void {
  if (topic === 0) return;
  for (const g of gaz) {
    out.push(mix3(T.TopicGaz, topic, g));
    out.push(mix3(T.TopicGaz, ANY_TOPIC, g));
  }
}

/** One feature per word-class level: the level is part of the key, so ids of different levels never share a weight. */
function levelFeatures(template: number, classes: number[], out: number[]): void {
  for (let k = 0; k < classes.length; k++) out.push(mix3(template, k, classes[k]));
}

/** Features that do not depend on predicted tags, appended to `out`. */
export function staticFeatures(a: SentenceAttributes, i: number, out: number[]): void {
  const { w, o, sh, ssh, n } = a;
  const wi = w[i];
  const wm1 = i > 0 ? w[i - 1] : BOS;
  const wp1 = i + 1 < n ? w[i + 1] : EOS;
  const wm2 = i > 1 ? w[i - 2] : BOS2;
  const wp2 = i + 2 < n ? w[i + 2] : EOS2;
  const shm1 = i > 0 ? ssh[i - 1] : BOS;
  const shp1 = i + 1 < n ? ssh[i + 1] : EOS;
  out.push(T.Bias);
  out.push(mix(T.W, wi));
  out.push(mix(T.O, o[i]));
  out.push(mix(T.Wm1, wm1));
  out.push(mix(T.Wp1, wp1));
  out.push(mix(T.Wm2, wm2));
  out.push(mix(T.Wp2, wp2));
  out.push(mix3(T.WW1, wm1, wi));
  out.push(mix3(T.W1W, wi, wp1));
  out.push(mix(T.OM1, i > 0 ? o[i - 1] : BOS));
  out.push(mix(T.OP1, i + 1 < n ? o[i + 1] : EOS));
  out.push(mix(T.Sh, sh[i]));
  out.push(mix(T.Ssh, ssh[i]));
  out.push(mix(T.ShM1, shm1));
  out.push(mix(T.ShP1, shp1));
  out.push(mix(mix3(T.Ssh3, shm1, ssh[i]), shp1));
  const low = a.lower[i];
  const L = low.length;
  // Affix hashes without slicing: the prefix hash is FNV-1a carried along, so no strings are allocated.
  let pre = 0x811c9dc5;
  for (let k = 1; k <= 4 && k <= L; k++) {
    pre = Math.imul(pre ^ low.charCodeAt(k - 1), 0x01000193);
    out.push(mix3(T.Pre, k, pre | 0));
    out.push(mix3(T.Suf, k, hashRange(low, L - k, L)));
  }
  out.push(mix(T.Len, Math.min(L, 12)));
  const dash = low.indexOf('-');
  if (dash >= 0) out.push(mix(T.Hyph, hashRange(low, 0, dash)));
  if (i === 0) out.push(mix(T.First, ssh[i]));
  if (a.allCaps) {
    out.push(mix(T.Caps, wi));
    out.push(mix3(T.Caps, wm1, wi));
  }
  levelFeatures(T.Cl, a.cl[i], out);
  if (i > 0) levelFeatures(T.ClM1, a.cl[i - 1], out);
  if (i + 1 < n) levelFeatures(T.ClP1, a.cl[i + 1], out);
  for (const g of a.gaz[i]) out.push(mix(T.Gaz, g));
  if (i > 0) for (const g of a.gaz[i - 1]) out.push(mix(T.GazM1, g));
  if (i + 1 < n) for (const g of a.gaz[i + 1]) out.push(mix(T.GazP1, g));
  out.push(mix(T.Cap, a.cap[i]));
  out.push(mix3(T.CapSsh, a.cap[i], ssh[i]));
  out.push(mix3(T.DocCase, a.docCase[i], ssh[i]));
  for (const c of a.agg[i]) out.push(mix(T.Agg, c));
  topicShapeFeatures(a.topic, ssh[i], out);
  topicGazFeatures(a.topic, a.gaz[i], out);
}

/** Roles a word plays in staticFeatures: itself, and neighbour at -1, +1, -2, +2 of another token. */
export const WORD_ROLES = 5;

/**
 * The features word j brings in one role (j < 0: the sentence boundary on that side), either those of its shape
 * (shape, length, capitalization profile) or the lexical ones. They depend on the word form alone, so the tagger
 * scores them once per word form (its memo, across documents); with pairFeatures and documentWordFeatures, both
 * parts of every role make up staticFeatures.
 */
export function roleFeatures(
  a: SentenceAttributes,
  j: number,
  role: number,
  shape: boolean,
  out: number[],
): void {
  if (role === 0) {
    const ssh = a.ssh[j];
    const low = a.lower[j];
    const L = low.length;
    if (shape) {
      out.push(T.Bias);
      out.push(mix(T.Sh, a.sh[j]));
      out.push(mix(T.Ssh, ssh));
      out.push(mix(T.Len, Math.min(L, 12)));
      out.push(mix(T.Cap, a.cap[j]));
      out.push(mix3(T.CapSsh, a.cap[j], ssh));
      return;
    }
    out.push(mix(T.W, a.w[j]));
    out.push(mix(T.O, a.o[j]));
    let pre = 0x811c9dc5;
    for (let k = 1; k <= 4 && k <= L; k++) {
      pre = Math.imul(pre ^ low.charCodeAt(k - 1), 0x01000193);
      out.push(mix3(T.Pre, k, pre | 0));
      out.push(mix3(T.Suf, k, hashRange(low, L - k, L)));
    }
    const dash = low.indexOf('-');
    if (dash >= 0) out.push(mix(T.Hyph, hashRange(low, 0, dash)));
    levelFeatures(T.Cl, a.cl[j], out);
  } else if (role === 1) {
    if (shape) out.push(mix(T.ShM1, j < 0 ? BOS : a.ssh[j]));
    else {
      out.push(mix(T.Wm1, j < 0 ? BOS : a.w[j]));
      out.push(mix(T.OM1, j < 0 ? BOS : a.o[j]));
      if (j >= 0) levelFeatures(T.ClM1, a.cl[j], out);
    }
  } else if (role === 2) {
    if (shape) out.push(mix(T.ShP1, j < 0 ? EOS : a.ssh[j]));
    else {
      out.push(mix(T.Wp1, j < 0 ? EOS : a.w[j]));
      out.push(mix(T.OP1, j < 0 ? EOS : a.o[j]));
      if (j >= 0) levelFeatures(T.ClP1, a.cl[j], out);
    }
  } else if (shape) return;
  else if (role === 3) out.push(mix(T.Wm2, j < 0 ? BOS2 : a.w[j]));
  else out.push(mix(T.Wp2, j < 0 ? EOS2 : a.w[j]));
}

/**
 * The document-level features of word j in its own position (how the document writes it, its aggregated contexts,
 * its shape in a story of this topic).
 * Within a document they depend on the word form alone, like roleFeatures, but unlike those they change from one
 * document to the next, so the tagger scores them per document and the rest once across documents.
 */
export function documentWordFeatures(a: SentenceAttributes, j: number, out: number[]): void {
  out.push(mix3(T.DocCase, a.docCase[j], a.ssh[j]));
  for (const c of a.agg[j]) out.push(mix(T.Agg, c));
  topicShapeFeatures(a.topic, a.ssh[j], out);
}

/** The rest of staticFeatures: those that combine a token with its neighbours or its sentence (see roleFeatures). */
export function pairFeatures(a: SentenceAttributes, i: number, out: number[]): void {
  const { w, ssh, n } = a;
  const wi = w[i];
  const wm1 = i > 0 ? w[i - 1] : BOS;
  const wp1 = i + 1 < n ? w[i + 1] : EOS;
  const shm1 = i > 0 ? ssh[i - 1] : BOS;
  const shp1 = i + 1 < n ? ssh[i + 1] : EOS;
  out.push(mix3(T.WW1, wm1, wi));
  out.push(mix3(T.W1W, wi, wp1));
  out.push(mix(mix3(T.Ssh3, shm1, ssh[i]), shp1));
  if (i === 0) out.push(mix(T.First, ssh[i]));
  if (a.allCaps) {
    out.push(mix(T.Caps, wi));
    out.push(mix3(T.Caps, wm1, wi));
  }
  for (const g of a.gaz[i]) out.push(mix(T.Gaz, g));
  if (i > 0) for (const g of a.gaz[i - 1]) out.push(mix(T.GazM1, g));
  if (i + 1 < n) for (const g of a.gaz[i + 1]) out.push(mix(T.GazP1, g));
  topicGazFeatures(a.topic, a.gaz[i], out);
}

/** Document-level features: what the first pass said about the same words elsewhere in the document. */
export function documentFeatures(hints: Int32Array, a: SentenceAttributes, i: number, out: number[]): void {
  const h = hints[i] & 15;
  out.push(mix(T.Doc, h));
  out.push(mix3(T.DocW, h, a.w[i]));
  out.push(mix3(T.Doc, h, a.ssh[i]));
  out.push(mix3(T.DocW, h, i > 0 ? (hints[i - 1] & 15) + 16 : 99));
  out.push(mix3(T.DocW, h, i + 1 < a.n ? (hints[i + 1] & 15) + 32 : 98));
  // Entity-level codes (documentHints): same phrase elsewhere, longer phrases containing it.
  const ent = (hints[i] >> 4) & 15;
  const sup = hints[i] >> 8;
  if (ent !== 0) {
    out.push(mix(T.DocEnt, ent));
    out.push(mix3(T.DocEnt, ent, h));
  }
  if (sup !== 0) {
    out.push(mix(T.DocSup, sup));
    out.push(mix3(T.DocSup, sup, h));
  }
}

/**
 * Extended prediction history (Ratinov & Roth 2009): what the tagger said about the same word in the document's
 * earlier sentences (hints as documentHints codes them, from earlier sentences only; 0: no history). One pass: the
 * history comes from sentences already decoded, so a word without history (most tokens) costs nothing.
 */
export function historyFeatures(hints: Int32Array, a: SentenceAttributes, i: number, out: number[]): void {
  const h = hints[i];
  if (h === 0) return;
  out.push(mix(T.Hist, h));
  out.push(mix3(T.HistW, h, a.w[i]));
  out.push(mix3(T.Hist, h, a.ssh[i]));
  out.push(mix3(T.HistW, h, i > 0 ? hints[i - 1] + 16 : 99));
  out.push(mix3(T.HistW, h, i + 1 < a.n ? hints[i + 1] + 32 : 98));
}

/** Salt of the second pass's hash space: feature f of the second pass is stored under mix(f, PASS2_SALT). */
export const PASS2_SALT = 0x2f2f2f2f;

/** Second-pass features live in their own hash space, so one weight table holds both passes. */
export function saltFeatures(buf: number[], from: number): void {
  for (let k = from; k < buf.length; k++) buf[k] = mix(buf[k], PASS2_SALT);
}

/**
 * The feature of a tag transition: its weights for tag t are the score of t following `previous` (the decoder is
 * first-order Viterbi, so no feature may look at the predicted tags otherwise). P12, P1W and P1Ssh, the greedy
 * decoder's history features, are no longer used; their template ids stay reserved.
 */
export const transitionFeature = (previous: number): number => mix(T.P1, previous);
