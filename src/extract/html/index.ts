// HTML article extraction: the door of extract/html (body, captions, title, dates, bylines, outlet, language).
import type { Message, Paragraph, RemovedLine } from '../../model/index.js';
import { extractContent } from './content.js';
import { type El, parseHtml } from './dom.js';
import { extractMetadata, langFromScript, type PageMetadata } from './metadata.js';

export { decodeHtmlBytes } from './decode.js';

/** A page's metadata (see PageMetadata for each field) with its clean body. */
export interface HtmlExtraction extends Omit<PageMetadata, 'articleBody'> {
  /** Body paragraphs in reading order; headings are kept with kind 'heading'. */
  paragraphs: Paragraph[];
  captions: string[];
  /** The main boilerplate blocks dropped, with a reason (at most 50). */
  removed: RemovedLine[];
  messages: Message[];
}

export interface ExtractHtmlOptions {
  /** Where the page came from; resolves relative canonical links and serves as a fallback URL. */
  url?: string;
  /** Characters of HTML read at most (default 5,000,000); the rest is cut off with a warning. */
  maxChars?: number;
}

const SOURCE = 'extract/html';
export const DEFAULT_MAX_CHARS = 5_000_000;

function findBody(root: El): El {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (typeof c !== 'string' && c.tag !== 'head') stack.push(c);
  }
  return root;
}

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  const messages: Message[] = [];
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  let input = html;
  if (input.length > max) {
    messages.push({
      kind: 'warning',
      source: SOURCE,
      message: `page is ${input.length} characters; only the first ${max} were read`,
    });
    input = input.slice(0, max);
  }
  const page = parseHtml(input);
  const meta = extractMetadata(page, { url: options.url }, messages);
  const body = findBody(page.root);
  const content = extractContent(body, meta.title);
  let paragraphs = content.paragraphs;
  const { articleBody, ...declared } = meta;
  const found = paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (articleBody && found < articleBody.length * 0.3) {
    // Pages rendered by scripts ship their text only in the JSON-LD; what the page declares beats an empty body.
    paragraphs = articleBody
      .split(/\r?\n/)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0)
      .map((text) => ({ text, kind: 'paragraph' as const }));
    messages.push({ kind: 'info', source: SOURCE, message: 'body taken from the JSON-LD articleBody' });
  } else if (!content.found) {
    messages.push({
      kind: 'warning',
      source: SOURCE,
      message: content.why ?? 'no article body found on the page',
    });
  }
  const lang = declared.lang ?? langFromScript(paragraphs.map((p) => p.text).join(' '));
  return {
    ...declared,
    lang,
    paragraphs,
    captions: content.captions,
    removed: content.removed,
    messages,
  };
}
