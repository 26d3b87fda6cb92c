import type { ApplicationStatus } from '@layanan/contract';
import type { WidgetLocale } from './locale.js';

/** The name of each status of a permit application, as the form and the status widget both show it. */
export const applicationStatusNames: Record<WidgetLocale, Record<ApplicationStatus, string>> = {
  id: {
    draft: 'Draf',
    submitted: 'Terkirim',
    verification: 'Diperiksa petugas',
    revision_requested: 'Perlu perbaikan',
    approved: 'Disetujui',
    rejected: 'Ditolak',
  },
  en: {
    draft: 'Draft',
    submitted: 'Sent',
    verification: 'Being checked',
    revision_requested: 'Corrections needed',
    approved: 'Approved',
    rejected: 'Rejected',
  },
};
