/** Every text a widget shows, per language. Functions take what they interpolate. */
export interface Translation {
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
  form: {
    /** After the label of a field that may stay empty. */
    optional: string;
    /** Heading of the list of errors shown at the top of a form on submit. */
    errorSummary: string;
    copy: string;
    copied: string;
    print: string;
  };
}
