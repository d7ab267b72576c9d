// Dates as pages write them, turned into ISO 8601 without consulting a clock or the local time zone.
import * as chrono from 'chrono-node';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const ZONED = /\b(GMT|UTC|Z)\b|[+-]\d{4}\b|[+-]\d{2}:\d{2}\b/;

const plausible = (y: number, m: number, d: number): boolean =>
  y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Machine-written dates (meta tags, JSON-LD, datetime attributes) to ISO 8601; null when unreadable. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se, z] = m;
    if (!plausible(+y, +mo, +d)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = z ? (z === 'Z' ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${se ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  if (compact) {
    const [, y, mo, d] = compact;
    return plausible(+y, +mo, +d) ? `${y}-${mo}-${d}` : null;
  }
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const date = new Date(ms);
    return date.getUTCFullYear() >= 1990 ? date.toISOString().replace('.000Z', 'Z') : null;
  }
  if (ZONED.test(s) && /\b(19|20)\d{2}\b/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return dateFromText(s, null);
}

const NUMERIC: Array<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, (m) => [+m[1], +m[2], +m[3]]],
  // Day first is the order of most of the world; the US order is only taken when day-first cannot be.
  [
    /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/,
    (m) => (+m[2] > 12 ? [+m[3], +m[1], +m[2]] : [+m[3], +m[2], +m[1]]),
  ],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => [+m[1], +m[2], +m[3]]],
  [/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/, (m) => [+m[1], +m[2], +m[3]]],
];

const PARSERS: Record<string, { parse: typeof chrono.parse }> = {
  en: chrono.en,
  de: chrono.de,
  fr: chrono.fr,
  ja: chrono.ja,
  pt: chrono.pt,
  nl: chrono.nl,
  zh: chrono.zh,
  ru: chrono.ru,
  es: chrono.es,
  uk: chrono.uk,
  it: chrono.it,
  sv: chrono.sv,
  id: chrono.id,
};

// A fixed reference keeps chrono deterministic; only results that state their year are kept.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A date written for people ("19 November 2019", "19.11.2019", "2019年11月19日"), as YYYY-MM-DD. */
export function dateFromText(text: string, lang: string | null): string | null {
  const s = text.slice(0, 300);
  for (const [re, pick] of NUMERIC) {
    const m = re.exec(s);
    if (m) {
      const [y, mo, d] = pick(m);
      if (plausible(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
    }
  }
  const order = lang && PARSERS[lang] && lang !== 'en' ? [PARSERS[lang], chrono.en] : [chrono.en];
  for (const p of order) {
    let results: ReturnType<typeof chrono.parse>;
    try {
      results = p.parse(s, REFERENCE);
    } catch {
      continue;
    }
    for (const r of results) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
      // Relative words ("yesterday") come back "certain" against the reference; only a written year counts.
      if (!/\d{4}/.test(r.text)) continue;
      const y = r.start.get('year')!;
      const mo = r.start.get('month')!;
      const d = r.start.get('day')!;
      if (plausible(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
    }
  }
  return null;
}

/** Dates that URLs carry: /2019/11/19/, /2019-11-19-, /20191119/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m =
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(url) ??
    /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_-]|$)/.exec(url) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return plausible(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
