import type { ComplaintSharedStrings } from './complaints.js';

export const en: ComplaintSharedStrings = {
  privacy: {
    public: {
      label: 'Public',
      explains: 'Anyone with the tracking code can see the report and your name. Your phone number and email are for the officers only.',
    },
    anonymous: {
      label: 'Anonymous',
      explains: 'The report can be seen, but your identity is not recorded: not even the officers know who you are or can contact you.',
    },
    confidential: {
      label: 'Confidential',
      explains: 'The report and your identity are seen only by the officers handling it. The public sees only the category and status.',
    },
  },
  trackingCode: 'Tracking code',
};
