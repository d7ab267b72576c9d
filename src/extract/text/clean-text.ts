// Turns a scraped text dump (headline, widgets, body, captions, footers in one blob) into a clean article.

import type { Paragraph, RemovedLine } from '../../model/index.js';
import type { BoilerplateProfile } from './boilerplate-profile.js';
import { classifyLine, endsLikeSentence, isPhotoCredit, type LineVerdict, wordCount } from './line-rules.js';

export interface CleanTextOptions {
  /** A headline known from elsewhere (a JSON record's title): it wins, and its copies leave the body. */
  title?: string | null;
  profile?: BoilerplateProfile;
  /** The profile group this document belongs to (its outlet, or its folder when the outlet is unknown). */
  profileKey?: string;
  /** splitBlocks(text), when the caller already has it. */
  blocks?: string[];
}

export interface CleanText {
  title: string | null;
  paragraphs: Paragraph[];
  captions: string[];
  removed: RemovedLine[];
  /** The raw text of a dateline ("2 September 2020"), for meta/ to parse. */
  dateText: string | null;
  section: string | null;
  outlet: string | null;
}

/** A paragraph of news: several words ending like a sentence, or long enough to be prose anyway. */
const isProse = (line: string, count = wordCount(line)): boolean =>
  count >= 12 || (count >= 5 && endsLikeSentence(line));

/** A past-tense or reporting verb near the start: a sentence of the story, not a photo's caption. */
const NARRATED = /\b\p{L}{3,}ed\b|\b(?:said|says|told|added)\b/iu;

/** Short, unpunctuated: a headline, sub-heading, caption stub or widget label. */
/**
 * Why a short heading-like line above the first paragraph left the body: a lead image's caption or the article's
 * deck ("Australian, English climbers fall to their deaths in New Zealand mountains"), kept in `captions` either way.
 */
export const LINE_ABOVE_ARTICLE = 'line above the article (kept in captions)';

/** A full stop, question or exclamation mark at the end, perhaps with closing quotes or brackets after it. */
const SENTENCE_END_RE = /[.!?…](?:\s*["'”’»)\]])*$/u;

/**
 * A short sentence of the story: capitalised or quoted, closed by a full stop, question or exclamation mark (a
 * closing quote after it, spaced off or not): "Trust me.", "No one was hurt.", "“She was a very caring person.”".
 * Labels and widgets end without one ("Prison program:", "Share"); the furniture that does ("Read more.") is caught
 * by the line rules first.
 */
const isShortSentence = (line: string): boolean =>
  /^["“‘'(]?\s*\p{Lu}/u.test(line) && SENTENCE_END_RE.test(line.trim()) && line !== line.toUpperCase();

/**
 * Quoted speech: a line that opens a quotation ("“Yes!") or closes one ("and so it goes. ”") and ends like a sentence.
 * A quote broken into paragraphs leaves such lines however short they are; page furniture does not come in quotation
 * marks, and a quoted subhead ("‘Entirely untrue’") has no sentence mark, so it stays a label.
 */
const isQuotedSpeech = (line: string): boolean => {
  const trimmed = line.trim();
  return (
    SENTENCE_END_RE.test(trimmed) &&
    (/^["“‘„«']\s*[\p{L}\p{N}]/u.test(trimmed) || /[.!?…]\s*["”’»']$/u.test(trimmed))
  );
};

/** A block whose last words close a quotation: what follows may be the speaker's last, short sentence. */
const closesQuotation = (line: string): boolean => /(?:[.!?…,]\s*["”’»']|["”»])$/u.test(line.trim());

const isHeadingLike = (line: string, count = wordCount(line)): boolean => {
  return count >= 1 && count <= 20 && !/[.!?…]["'”’»)\]]*$/u.test(line.trim());
};

interface Block {
  text: string;
  verdict: LineVerdict | null;
}

/**
 * The index of a long headline set right above the dateline ("Oklahoma man pleads not guilty in deaths of Arkansas
 * woman and her fetus" / "Published: January 3, 2013"), or -1. At 12 words or more an unpunctuated line counts as
 * prose, which would open the body and leave the dump without a title; but the first line a dump keeps, unpunctuated
 * and directly over its date, is the headline however long: prose does not stop short of its full stop to give a date.
 */
function headlineAboveDateline(blocks: Block[]): number {
  const first = blocks.findIndex((b) => b.verdict === null);
  if (first < 0 || blocks[first + 1]?.verdict?.kind !== 'date') return -1;
  return isHeadingLike(stripBullet(blocks[first].text)) ? first : -1;
}

/** Splits a dump into blocks: one per line, except hard-wrapped prose, which is joined back. */
export function splitBlocks(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u00a0\t]/g, ' ')
    .split('\n')
    .map((l) => l.trimEnd());
  const blocks: string[] = [];
  let current = '';
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (current) blocks.push(current);
      current = '';
      continue;
    }
    // A continuation: the previous line stopped mid-sentence and this one carries on in lower case.
    if (current && !endsLikeSentence(current) && /^[\p{Ll}(,;]/u.test(trimmed) && wordCount(current) >= 4) {
      current = `${current} ${trimmed}`;
    } else {
      if (current) blocks.push(current);
      current = trimmed;
    }
  }
  if (current) blocks.push(current);
  return blocks.map((b) => b.replace(/ {2,}/g, ' ').trim());
}

const normalizeForCompare = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

/** A line without its leading bullet, as the cleaner (and a queue snapshot of the template profile) asks about it. */
export const stripBullet = (s: string): string => s.replace(/^[•·▪◦●*–-]\s*/u, '').trim();

/** Cleans one dump. Pure: everything it removes is listed with its reason. */
export function cleanText(text: string, options: CleanTextOptions = {}): CleanText {
  const blocks: Block[] = (options.blocks ?? splitBlocks(text)).map((t) => ({
    text: t,
    verdict: classifyLine(t),
  }));
  const removed: RemovedLine[] = [];
  const captions: string[] = [];
  const paragraphs: Paragraph[] = [];
  let dateText: string | null = null;
  let section: string | null = null;
  let outlet: string | null = null;
  let title = options.title?.trim() || null;

  const remove = (line: string, reason: string) => removed.push({ text: line, reason });

  // The body runs from the first prose block to the last; what lies outside is header and footer zone.
  const headline = options.title?.trim() ? -1 : headlineAboveDateline(blocks);
  const proseIndexes = blocks.flatMap((b, i) =>
    b.verdict === null && i !== headline && isProse(b.text) ? [i] : [],
  );
  const firstProse = proseIndexes[0] ?? blocks.length;
  const lastProse = proseIndexes.at(-1) ?? -1;

  let skipTeaserTitle = false;
  let titleKey: string | undefined;
  // The title is fixed once found, so its comparison key is computed once, on first use.
  const titleKeyOf = (t: string): string => {
    if (titleKey === undefined) titleKey = normalizeForCompare(t);
    return titleKey;
  };
  // Where the body ends: the last prose block, and the short sentences right after it ("No one was hurt.").
  let bodyEnd = lastProse;
  for (let i = 0; i < blocks.length; i++) {
    const { text: line, verdict } = blocks[i];
    const bare = stripBullet(line);
    const words = wordCount(bare);

    // The line after a credit line is the photo's caption when it is one short sentence that describes a scene
    // ("... signs autographs at a rally"), not a quote nor a sentence of the story's past ("Paul then interjected").
    if (
      verdict === null &&
      i > 0 &&
      isPhotoCredit(blocks[i - 1].text) &&
      words <= 40 &&
      !/^["“‘']/u.test(bare) &&
      !/[.!?]["”’]?\s+\p{Lu}/u.test(bare) &&
      !NARRATED.test(bare.split(/\s+/).slice(0, 8).join(' '))
    ) {
      addCaption(captions, bare);
      remove(line, 'photo caption (kept in captions)');
      continue;
    }

    if (skipTeaserTitle && verdict === null && isHeadingLike(bare, words)) {
      skipTeaserTitle = false;
      remove(line, 'related-story teaser');
      continue;
    }
    skipTeaserTitle = false;

    if (verdict) {
      switch (verdict.kind) {
        case 'remove':
          remove(line, verdict.reason);
          continue;
        case 'teaser-label':
          remove(line, 'related-story teaser');
          skipTeaserTitle = true;
          continue;
        case 'outlet':
          outlet ??= verdict.outlet;
          remove(line, verdict.reason);
          continue;
        case 'section':
          section ??= verdict.section;
          remove(line, 'breadcrumb');
          continue;
        case 'date':
          dateText ??= verdict.text;
          remove(line, 'dateline');
          continue;
        case 'caption':
          addCaption(captions, bare);
          remove(line, 'photo caption (kept in captions)');
          continue;
      }
    }

    if (
      title &&
      Math.abs(bare.length - title.length) < 12 &&
      normalizeForCompare(bare) === titleKeyOf(title)
    ) {
      remove(line, 'repeated headline');
      continue;
    }

    if (options.profile && options.profileKey) {
      const template = options.profile.verdict(options.profileKey, bare, isProse(bare, words) && words >= 8);
      if (template.template) {
        const spread = template.days > 1 ? `, on ${template.days}+ days` : '';
        remove(line, `outlet template (in ${template.docs} of ${template.outletDocs} documents${spread})`);
        continue;
      }
    }

    if (i < firstProse) {
      // Header zone: the first headline-like line is the title; short named lines are lead-image captions.
      if (!title && isHeadingLike(bare, words) && words >= 3) {
        title = bare;
        continue;
      }
      if (words <= 2) remove(line, 'label');
      else if (isHeadingLike(bare, words)) {
        addCaption(captions, bare);
        remove(line, LINE_ABOVE_ARTICLE);
      } else paragraphs.push({ text: bare, kind: 'paragraph' });
      continue;
    }

    if (i > lastProse) {
      const shortSentenceOfTheStory =
        (words >= 1 && isQuotedSpeech(bare)) ||
        (isShortSentence(bare) && (words >= 3 || (words === 2 && closesQuotation(blocks[i - 1].text))));
      if (i === bodyEnd + 1 && shortSentenceOfTheStory) {
        bodyEnd = i;
        paragraphs.push({ text: bare, kind: 'paragraph' });
      } else remove(line, 'trailing page furniture');
      continue;
    }

    if (isProse(bare, words)) paragraphs.push({ text: bare, kind: 'paragraph' });
    else if (isHeadingLike(bare, words) && words >= 3) paragraphs.push({ text: bare, kind: 'heading' });
    else if (words <= 2 && !isShortSentence(bare) && !isQuotedSpeech(bare)) remove(line, 'label');
    else paragraphs.push({ text: bare, kind: 'paragraph' });
  }

  return { title, paragraphs, captions, removed, dateText, section, outlet };
}

/** Keeps one copy of a caption; the longer wins when one repeats the other with a credit added. */
function addCaption(captions: string[], caption: string): void {
  const key = normalizeForCompare(caption);
  for (let i = 0; i < captions.length; i++) {
    const other = normalizeForCompare(captions[i]);
    if (other.startsWith(key)) return;
    if (key.startsWith(other)) {
      captions[i] = caption;
      return;
    }
  }
  captions.push(caption);
}
