// A big article analysed in paragraph-aligned windows, one at a time, and the results merged. Analysis holds tokens,
// sentences, mentions and tagger scores for all the text it is given at once, 100 to 150 times the text in memory
// (a 4 MiB article took 766 MB), while its result is about 16 times the text: windows bound the working set to one
// window's, whatever the article's size. Each window is a core (the text it answers for) with a few paragraphs of
// context on either side, so that a quotation or a pronoun at a seam reads as it does in the whole article; what a
// window finds is kept where it starts inside its core, and the entities of neighbouring windows are joined where they
// hold the same mention in the overlap, have the same name, or one is a lone surname of the article's one person so
// called.

import type { Analysis, Citation, LocalEntity, Mention, Message, Quote, Span } from '../model/index.js';
import { dedupeRoles, nameKey } from './entities/index.js';

/** A body up to 1.5 times this many characters is analysed whole; a longer one in windows of at least this core. */
export const CHUNK_CHARS = 64 * 1024;
/** Context read on either side of a window's core (rounded out to whole paragraphs), not answered for. */
export const CONTEXT_CHARS = 4 * 1024;

/** A window of the body: [start, end) is analysed; what starts in [coreStart, coreEnd) is kept. */
export interface Window {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
}

export interface ChunkOptions {
  chunkChars?: number;
  contextChars?: number;
}

/** The text of an article a window analyses: its slice of the body; captions go with the first window only. */
export interface WindowText {
  body: string;
  captions: string[];
  title?: string | null;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;
const LINE_BREAK = /\n\s*/g;
const SENTENCE_END = /[.!?]["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?\p{Lu})/gu;
const SPACE = /\s+/g;

/** Where the first break of the pattern at or after `from` (before `limit`) ends: the next text's start; -1 if none. */
function breakAfter(text: string, pattern: RegExp, from: number, limit: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (!m || m.index >= limit) return -1;
  return m.index + m[0].length;
}

/** Where the last paragraph break before `at` ends (the start of the paragraph holding `at`); else `floor`. */
function paragraphStartBefore(text: string, at: number, floor: number): number {
  const i = text.lastIndexOf('\n\n', at - 1);
  return i < floor ? floor : Math.min(at, i + 2);
}

/** Whether a paragraph leaves a quotation open: more opening curly marks than closing, or an odd straight count. */
function leavesQuoteOpen(paragraph: string): boolean {
  let open = 0;
  let straight = 0;
  for (const ch of paragraph) {
    if (ch === '\u201c') open++;
    else if (ch === '\u201d') open = Math.max(0, open - 1);
    else if (ch === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/**
 * The first seam at or after `from`: a paragraph break where no quotation runs on (the paragraph before closes its
 * quotation marks, the one after does not open with one, as a quotation continued over paragraphs does), else any
 * paragraph break, a line break, a sentence end, a space, and at the very worst `from` itself (hostile text).
 */
function seamAfter(text: string, from: number, reach: number): number {
  const limit = Math.min(text.length, from + reach);
  PARAGRAPH_BREAK.lastIndex = from;
  for (let m = PARAGRAPH_BREAK.exec(text); m && m.index < limit; m = PARAGRAPH_BREAK.exec(text)) {
    const next = m.index + m[0].length;
    // (Of a paragraph longer than the reach, its last `reach` characters: hostile text must not be scanned whole.)
    const before = text.slice(paragraphStartBefore(text, m.index, Math.max(0, m.index - reach)), m.index);
    if (!leavesQuoteOpen(before) && !/^["\u201c]/.test(text.slice(next, next + 1))) return next;
  }
  for (const pattern of [PARAGRAPH_BREAK, LINE_BREAK, SENTENCE_END, SPACE]) {
    const at = breakAfter(text, pattern, from, limit);
    if (at > 0) return at;
  }
  return from;
}

/** The windows a body is analysed in: one for a body up to `chunkChars`, else cores of at least that much. */
export function chunkWindows(body: string, options: ChunkOptions = {}): Window[] {
  const chunk = options.chunkChars ?? CHUNK_CHARS;
  const context = options.contextChars ?? CONTEXT_CHARS;
  if (body.length <= chunk) return [{ start: 0, end: body.length, coreStart: 0, coreEnd: body.length }];
  const cores: Span[] = [];
  let start = 0;
  while (start < body.length) {
    // A remainder shorter than half a chunk joins the last core rather than make a small window of its own.
    let end = body.length - start <= chunk * 1.5 ? body.length : seamAfter(body, start + chunk, chunk);
    if (end >= body.length - chunk / 2) end = body.length;
    cores.push({ start, end });
    start = end;
  }
  return cores.map((c) => ({
    // Back to the paragraph's start, but no further than another `context`: text without paragraph breaks must not
    // make each window reach back to the body's start.
    start:
      c.start === 0
        ? 0
        : paragraphStartBefore(body, Math.max(0, c.start - context), Math.max(0, c.start - 2 * context)),
    end: c.end === body.length ? body.length : seamAfter(body, Math.min(body.length, c.end + context), chunk),
    coreStart: c.start,
    coreEnd: c.end,
  }));
}

/** Messages of windows as one: "N quotation mark(s) ..." counts are summed, other repeats said once. */
function mergedMessages(lists: Message[][]): Message[] {
  const out: Message[] = [];
  const counted = new Map<string, { message: Message; n: number }>();
  const seen = new Set<string>();
  for (const list of lists)
    for (const m of list) {
      const count = /^(\d+) (.*)$/s.exec(m.message);
      const key = `${m.kind}\u0000${m.source}\u0000${m.where ?? ''}\u0000${count ? count[2] : m.message}`;
      if (count) {
        const c = counted.get(key);
        if (c) c.n += Number(count[1]);
        else {
          const message = { ...m };
          counted.set(key, { message, n: Number(count[1]) });
          out.push(message);
        }
      } else if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    }
  for (const c of counted.values()) c.message.message = c.message.message.replace(/^\d+/, String(c.n));
  return out;
}

/**
 * Union-find over the entities of all windows, each known as "window:local id". A group knows the full names (two
 * words or more) of its members; two groups with full names and none in common are two people, never joined: a lone
 * "Sato" read as John Sato in one window and as Nadia Sato in the next must not make them one.
 */
class EntityGroups {
  private readonly parent = new Map<string, string>();
  private readonly fullNames = new Map<string, Set<string>>();
  add(node: string, name: string): void {
    const key = nameKey(name);
    this.fullNames.set(node, new Set(/\s/.test(name.trim()) ? [key] : []));
  }
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    this.parent.set(x, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const na = this.fullNames.get(ra) ?? new Set<string>();
    const nb = this.fullNames.get(rb) ?? new Set<string>();
    if (na.size > 0 && nb.size > 0 && ![...nb].some((n) => na.has(n))) return;
    this.parent.set(rb, ra);
    for (const n of nb) na.add(n);
    this.fullNames.set(ra, na);
  }
}

/** The best name of a merged entity: from the body over captions, full names over acronyms, the most words. */
function nameScore(e: LocalEntity): number {
  return (
    (e.captionOnly ? 0 : 1000) +
    (/^[A-Z.]{2,7}$/.test(e.name) ? 0 : 100) +
    e.name.split(/\s+/).length * 10 +
    e.name.length / 100
  );
}

/**
 * A window that read a person's surname alone as a place or an organization cited it as one, each time it speaks; the
 * article knows a person there, and the citation finder cites a person with an office once, where first quoted:
 * such a citation is kept only when the person has no citation before it.
 */
function onceAPerson(citations: { citation: Citation; misread: boolean }[]): Citation[] {
  const cited = new Set<string>();
  const out: Citation[] = [];
  for (const { citation: c, misread } of citations) {
    if (misread && c.entity !== null && cited.has(c.entity)) continue;
    if (c.entity !== null) cited.add(c.entity);
    out.push(c);
  }
  return out;
}

/**
 * Analyses an article window by window with `analyzeWindow` (which sees body offsets from the window's start) and
 * merges: sentences, mentions, quotes and citations kept by where they start, offsets shifted back to the body's,
 * entities joined across windows and numbered again in reading order, as the whole article's analysis numbers them.
 */
export function analyzeInWindows(
  article: WindowText,
  windows: Window[],
  analyzeWindow: (text: WindowText) => Analysis,
): Analysis {
  const sentences: Span[] = [];
  const kept: { mention: Mention; node: string }[] = [];
  const quotes: { quote: Quote; w: number }[] = [];
  const citations: { citation: Citation; w: number }[] = [];
  const messages: Message[][] = [];
  const entities = new Map<string, LocalEntity>();
  const groups = new EntityGroups();
  const others: { mention: Mention; node: string }[] = [];
  const inCore = (w: Window, start: number): boolean => start >= w.coreStart && start < w.coreEnd;
  windows.forEach((w, wi) => {
    const a = analyzeWindow({
      body: article.body.slice(w.start, w.end),
      captions: wi === 0 ? article.captions : [],
      title: article.title,
    });
    // The window's objects are this merge's alone: shifted and renamed in place, not copied, so that the merged result
    // is not held twice at the end (it is most of what a big article's analysis holds).
    const shift = <T extends Span>(s: T): T => {
      s.start += w.start;
      s.end += w.start;
      return s;
    };
    for (const s of a.sentences) if (inCore(w, s.start + w.start)) sentences.push(shift(s));
    for (const e of a.entities) {
      entities.set(`${wi}:${e.id}`, e);
      groups.add(`${wi}:${e.id}`, e.name);
    }
    for (const m of a.mentions) {
      const node = `${wi}:${m.entity}`;
      if (m.caption !== undefined) kept.push({ mention: m, node });
      else if (inCore(w, m.start + w.start)) kept.push({ mention: shift(m), node });
      else others.push({ mention: shift(m), node });
    }
    for (const q of a.quotes) if (inCore(w, q.start + w.start)) quotes.push({ quote: shift(q), w: wi });
    for (const c of a.citations)
      if (inCore(w, c.start + w.start)) citations.push({ citation: shift(c), w: wi });
    messages.push(a.messages);
  });
  // The same mention read by two windows (one answering for it, one as context) is the same entity in both.
  const owner = new Map<string, string>();
  for (const { mention: m, node } of kept)
    if (m.caption === undefined) owner.set(`${m.start}:${m.end}:${m.type}`, node);
  for (const { mention: m, node } of others) {
    const o = owner.get(`${m.start}:${m.end}:${m.type}`);
    if (o) groups.join(o, node);
  }
  // Entities of one type and name are one, as the whole article's resolution makes them.
  const byName = new Map<string, string>();
  for (const [node, e] of entities) {
    const key = `${e.type}\u0000${nameKey(e.name)}`;
    const first = byName.get(key);
    if (first) groups.join(first, node);
    else byName.set(key, node);
  }
  // A surname alone, read in a window that does not hold the full name ("Tolvaren said ...", maybe tagged a place
  // there), is the one person of the article with that surname, when there is one, as the whole article's
  // resolution makes it.
  const bySurname = new Map<string, Set<string>>();
  for (const [node, e] of entities) {
    const words = e.name.trim().split(/\s+/);
    if (e.type !== 'person' || words.length < 2) continue;
    const key = nameKey(words[words.length - 1]);
    const roots = bySurname.get(key) ?? new Set<string>();
    roots.add(groups.find(node));
    bySurname.set(key, roots);
  }
  for (const [node, e] of entities) {
    if (/\s/.test(e.name.trim())) continue;
    const roots = new Set([...(bySurname.get(nameKey(e.name)) ?? [])].map((r) => groups.find(r)));
    if (roots.size === 1) groups.join([...roots][0], node);
  }
  // Number the groups by their first kept mention: body mentions by offset, then captions', as a whole analysis does.
  kept.sort(
    (a, b) => (a.mention.caption ?? -1) - (b.mention.caption ?? -1) || a.mention.start - b.mention.start,
  );
  const idOf = new Map<string, string>();
  const members = new Map<string, LocalEntity[]>();
  const bodyMentioned = new Set<string>();
  const idFor = (root: string): void => {
    if (!idOf.has(root)) idOf.set(root, `e${idOf.size + 1}`);
  };
  for (const { mention: m, node } of kept) {
    const root = groups.find(node);
    idFor(root);
    if (m.caption === undefined) bodyMentioned.add(root);
  }
  // A speaker or source whose entity no kept mention names (it was mentioned in context only) keeps its entity.
  for (const { quote, w } of quotes)
    if (quote.speakerEntity !== null) idFor(groups.find(`${w}:${quote.speakerEntity}`));
  for (const { citation, w } of citations)
    if (citation.entity !== null) idFor(groups.find(`${w}:${citation.entity}`));
  for (const [node, e] of entities) {
    const root = groups.find(node);
    if (!idOf.has(root)) continue;
    const list = members.get(root);
    if (list) list.push(e);
    else members.set(root, [e]);
  }
  const merged = new Map<string, LocalEntity>();
  for (const [root, id] of idOf) {
    const list = members.get(root) ?? [];
    const best = [...list].sort((a, b) => nameScore(b) - nameScore(a))[0];
    const seen = new Set([nameKey(best.name)]);
    const aliases: string[] = [];
    for (const e of list)
      for (const n of [e.name, ...e.aliases]) {
        const k = nameKey(n);
        if (!seen.has(k)) {
          seen.add(k);
          aliases.push(n);
        }
      }
    merged.set(root, {
      id,
      name: best.name,
      type: best.type,
      aliases,
      roles: dedupeRoles(list.flatMap((e) => e.roles)),
      ...(bodyMentioned.has(root) || list.some((e) => !e.captionOnly) ? {} : { captionOnly: true }),
    });
  }
  /** The merged entity a window's local id stands for, if any kept mention names it. */
  const entityOf = (w: number, local: string | null): LocalEntity | undefined =>
    local === null ? undefined : merged.get(groups.find(`${w}:${local}`));
  /** A name given as the window entity's name becomes the merged entity's. */
  const renamed = (w: number, local: string | null, name: string | null): string | null => {
    const e = entityOf(w, local);
    return e && name === entities.get(`${w}:${local}`)?.name ? e.name : name;
  };
  const mentions = kept.map(({ mention, node }) => {
    const e = merged.get(groups.find(node));
    if (e) {
      mention.entity = e.id;
      mention.type = e.type;
    }
    return mention;
  });
  for (const { quote, w } of quotes) {
    quote.speaker = renamed(w, quote.speakerEntity, quote.speaker);
    quote.speakerEntity = entityOf(w, quote.speakerEntity)?.id ?? null;
  }
  const cited = citations.map(({ citation, w }) => {
    const e = entityOf(w, citation.entity);
    const misread = e?.type === 'person' && entities.get(`${w}:${citation.entity}`)?.type !== 'person';
    citation.name = renamed(w, citation.entity, citation.name) ?? citation.name;
    citation.entity = e?.id ?? null;
    return { citation, misread };
  });
  return {
    sentences,
    mentions,
    entities: [...merged.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))),
    quotes: quotes.map(({ quote }) => quote),
    citations: onceAPerson(cited),
    messages: mergedMessages(messages),
  };
}
