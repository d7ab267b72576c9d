// The extract stage: RawDocument → Article, for scraped text dumps, HTML pages and JSON records alike.

import { createHash } from 'node:crypto';
import fixLatin1ToUtf8 from 'fix-latin1-to-utf8';
import type { Article, Message, Paragraph, RawDocument, RemovedLine } from '../model/index.js';
import { extractHtml } from './html/index.js';
import { parseStatedDate } from './meta/dates.js';
import { detectLanguage } from './meta/language.js';
import type { BoilerplateProfile } from './text/boilerplate-profile.js';
import { cleanText, splitBlocks } from './text/clean-text.js';
import { classifyLine } from './text/line-rules.js';

export { parseStatedDate } from './meta/dates.js';
export { detectLanguage } from './meta/language.js';
export { BoilerplateProfile } from './text/boilerplate-profile.js';
export { cleanText, LINE_ABOVE_ARTICLE } from './text/clean-text.js';

export interface ExtractContext {
  /** Template learned from the outlet's other documents (see profileKeyOf and observeDocument). */
  profile?: BoilerplateProfile;
  /** The document's blocks and template group, when the caller already computed them (prepareText). */
  prepared?: PreparedText;
}

/** A text document split into blocks once, for both the template profile and the cleaner. */
export interface PreparedText {
  blocks: string[];
  profileKey: string;
}

/** Stable id of a document: a hash of what was read, so that reading the same input again finds it. */
export function documentId(raw: RawDocument): string {
  const hash = createHash('sha256');
  hash.update(raw.mediaType);
  hash.update('\u0000');
  hash.update(raw.hints.title ?? '');
  hash.update('\u0000');
  hash.update(raw.text.trim());
  return hash.digest('hex').slice(0, 16);
}

/** Which template group a text document belongs to: its outlet when known, else its folder. */
export function profileKeyOf(raw: RawDocument, blocks?: string[]): string {
  if (raw.hints.outlet) return `outlet:${raw.hints.outlet.toLowerCase()}`;
  // Outlet footers sit at the end of a dump: the last blocks are enough.
  for (const block of blocks ? blocks.slice(-30) : splitBlocks(raw.text.slice(-4000))) {
    const verdict = classifyLine(block);
    if (verdict?.kind === 'outlet') return `outlet:${verdict.outlet.toLowerCase()}`;
  }
  const path = raw.uri.replace(/#\d+$/, '');
  return `folder:${path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.'}`;
}

/**
 * The letters that open every sequence fix-latin1-to-utf8 repairs. Most texts hold none, and a plain search for them
 * costs a twentieth of the library's own test (0.6 against 12 µs an article on PolNeAR).
 */
const MOJIBAKE_LEADS = ['Ã', 'â', 'Â', 'Å', 'Æ', 'Ë'];
/** The combining marks of those letters written decomposed: circumflex, tilde, diaeresis, ring above. */
const MOJIBAKE_MARKS = ['\u0302', '\u0303', '\u0308', '\u030a'];

/**
 * An outlet or title on one line, its runs of white space one space. JSON Lines, a posted article or a page keep
 * what they were given, and an outlet stored as "Harbour\nGazette" was a second outlet beside "Harbour Gazette" and
 * split every row that printed it. Applied to the article, after `documentId` has read the hints as given: the ids
 * stay what they were.
 */
const oneLine = <T extends string | null>(text: T): T =>
  text === null ? text : (text.replace(/\s+/g, ' ').trim() as T);

/**
 * Text as its writer typed it: UTF-8 that a scraper read as Windows-1252 ("GuantÃ¡namo", "donâ€™t") is turned back
 * ("Guantánamo", "don’t"), so that names and quotes come out whole. The document's id still hashes what was read.
 */
const repaired = (text: string): string => {
  // Some pages come decomposed (NFD): "Ã" as "A" and a combining tilde, which the library's table does not match.
  const composed = MOJIBAKE_MARKS.some((c) => text.includes(c)) ? text.normalize('NFC') : text;
  return MOJIBAKE_LEADS.some((c) => composed.includes(c)) ? fixLatin1ToUtf8(composed) : composed;
};

export function prepareText(raw: RawDocument): PreparedText | undefined {
  if (raw.mediaType === 'text/html') return undefined;
  const blocks = splitBlocks(repaired(raw.text));
  return { blocks, profileKey: profileKeyOf(raw, blocks) };
}

/** Feeds a text document's lines to the template profile before it (and its batch) is cleaned. */
export function observeDocument(
  profile: BoilerplateProfile,
  raw: RawDocument,
  prepared = prepareText(raw),
): void {
  if (prepared) profile.observe(prepared.profileKey, prepared.blocks, raw.hints.published);
}

/** Extracts one article. Pure: the same document and profile always give the same article. */
export function extractDocument(raw: RawDocument, context: ExtractContext = {}): Article {
  const messages: Message[] = [...raw.messages];
  let title: string | null;
  let paragraphs: Paragraph[];
  let captions: string[];
  let removed: RemovedLine[];
  let published: string | null = null;
  let modified: string | null = null;
  let section: string | null = null;
  let outlet: string | null = null;
  let url: string | null = raw.hints.url ?? null;
  let lang: string | null = null;
  let bylines: string[] = [];
  const hintedTitle = raw.hints.title === undefined ? undefined : repaired(raw.hints.title);

  if (raw.mediaType === 'text/html') {
    const page = extractHtml(repaired(raw.text), { url: raw.hints.url });
    title = hintedTitle ?? page.title;
    paragraphs = page.paragraphs;
    captions = page.captions;
    removed = page.removed;
    published = page.published;
    modified = page.modified;
    section = page.section;
    outlet = page.outlet;
    url = url ?? page.url;
    lang = page.lang;
    bylines = page.bylines;
    messages.push(...page.messages);
  } else {
    // The blocks are split from the repaired text, so cleanText reads them rather than raw.text.
    const blocks = context.prepared?.blocks ?? splitBlocks(repaired(raw.text));
    const clean = cleanText(raw.text, {
      title: hintedTitle,
      profile: context.profile,
      profileKey: context.profile ? (context.prepared?.profileKey ?? profileKeyOf(raw)) : undefined,
      blocks,
    });
    title = clean.title;
    paragraphs = clean.paragraphs;
    captions = clean.captions;
    removed = clean.removed;
    section = clean.section;
    outlet = clean.outlet;
    if (clean.dateText) {
      published = parseStatedDate(clean.dateText);
      if (!published) {
        messages.push({
          kind: 'warning',
          source: 'extract/meta',
          message: `dateline "${clean.dateText}" does not state a full date; left undated`,
          where: raw.uri,
        });
      }
    }
  }

  if (raw.hints.published) {
    const stated = parseStatedDate(raw.hints.published);
    if (stated) published = stated;
    else {
      messages.push({
        kind: 'warning',
        source: 'extract/meta',
        message: `unreadable date "${raw.hints.published}"; left undated`,
        where: raw.uri,
      });
    }
  }

  const body = paragraphs.map((p) => p.text).join('\n\n');
  if (!body) {
    messages.push({ kind: 'warning', source: 'extract', message: 'no article text found', where: raw.uri });
  }

  return {
    id: documentId(raw),
    source: raw.uri,
    outlet: oneLine(raw.hints.outlet ?? outlet),
    title: oneLine(title),
    published,
    modified,
    lang: raw.hints.lang ?? lang ?? detectLanguage(`${title ?? ''}\n${body}`),
    url,
    section,
    bylines,
    body,
    paragraphs,
    captions,
    removed,
    meta: raw.hints.id ? { ...raw.meta, id: raw.hints.id } : raw.meta,
    messages,
  };
}
