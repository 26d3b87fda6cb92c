/** Every text a widget shows, per language. Functions take what they interpolate. */
export interface Translation {
  $code: 'id' | 'en';
  $name: string;
  loading: string;
  retry: string;
  empty: string;
  errors: {
    heading: string;
    network: string;
    timeout: string;
    contract: string;
    /** A problem+json answer: its title is already in the page's language. */
    problem: (title: string, status: number) => string;
    missingApiBase: string;
    unknown: string;
  };
  time: {
    weekdays: readonly [string, string, string, string, string, string, string];
    /** `08:00` → `08.00` in Indonesian. */
    clock: (hhmm: string) => string;
    range: (opens: string, closes: string, zone: string) => string;
  };
  agency: {
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
  };
}
