import type { ApplicationStatus } from '@layanan/contract';
import type { WidgetLocale } from '../internal/locale.js';

/** The texts of `<layanan-permit-status>`. */
export interface PermitStatusStrings {
  label: string;
  lookupTitle: string;
  lookupLabel: string;
  lookupHint: string;
  lookupButton: string;
  invalidCode: string;
  code: string;
  current: string;
  /** What each state means for the citizen, under the current status. */
  explain: Record<ApplicationStatus, string>;
  timeline: string;
  officerNote: string;
  decisionDue: (date: string) => string;
  revise: string;
  continueDraft: string;
  refresh: string;
  refreshed: (time: string) => string;
  another: string;
}

const id: PermitStatusStrings = {
  label: 'Status permohonan izin',
  lookupTitle: 'Cek status permohonan',
  lookupLabel: 'Kode permohonan',
  lookupHint: 'Kode ada di tanda terima, misalnya PRM7K-D2AFT-Q9WXZ.',
  lookupButton: 'Cek status',
  invalidCode: 'Kode permohonan terdiri dari 15 huruf dan angka, misalnya PRM7K-D2AFT-Q9WXZ.',
  code: 'Kode permohonan',
  current: 'Status saat ini',
  explain: {
    draft: 'Permohonan belum dikirim. Lanjutkan pengisian lalu kirim.',
    submitted: 'Permohonan sudah diterima dan menunggu diperiksa petugas.',
    verification: 'Petugas sedang memeriksa data dan berkas Anda.',
    revision_requested: 'Petugas meminta Anda memperbaiki permohonan. Baca catatan petugas, lalu perbaiki dan kirim kembali.',
    approved: 'Izin Anda disetujui.',
    rejected: 'Permohonan Anda ditolak. Baca catatan petugas untuk alasannya.',
  },
  timeline: 'Riwayat',
  officerNote: 'Catatan petugas',
  decisionDue: (date) => `Keputusan paling lambat ${date}`,
  revise: 'Perbaiki permohonan',
  continueDraft: 'Lanjutkan pengisian',
  refresh: 'Perbarui status',
  refreshed: (time) => `Diperbarui ${time}`,
  another: 'Cek kode lain',
};

const en: PermitStatusStrings = {
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

export const permitStatusStrings: Record<WidgetLocale, PermitStatusStrings> = { id, en };
