import type { Translation } from './translation.js';

const clock = (hhmm: string) => hhmm;

/** English, the second language. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing here yet.',
  errors: {
    heading: 'Could not load',
    network: 'Cannot reach the server. Check your internet connection, then try again.',
    timeout: 'The server took too long to answer. Try again in a moment.',
    contract: 'The server sent an answer we cannot read. Try again later or contact the agency.',
    problem: (title) => title,
    missingApiBase: 'No API address set: give an api-base attribute, configure({ apiBase }), or <meta name="layanan-api-base">.',
    unknown: 'Something unexpected went wrong.',
  },
  time: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    clock,
    range: (opens, closes, zone) => `${opens}–${closes}${zone ? ` ${zone}` : ''}`,
  },
  agency: {
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
  },
};
