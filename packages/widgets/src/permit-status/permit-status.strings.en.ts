import type { PermitStatusStrings } from './permit-status.strings.js';

export const en: PermitStatusStrings = {
  label: 'Permit application status',
  lookupTitle: 'Check an application',
  lookupLabel: 'Application code',
  lookupHint: 'The code is on your receipt, e.g. PRM7K-D2AFT-Q9WXZ.',
  lookupButton: 'Check status',
  invalidCode: 'An application code has 15 letters and digits, e.g. PRM7K-D2AFT-Q9WXZ.',
  code: 'Application code',
  current: 'Current status',
  explain: {
    draft: 'The application has not been sent yet. Finish it, then send it.',
    submitted: 'The application was received and waits for an officer.',
    verification: 'An officer is checking your answers and documents.',
    revision_requested: 'The officer asked you to correct the application. Read the note, then correct it and send it again.',
    approved: 'Your permit was approved.',
    rejected: 'Your application was rejected. The officer’s note says why.',
  },
  timeline: 'History',
  officerNote: 'Officer’s note',
  decisionDue: (date) => `Decision by ${date} at the latest`,
  revise: 'Correct the application',
  continueDraft: 'Continue the application',
  refresh: 'Refresh status',
  refreshed: (time) => `Updated at ${time}`,
  another: 'Check another code',
};
