import type { QueueTicketStatus } from '@layanan/contract';
import { catalog } from '../internal/locale.js';

/** The texts of `<layanan-queue-ticket>`; the shared ones (loading, errors, optional) are in `translations/`. */
export interface QueueTicketStrings {
  label: string;
  heading: string;
  service: string;
  chooseService: string;
  unknownService: (id: string) => string;
  noServices: string;
  nowServing: (number: string) => string;
  nobodyServed: string;
  waitingToday: (count: number) => string;
  minutesEach: (minutes: number) => string;
  visitDate: string;
  remaining: (count: number) => string;
  full: string;
  closed: string;
  noDays: string;
  name: string;
  nameHint: string;
  phoneHint: string;
  nikHint: string;
  submit: string;
  submitting: string;
  pickDate: (date: string) => string;
  yourNumber: string;
  visitOn: (date: string) => string;
  holder: (name: string, phone: string) => string;
  status: Record<QueueTicketStatus, string>;
  ahead: (count: number) => string;
  estimate: (from: string, to: string) => string;
  called: (counter: string, by: string) => string;
  serving: (counter: string) => string;
  done: string;
  cancelled: string;
  noShow: string;
  rejoinUntil: (time: string) => string;
  rejoin: string;
  expired: string;
  qrLabel: (number: string) => string;
  qrHint: string;
  updatedAt: (time: string) => string;
  offline: string;
  remind: string;
  remindWhen: string;
  remindOn: string;
  remindOff: string;
  remindActive: (count: number) => string;
  remindInPage: string;
  remindTitle: (number: string) => string;
  remindBody: (count: number) => string;
  remindCalled: (number: string, counter: string) => string;
  cancel: string;
  confirmCancel: (number: string) => string;
  confirmYes: string;
  confirmNo: string;
  newTicket: string;
  ticketGone: string;
}

const id: QueueTicketStrings = {
  label: 'Antrean dari rumah',
  heading: 'Ambil nomor antrean',
  service: 'Layanan',
  chooseService: 'Pilih layanan',
  unknownService: (service) => `Layanan "${service}" tidak ada pada instansi ini.`,
  noServices: 'Belum ada layanan yang bisa diantre secara daring.',
  nowServing: (number) => `Sedang dilayani: ${number}`,
  nobodyServed: 'Belum ada nomor yang dipanggil hari ini.',
  waitingToday: (count) => `${count} orang menunggu`,
  minutesEach: (minutes) => `± ${minutes} menit per orang`,
  visitDate: 'Tanggal datang',
  remaining: (count) => `sisa ${count}`,
  full: 'penuh',
  closed: 'tutup',
  noDays: 'Tidak ada hari buka dalam masa pemesanan.',
  name: 'Nama lengkap',
  nameHint: 'Sesuai KTP, untuk dipanggil di loket.',
  phoneHint: 'Untuk menghubungi Anda bila jadwal berubah.',
  nikHint: 'Layanan ini memerlukan NIK pemohon.',
  submit: 'Ambil nomor',
  submitting: 'Mengambil nomor…',
  pickDate: (date) => `Pilih ${date}`,
  yourNumber: 'Nomor antrean Anda',
  visitOn: (date) => `Datang ${date}`,
  holder: (name, phone) => `Atas nama ${name} · ${phone}`,
  status: {
    waiting: 'Menunggu',
    called: 'Dipanggil',
    serving: 'Sedang dilayani',
    done: 'Selesai',
    cancelled: 'Dibatalkan',
    no_show: 'Tidak hadir',
    expired: 'Kedaluwarsa',
  },
  ahead: (count) => (count === 0 ? 'Anda berikutnya.' : `${count} orang lagi sebelum Anda.`),
  estimate: (from, to) => `Perkiraan dipanggil pukul ${from}–${to} WIB.`,
  called: (counter, by) => `Silakan ke ${counter} sekarang dan tunjukkan kode QR sebelum pukul ${by} WIB.`,
  serving: (counter) => `Anda sedang dilayani di ${counter}.`,
  done: 'Layanan selesai. Terima kasih sudah datang.',
  cancelled: 'Nomor ini sudah dibatalkan.',
  noShow: 'Nomor Anda sudah dipanggil, tetapi Anda belum datang ke loket.',
  rejoinUntil: (time) => `Anda boleh masuk antrean lagi satu kali, paling lambat pukul ${time} WIB.`,
  rejoin: 'Antre lagi',
  expired: 'Nomor ini kedaluwarsa karena layanan hari itu sudah tutup.',
  qrLabel: (number) => `Kode QR nomor antrean ${number}`,
  qrHint: 'Tunjukkan kode ini di loket saat dipanggil.',
  updatedAt: (time) => `Diperbarui pukul ${time}`,
  offline: 'Koneksi terputus; nomor diperbarui lagi begitu tersambung.',
  remind: 'Pengingat',
  remindWhen: 'Ingatkan saya saat orang di depan saya tinggal',
  remindOn: 'Nyalakan pengingat',
  remindOff: 'Matikan pengingat',
  remindActive: (count) => `Pengingat menyala: saat tinggal ${count} orang di depan Anda.`,
  remindInPage: 'Notifikasi tidak diizinkan di peramban ini, jadi pengingat muncul di halaman ini. Biarkan halaman tetap terbuka.',
  remindTitle: (number) => `Giliran ${number} hampir tiba`,
  remindBody: (count) => (count === 0 ? 'Anda berikutnya. Segera ke loket.' : `Tinggal ${count} orang di depan Anda. Bersiaplah ke loket.`),
  remindCalled: (number, counter) => `${number} dipanggil ke ${counter}.`,
  cancel: 'Batalkan nomor',
  confirmCancel: (number) => `Batalkan nomor ${number}? Nomor yang dibatalkan tidak bisa dipakai lagi.`,
  confirmYes: 'Ya, batalkan',
  confirmNo: 'Tidak',
  newTicket: 'Ambil nomor baru',
  ticketGone: 'Nomor antrean yang tersimpan di perangkat ini tidak ditemukan lagi. Silakan ambil nomor baru.',
};

export const queueTicketStrings = /* @__PURE__ */ catalog<QueueTicketStrings>(id, () => import('./queue-ticket.strings.en.js').then((m) => m.en));
