import type { WidgetLocale } from '../internal/locale.js';

/** The texts of `<layanan-agency-info>`; the shared ones (loading, errors, weekdays) are in `translations/`. */
export interface AgencyInfoStrings {
  label: string;
  logoAlt: (name: string) => string;
  hoursToday: string;
  openNow: (closes: string) => string;
  opensLaterToday: (opens: string) => string;
  closedNow: (weekday: string, opens: string) => string;
  closedToday: string;
  closed: string;
  noHours: string;
  weekHours: string;
  today: string;
  address: string;
  phone: string;
  whatsapp: string;
  email: string;
  website: string;
}

/** `08:00` → `08.00`, as Indonesian writes the time. */
const clock = (hhmm: string) => hhmm.replace(':', '.');

const id: AgencyInfoStrings = {
  label: 'Informasi instansi',
  logoAlt: (name) => `Logo ${name}`,
  hoursToday: 'Jam layanan hari ini',
  openNow: (closes) => `Buka sekarang · tutup pukul ${clock(closes)}`,
  opensLaterToday: (opens) => `Belum buka · buka pukul ${clock(opens)}`,
  closedNow: (weekday, opens) => `Tutup sekarang · buka lagi ${weekday} pukul ${clock(opens)}`,
  closedToday: 'Tutup hari ini',
  closed: 'Tutup',
  noHours: 'Jam layanan belum diumumkan.',
  weekHours: 'Jam layanan sepekan',
  today: 'hari ini',
  address: 'Alamat',
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  email: 'Surel',
  website: 'Situs web',
};

const en: AgencyInfoStrings = {
  label: 'Agency information',
  logoAlt: (name) => `${name} logo`,
  hoursToday: 'Opening hours today',
  openNow: (closes) => `Open now · closes at ${closes}`,
  opensLaterToday: (opens) => `Not open yet · opens at ${opens}`,
  closedNow: (weekday, opens) => `Closed now · opens ${weekday} at ${opens}`,
  closedToday: 'Closed today',
  closed: 'Closed',
  noHours: 'Opening hours have not been published.',
  weekHours: 'Opening hours this week',
  today: 'today',
  address: 'Address',
  phone: 'Phone',
  whatsapp: 'WhatsApp',
  email: 'Email',
  website: 'Website',
};

export const agencyInfoStrings: Record<WidgetLocale, AgencyInfoStrings> = { id, en };
