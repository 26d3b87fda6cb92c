import { WIB } from '@layanan/contract';
import type { WidgetLocale } from './locale.js';

/** The `Intl` locale of a widget language: Indonesian as Indonesia writes it (`30 November 2026`, `09.05`), English as Britain does. */
export function intlLocale(locale: WidgetLocale): string {
  return locale === 'id' ? 'id-ID' : 'en-GB';
}

/**
 * A calendar date (`2026-11-30`, or the date part of a date-time) as it is written: no time zone
 * moves it to another day. Default: `30 November 2026`.
 */
export function formatDate(isoDate: string, locale: WidgetLocale, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A moment as the agencies' clocks show it, in WIB; `withZone` adds ` WIB` after it. */
export function formatMoment(iso: string, locale: WidgetLocale, options: Intl.DateTimeFormatOptions, withZone = true): string {
  const text = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: WIB }).format(new Date(iso));
  return withZone ? `${text} WIB` : text;
}
