// The vocabulary every stage shares: plain data types and tiny helpers, no stage logic.

/** A problem found while handling one document; travels with it instead of being thrown. */
export interface Message {
  kind: 'error' | 'warning' | 'info';
  /** The stage or module that raised it, e.g. "sources", "extract/text". */
  source: string;
  message: string;
  /** Where in the input: a path, a record number, a line. */
  where?: string;
}

/** What a source knows about a document before it is read. */
export interface DocumentHints {
  id?: string;
  outlet?: string;
  url?: string;
  published?: string;
  title?: string;
  lang?: string;
}

export type MediaType = 'text/plain' | 'text/html' | 'application/x-wiretrace-record';

/** Bytes or decoded text from somewhere, not yet understood. */
export interface RawDocument {
  /** Path or URL given by the user, with "#N" for the N-th record of a JSON/JSONL file. */
  uri: string;
  mediaType: MediaType;
  /** Decoded text (sources detect the encoding). */
  text: string;
  hints: DocumentHints;
  /** Fields of a JSON record that wiretrace has no use for, kept as they came. */
  meta: Record<string, unknown>;
  messages: Message[];
}

export interface Paragraph {
  text: string;
  kind: 'paragraph' | 'heading';
}

/** A line the cleaner took out of the body, and why. */
export interface RemovedLine {
  text: string;
  reason: string;
}

/** A clean article, what `extract` returns. */
export interface Article {
  /** Content hash of the clean article (title + body), hex. */
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  /** ISO 8601 date or date-time, only when known. */
  published: string | null;
  modified: string | null;
  lang: string | null;
  url: string | null;
  section: string | null;
  bylines: string[];
  /** Clean text, paragraphs joined by "\n\n". */
  body: string;
  paragraphs: Paragraph[];
  captions: string[];
  removed: RemovedLine[];
  meta: Record<string, unknown>;
  messages: Message[];
}

/**
 * An article made of what it is given and nothing else: no dates, link, bylines, paragraphs or leftovers, in English.
 * For articles that no extractor made (generated streams, tests). The keys keep `Article`'s order, so an article built
 * here serialises as one the extractor built.
 */
export const plainArticle = ({
  id,
  source,
  title,
  body,
  ...given
}: Pick<Article, 'id' | 'source' | 'title' | 'body'> & Partial<Article>): Article => ({
  id,
  source,
  outlet: null,
  title,
  published: null,
  modified: null,
  lang: 'en',
  url: null,
  section: null,
  bylines: [],
  body,
  paragraphs: [],
  captions: [],
  removed: [],
  meta: {},
  messages: [],
  ...given,
});

/** A half-open character range [start, end) into an article body. */
export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Id of the article-local entity this mention resolves to. */
  entity: string;
  /** Titles and roles seen with this mention: "President", "Foreign Minister". */
  roles: string[];
  /** True when the mention sits in a caption rather than the body (offsets then index the caption). */
  caption?: number;
}

/** An entity as one article knows it; link/ merges them across articles. */
export interface LocalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** True when the entity appears only in captions. */
  captionOnly?: boolean;
}

/** How a quote is given: in quotation marks, reported, or a phrase in quotation marks within reported speech. */
export const QUOTE_KINDS = ['direct', 'indirect', 'partial'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Article-local entity id of the speaker. */
  speakerEntity: string | null;
  via: string | null;
}

/** What a cited source is: a news agency, another outlet, an official or institution, a document, or unnamed. */
export const CITATION_KINDS = ['agency', 'outlet', 'official', 'document', 'anonymous', 'other'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export interface Citation extends Span {
  name: string;
  kind: CitationKind;
  /** Article-local entity id of the source when the text names one ("Interfax", "the Kremlin"); null otherwise. */
  entity: string | null;
}

/** What analyze/ finds in one article. */
export interface Analysis {
  sentences: Span[];
  mentions: Mention[];
  entities: LocalEntity[];
  quotes: Quote[];
  citations: Citation[];
  messages: Message[];
}

export const emptyAnalysis = (): Analysis => ({
  sentences: [],
  mentions: [],
  entities: [],
  quotes: [],
  citations: [],
  messages: [],
});
