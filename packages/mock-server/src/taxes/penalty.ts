/** `2026-08-31` + 1 month → `2026-09-30` (the last day of a shorter month). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Months of penalty on `today` for a bill due on `dueDate`: every month that has started after the
 * due date counts in full (a day late is one month), capped at `maxMonths`.
 */
export function penaltyMonths(dueDate: string, today: string, maxMonths: number): number {
  if (today <= dueDate) return 0;
  let months = 1;
  while (months < maxMonths && addMonths(dueDate, months) < today) months++;
  return Math.min(months, maxMonths);
}

/** Penalty in whole rupiah: principal × percent × months, rounded down (in the citizen's favour). */
export function penaltyAmount(principal: number, monthlyPercent: number, months: number): number {
  return Math.floor((principal * monthlyPercent * months) / 100);
}

/** The last day on which a penalty of `months` months still holds: the day before it grows. */
export function penaltyHoldsUntil(dueDate: string, months: number, maxMonths: number): string | null {
  if (months >= maxMonths) return null; // capped: it never grows again
  return months === 0 ? dueDate : addMonths(dueDate, months);
}
