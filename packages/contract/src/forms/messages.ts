type Text = { id: string; en: string };

/** What the shared validator says, in both languages; `{n}` is replaced by the rule's number or date. */
export const formMessages = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  must_accept: { id: 'Centang untuk melanjutkan.', en: 'Tick this to continue.' },
  too_short: { id: 'Paling sedikit {n} karakter.', en: 'At least {n} characters.' },
  too_long: { id: 'Paling banyak {n} karakter.', en: 'At most {n} characters.' },
  too_small: { id: 'Paling kecil {n}.', en: 'At least {n}.' },
  too_large: { id: 'Paling besar {n}.', en: 'At most {n}.' },
  not_a_number: { id: 'Isi dengan angka.', en: 'Enter a number.' },
  not_whole_rupiah: { id: 'Isi jumlah rupiah tanpa desimal.', en: 'Enter whole rupiah, without decimals.' },
  invalid_date: { id: 'Tanggal tidak valid.', en: 'Not a valid date.' },
  date_too_early: { id: 'Paling awal {n}.', en: 'No earlier than {n}.' },
  date_too_late: { id: 'Paling lambat {n}.', en: 'No later than {n}.' },
  invalid_option: { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options.' },
  pattern: { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  invalid_email: { id: 'Alamat surel tidak valid, contoh: nama@contoh.id.', en: 'Not a valid email address, e.g. name@example.id.' },
  invalid_phone: { id: 'Nomor telepon tidak valid, contoh: 0812 3456 7890.', en: 'Not a valid phone number, e.g. 0812 3456 7890.' },
  nik_length: { id: 'NIK harus 16 angka.', en: 'A NIK has 16 digits.' },
  nik_region: { id: 'Kode wilayah pada NIK tidak dikenal.', en: 'The region code of this NIK does not exist.' },
  nik_birth_date: { id: 'Tanggal lahir pada NIK tidak mungkin.', en: 'The birth date in this NIK is impossible.' },
  nik_serial: { id: 'Nomor urut NIK tidak valid.', en: 'The serial number of this NIK is invalid.' },
  nop_invalid: { id: 'NOP harus 18 angka, seperti 18.03.010.001.001-0001.0.', en: 'A NOP has 18 digits, like 18.03.010.001.001-0001.0.' },
  npwp_length: { id: 'NPWP harus 15 atau 16 angka.', en: 'An NPWP has 15 or 16 digits.' },
  npwp_check_digit: { id: 'Angka pemeriksa NPWP salah; periksa kembali.', en: 'The NPWP check digit is wrong; check the number.' },
  npwp_nik: { id: 'NPWP 16 angka harus berupa NIK yang valid.', en: 'A 16-digit NPWP must be a valid NIK.' },
  file_type: { id: 'Jenis berkas tidak diterima.', en: 'This file type is not accepted.' },
  file_too_large: { id: 'Berkas paling besar {n}.', en: 'The file may be at most {n}.' },
  invalid_address: { id: 'Pilih kecamatan dan desa, lalu isi alamat jalan.', en: 'Choose the district and village, then fill in the street address.' },
  wrong_type: { id: 'Isian tidak sesuai.', en: 'This answer does not fit the field.' },
} satisfies Record<string, Text>;

export type FormErrorCode = keyof typeof formMessages;
