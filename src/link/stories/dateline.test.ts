import { describe, expect, it } from 'vitest';
import { calendarWithDateline, statesDatelineDay } from './dateline.js';
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

describe('calendarWithDateline', () => {
  it('adds the month a dated page was published in against an undated side', () => {
    expect(months(calendarWithDateline(dated('2013-09-18'), undated))).toEqual([8]);
    // A weekday its text names is kept beside it.
    const tuesday = new Array<number>(CALENDAR_SLOTS).fill(0);
    tuesday[1] = 2;
    const out = calendarWithDateline(dated('2009-03-03', '2009-03-03', tuesday), undated);
    expect(out[1]).toBe(2);
    expect(months(out)).toEqual([2]);
    expect(tuesday[WEEKDAYS + 2]).toBe(0);
  });

  it("adds each month of a story's span, across a new year, every month once past a year", () => {
    expect(months(calendarWithDateline(dated('2012-11-20', '2013-01-05'), undated))).toEqual([0, 10, 11]);
    expect(months(calendarWithDateline(dated('2010-01-01', '2013-01-05'), undated))).toHaveLength(12);
  });

  it('leaves the calendar alone against a dated side, for an undated page, or where the text names a month', () => {
    const page = dated('2013-09-18');
    expect(calendarWithDateline(page, dated('2008-12-02'))).toBe(page.calendar);
    expect(calendarWithDateline(undated, undated)).toBe(undated.calendar);
    const december = new Array<number>(CALENDAR_SLOTS).fill(0);
    december[WEEKDAYS + 11] = 1;
    const named = dated('2013-09-18', '2013-09-18', december);
    expect(calendarWithDateline(named, undated)).toBe(december);
  });
});

describe('statesDatelineDay', () => {
  it('is true only for a dated side against an undated one', () => {
    expect(statesDatelineDay(dated('2013-09-18'), undated)).toBe(true);
    expect(statesDatelineDay(dated('2013-09-18'), dated('2013-09-19'))).toBe(false);
    expect(statesDatelineDay(undated, dated('2013-09-19'))).toBe(false);
    expect(statesDatelineDay(undated, undated)).toBe(false);
  });
});
