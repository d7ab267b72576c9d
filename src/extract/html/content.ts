// Main-content detection: prune page furniture, score text blocks, pick the article container, emit paragraphs.
import type { Paragraph, RemovedLine } from '../../model/index.js';
import { type El, squash } from './dom.js';
import { isNameHoverCard } from './inline-boxes.js';
import { clauseMarks, endsLikeSentence, weightedLength } from './text-stats.js';

export interface ContentResult {
  paragraphs: Paragraph[];
  captions: string[];
  removed: RemovedLine[];
  /** False when the page holds no article: nothing, or too little prose to be one, or a list of teasers. */
  found: boolean;
  /** Why found is false, when it is. */
  why?: string;
}

// Everything else, custom elements included, flows inline: an unknown tag must not cut a sentence in two.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
  'video',
  'audio',
  'map',
  'noframes',
  'title',
  'head',
]);
const isInline = (tag: string): boolean => !BLOCK.has(tag);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'search',
  'toolbar',
  'tablist',
  'alert',
  'tooltip',
]);

// Class and id conventions of web templates; they name page parts, not content, in every language of the page.
const NEGATIVE =
  /(^|[-_])(comments?|commentlist|disqus|share|sharing|sharebar|social|socials|likes?|related|recommend(ed|ations)?|newsletter|subscribe|subscription|signup|cookies?|consent|gdpr|advert|advertisement|ads?|adv|adslot|dfp|sponsor(ed)?|promo|promotion|breadcrumbs?|navbar|nav|navigation|menu|footer|sidebar|widgets?|popup|modal|overlay|banner|outbrain|taboola|toolbar|pagination|pager|tags|tag-?list|trending|popular|most-?read|read-?more|more-?stories|print|sr-only|visually-?hidden|screen-?reader|skip|login|rss|masthead|topbar|author-?bio|bio|follow|jump|toc)($|[-_\d])/;
const POSITIVE =
  /(^|[-_])(article|articles|post|entry|story|content|body|text|main|prose|hentry|h-entry|blog|page|column)($|[-_\d])/;
const EMBED = /(^|[-_])(embed|embedded|tweet|twitter-tweet|instagram-media)($|[-_])/;
// Names of the article box itself; "footer-content" or "sidebar-text" name the content of something else.
const BODY_NAME =
  /(^|[-_])(article|story|entry|post|main|page)[-_]?(body|content|text|container)($|[-_])|^(articlebody|content|main|article|story)$/;
const CAPTION = /caption|(^|[-_])(credit|credits|photo-?credit)($|[-_])/;
const META_LINE =
  /(^|[-_])(byline|author|authors|dateline|timestamp|date|time|published|updated|meta|kicker|eyebrow)($|[-_])/;

interface Stats {
  len: number;
  link: number;
  /** Text inside <p> elements: the one signal of running prose that nearly every template keeps. */
  para: number;
}

function hintTokens(el: El): string[] {
  const s = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
  return s.length > 1 ? s.split(/\s+/).filter(Boolean) : [];
}

const anyToken = (tokens: string[], re: RegExp): boolean => tokens.some((t) => re.test(t));

function isHidden(el: El): boolean {
  const a = el.attrs;
  if ('hidden' in a) return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function computeStats(el: El, stats: Map<El, Stats>, inLink: boolean, inPara = false): Stats {
  let len = 0;
  let link = 0;
  let para = 0;
  const isLink = inLink || el.tag === 'a';
  const isPara = inPara || el.tag === 'p';
  for (const c of el.children) {
    if (typeof c === 'string') {
      const n = weightedLength(c);
      len += n;
      if (isLink) link += n;
      else if (isPara) para += n;
    } else {
      const s = computeStats(c, stats, isLink, isPara);
      len += s.len;
      link += s.link;
      para += s.para;
    }
  }
  const s = { len, link, para };
  stats.set(el, s);
  return s;
}

const density = (s: Stats | undefined): number => (s && s.len > 0 ? s.link / s.len : 0);

const preview = (el: El, textOf: (e: El) => string): string => {
  const t = squash(textOf(el));
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
};

// Block boundaries become spaces, so that a removed menu reads "Home News Sport", not "HomeNewsSport".
function spacedText(el: El): string {
  let out = '';
  for (const c of el.children)
    out += typeof c === 'string' ? c : isInline(c.tag) ? spacedText(c) : ` ${spacedText(c)} `;
  return out;
}

function plainText(el: El): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : plainText(c);
  return out;
}

/** Holders of the article body that pages declare in language-neutral markup. */
function declaresBody(el: El): boolean {
  const ip = el.attrs.itemprop;
  return el.tag === 'article' || el.tag === 'main' || el.attrs.role === 'main' || ip === 'articleBody';
}

function containsDeclaredBody(el: El): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (declaresBody(c) || containsDeclaredBody(c)) return true;
  }
  return false;
}

const MAX_REMOVED = 50;
/** Zero-width space, word joiner, byte-order mark: characters with no width, which \s does not all cover. */
const INVISIBLE_ONLY = /^[\s\u200b\u2060\ufeff]*$/u;

interface TextRun {
  text: string;
  link: number;
  /** Linked length of each finished line (lines end at <br>). */
  lineLinks: number[];
  lineLink: number;
}

interface Block {
  el: El;
  text: string;
  len: number;
  link: number;
  lineLinks: number[];
  heading: boolean;
  caption: boolean;
}

export function extractContent(body: El, title: string | null): ContentResult {
  const removed: RemovedLine[] = [];
  const note = (text: string, reason: string) => {
    if (!text || removed.length >= MAX_REMOVED) return;
    removed.push({ text: text.length > 200 ? `${text.slice(0, 197)}...` : text, reason });
  };
  let stats = new Map<El, Stats>();
  const total = computeStats(body, stats, false);

  // 1. Furniture: removed whole, unless it holds most of the page (templates misuse footer/aside/header too).
  const prune = (el: El) => {
    const kept: typeof el.children = [];
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i];
      if (typeof c === 'string') {
        kept.push(c);
        continue;
      }
      const reason = isNameHoverCard(el.children, i, isInline)
        ? 'hover card of a linked name'
        : furnitureReason(c, stats, total);
      if (reason) {
        const s = stats.get(c);
        if (s && s.len > 0 && removed.length < MAX_REMOVED) note(preview(c, spacedText), reason);
        continue;
      }
      prune(c);
      kept.push(c);
    }
    el.children = kept;
  };
  prune(body);
  stats = new Map();
  computeStats(body, stats, false);

  // 2. Blocks: runs of inline content between block boundaries.
  const blocks: Block[] = [];
  const newBuf = (): TextRun => ({ text: '', link: 0, lineLinks: [], lineLink: 0 });
  const collect = (el: El, owner: El, buf: TextRun, inLink: boolean, caption: boolean) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        buf.text += c;
        if (inLink) {
          const n = weightedLength(c);
          buf.link += n;
          buf.lineLink += n;
        }
        continue;
      }
      if (c.tag === 'br') {
        buf.text += '\n';
        buf.lineLinks.push(buf.lineLink);
        buf.lineLink = 0;
        continue;
      }
      if (c.tag === 'img' || c.tag === 'hr') continue;
      if (isInline(c.tag)) {
        if (!caption && anyToken(hintTokens(c), CAPTION)) {
          // An inline caption (a <span class="caption"> under a picture) is still not body text.
          flush(owner, buf, caption);
          const inner = newBuf();
          collect(c, owner, inner, inLink || c.tag === 'a', true);
          flush(owner, inner, true);
          continue;
        }
        collect(c, owner, buf, inLink || c.tag === 'a', caption);
        continue;
      }
      flush(owner, buf, caption);
      const isCaption =
        caption || c.tag === 'figcaption' || c.tag === 'figure' || anyToken(hintTokens(c), CAPTION);
      const inner = newBuf();
      collect(c, c, inner, inLink, isCaption);
      flush(c, inner, isCaption);
    }
  };
  const flush = (owner: El, buf: TextRun, caption: boolean) => {
    const text = buf.text;
    const link = buf.link;
    buf.lineLinks.push(buf.lineLink);
    const lineLinks = buf.lineLinks;
    buf.text = '';
    buf.link = 0;
    buf.lineLinks = [];
    buf.lineLink = 0;
    if (!/\S/.test(text)) return;
    const len = weightedLength(text);
    blocks.push({
      el: owner,
      text,
      len,
      link: Math.min(link, len),
      lineLinks,
      heading: HEADING.has(owner.tag),
      caption,
    });
  };
  const rootBuf = newBuf();
  collect(body, body, rootBuf, false, false);
  flush(body, rootBuf, false);

  // 3. Scores: each sentence-like block votes for its container and, less, for the containers above.
  const score = new Map<El, number>();
  const initial = (el: El): number => {
    let s = 0;
    switch (el.tag) {
      case 'div':
      case 'article':
      case 'section':
      case 'main':
        s = 5;
        break;
      case 'pre':
      case 'td':
      case 'blockquote':
        s = 3;
        break;
      case 'ol':
      case 'ul':
      case 'dl':
      case 'dd':
      case 'dt':
      case 'li':
      case 'form':
      case 'address':
        s = -3;
        break;
      case 'th':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        s = -5;
        break;
    }
    const tokens = hintTokens(el);
    if (anyToken(tokens, POSITIVE)) s += 25;
    if (anyToken(tokens, NEGATIVE)) s -= 25;
    if (el.attrs.itemprop === 'articleBody') s += 50;
    if (el.tag === 'article' || el.tag === 'main') s += 10;
    return s;
  };
  for (const b of blocks) {
    if (b.heading || b.caption || b.len < 25 || b.link > b.len * 0.5) continue;
    if (b.el.tag === 'li' && b.len < 80) continue;
    const vote = 1 + clauseMarks(b.text) + Math.min(Math.floor(b.len / 100), 3);
    // A paragraph's own element is not a container; a div with loose text is.
    let target: El | null = INLINE_BLOCKS.has(b.el.tag) ? b.el.parent : b.el;
    for (let level = 0; target && level < 5; level++) {
      if (target.tag === '#root' || target.tag === 'html') break;
      if (!score.has(target)) score.set(target, initial(target));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(target, score.get(target)! + vote / divider);
      target = target.parent;
    }
  }
  let top: El | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  const finalScore = new Map<El, number>();
  for (const [el, s] of score) {
    const f = s * (1 - density(stats.get(el)));
    finalScore.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top || topScore <= 0) return { paragraphs: [], captions: [], removed, found: false };

  // 4. Climb when the parent carries comparable evidence (articles split into several blocks).
  {
    let parent = top.parent;
    let last = topScore;
    const threshold = topScore / 3;
    while (parent && parent !== body && parent.tag !== '#root') {
      const ps = finalScore.get(parent);
      if (ps === undefined) {
        parent = parent.parent;
        continue;
      }
      if (ps < threshold) break;
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent;
    }
    while (
      top.parent &&
      top.parent !== body &&
      top.parent.children.filter((c) => typeof c !== 'string').length === 1
    ) {
      top = top.parent;
    }
  }
  // 4b. Pages that wrap each paragraph in its own box split the vote across many small containers. Climb to
  // the ancestor whose extra text is mostly paragraphs built like the ones already chosen (same markup path).
  {
    const isGood = (b: Block) => !b.heading && !b.caption && b.len >= 25 && b.link <= b.len * 0.5;
    const signature = (b: Block) =>
      `${b.el.tag}.${b.el.attrs.class ?? ''}<${b.el.parent?.tag}.${b.el.parent?.attrs.class ?? ''}`;
    const within = (el: El, anc: El) => {
      for (let e: El | null = el; e; e = e.parent) if (e === anc) return true;
      return false;
    };
    const sigs = new Set<string>();
    // Bare paths (a <p> in a <div> with no class) say nothing about which template box the text came from.
    const classed = (b: Block) => !!(b.el.attrs.class || b.el.parent?.attrs.class);
    for (const b of blocks) if (isGood(b) && classed(b) && within(b.el, top)) sigs.add(signature(b));
    const same = new Map<El, number>();
    for (const b of blocks) {
      if (!isGood(b) || !sigs.has(signature(b))) continue;
      for (let e: El | null = b.el; e && e !== body.parent; e = e.parent)
        same.set(e, (same.get(e) ?? 0) + b.len);
    }
    const s0 = same.get(top) ?? 0;
    const l0 = stats.get(top)?.len ?? 0;
    let best = top;
    for (let e = top.parent; e && e !== body.parent; e = e.parent) {
      const dSame = (same.get(e) ?? 0) - s0;
      const dAll = (stats.get(e)?.len ?? 0) - l0;
      if (e.tag === 'body' || countArticles(e) > 1) break;
      if (dSame > 0 && dSame >= dAll * 0.6) best = e;
    }
    top = best;
  }
  const chosen = new Set<El>([top]);
  const topFinal = finalScore.get(top) ?? topScore;
  if (top.parent) {
    const threshold = Math.max(10, topFinal * 0.2);
    const topClass = top.attrs.class ?? '';
    for (const sib of top.parent.children) {
      if (typeof sib === 'string' || sib === top) continue;
      let s = finalScore.get(sib) ?? 0;
      if (topClass && sib.attrs.class === topClass) s += topFinal * 0.2;
      const st = stats.get(sib);
      if (s >= threshold) chosen.add(sib);
      else if (st && (sib.tag === 'p' || st.para >= st.len * 0.8)) {
        // Prose left outside the container by broken or flat markup still belongs to the article.
        const d = density(st);
        const text = plainText(sib);
        if ((st.len > 80 && d < 0.25) || (st.len > 0 && d === 0 && endsLikeSentence(text.trim())))
          chosen.add(sib);
      }
    }
  }

  // 5. Boxes inside the container made mostly of links (related stories, tag lists) go out whole.
  const dropped = new Set<El>();
  const containerLen = [...chosen].reduce((n, el) => n + (stats.get(el)?.len ?? 0), 0);
  const inspect = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (isInline(c.tag) || INLINE_BLOCKS.has(c.tag)) continue;
      const st = stats.get(c);
      if (!st || st.len === 0) continue;
      if (density(st) > 0.35 && st.len < containerLen * 0.3) {
        dropped.add(c);
        note(preview(c, spacedText), 'link-dense box');
        continue;
      }
      const tokens = hintTokens(c);
      if (anyToken(tokens, META_LINE) && st.len < 300 && !anyToken(tokens, BODY_NAME)) {
        dropped.add(c);
        note(preview(c, spacedText), 'byline or date');
        continue;
      }
      inspect(c);
    }
  };
  for (const el of chosen) inspect(el);

  const inChosen = (el: El): boolean => {
    for (let e: El | null = el; e; e = e.parent) {
      if (dropped.has(e)) return false;
      if (chosen.has(e)) return true;
    }
    return false;
  };

  // 6. Emit in document order.
  const paragraphs: Paragraph[] = [];
  const captions: string[] = [];
  const seen = new Set<string>();
  const loose = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const normTitle = title ? loose(title) : null;
  for (const b of blocks) {
    if (!inChosen(b.el)) continue;
    const raw = b.text.split('\n');
    const lines: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      const line = squash(raw[i]);
      // Editors' spacer paragraphs hold only a zero-width space (Naver-style blogs): nothing a reader sees.
      if (!line || INVISIBLE_ONLY.test(line)) continue;
      // In a block of several lines, each is judged alone: "Read more" links stacked under a paragraph.
      const n = weightedLength(line);
      if (raw.length > 1 && !b.heading && !b.caption && (b.lineLinks[i] ?? 0) > n * 0.5 && n < 150) {
        note(line, 'link-dense line');
        continue;
      }
      lines.push(line);
    }
    if (lines.length === 0) continue;
    if (b.caption) {
      const t = lines.join(' ');
      if (!captions.includes(t)) captions.push(t);
      continue;
    }
    // Long linked passages inside the container are summaries the article links out from, not menus.
    // A sentence with a long link in it is still a sentence: it ends like one and has words of its own.
    const prose = endsLikeSentence(b.text.trim()) && b.len - b.link >= 30;
    if (!b.heading && !prose && b.link > b.len * 0.5 && (b.len < 150 || b.link > b.len * 0.9)) {
      note(squash(b.text), 'link-dense');
      continue;
    }

    for (const line of lines) {
      // The headline printed again at the top of the body (as a heading or as bold text) is metadata, not body.
      if (normTitle && (b.heading || paragraphs.length === 0) && loose(line) === normTitle) {
        note(line, 'headline');
        continue;
      }
      // Short lines repeat legitimately (table rows, recipe steps); long ones repeat when templates print twice.
      if (seen.has(line) && weightedLength(line) >= 60) {
        note(line, 'duplicate');
        continue;
      }
      seen.add(line);
      paragraphs.push({ text: line, kind: b.heading ? 'heading' : 'paragraph' });
    }
  }
  trimEdges(paragraphs, note);

  // A few words are not an article, and neither is a run of linked headlines with their teasers (a section front).
  const bodyLen = paragraphs.reduce((n, p) => n + weightedLength(p.text), 0);
  const longest = paragraphs.reduce((n, p) => Math.max(n, weightedLength(p.text)), 0);
  let why: string | undefined;
  if (paragraphs.length === 0) why = 'no article body found on the page';
  else if (bodyLen < 120 && longest < 80) why = 'too little text on the page for an article';
  else {
    const linkedHeadings = blocks.filter(
      (b) => b.heading && inChosen(b.el) && b.link > b.len * 0.8 && b.len > 0,
    ).length;
    if (linkedHeadings >= 4 && bodyLen / linkedHeadings < 300)
      why = 'the page is a list of articles, not an article';
  }
  if (why) {
    for (const p of paragraphs) note(p.text, 'not an article page');
    return { paragraphs: [], captions, removed, found: false, why };
  }
  return { paragraphs, captions, removed, found: true };
}

// Paragraph-like elements: the block itself is content, its parent is the container.
const INLINE_BLOCKS = new Set([
  'p',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'blockquote',
  'td',
  'th',
]);

function furnitureReason(el: El, stats: Map<El, Stats>, page: Stats): string | null {
  if (isHidden(el)) return 'hidden';
  const st = stats.get(el);
  // Templates misuse every name; a box holding most of the page's prose is not furniture, whatever it is called.
  const big = !!st && (st.len > page.len * 0.6 || (page.para > 0 && st.para > page.para * 0.5));
  // aria-hidden also marks the whole page behind an open dialog; only small boxes are really out of sight.
  if (el.attrs['aria-hidden'] === 'true' && !big) return 'hidden';
  if (FURNITURE_TAGS.has(el.tag)) return big || containsDeclaredBody(el) ? null : `<${el.tag}>`;
  if (el.tag === 'header' && !big && !containsDeclaredBody(el)) return '<header>';
  const role = el.attrs.role;
  if (role && FURNITURE_ROLES.has(role) && !big) return `role=${role}`;
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'a') return null;
  const tokens = hintTokens(el);
  if (tokens.length === 0 || declaresBody(el)) return null;
  const negative = tokens.find((t) => NEGATIVE.test(t));
  // "footer-content" names the footer's content; a separate "content" class on the same box names the box.
  // A name that is both ("like-post-wrapper", WordPress's like button) says nothing for the box.
  const positive = tokens.some((t) => t !== negative && POSITIVE.test(t) && !NEGATIVE.test(t));
  if (negative && !BODY_NAME.test(negative) && !positive) {
    // Embedded posts (tweets, videos) quoted by the article carry social classes but are part of it.
    if (big || anyToken(tokens, EMBED) || containsDeclaredBody(el)) return null;
    return `class hint: ${tokens.find((t) => NEGATIVE.test(t))}`;
  }
  return null;
}

/** "4:00 am CST, Wednesday, November 20, 2019", "Updated", "Published: Nov. 19, 2019 at 10:01 p.m.". */
const STAMP_LINE =
  /^(?:(?:last\s+)?(?:updated|published|posted)(?::|\s+on)?\s*)?(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?)?$/i;
/** "Robert Burns, Ap National Security Writer", "Meg Kinnard and Errin Haines, Associated Press". */
const BYLINE_LINE =
  /^(?:by\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s+and\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})?,\s+(?:the\s+)?(?:associated\s+press|ap|reuters|afp|bloomberg|[\p{L} ]{0,40}\b(?:writer|correspondent|reporter|editor))$/iu;

/** A line above the article's first paragraph that tells who wrote it or when, not what happened. */
const leadingMeta = (p: Paragraph): boolean =>
  p.kind === 'paragraph' &&
  weightedLength(p.text) < 100 &&
  (STAMP_LINE.test(p.text) || BYLINE_LINE.test(p.text));

function trimEdges(paragraphs: Paragraph[], note: (t: string, r: string) => void): void {
  const edge = (p: Paragraph) =>
    p.kind === 'paragraph' && weightedLength(p.text) < 30 && !endsLikeSentence(p.text);
  for (;;) {
    const first = paragraphs[0];
    const why = !first
      ? null
      : edge(first)
        ? 'short line at the edge'
        : leadingMeta(first)
          ? 'byline or date'
          : null;
    if (!why) break;
    paragraphs.shift();
    note(first.text, why);
  }
  while (paragraphs.length > 0 && edge(paragraphs[paragraphs.length - 1]))
    note(paragraphs.pop()!.text, 'short line at the edge');
  // Headings with nothing under them belong to the next box, not to the article.
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1].kind === 'heading')
    note(paragraphs.pop()!.text, 'trailing heading');
}

function countArticles(el: El): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    n += c.tag === 'article' ? 1 : countArticles(c);
    if (n > 1) return n;
  }
  return n;
}
