// A small element tree built from htmlparser2 events, with the page-level facts the extractor needs.
import { Parser } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}

export type Node = El | string;

export interface ParsedPage {
  root: El;
  /** Bodies of `<script type="application/ld+json">`, kept apart because scripts never reach the tree. */
  jsonLd: string[];
  /** Text of the first `<title>`. */
  titleTag: string | null;
}

// Their text is never article text; skipping them at parse time keeps the tree small.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'option',
  'textarea',
  'button',
  'input',
]);

export const MAX_DEPTH = 400;

export function parseHtml(html: string): ParsedPage {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  let dropDepth = 0;
  let inLdJson = false;
  let inTitle = false;
  let ldBuffer = '';
  let titleBuffer: string | null = null;
  const jsonLd: string[] = [];
  // htmlparser2 reports implied closes too, so the stack of opened tags tells us which closes are ours.
  const dropStack: boolean[] = [];
  // Elements opened past MAX_DEPTH are kept as siblings: unclosed tags by the thousand must not overflow the stack.
  const enteredStack: boolean[] = [];
  let depth = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const dropped = dropDepth > 0 || DROPPED.has(name);
        dropStack.push(dropped);
        if (dropped) {
          dropDepth++;
          if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
            inLdJson = true;
            ldBuffer = '';
          }
          return;
        }
        if (name === 'title' && titleBuffer === null) {
          inTitle = true;
          titleBuffer = '';
        }
        const el: El = { tag: name, attrs: attribs, children: [], parent: current };
        current.children.push(el);
        const enter = depth < MAX_DEPTH;
        enteredStack.push(enter);
        if (enter) {
          current = el;
          depth++;
        }
      },
      ontext(text) {
        if (inLdJson) {
          ldBuffer += text;
          return;
        }
        if (dropDepth > 0) return;
        if (inTitle) titleBuffer += text;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        const dropped = dropStack.pop();
        if (dropped) {
          dropDepth--;
          if (inLdJson && name === 'script') {
            inLdJson = false;
            jsonLd.push(ldBuffer);
          }
          return;
        }
        if (name === 'title') inTitle = false;
        if (enteredStack.pop() && current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, jsonLd, titleTag: titleBuffer };
}

/** Every element under el (el included), in document order. */
export function walk(el: El): El[] {
  const out: El[] = [];
  const stack: El[] = [el];
  while (stack.length > 0) {
    const e = stack.pop()!;
    out.push(e);
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

export function textOf(node: Node): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const c of node.children) out += textOf(c);
  return out;
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
