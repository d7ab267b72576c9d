import { describe, expect, it } from 'vitest';
import { calendarWithDateline, readsDateline } from './dateline.js';
import { CALENDAR_SLOTS, WEEKDAYS } from './signals.js';

const day = (iso: string) => Date.parse(iso) / 86_400_000;
const dated = (from: string, to = from, calendar: readonly number[] = []) => ({
  calendar,
  firstDay: day(from),
  lastDay: day(to),
});
const undated = { calendar: [], firstDay: null, lastDay: null };
/** The months (0 = January) a calendar counts. */
const months = (calendar: readonly number[]) =>
  calendar.flatMap((n, i) => (i >= WEEKDAYS && n > 0 ? [i - WEEKDAYS] : []));
/** The weekdays (0 = Monday) a calendar counts. */
const weekdays = (calendar: readonly number[]) =>
  calendar.flatMap((n, i) => (i < WEEKDAYS && n > 0 ? [i] : []));

describe('calendarWithDateline', () => {
  it('adds the weekday and month a dated page was published in against an undated side', () => {
    // 2013-09-18 was a Wednesday, 1969-12-29 a Monday (before day 0).
    expect(months(calendarWithDateline(dated('2013-09-18'), undated))).toEqual([8]);
    expect(weekdays(calendarWithDateline(dated('2013-09-18'), undated))).toEqual([2]);
    expect(weekdays(calendarWithDateline(dated('1969-12-29'), undated))).toEqual([0]);
    // A weekday its text names is kept beside it.
    const tuesday = new Array<number>(CALENDAR_SLOTS).fill(0);
    tuesday[1] = 2;
    const out = calendarWithDateline(dated('2009-03-03', '2009-03-03', tuesday), undated);
    expect(out[1]).toBe(2);
    expect(weekdays(out)).toEqual([1]);
    expect(months(out)).toEqual([2]);
    expect(tuesday[WEEKDAYS + 2]).toBe(0);
  });

  it("adds each month of a story's span, across a new year, every month once past a year; its days within a week", () => {
    expect(months(calendarWithDateline(dated('2012-11-20', '2013-01-05'), undated))).toEqual([0, 10, 11]);
    expect(weekdays(calendarWithDateline(dated('2012-11-20', '2013-01-05'), undated))).toEqual([]);
    expect(weekdays(calendarWithDateline(dated('2013-09-18', '2013-09-20'), undated))).toEqual([2, 3, 4]);
    expect(months(calendarWithDateline(dated('2010-01-01', '2013-01-05'), undated))).toHaveLength(12);
  });

  it('leaves the calendar alone against a dated side, for an undated page, or where the text names both', () => {
    const page = dated('2013-09-18');
    expect(calendarWithDateline(page, dated('2008-12-02'))).toBe(page.calendar);
    expect(calendarWithDateline(undated, undated)).toBe(undated.calendar);
    const december = new Array<number>(CALENDAR_SLOTS).fill(0);
    december[WEEKDAYS + 11] = 1;
    // Naming a month, the page gets its weekday only; naming a weekday too, nothing.
    const named = calendarWithDateline(dated('2013-09-18', '2013-09-18', december), undated);
    expect([weekdays(named), months(named)]).toEqual([[2], [11]]);
    const both = [...december];
    both[6] = 1;
    expect(calendarWithDateline(dated('2013-09-18', '2013-09-18', both), undated)).toBe(both);
  });
});

describe('readsDateline', () => {
  it('is true only for a dated side against an undated one', () => {
    expect(readsDateline(dated('2013-09-18'), undated)).toBe(true);
    expect(readsDateline(dated('2013-09-18'), dated('2013-09-19'))).toBe(false);
    expect(readsDateline(undated, dated('2013-09-19'))).toBe(false);
    expect(readsDateline(undated, undated)).toBe(false);
  });
});
