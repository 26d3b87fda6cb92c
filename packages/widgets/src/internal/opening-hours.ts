import { zonedParts, type OpeningHours } from '@layanan/contract';

export type OpeningStatus =
  | { kind: 'open'; closes: string }
  | { kind: 'later-today'; opens: string }
  | { kind: 'closed'; next?: { weekday: number; opens: string } };

/** Today's opening intervals (in the agency's zone) and whether it is open at `now`. */
export function openingStatus(
  hours: readonly OpeningHours[],
  now: Date,
  timeZone: string,
): { weekday: number; today: OpeningHours[]; status: OpeningStatus } {
  const { weekday, time } = zonedParts(now, timeZone);
  const byStart = [...hours].sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
  const today = byStart.filter((h) => h.day === weekday);
  const current = today.find((h) => h.opens <= time && time < h.closes);
  if (current) return { weekday, today, status: { kind: 'open', closes: current.closes } };
  const later = today.find((h) => time < h.opens);
  if (later) return { weekday, today, status: { kind: 'later-today', opens: later.opens } };
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = ((weekday - 1 + ahead) % 7) + 1;
    const first = byStart.find((h) => h.day === day);
    if (first) return { weekday, today, status: { kind: 'closed', next: { weekday: day, opens: first.opens } } };
  }
  return { weekday, today, status: { kind: 'closed' } };
}

/** The usual abbreviation of Indonesia's three zones; other zones are named as they are. */
export function zoneLabel(timeZone: string): string {
  return ({ 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as Record<string, string>)[timeZone] ?? timeZone;
}
