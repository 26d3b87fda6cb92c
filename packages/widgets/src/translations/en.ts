import { MISSING_API_BASE } from '../internal/error-message.js';
import type { Translation } from './translation.js';

const clock = (hhmm: string) => hhmm;

/** English, the second language. */
export const en: Translation = {
  loading: 'Loading…',
  retry: 'Try again',
  empty: 'Nothing here yet.',
  errors: {
    heading: 'Could not load',
    network: 'Cannot reach the server. Check your internet connection, then try again.',
    timeout: 'The server took too long to answer. Try again in a moment.',
    contract: 'The server sent an answer we cannot read. Try again later or contact the agency.',
    problem: (title) => title,
    missingApiBase: MISSING_API_BASE,
    unknown: 'Something unexpected went wrong.',
  },
  time: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    clock,
    range: (opens, closes, zone) => `${opens}–${closes}${zone ? ` ${zone}` : ''}`,
  },
  form: {
    optional: 'optional',
    errorSummary: 'There is a problem',
    copy: 'Copy',
    copied: 'Copied',
    print: 'Print',
  },
};
