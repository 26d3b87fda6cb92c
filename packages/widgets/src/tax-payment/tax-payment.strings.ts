import { catalog } from '../internal/locale.js';

/** The texts of `<layanan-tax-payment>`; the shared ones (loading, errors, copy, print) are in `translations/`. */
export interface TaxPaymentStrings {
  label: string;
  /** `name`: the tax's short name (`PBB-P2`, `BPHTB`); undefined until the types are known. */
  findHeading: (name?: string) => string;
  taxType: string;
  billingLabel: string;
  billingHint: string;
  billingRequired: string;
  billingInvalid: string;
  findIntro: string;
  nopLabel: string;
  year: string;
  allYears: string;
  find: string;
  billsHeading: (name?: string) => string;
  found: (count: number, total: string) => string;
  taxpayer: string;
  objectNumber: string;
  address: string;
  land: string;
  building: string;
  area: (m2: number) => string;
  choose: string;
  /** `2026` (a yearly tax) or `2026-10` (a monthly levy). */
  periodLabel: (period: string) => string;
  principal: string;
  penalty: (months: number) => string;
  due: string;
  paid: string;
  held: string;
  nothingDue: string;
  chooseOne: string;
  total: string;
  totalOf: (count: number) => string;
  validUntil: (when: string) => string;
  requoted: string;
  method: string;
  qris: string;
  qrisHint: string;
  va: string;
  vaHint: string;
  bank: string;
  chooseBank: string;
  pay: (amount: string) => string;
  otherNop: string;
  unanswered: string;
  /** The payment was not sent: the device was offline; it goes by itself once back online. */
  unsent: string;
  payHeading: string;
  code: string;
  qrLabel: (amount: string) => string;
  vaNumber: string;
  copied: string;
  copyFailed: string;
  payBefore: (when: string) => string;
  left: string;
  timeLeft: (minutes: number) => string;
  timeUp: string;
  waiting: string;
  reconnecting: string;
  paidHeading: string;
  receiptTitle: (name?: string) => string;
  receiptNumber: string;
  paidAt: string;
  channel: string;
  amount: string;
  periods: string;
  verification: string;
  verifyQrLabel: (code: string) => string;
  verifyHint: string;
  payAnother: string;
  expiredHeading: string;
  expired: (amount: string) => string;
  failedHeading: string;
  failed: (amount: string) => string;
  again: string;
}

/** `2026-10` → `Oktober 2026`. */
export const month = (period: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));

const id: TaxPaymentStrings = {
  label: 'Pembayaran pajak daerah',
  findHeading: (name = 'PBB-P2') => `Cek dan bayar ${name}`,
  taxType: 'Jenis pajak atau retribusi',
  billingLabel: 'Kode bayar',
  billingHint: 'Tertera pada surat tagihan (SSPD atau SKRD), 15 angka.',
  billingRequired: 'Masukkan kode bayar.',
  billingInvalid: 'Kode bayar harus 15 angka.',
  findIntro: 'Tertera pada SPPT PBB, misalnya 18.03.010.001.001-0001.0.',
  nopLabel: 'NOP (Nomor Objek Pajak)',
  year: 'Tahun pajak',
  allYears: 'Semua tahun yang belum dibayar',
  find: 'Cari tagihan',
  billsHeading: (name = 'PBB-P2') => `Tagihan ${name}`,
  found: (count, total) => (count ? `${count} tagihan belum dibayar, total ${total}.` : 'Tidak ada tagihan yang perlu dibayar.'),
  taxpayer: 'Wajib pajak',
  objectNumber: 'NOP',
  address: 'Letak objek pajak',
  land: 'Luas tanah',
  building: 'Luas bangunan',
  area: (m2) => `${m2.toLocaleString('id-ID')} m²`,
  choose: 'Pilih tagihan yang akan dibayar',
  periodLabel: (period) => (period.length > 4 ? month(period, 'id-ID') : `Tahun ${period}`),
  principal: 'Pokok pajak',
  penalty: (months) => (months ? `Denda (${months} bulan)` : 'Denda'),
  due: 'Jatuh tempo',
  paid: 'Lunas',
  held: 'Menunggu pembayaran lain',
  nothingDue: 'Tidak ada tagihan yang perlu dibayar untuk NOP ini.',
  chooseOne: 'Pilih paling sedikit satu tagihan.',
  total: 'Total yang dibayar',
  totalOf: (count) => `${count} tagihan`,
  validUntil: (when) => `Rincian ini berlaku sampai ${when}. Setelah itu denda bisa bertambah.`,
  requoted: 'Rincian tagihan sudah diperbarui karena batas berlakunya lewat. Periksa lagi jumlahnya, lalu bayar.',
  method: 'Cara bayar',
  qris: 'QRIS',
  qrisHint: 'Pindai dengan aplikasi bank atau dompet digital. Berlaku 30 menit.',
  va: 'Virtual account',
  vaHint: 'Transfer lewat ATM, mobile banking atau teller. Berlaku 24 jam.',
  bank: 'Bank',
  chooseBank: 'Pilih bank untuk virtual account.',
  pay: (amount) => `Bayar ${amount}`,
  otherNop: 'Ganti NOP',
  unanswered: 'Pembayaran Anda sudah dikirim, tetapi jawabannya belum diterima. Kirim ulang: tagihan tidak akan dibayar dua kali.',
  unsent: 'Pembayaran belum terkirim: perangkat ini sedang tidak tersambung ke internet. Pembayaran dikirim otomatis begitu tersambung lagi.',
  payHeading: 'Selesaikan pembayaran',
  code: 'Kode pembayaran',
  qrLabel: (amount) => `Kode QRIS untuk membayar ${amount}`,
  vaNumber: 'Nomor virtual account',
  copied: 'Nomor virtual account tersalin.',
  copyFailed: 'Tidak dapat menyalin. Catat nomornya secara manual.',
  payBefore: (when) => `Bayar sebelum ${when}`,
  left: 'Sisa waktu',
  timeLeft: (minutes) => `Sisa waktu ${minutes} menit.`,
  timeUp: 'Waktu habis. Memeriksa status pembayaran…',
  waiting: 'Menunggu pembayaran. Status diperbarui otomatis.',
  reconnecting: 'Koneksi terputus. Mencoba lagi…',
  paidHeading: 'Pembayaran berhasil',
  receiptTitle: (name = 'PBB-P2') => `Bukti pembayaran ${name}`,
  receiptNumber: 'Nomor bukti bayar',
  paidAt: 'Dibayar pada',
  channel: 'Saluran pembayaran',
  amount: 'Jumlah',
  periods: 'Tahun pajak',
  verification: 'Kode verifikasi',
  verifyQrLabel: (code) => `Kode QR verifikasi ${code}`,
  verifyHint: 'Pindai kode QR ini untuk memeriksa keaslian bukti bayar.',
  payAnother: 'Bayar tagihan lain',
  expiredHeading: 'Waktu pembayaran habis',
  expired: (amount) => `Pembayaran ${amount} tidak diterima sebelum batas waktu. Tagihan Anda belum lunas: buat pembayaran baru untuk melunasinya.`,
  failedHeading: 'Pembayaran gagal',
  failed: (amount) => `Bank menolak pembayaran ${amount}. Tagihan Anda belum lunas: buat pembayaran baru untuk melunasinya.`,
  again: 'Buat pembayaran baru',
};

export const taxPaymentStrings = /* @__PURE__ */ catalog<TaxPaymentStrings>(id, () => import('./tax-payment.strings.en.js').then((m) => m.en));
