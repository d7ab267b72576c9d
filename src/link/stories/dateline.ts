// What a page's dateline told the linker before cleaning moved it into `published`, read back against undated sides.
//
// A scraped page opens with its dateline ("WASHINGTON, April 28, 2009"); cleaning moves that into `published`, so the
// text the linker reads has lost the month and the day it named. The model was trained on raw text, where the
// dateline's month counted as a month the page names and its day as a number it states. Against an undated side
// (whose text is its only clock) those are what told ECB+'s twin events apart (two same-kind events years apart):
// bench/stories/RESULTS.md, pipedocs50. Only against undated sides: between dated sides the gap and the time window
// measure time already, and a month on every dated page would make every same-month pair of a dated stream agree.

import { CALENDAR_SLOTS, WEEKDAYS } from './signals.js';

/** The fields read of a side (an article, or a story: its articles together). */
export interface DatelineSide {
  /** Weekdays and months its text names (see DocSignals.calendar; empty when none). */
  calendar: readonly number[];
  firstDay: number | null;
  lastDay: number | null;
}

/**
 * A side's calendar with the months it was published in (a story: each month from its first to its last day) added
 * as months its text names, where it is dated, the other side is not, and its own text names no month (a month the
 * text names is the event's; the dateline's month beside it moved the pipeline's titled ECB+ file 0.952 -> 0.947).
 */
export function calendarWithDateline(
  s: DatelineSide,
  other: Pick<DatelineSide, 'firstDay'>,
): readonly number[] {
  if (s.firstDay === null || other.firstDay !== null || namesMonth(s.calendar)) return s.calendar;
  const out = s.calendar.length > 0 ? [...s.calendar] : new Array<number>(CALENDAR_SLOTS).fill(0);
  const first = new Date(s.firstDay * 86_400_000);
  const last = new Date((s.lastDay ?? s.firstDay) * 86_400_000);
  const from = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const to = last.getUTCFullYear() * 12 + last.getUTCMonth();
  // More than a year of months is every month: a cap, not a loop over a long story's span.
  for (let m = from; m <= Math.min(to, from + 11); m++) out[WEEKDAYS + (m % 12)] += 1;
  return out;
}

/**
 * Whether a side states a number by its dateline alone: it is dated and the other side is not. Its day (not in the
 * text any more) is then a number the other side's text does not share, as it was in the raw text: with both sides
 * stating numbers and none shared the model reads a conflict (numbersConflict).
 */
export function statesDatelineDay(
  s: Pick<DatelineSide, 'firstDay'>,
  other: Pick<DatelineSide, 'firstDay'>,
): boolean {
  return s.firstDay !== null && other.firstDay === null;
}

function namesMonth(calendar: readonly number[]): boolean {
  for (let i = WEEKDAYS; i < calendar.length; i++) if (calendar[i] > 0) return true;
  return false;
}
