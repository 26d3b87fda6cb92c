import * as z from 'zod/mini';

/** An ISO-8601 date-time with an explicit offset, e.g. `2026-11-27T08:00:00+07:00`. */
export const DateTime = /* @__PURE__ */ z.iso.datetime({ offset: true });
export type DateTime = z.infer<typeof DateTime>;

/** A calendar date, `YYYY-MM-DD`, in the agency's time zone. */
export const LocalDate = /* @__PURE__ */ z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** A wall-clock time, `HH:MM`, 24-hour, in the agency's time zone. */
export const LocalTime = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
export type LocalTime = z.infer<typeof LocalTime>;

/** The time zone of every agency in Lampung (WIB, UTC+7). */
export const WIB = 'Asia/Jakarta';

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs ~50 µs, reading one ~2 µs. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** ISO weekday (1 = Monday … 7 = Sunday) and `YYYY-MM-DD`/`HH:MM` of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string; weekday: number } {
  const format =
    formatters.get(timeZone) ??
    formatters.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).get(timeZone)!;
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  // `YYYY-MM-DD` alone is read as UTC midnight: its UTC weekday is the zone's (Sunday 0 → 7).
  return { date, time: `${part('hour')}:${part('minute')}`, weekday: new Date(date).getUTCDay() || 7 };
}
