import { catalog } from '../internal/locale.js';

/** The texts of `<layanan-complaint-form>`; privacy levels are in `internal/complaints.ts`. */
export interface ComplaintFormStrings {
  heading: string;
  intro: string;
  category: string;
  categoryChoose: string;
  categoryUnit: (unit: string) => string;
  title: string;
  titleHint: string;
  description: string;
  descriptionHint: string;
  /** The visible counter under a text field. */
  charactersLeft: (left: number) => string;
  charactersOver: (over: number) => string;
  location: string;
  locationHint: string;
  useLocation: string;
  locating: string;
  locationFound: (lat: string, lng: string) => string;
  locationDenied: string;
  locationUnavailable: string;
  photos: string;
  photosHint: (max: number) => string;
  addPhotos: string;
  photoAlt: (index: number) => string;
  removePhoto: (index: number) => string;
  retryPhoto: (index: number) => string;
  photoUploading: (percent: number) => string;
  photoUploaded: string;
  photoAdded: (count: number) => string;
  photoWrongType: (name: string) => string;
  photoTooLarge: (name: string, mb: number) => string;
  photoTooMany: (max: number) => string;
  photosWaiting: string;
  privacy: string;
  privacyHint: string;
  reporter: string;
  reporterHint: string;
  name: string;
  phone: string;
  email: string;
  consent: string;
  submit: string;
  submitting: string;
  draftRestored: string;
  /** Photos that were still on their way when the page closed. */
  photosUnsent: (names: string) => string;
  discardDraft: string;
  /** After "clear the form", with an undo next to it. */
  cleared: string;
  undo: string;
  errors: {
    category: string;
    titleShort: (min: number) => string;
    descriptionShort: (min: number) => string;
    tooLong: (max: number) => string;
    location: (min: number) => string;
    name: (min: number) => string;
    contact: string;
    phone: string;
    email: string;
    consent: string;
  };
  unsure: string;
  successHeading: string;
  successKeep: string;
  successEarlier: string;
  viewStatus: string;
  newComplaint: string;
}

const id: ComplaintFormStrings = {
  heading: 'Sampaikan pengaduan',
  intro: 'Isian Anda tersimpan di perangkat ini sampai laporan terkirim.',
  category: 'Kategori',
  categoryChoose: 'Pilih kategori',
  categoryUnit: (unit) => `Ditangani oleh ${unit}.`,
  title: 'Judul laporan',
  titleHint: 'Misalnya “Jalan berlubang di depan Pasar Kotabumi”.',
  description: 'Uraian',
  descriptionHint: 'Apa yang terjadi, sejak kapan, dan siapa yang terdampak.',
  charactersLeft: (left) => `Sisa ${left} karakter`,
  charactersOver: (over) => `Kelebihan ${over} karakter`,
  location: 'Lokasi',
  locationHint: 'Nama jalan, desa atau kelurahan, dan kecamatan.',
  useLocation: 'Pakai lokasi saya',
  locating: 'Mencari lokasi…',
  locationFound: (lat, lng) => `Koordinat ${lat}, ${lng} ikut terkirim.`,
  locationDenied: 'Izin lokasi ditolak. Tulis lokasinya saja.',
  locationUnavailable: 'Lokasi tidak dapat ditentukan. Tulis lokasinya saja.',
  photos: 'Foto',
  photosHint: (max) => `Paling banyak ${max} foto JPEG, PNG atau WebP, diperkecil dulu di perangkat Anda agar hemat kuota.`,
  addPhotos: 'Tambah foto',
  photoAlt: (index) => `Foto ${index}`,
  removePhoto: (index) => `Hapus foto ${index}`,
  retryPhoto: (index) => `Unggah ulang foto ${index}`,
  photoUploading: (percent) => `Mengunggah ${percent}%`,
  photoUploaded: 'Terunggah',
  photoAdded: (count) => `${count} foto terunggah.`,
  photoWrongType: (name) => `${name} bukan foto JPEG, PNG atau WebP.`,
  photoTooLarge: (name, mb) => `${name} terlalu besar: paling besar ${mb} MB.`,
  photoTooMany: (max) => `Paling banyak ${max} foto.`,
  photosWaiting: 'Tunggu semua foto terunggah, atau hapus foto yang gagal.',
  privacy: 'Siapa yang boleh melihat?',
  privacyHint: 'Tidak dapat diubah setelah laporan terkirim.',
  reporter: 'Data pelapor',
  reporterHint: 'Untuk menghubungi Anda tentang laporan ini. Isi nomor HP atau surel.',
  name: 'Nama',
  phone: 'Nomor HP',
  email: 'Surel',
  consent: 'Saya menyatakan laporan ini benar dan setuju laporan diteruskan ke unit yang menangani.',
  submit: 'Kirim pengaduan',
  submitting: 'Mengirim pengaduan…',
  draftRestored: 'Isian Anda sebelumnya dipulihkan.',
  photosUnsent: (names) => `Foto yang belum selesai terkirim saat halaman ditutup perlu dipilih lagi: ${names}.`,
  discardDraft: 'Kosongkan formulir',
  cleared: 'Formulir dikosongkan.',
  undo: 'Batalkan',
  errors: {
    category: 'Pilih kategori pengaduan.',
    titleShort: (min) => `Tulis judul minimal ${min} karakter.`,
    descriptionShort: (min) => `Tulis uraian minimal ${min} karakter.`,
    tooLong: (max) => `Paling banyak ${max} karakter.`,
    location: (min) => `Tulis lokasi minimal ${min} karakter.`,
    name: (min) => `Tulis nama Anda, minimal ${min} karakter, atau pilih Anonim.`,
    contact: 'Isi nomor HP atau surel, atau pilih Anonim.',
    phone: 'Nomor HP tidak valid. Contoh: 0812 3456 7890.',
    email: 'Surel tidak valid. Contoh: nama@contoh.id.',
    consent: 'Centang pernyataan ini untuk mengirim laporan.',
  },
  unsure: 'Laporan belum pasti terkirim. Kirim lagi: laporan tidak akan tercatat dua kali.',
  successHeading: 'Pengaduan terkirim',
  successKeep: 'Simpan kode ini: hanya dengan kode ini Anda dapat melihat tanggapan, menambah keterangan, dan memberi penilaian.',
  successEarlier: 'Laporan diterima dengan isian yang pertama Anda kirim. Tambahkan perubahan sebagai keterangan di halaman status.',
  viewStatus: 'Lihat status pengaduan',
  newComplaint: 'Buat pengaduan lain',
};

export const complaintFormStrings = /* @__PURE__ */ catalog<ComplaintFormStrings>(id, () => import('./complaint-form.strings.en.js').then((m) => m.en));
