// zod schemas for every input of the API and the pages; the OpenAPI document is generated from them.

import { z } from 'zod';
import { isCalendarDay } from '../model/calendar.js';
import { CITATION_KINDS, QUOTE_KINDS } from '../model/index.js';
import { MAX_LISTING } from '../store/types.js';

const limit = (def: number) =>
  z.coerce.number().int().min(1).max(MAX_LISTING).default(def).describe(`page size (1-${MAX_LISTING})`);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0).describe('items to skip');
/** True when YYYY-MM-DD[Thh:mm[:ss]] names a real calendar day and time (not 2026-02-30 or 25:00). */
const onTheCalendar = (value: string): boolean => {
  const parts = value.match(/^(\d+)-(\d+)-(\d+)(?:T(\d+):(\d+)(?::(\d+))?)?/) ?? [];
  const [y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  return isCalendarDay(y, m, d) && hh < 24 && mm < 60 && ss < 60;
};
const date = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'expected a date, YYYY-MM-DD',
  )
  .refine(onTheCalendar, 'no such date or time on the calendar');
const text = (what: string) => z.string().max(200, `${what} is too long (200 characters at most)`);

export const idParam = z.string().min(1).max(200);

export const storiesQuery = z.object({
  q: text('q').optional().describe('full-text search over article titles and bodies'),
  outlet: text('outlet').optional(),
  entity: text('entity').optional().describe('entity id or name'),
  lang: z.string().max(12).optional(),
  from: date.optional().describe('published on or after'),
  to: date.optional().describe('published on or before'),
  sort: z.enum(['size', 'recent', 'spread']).optional().describe('size, recency or spread (outlets)'),
  limit: limit(25),
  offset,
});

export const articlesQuery = z.object({
  q: text('q').optional().describe('full-text search over article titles and bodies'),
  outlet: text('outlet').optional(),
  story: text('story').optional(),
  entity: text('entity').optional(),
  lang: z.string().max(12).optional(),
  from: date.optional(),
  to: date.optional(),
  limit: limit(50),
  offset,
});

export const storyQuery = z.object({
  offset,
  limit: limit(100),
  qoffset: offset.describe('quotes to skip'),
  qlimit: limit(200).describe('quotes per page'),
  roffset: offset.describe('copied passages to skip'),
  rlimit: z.coerce.number().int().min(1).max(100).default(20).describe('copied passages per page (1-100)'),
  coffset: offset.describe('claims to skip'),
  climit: limit(30).describe('claims per page'),
});

export const exportQuery = z.object({
  format: z.enum(['json', 'csv', 'md', 'html']).default('json'),
  table: z
    .enum(['articles', 'quotes', 'reuse', 'claims'])
    .default('articles')
    .describe('CSV only: which table'),
});

export const pageQuery = z.object({ limit: limit(50), offset });

export const entitiesQuery = z.object({
  q: text('q').optional().describe('part of a name or alias'),
  type: z.enum(['person', 'organization', 'place', 'other']).optional(),
  limit: limit(50),
  offset,
});

export const quotesQuery = z.object({
  q: text('q').optional().describe('words the quote contains'),
  speaker: text('speaker').optional().describe('entity id or part of a name'),
  kind: z.enum(QUOTE_KINDS).optional(),
  outlet: text('outlet').optional().describe('only articles of this outlet'),
  story: text('story').optional(),
  article: text('article').optional(),
  limit: limit(50),
  offset,
});

export const reuseQuery = z.object({
  article: text('article').optional(),
  story: text('story').optional(),
  limit: limit(50),
  offset,
});
export const claimsQuery = z.object({ story: text('story').optional(), limit: limit(50), offset });

export const citationsQuery = z.object({
  kind: z.enum(CITATION_KINDS).optional(),
  story: text('story').optional(),
  outlet: text('outlet').optional().describe('only articles of this outlet'),
  by: z.enum(['outlet']).optional().describe('outlet: count each source per citing outlet'),
  limit: limit(50),
  offset,
});

const articleInput = z.object({
  text: z.string().min(1, 'text is empty').max(2_000_000, 'text is over 2,000,000 characters'),
  format: z.enum(['text', 'html']).default('text').describe('text: a scraped text dump; html: a web page'),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  published: date.optional(),
  lang: z.string().max(12).optional(),
});

export const ingestBody = z.object({
  articles: z.array(articleInput).min(1).max(100, 'at most 100 articles a request'),
});
export type IngestInput = z.infer<typeof articleInput>;

/** Issues as `path: message` pairs a caller can act on. */
export const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
