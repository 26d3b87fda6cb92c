import type { AgencyInfoStrings } from './agency-info.strings.js';

export const en: AgencyInfoStrings = {
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
