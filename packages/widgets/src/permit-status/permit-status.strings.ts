import type { ApplicationStatus } from '@layanan/contract';
import { catalog } from '../internal/locale.js';

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

export const permitStatusStrings = /* @__PURE__ */ catalog<PermitStatusStrings>(id, () => import('./permit-status.strings.en.js').then((m) => m.en));
