import { addDays, dateOf, wallTime, weekdayOf } from '../queue/calendar.js';

/**
 * Indonesia's national holidays (hari libur nasional, SKB 3 Menteri) as data: update once a year.
 * Collective leave days (cuti bersama) are working days for public services and are not listed.
 */
export const NATIONAL_HOLIDAYS: Readonly<Record<string, string>> = {
  '2026-01-01': 'Tahun Baru Masehi',
  '2026-01-16': 'Isra Mikraj Nabi Muhammad SAW',
  '2026-02-17': 'Tahun Baru Imlek',
  '2026-03-19': 'Hari Suci Nyepi',
  '2026-03-20': 'Idul Fitri 1447 H',
  '2026-03-21': 'Idul Fitri 1447 H',
  '2026-04-03': 'Wafat Yesus Kristus',
  '2026-05-01': 'Hari Buruh Internasional',
  '2026-05-14': 'Kenaikan Yesus Kristus',
  '2026-05-27': 'Idul Adha 1447 H',
  '2026-05-31': 'Hari Raya Waisak',
  '2026-06-01': 'Hari Lahir Pancasila',
  '2026-06-16': 'Tahun Baru Islam 1448 H',
  '2026-08-17': 'Hari Kemerdekaan RI',
  '2026-08-25': 'Maulid Nabi Muhammad SAW',
  '2026-12-25': 'Hari Raya Natal',
  '2027-01-01': 'Tahun Baru Masehi',
};

export function isWorkingDay(date: string, holidays: Readonly<Record<string, string>> = NATIONAL_HOLIDAYS): boolean {
  return weekdayOf(date) <= 5 && !(date in holidays);
}

/**
 * The end (23:59:59 WIB) of the `days`-th working day after the day of `at`: a complaint received
 * on Wednesday 23 December 2026 is due to be verified (3 working days) by Tuesday 29 December —
 * Christmas and the weekend do not count.
 */
export function addWorkingDays(at: number, days: number, holidays?: Readonly<Record<string, string>>): number {
  let date = dateOf(at);
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) counted++;
  }
  return wallTime(date, '23:59') + 59_999;
}
