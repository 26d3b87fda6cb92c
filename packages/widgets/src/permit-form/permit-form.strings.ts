import { catalog } from '../internal/locale.js';

/** The texts of `<layanan-permit-form>`; field labels and rules come from the backend's form definition. */
export interface PermitFormStrings {
  label: string;
  pickerTitle: string;
  pickerIntro: string;
  free: string;
  fee: string;
  serviceLevel: string;
  days: (n: number) => string;
  requirements: string;
  apply: string;
  noTypes: string;
  resumeTitle: string;
  resumeLabel: string;
  resumeHint: string;
  resumeButton: string;
  invalidCode: string;
  stepOf: (n: number, total: number) => string;
  next: string;
  saveAndReview: string;
  back: string;
  reviewTitle: string;
  reviewIntro: string;
  change: string;
  notAnswered: string;
  yes: string;
  submit: string;
  resubmit: string;
  submitting: string;
  saving: string;
  saved: (time: string) => string;
  savedOnDevice: string;
  conflict: string;
  codeLine: string;
  chooseOne: string;
  district: string;
  village: string;
  street: string;
  chooseDistrict: string;
  chooseVillage: string;
  fileRules: (types: string, size: string) => string;
  fileChosen: string;
  chooseFile: string;
  replaceFile: string;
  removeFile: string;
  uploading: (name: string, percent: number) => string;
  uploaded: (name: string) => string;
  characters: (n: number, max: number) => string;
  rupiah: (amount: string) => string;
  revisionTitle: string;
  revisionIntro: string;
  receiptTitle: string;
  resubmittedTitle: string;
  receiptCode: string;
  nextTitle: string;
  nextReview: string;
  nextDecision: (date: string) => string;
  nextKeepCode: string;
  closedTitle: string;
  closedIntro: (status: string) => string;
  another: string;
}

const id: PermitFormStrings = {
  label: 'Permohonan izin',
  pickerTitle: 'Pilih jenis izin',
  pickerIntro: 'Ajukan izin dari rumah. Isian tersimpan otomatis, jadi Anda bisa melanjutkan kapan saja.',
  free: 'Gratis',
  fee: 'Biaya',
  serviceLevel: 'Lama proses',
  days: (n) => `${n} hari kerja`,
  requirements: 'Persyaratan',
  apply: 'Ajukan',
  noTypes: 'Belum ada izin yang dapat diajukan secara daring.',
  resumeTitle: 'Sudah mulai mengisi?',
  resumeLabel: 'Kode permohonan',
  resumeHint: 'Masukkan kode yang Anda simpan, misalnya PRM7K-D2AFT-Q9WXZ, untuk melanjutkan di perangkat ini.',
  resumeButton: 'Lanjutkan permohonan',
  invalidCode: 'Kode permohonan terdiri dari 15 huruf dan angka, misalnya PRM7K-D2AFT-Q9WXZ.',
  stepOf: (n, total) => `Langkah ${n} dari ${total}`,
  next: 'Lanjut',
  saveAndReview: 'Simpan dan kembali ke ringkasan',
  back: 'Kembali',
  reviewTitle: 'Periksa kembali jawaban Anda',
  reviewIntro: 'Pastikan semuanya benar sebelum dikirim. Setelah dikirim, jawaban hanya dapat diubah bila petugas meminta perbaikan.',
  change: 'Ubah',
  notAnswered: 'Tidak diisi',
  yes: 'Ya',
  submit: 'Kirim permohonan',
  resubmit: 'Kirim perbaikan',
  submitting: 'Mengirim…',
  saving: 'Menyimpan…',
  saved: (time) => `Tersimpan ${time}`,
  savedOnDevice: 'Tersimpan di perangkat ini; akan disimpan ke server begitu koneksi kembali.',
  conflict: 'Permohonan ini juga diubah di perangkat lain; jawaban dari sana sudah digabungkan.',
  codeLine: 'Kode permohonan',
  chooseOne: 'Pilih salah satu',
  district: 'Kecamatan',
  village: 'Desa/kelurahan',
  street: 'Jalan, nomor, RT/RW',
  chooseDistrict: 'Pilih kecamatan',
  chooseVillage: 'Pilih desa/kelurahan',
  fileRules: (types, size) => [types, size && `paling besar ${size}`].filter(Boolean).join(' · '),
  fileChosen: 'Berkas terunggah',
  chooseFile: 'Pilih berkas',
  replaceFile: 'Ganti berkas',
  removeFile: 'Hapus berkas',
  uploading: (name, percent) => `Mengunggah ${name}… ${percent}%`,
  uploaded: (name) => `${name} terunggah.`,
  characters: (n, max) => `${n} dari ${max} karakter`,
  rupiah: (amount) => `Terbaca: ${amount}`,
  revisionTitle: 'Petugas meminta perbaikan',
  revisionIntro: 'Ubah yang diminta, lalu kirim kembali permohonan Anda.',
  receiptTitle: 'Permohonan terkirim',
  resubmittedTitle: 'Perbaikan terkirim',
  receiptCode: 'Kode permohonan Anda',
  nextTitle: 'Selanjutnya',
  nextReview: 'Petugas memeriksa berkas Anda. Kabar status dikirim ke nomor HP yang Anda isi.',
  nextDecision: (date) => `Keputusan paling lambat ${date}.`,
  nextKeepCode: 'Simpan kode ini: dengan kode ini Anda dapat melihat status dan memperbaiki permohonan bila diminta.',
  closedTitle: 'Permohonan sudah dikirim',
  closedIntro: (status) => `Status saat ini: ${status}. Jawaban tidak dapat diubah lagi.`,
  another: 'Ajukan permohonan lain',
};

export const permitFormStrings = /* @__PURE__ */ catalog<PermitFormStrings>(id, () => import('./permit-form.strings.en.js').then((m) => m.en));
