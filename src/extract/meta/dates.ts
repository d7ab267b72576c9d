// Reads an absolute publication date out of free text, refusing to invent what the text does not state.

import * as chrono from 'chrono-node';
import { isCalendarDay } from '../../model/calendar.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses "2 September 2020", "Sep 2, 2020 14:05", "2020-09-02T10:00:00Z" into ISO 8601.
 * Only a date whose year, month and day are all stated is returned: no year means no date, never this year's.
 */
export function parseStatedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      trimmed,
    );
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!validDay(+y, +m, +d)) return null;
    if (!hh) return `${y}-${m}-${d}`;
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone ? normalizeZone(zone) : ''}`;
  }
  const [result] = chrono.parse(trimmed, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const y = start.get('year')!;
  const m = start.get('month')!;
  const d = start.get('day')!;
  if (!validDay(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!start.isCertain('hour')) return date;
  const time = `${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
  const offset = start.isCertain('timezoneOffset') ? formatOffset(start.get('timezoneOffset')!) : '';
  return `${date}T${time}${offset}`;
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && isCalendarDay(y, m, d);
}

function normalizeZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
