import { formMessages } from '@layanan/contract';

export type MockLocale = 'id' | 'en';

/** Picks `en` only when the client prefers English over Indonesian; Bahasa Indonesia is the default. */
export function localeOf(request: Request): MockLocale {
  const header = request.headers.get('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.lang === 'id' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'id';
}

type Text = Record<MockLocale, string>;

/** `2026-12-01` → `Selasa, 1 Desember 2026` / `Tuesday, 1 December 2026`. */
export function longDate(date: string, locale: MockLocale): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Problem titles, by the slug of their type. */
export const problemTitles = {
  'bad-request': { id: 'Permintaan tidak valid', en: 'Bad request' },
  'malformed-json': { id: 'JSON tidak valid', en: 'Malformed JSON' },
  'not-found': { id: 'Tidak ditemukan', en: 'Not found' },
  'method-not-allowed': { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
  conflict: { id: 'Konflik', en: 'Conflict' },
  'idempotency-key-reused': { id: 'Idempotency-Key sudah dipakai untuk permintaan lain', en: 'Idempotency-Key already used for another request' },
  'idempotency-key-in-progress': { id: 'Permintaan dengan Idempotency-Key ini masih diproses', en: 'A request with this Idempotency-Key is still being processed' },
  'unsupported-media-type': { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  validation: { id: 'Data tidak valid', en: 'Invalid data' },
  'too-many-requests': { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  internal: { id: 'Terjadi kesalahan pada server', en: 'Internal server error' },
  unavailable: { id: 'Layanan sedang tidak tersedia', en: 'Service unavailable' },
  'queue-quota-full': { id: 'Kuota antrean pada tanggal itu sudah penuh', en: 'The queue is full on that date' },
  'queue-duplicate-ticket': { id: 'Anda sudah memiliki nomor antrean untuk layanan dan tanggal ini', en: 'You already have a number for this service and date' },
  'queue-date-unavailable': { id: 'Tanggal kunjungan tidak tersedia', en: 'Visit date not available' },
  'queue-not-cancellable': { id: 'Nomor antrean ini tidak dapat dibatalkan lagi', en: 'This number can no longer be cancelled' },
  'queue-cannot-rejoin': { id: 'Nomor antrean ini tidak dapat masuk antrean lagi', en: 'This number cannot re-join the queue' },
  'tax-quote-expired': { id: 'Rincian tagihan sudah kedaluwarsa', en: 'The bill quote has expired' },
  'tax-bill-unavailable': { id: 'Tagihan sudah dibayar atau sedang menunggu pembayaran', en: 'The bill is already paid or awaiting a payment' },
  'payment-not-pending': { id: 'Pembayaran ini tidak lagi menunggu', en: 'This payment is no longer pending' },
  'payload-too-large': { id: 'Berkas terlalu besar', en: 'File too large' },
  'complaint-closed': { id: 'Pengaduan ini sudah ditutup', en: 'This complaint is closed' },
  'complaint-not-resolved': { id: 'Penilaian hanya untuk pengaduan yang sudah selesai', en: 'Only a resolved complaint can be rated' },
  'complaint-already-rated': { id: 'Pengaduan ini sudah dinilai', en: 'This complaint has already been rated' },
  'complaint-cannot-reopen': { id: 'Pengaduan ini tidak dapat dibuka kembali', en: 'This complaint cannot be reopened' },
  'application-version-conflict': { id: 'Permohonan ini sudah diubah di tempat lain', en: 'This application was changed elsewhere' },
  'application-not-editable': { id: 'Permohonan ini tidak dapat diubah sekarang', en: 'This application cannot be changed now' },
} satisfies Record<string, Text>;
export type ProblemSlug = keyof typeof problemTitles;

/** Per-field validation messages, by error code. */
export const fieldMessages = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  invalid_type: { id: 'Jenis nilai salah.', en: 'Wrong type of value.' },
  too_small: { id: 'Terlalu kecil atau terlalu pendek.', en: 'Too small or too short.' },
  too_big: { id: 'Terlalu besar atau terlalu panjang.', en: 'Too large or too long.' },
  invalid_format: { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  invalid_value: { id: 'Pilihan tidak dikenal.', en: 'Unknown choice.' },
  unrecognized_keys: { id: 'Kolom tidak dikenal.', en: 'Unknown field.' },
  invalid: { id: 'Nilai tidak valid.', en: 'Invalid value.' },
  unknown_service: { id: 'Layanan tidak dikenal.', en: 'Unknown service.' },
  // Identity numbers are worded once, by the contract's form validator.
  nik_format: formMessages.nik_length,
  nik_region: formMessages.nik_region,
  nik_birth_date: formMessages.nik_birth_date,
  nik_serial: formMessages.nik_serial,
  phone_invalid: formMessages.invalid_phone,
  date_outside_window: { id: 'Tanggal di luar jadwal pemesanan.', en: 'The date is outside the booking window.' },
  date_closed: { id: 'Kantor tutup pada tanggal itu.', en: 'The office is closed on that date.' },
  unknown_tax_type: { id: 'Jenis pajak tidak dikenal.', en: 'Unknown tax type.' },
  nop_invalid: formMessages.nop_invalid,
  billing_code_invalid: { id: 'Kode bayar harus 15 angka.', en: 'A billing code has 15 digits.' },
  unknown_quote: { id: 'Rincian tagihan tidak dikenal. Cari tagihan lagi.', en: 'Unknown quote. Look the bills up again.' },
  bill_not_in_quote: { id: 'Tagihan ini tidak ada dalam rincian.', en: 'This bill is not in the quote.' },
  bank_required: { id: 'Pilih bank untuk virtual account.', en: 'Choose a bank for the virtual account.' },
  unknown_category: { id: 'Kategori tidak dikenal.', en: 'Unknown category.' },
  unknown_upload: { id: 'Foto ini tidak ditemukan. Unggah lagi.', en: 'This photo was not found. Upload it again.' },
  reporter_required: { id: 'Isi nama dan kontak Anda, atau pilih anonim.', en: 'Give your name and a contact, or choose anonymous.' },
  contact_required: { id: 'Isi nomor telepon atau surel yang valid.', en: 'Give a valid phone number or email.' },
} satisfies Record<string, Text>;
export type FieldCode = keyof typeof fieldMessages;

export const details = {
  outsideApiBase: (path: string, base: string): Text => ({
    id: `Tidak ada apa pun di ${path}: API ini ada di ${base}/v1/. Periksa api-base.`,
    en: `Nothing exists at ${path}: this API lives at ${base}/v1/. Check the api-base.`,
  }),
  notFound: (path: string): Text => ({ id: `Tidak ada apa pun di ${path}.`, en: `Nothing exists at ${path}.` }),
  malformedPath: { id: 'Alamat permintaan memuat kode persen (%) yang tidak sah.', en: 'The request path has a malformed percent-encoding (%).' } as Text,
  methodNotAllowed: (method: string, allowed: string): Text => ({
    id: `${method} tidak dapat dipakai di sini; gunakan ${allowed}.`,
    en: `${method} cannot be used here; use ${allowed}.`,
  }),
  mediaType: (got: string): Text => ({
    id: `Kirim badan permintaan sebagai application/json (diterima: ${got || 'tanpa Content-Type'}).`,
    en: `Send the body as application/json (received: ${got || 'no Content-Type'}).`,
  }),
  malformedJson: { id: 'Badan permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' } as Text,
  validation: { id: 'Periksa kembali isian yang ditandai.', en: 'Check the fields listed in errors.' } as Text,
  injected: { id: 'Gangguan disimulasikan oleh server tiruan.', en: 'Failure injected by the mock server.' } as Text,
  billsNotFound: { id: 'Tidak ada objek pajak dengan nomor itu.', en: 'No tax object has that number.' } as Text,
  paymentNotFound: { id: 'Tidak ada pembayaran dengan kode itu.', en: 'No payment has that code.' } as Text,
  receiptNotFound: { id: 'Kode verifikasi tidak dikenal: bukti bayar ini tidak sah.', en: 'Unknown verification code: this receipt is not genuine.' } as Text,
  quoteExpired: { id: 'Denda bisa berubah. Cari tagihan lagi untuk rincian terbaru.', en: 'Penalties may have changed. Look the bills up again for a new quote.' } as Text,
  billUnavailable: (periods: string): Text => ({ id: `Periode ${periods} sudah dibayar atau sedang menunggu pembayaran lain.`, en: `Period ${periods} is paid or held by another pending payment.` }),
  complaintNotFound: { id: 'Tidak ada pengaduan dengan kode itu.', en: 'No complaint has that tracking code.' } as Text,
  uploadType: { id: 'Unggah foto JPEG, PNG atau WebP, atau dokumen PDF.', en: 'Upload a JPEG, PNG or WebP photo, or a PDF document.' } as Text,
  uploadSize: (mb: number): Text => ({ id: `Ukuran foto paling besar ${mb} MB.`, en: `A photo may be at most ${mb} MB.` }),
  uploadEmpty: { id: 'Berkas kosong.', en: 'The file is empty.' } as Text,
  complaintClosed: { id: 'Tanggapan baru tidak dapat ditambahkan.', en: 'No new follow-up can be added.' } as Text,
  reopenWindow: { id: 'Pengaduan yang selesai dapat dibuka kembali sekali, dalam 7 hari.', en: 'A resolved complaint can be reopened once, within 7 days.' } as Text,
  applicationNotFound: { id: 'Tidak ada permohonan dengan kode itu.', en: 'No application has that code.' } as Text,
  permitTypeNotFound: { id: 'Jenis izin tidak dikenal.', en: 'Unknown permit type.' } as Text,
  versionConflict: (current: number): Text => ({
    id: `Muat ulang permohonan (versi ${current}) lalu simpan lagi, agar isian dari perangkat lain tidak tertimpa.`,
    en: `Reload the application (version ${current}) and save again, so answers from another device are not overwritten.`,
  }),
  notEditable: { id: 'Permohonan yang sudah diajukan hanya dapat diubah bila petugas meminta perbaikan.', en: 'A submitted application can be changed only when the officer asks for a revision.' } as Text,
  ticketNotFound: { id: 'Tidak ada nomor antrean dengan kode itu.', en: 'No queue ticket has that code.' } as Text,
  quotaFull: (date: string, next: string | null): Text => ({
    id: next
      ? `Kuota ${longDate(date, 'id')} penuh. Tanggal terdekat yang masih ada kuota: ${longDate(next, 'id')}.`
      : `Kuota ${longDate(date, 'id')} penuh, dan tidak ada tanggal lain dengan kuota dalam jadwal pemesanan.`,
    en: next
      ? `${longDate(date, 'en')} is full. The next date with room: ${longDate(next, 'en')}.`
      : `${longDate(date, 'en')} is full, and no other date in the booking window has room.`,
  }),
  duplicateTicket: (number: string): Text => ({
    id: `Nomor antrean Anda ${number} masih berlaku. Batalkan dulu jika ingin mengambil nomor baru.`,
    en: `Your number ${number} is still valid. Cancel it first to take a new one.`,
  }),
  notCancellable: (status: string): Text => ({ id: `Status nomor ini: ${status}.`, en: `This number is ${status}.` }),
  cannotRejoin: { id: 'Masuk antrean lagi hanya sekali, untuk nomor yang terlewat, dalam 30 menit.', en: 'Only a missed number may re-join, once, within 30 minutes.' } as Text,
};
