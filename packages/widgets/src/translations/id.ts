import type { Translation } from './translation.js';

const clock = (hhmm: string) => hhmm.replace(':', '.');

/** Bahasa Indonesia: the default language of every widget. */
export const id: Translation = {
  loading: 'Memuat…',
  retry: 'Coba lagi',
  empty: 'Belum ada data.',
  errors: {
    heading: 'Gagal memuat',
    network: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.',
    timeout: 'Server terlalu lama menjawab. Coba lagi sebentar lagi.',
    contract: 'Jawaban server tidak dapat dibaca. Coba lagi nanti atau hubungi instansi.',
    problem: (title) => title,
    missingApiBase: 'Alamat API belum diatur: beri atribut api-base, configure({ apiBase }), atau <meta name="layanan-api-base">.',
    unknown: 'Terjadi kesalahan yang tidak terduga.',
  },
  time: {
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    clock,
    range: (opens, closes, zone) => `${clock(opens)}–${clock(closes)}${zone ? ` ${zone}` : ''}`,
  },
  form: {
    optional: 'opsional',
    errorSummary: 'Ada yang perlu diperbaiki',
    copy: 'Salin',
    copied: 'Tersalin',
    print: 'Cetak',
  },
};
