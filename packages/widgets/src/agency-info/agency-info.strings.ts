import { catalog } from '../internal/locale.js';

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

export const agencyInfoStrings = /* @__PURE__ */ catalog<AgencyInfoStrings>(id, () => import('./agency-info.strings.en.js').then((m) => m.en));
