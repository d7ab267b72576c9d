// What a page's dateline told the linker before cleaning moved it into `published`, read back against undated sides.
//
// A scraped page opens with its dateline ("WASHINGTON, April 28, 2009", "Tue March 3, 2009"); cleaning moves that into
// `published`, so the text the linker reads has lost the weekday, month and day it named. The model was trained on
// raw text, where the dateline's weekday and month counted as ones the page names and its day as a number it states.
// Against an undated side (whose text is its only clock) those told ECB+'s twin events apart (two same-kind events
// years apart): bench/stories/RESULTS.md, pipedocs50. Only against undated sides: between dated sides the gap and the
// time window measure time already, and a month on every dated page would make every same-month pair of a dated
// stream agree.

import { CALENDAR_SLOTS, WEEKDAYS } from './signals.js';

/** The fields read of a side (an article, or a story: its articles together). */
export interface DatelineSide {
  /** Weekdays and months its text names (see DocSignals.calendar; empty when none). */
  calendar: readonly number[];
  firstDay: number | null;
  lastDay: number | null;
}

/**
 * A side's calendar with its dateline's read back, where it is dated and the other side is not: the months it was
 * published in (a story: each month from its first to its last day) where its text names no month, and the weekdays
 * (a story spanning at most a week: each of its days) where its text names no weekday. A month or weekday the text
 * names is the event's; the dateline's month beside it moved the pipeline's titled ECB+ file 0.952 -> 0.947. ECB+'s
 * datelines name the weekday often ("Published Sunday, Aug 4 2013"; 95 of its 249 ECB+ pages name one in their first
 * 200 characters).
 */
export function calendarWithDateline(
  s: DatelineSide,
  other: Pick<DatelineSide, 'firstDay'>,
): readonly number[] {
  if (s.firstDay === null || other.firstDay !== null) return s.calendar;
  const last = s.lastDay ?? s.firstDay;
  const months = !namesAny(s.calendar, WEEKDAYS, CALENDAR_SLOTS);
  const weekdays = !namesAny(s.calendar, 0, WEEKDAYS) && last - s.firstDay < WEEKDAYS;
  if (!months && !weekdays) return s.calendar;
  const out = s.calendar.length > 0 ? [...s.calendar] : new Array<number>(CALENDAR_SLOTS).fill(0);
  if (months) {
    const from = monthIndex(s.firstDay);
    // More than a year of months is every month: a cap, not a loop over a long story's span.
    for (let m = from; m <= Math.min(monthIndex(last), from + 11); m++) out[WEEKDAYS + (m % 12)] += 1;
  }
  if (weekdays) for (let d = s.firstDay; d <= last; d++) out[weekdayOf(d)] += 1;
  return out;
}

/**
 * Whether a side's dateline is read back against the other: it is dated and the other side is not. Its day (not in
 * the text any more) is then a number the other side's text does not share, as it was in the raw text: with both sides
 * stating numbers and none shared the model reads a conflict (numbersConflict). Its year, where its text names none,
 * is the year its dateline stated (yearMatch and yearConflict in linker.ts).
 */
export function readsDateline(
  s: Pick<DatelineSide, 'firstDay'>,
  other: Pick<DatelineSide, 'firstDay'>,
): boolean {
  return s.firstDay !== null && other.firstDay === null;
}

function namesAny(calendar: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, calendar.length); i++) if (calendar[i] > 0) return true;
  return false;
}

/** Months since year 0 of a day (days since 1970-01-01, UTC). */
function monthIndex(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The calendar slot of a day's weekday (Monday 0): 1970-01-01 was a Thursday (3). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
