// Calendar checks shared by the date reader and the API's date parameters (no dependencies: the server loads this
// without the extract stage).

/** Whether month `m` (1–12) of year `y` has a day `d`: not 2026-02-30, not month 13. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
