import { zonedParts, type OpeningHours } from '@layanan/contract';

// Every seeded office is in Lampung, on WIB (UTC+7, no daylight saving), so a wall-clock time
// becomes an instant with a fixed offset.
const WIB_OFFSET = '+07:00';
export const TIME_ZONE = 'Asia/Jakarta';

export const DAY_MS = 86_400_000;

/** `2026-11-30` + `08:00` → the instant (ms) in WIB. */
export function wallTime(date: string, hhmm: string): number {
  return Date.parse(`${date}T${hhmm}:00${WIB_OFFSET}`);
}

/** The WIB calendar date of an instant. */
export function dateOf(at: number): string {
  return zonedParts(new Date(at), TIME_ZONE).date;
}

/** `2026-11-30` + 2 → `2026-12-02`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The opening intervals of a date, as instants, earliest first. */
export function intervalsOn(hours: readonly OpeningHours[], date: string): Array<{ opens: number; closes: number }> {
  const day = weekdayOf(date);
  return hours
    .filter((h) => h.day === day)
    .map((h) => ({ opens: wallTime(date, h.opens), closes: wallTime(date, h.closes) }))
    .sort((a, b) => a.opens - b.opens);
}

export function isOpenDay(hours: readonly OpeningHours[], date: string): boolean {
  return intervalsOn(hours, date).length > 0;
}

/** The interval containing `at`, or the next one to start after it (within two weeks). */
export function currentOrNextInterval(hours: readonly OpeningHours[], at: number): { opens: number; closes: number } | undefined {
  const today = dateOf(at);
  for (let ahead = 0; ahead <= 14; ahead++) {
    for (const interval of intervalsOn(hours, addDays(today, ahead))) {
      if (interval.closes > at) return interval;
    }
  }
  return undefined;
}

/** Rounds an instant to the nearest 5 minutes, so estimates do not flicker on every poll. */
export function roundTo5Minutes(at: number): number {
  const step = 5 * 60_000;
  return Math.round(at / step) * step;
}

/** ISO-8601 in WIB, e.g. `2026-11-30T09:15:00+07:00`: how the contract writes times. */
export function isoWib(at: number): string {
  const shifted = new Date(at + 7 * 3_600_000).toISOString();
  return `${shifted.slice(0, 19)}${WIB_OFFSET}`;
}
