import type { ComplaintStatus } from '@layanan/contract';
import { catalog } from '../internal/locale.js';

/** The texts of `<layanan-complaint-status>`; privacy levels are in `internal/complaints.ts`. */
export interface ComplaintStatusStrings {
  status: Record<ComplaintStatus, string>;
  /** Heading in place of the title of a confidential complaint. */
  confidentialTitle: string;
  heading: string;
  lookupHint: string;
  lookup: string;
  invalidCode: string;
  notFound: string;
  otherCode: string;
  category: string;
  unit: string;
  location: string;
  reporter: string;
  privacy: string;
  photoAlt: (index: number) => string;
  submitted: string;
  progress: string;
  pending: string;
  dueDates: string;
  verifyBy: string;
  actBy: string;
  overdue: string;
  conversation: string;
  noMessages: string;
  you: string;
  followUp: string;
  followUpHint: string;
  send: string;
  sent: string;
  required: string;
  tooLong: (max: number) => string;
  closed: string;
  rate: string;
  rateHint: string;
  score: Record<1 | 2 | 3 | 4 | 5, string>;
  ratingComment: string;
  rateSubmit: string;
  chooseScore: string;
  rated: (score: number) => string;
  thanksRating: string;
  reopen: string;
  reopenHint: (until: string) => string;
  reopenReason: string;
  reopenShort: (min: number) => string;
  reopenSubmit: string;
  reopened: string;
  refresh: string;
  refreshed: (at: string) => string;
  statusNow: (status: string) => string;
  newReply: string;
}

const id: ComplaintStatusStrings = {
  status: {
    received: 'Diterima',
    verified: 'Diverifikasi',
    in_progress: 'Sedang ditindaklanjuti',
    resolved: 'Selesai',
    rejected: 'Ditolak',
  },
  confidentialTitle: 'Pengaduan rahasia',
  heading: 'Lacak pengaduan',
  lookupHint: 'Kode 15 huruf dan angka yang Anda terima saat mengirim laporan, misalnya JXN7K-ABS2Q-R4WMP.',
  lookup: 'Lacak',
  invalidCode: 'Kode pelacakan terdiri dari 15 huruf dan angka, misalnya JXN7K-ABS2Q-R4WMP. Periksa lagi kode Anda.',
  notFound: 'Tidak ada pengaduan dengan kode itu. Periksa lagi setiap hurufnya.',
  otherCode: 'Lacak kode lain',
  category: 'Kategori',
  unit: 'Ditangani oleh',
  location: 'Lokasi',
  reporter: 'Pelapor',
  privacy: 'Sifat laporan',
  photoAlt: (index) => `Foto ${index} dari pelapor`,
  submitted: 'Dikirim',
  progress: 'Perkembangan',
  pending: 'belum',
  dueDates: 'Batas waktu (hari kerja)',
  verifyBy: 'Diverifikasi paling lambat',
  actBy: 'Ditindaklanjuti paling lambat',
  overdue: 'terlambat',
  conversation: 'Tanggapan',
  noMessages: 'Belum ada tanggapan.',
  you: 'Anda',
  followUp: 'Tambah keterangan',
  followUpHint: 'Keterangan baru, misalnya perkembangan di lokasi. Dibaca petugas yang menangani.',
  send: 'Kirim keterangan',
  sent: 'Keterangan terkirim.',
  required: 'Tulis keterangan Anda.',
  tooLong: (max) => `Paling banyak ${max} karakter.`,
  closed: 'Pengaduan ini sudah ditutup; keterangan baru tidak dapat ditambahkan.',
  rate: 'Beri penilaian',
  rateHint: 'Seberapa puas Anda dengan penanganan laporan ini? Penilaian hanya dapat diberikan sekali.',
  score: { 1: '1 — Sangat tidak puas', 2: '2 — Tidak puas', 3: '3 — Cukup', 4: '4 — Puas', 5: '5 — Sangat puas' },
  ratingComment: 'Komentar',
  rateSubmit: 'Kirim penilaian',
  chooseScore: 'Pilih nilai 1 sampai 5.',
  rated: (score) => `Penilaian Anda: ${score} dari 5`,
  thanksRating: 'Terima kasih atas penilaian Anda.',
  reopen: 'Belum tuntas? Buka kembali',
  reopenHint: (until) => `Dapat dibuka kembali sekali, sampai ${until}. Jelaskan apa yang belum selesai.`,
  reopenReason: 'Alasan',
  reopenShort: (min) => `Tulis alasan minimal ${min} karakter.`,
  reopenSubmit: 'Buka kembali pengaduan',
  reopened: 'Pengaduan dibuka kembali dan diteruskan lagi ke unit yang menangani.',
  refresh: 'Perbarui',
  refreshed: (at) => `Diperbarui ${at}`,
  statusNow: (status) => `Status sekarang: ${status}`,
  newReply: 'Ada tanggapan baru dari instansi.',
};

export const complaintStatusStrings = /* @__PURE__ */ catalog<ComplaintStatusStrings>(id, () => import('./complaint-status.strings.en.js').then((m) => m.en));
