import type { FormField, PermitType, RegionDistricts } from '@layanan/contract';
import type { ApplicationRecord, PermitState } from './model.js';

const t = (id: string, en: string) => ({ id, en });

/** Kabupaten Lampung Utara's kecamatan with some of their desa/kelurahan (the address field's choices). */
export const LAMPUNG_UTARA_REGIONS: RegionDistricts = [
  { id: 'kotabumi', name: 'Kotabumi', villages: [{ id: 'kotabumi-ilir', name: 'Kotabumi Ilir' }, { id: 'kotabumi-tengah', name: 'Kotabumi Tengah' }, { id: 'sindang-sari', name: 'Sindang Sari' }, { id: 'tanjung-aman', name: 'Tanjung Aman' }] },
  { id: 'kotabumi-selatan', name: 'Kotabumi Selatan', villages: [{ id: 'kelapa-tujuh', name: 'Kelapa Tujuh' }, { id: 'tanjung-harapan', name: 'Tanjung Harapan' }, { id: 'mulang-maya', name: 'Mulang Maya' }] },
  { id: 'kotabumi-utara', name: 'Kotabumi Utara', villages: [{ id: 'madukoro', name: 'Madukoro' }, { id: 'kali-cinta', name: 'Kali Cinta' }] },
  { id: 'abung-selatan', name: 'Abung Selatan', villages: [{ id: 'kalibalangan', name: 'Kalibalangan' }, { id: 'bandar-putih', name: 'Bandar Putih' }, { id: 'kembang-tanjung', name: 'Kembang Tanjung' }] },
  { id: 'abung-barat', name: 'Abung Barat', villages: [{ id: 'ogan-lima', name: 'Ogan Lima' }, { id: 'pengaringan', name: 'Pengaringan' }] },
  { id: 'bukit-kemuning', name: 'Bukit Kemuning', villages: [{ id: 'bukit-kemuning', name: 'Bukit Kemuning' }, { id: 'tanjung-baru', name: 'Tanjung Baru' }, { id: 'dwikora', name: 'Dwikora' }] },
  { id: 'sungkai-selatan', name: 'Sungkai Selatan', villages: [{ id: 'ketapang', name: 'Ketapang' }, { id: 'negara-ratu', name: 'Negara Ratu' }] },
  { id: 'tanjung-raja', name: 'Tanjung Raja', villages: [{ id: 'tanjung-raja', name: 'Tanjung Raja' }, { id: 'merambung', name: 'Merambung' }] },
];

const applicant: FormField[] = [
  { id: 'fullName', type: 'text', label: t('Nama lengkap sesuai KTP', 'Full name as on the ID card'), required: true, minLength: 3, maxLength: 100 },
  { id: 'nik', type: 'nik', label: t('NIK', 'NIK (national ID number)'), required: true },
  { id: 'phone', type: 'phone', label: t('Nomor HP', 'Mobile number'), required: true, help: t('Untuk kabar status permohonan lewat SMS/WhatsApp.', 'For status updates by SMS/WhatsApp.') },
  { id: 'email', type: 'email', label: t('Surel', 'Email'), required: false },
];

const yesNo = [
  { value: 'ya', label: t('Ya', 'Yes') },
  { value: 'tidak', label: t('Tidak', 'No') },
];

const declaration: FormField = {
  id: 'declaration',
  type: 'checkbox',
  label: t('Saya menyatakan data yang saya isi benar dan dapat dipertanggungjawabkan.', 'I declare that the information I gave is true.'),
  required: true,
};

/** Four permits of DPMPTSP Lampung Utara whose forms use every field type and rule between them. */
export const PERMIT_TYPES: PermitType[] = [
  {
    id: 'izin-usaha-mikro',
    unitId: 'dpmptsp',
    name: t('Izin Usaha Mikro dan Kecil', 'Micro and Small Business Permit'),
    description: t('Perizinan berusaha untuk usaha mikro dan kecil dengan modal sampai Rp 5 miliar.', 'A business permit for micro and small businesses with capital up to Rp 5 billion.'),
    requirements: [t('KTP-el pemilik usaha', "The owner's KTP-el"), t('Foto tempat usaha', 'A photo of the premises')],
    fee: 0,
    serviceLevelDays: 3,
    form: {
      version: 1,
      steps: [
        { id: 'pemohon', title: t('Data pemohon', 'Applicant'), fields: [...applicant, { id: 'npwp', type: 'npwp', label: t('NPWP (jika ada)', 'NPWP (if any)') }] },
        {
          id: 'usaha',
          title: t('Data usaha', 'Business'),
          fields: [
            { id: 'businessName', type: 'text', label: t('Nama usaha', 'Business name'), required: true, minLength: 3, maxLength: 80 },
            {
              id: 'sector',
              type: 'select',
              label: t('Bidang usaha', 'Sector'),
              required: true,
              options: [
                { value: 'kuliner', label: t('Kuliner', 'Food and drink') },
                { value: 'perdagangan', label: t('Perdagangan', 'Trade') },
                { value: 'pertanian', label: t('Pertanian dan perkebunan', 'Farming') },
                { value: 'jasa', label: t('Jasa', 'Services') },
              ],
            },
            { id: 'address', type: 'address', label: t('Alamat usaha', 'Business address'), required: true },
            { id: 'capital', type: 'money', label: t('Modal usaha (Rp)', 'Capital (Rp)'), required: true, min: 1, max: 5_000_000_000 },
            { id: 'employees', type: 'number', label: t('Jumlah tenaga kerja', 'Employees'), required: true, min: 0, max: 300 },
            { id: 'startDate', type: 'date', label: t('Mulai beroperasi', 'Operating since'), required: true, max: 'today' },
            { id: 'hasPremises', type: 'radio', label: t('Punya tempat usaha tetap?', 'Fixed premises?'), required: true, options: yesNo },
            {
              id: 'premisesStatus',
              type: 'select',
              label: t('Status tempat usaha', 'Premises are'),
              required: true,
              options: [
                { value: 'milik', label: t('Milik sendiri', 'Owned') },
                { value: 'sewa', label: t('Sewa', 'Rented') },
              ],
              visibleWhen: { field: 'hasPremises', in: ['ya'] },
            },
            {
              id: 'premisesPhoto',
              type: 'file',
              label: t('Foto tempat usaha', 'Photo of the premises'),
              required: true,
              accept: ['image/jpeg', 'image/png', 'image/webp'],
              maxSizeBytes: 2 * 1024 * 1024,
              visibleWhen: { field: 'hasPremises', in: ['ya'] },
            },
            { id: 'activity', type: 'textarea', label: t('Uraian kegiatan usaha', 'What the business does'), required: true, minLength: 20, maxLength: 1000 },
          ],
        },
        { id: 'pernyataan', title: t('Pernyataan', 'Declaration'), fields: [declaration] },
      ],
    },
  },
  {
    id: 'persetujuan-bangunan-gedung',
    unitId: 'dpmptsp',
    name: t('Persetujuan Bangunan Gedung (PBG)', 'Building Approval (PBG)'),
    description: t('Persetujuan untuk membangun baru, mengubah atau memperluas bangunan gedung.', 'Approval to build, alter or extend a building.'),
    requirements: [t('Sertifikat tanah', 'Land certificate'), t('Gambar rencana teknis (PDF)', 'Technical drawings (PDF)')],
    fee: 750_000,
    serviceLevelDays: 14,
    form: {
      version: 2,
      steps: [
        { id: 'pemohon', title: t('Data pemohon', 'Applicant'), fields: applicant },
        {
          id: 'bangunan',
          title: t('Data bangunan', 'Building'),
          fields: [
            {
              id: 'function',
              type: 'radio',
              label: t('Fungsi bangunan', 'Use'),
              required: true,
              options: [
                { value: 'hunian', label: t('Hunian', 'Housing') },
                { value: 'usaha', label: t('Usaha', 'Business') },
                { value: 'sosial', label: t('Sosial budaya', 'Social and cultural') },
              ],
            },
            { id: 'floors', type: 'number', label: t('Jumlah lantai', 'Floors'), required: true, min: 1, max: 8 },
            { id: 'floorArea', type: 'number', label: t('Luas lantai total (m²)', 'Total floor area (m²)'), required: true, min: 9, max: 20_000 },
            {
              id: 'certificateNumber',
              type: 'text',
              label: t('Nomor sertifikat tanah', 'Land certificate number'),
              required: true,
              pattern: '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{5}',
              patternMessage: t('Tulis seperti pada sertifikat, misalnya 08.03.01.02.1.00456.', 'As on the certificate, e.g. 08.03.01.02.1.00456.'),
            },
            { id: 'location', type: 'address', label: t('Lokasi bangunan', 'Building site'), required: true },
            { id: 'drawings', type: 'file', label: t('Gambar rencana teknis', 'Technical drawings'), required: true, accept: ['application/pdf'], maxSizeBytes: 5 * 1024 * 1024 },
            { id: 'estimatedCost', type: 'money', label: t('Perkiraan biaya pembangunan (Rp)', 'Estimated building cost (Rp)'), min: 0 },
          ],
        },
        { id: 'pernyataan', title: t('Pernyataan', 'Declaration'), fields: [declaration] },
      ],
    },
  },
  {
    id: 'izin-reklame',
    unitId: 'dpmptsp',
    name: t('Izin Penyelenggaraan Reklame', 'Advertising Permit'),
    description: t('Izin memasang papan reklame, spanduk atau baliho.', 'A permit for billboards, banners and signs.'),
    requirements: [t('Desain reklame', 'The design')],
    fee: 150_000,
    serviceLevelDays: 5,
    form: {
      version: 1,
      steps: [
        { id: 'pemohon', title: t('Data pemohon', 'Applicant'), fields: [...applicant.slice(0, 3), { id: 'company', type: 'text', label: t('Nama perusahaan (jika ada)', 'Company (if any)'), maxLength: 100 }] },
        {
          id: 'reklame',
          title: t('Data reklame', 'The sign'),
          fields: [
            {
              id: 'kind',
              type: 'select',
              label: t('Jenis reklame', 'Kind'),
              required: true,
              options: [
                { value: 'papan', label: t('Papan/billboard', 'Billboard') },
                { value: 'spanduk', label: t('Spanduk', 'Banner') },
                { value: 'neon', label: t('Neon box', 'Light box') },
              ],
            },
            { id: 'widthMeters', type: 'number', label: t('Lebar (m)', 'Width (m)'), required: true, min: 0.5, max: 20 },
            { id: 'heightMeters', type: 'number', label: t('Tinggi (m)', 'Height (m)'), required: true, min: 0.5, max: 10 },
            { id: 'months', type: 'number', label: t('Lama pemasangan (bulan)', 'Duration (months)'), required: true, min: 1, max: 12 },
            { id: 'installDate', type: 'date', label: t('Tanggal pemasangan', 'Installation date'), required: true, min: 'today' },
            { id: 'lit', type: 'radio', label: t('Memakai lampu?', 'Lit?'), required: true, options: yesNo },
            { id: 'powerSource', type: 'text', label: t('Sumber listrik', 'Power source'), required: true, maxLength: 60, visibleWhen: { field: 'lit', in: ['ya'] } },
            { id: 'site', type: 'address', label: t('Lokasi pemasangan', 'Site'), required: true },
            { id: 'design', type: 'file', label: t('Desain reklame', 'Design'), required: true, accept: ['image/jpeg', 'image/png', 'application/pdf'], maxSizeBytes: 3 * 1024 * 1024 },
          ],
        },
        { id: 'pernyataan', title: t('Pernyataan', 'Declaration'), fields: [declaration] },
      ],
    },
  },
  {
    id: 'sip-tenaga-kesehatan',
    unitId: 'dpmptsp',
    name: t('Surat Izin Praktik Tenaga Kesehatan', "Health Worker's Practice Permit"),
    description: t('Izin praktik bagi dokter, bidan, perawat dan tenaga kesehatan lain.', 'A practice permit for doctors, midwives, nurses and other health workers.'),
    requirements: [t('STR yang masih berlaku', 'A valid registration certificate (STR)'), t('Surat keterangan tempat praktik', 'A letter from the practice')],
    fee: 0,
    serviceLevelDays: 5,
    form: {
      version: 1,
      steps: [
        { id: 'pemohon', title: t('Data pemohon', 'Applicant'), fields: [...applicant.slice(0, 3), { ...applicant[3]!, required: true }, { id: 'npwp', type: 'npwp', label: t('NPWP', 'NPWP'), required: true }] },
        {
          id: 'praktik',
          title: t('Data praktik', 'Practice'),
          fields: [
            {
              id: 'profession',
              type: 'select',
              label: t('Profesi', 'Profession'),
              required: true,
              options: [
                { value: 'dokter', label: t('Dokter', 'Doctor') },
                { value: 'dokter-gigi', label: t('Dokter gigi', 'Dentist') },
                { value: 'bidan', label: t('Bidan', 'Midwife') },
                { value: 'perawat', label: t('Perawat', 'Nurse') },
              ],
            },
            { id: 'strNumber', type: 'text', label: t('Nomor STR', 'STR number'), required: true, pattern: '\\d{16}', patternMessage: t('STR terdiri dari 16 angka.', 'An STR number has 16 digits.') },
            { id: 'strValidUntil', type: 'date', label: t('STR berlaku sampai', 'STR valid until'), required: true, min: 'today' },
            { id: 'practicePlace', type: 'text', label: t('Nama tempat praktik', 'Practice name'), required: true, maxLength: 120 },
            { id: 'practiceAddress', type: 'address', label: t('Alamat tempat praktik', 'Practice address'), required: true },
            {
              id: 'days',
              type: 'checkbox',
              label: t('Hari praktik', 'Practice days'),
              required: true,
              options: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'].map((d, i) => ({
                value: d,
                label: t(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'][i]!, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][i]!),
              })),
            },
            { id: 'otherPractices', type: 'number', label: t('Jumlah tempat praktik lain', 'Other practices'), required: true, min: 0, max: 2, help: t('Paling banyak tiga tempat praktik.', 'At most three practices in all.') },
            { id: 'placeLetter', type: 'file', label: t('Surat keterangan tempat praktik', 'Letter from the practice'), required: true, accept: ['application/pdf', 'image/jpeg'], maxSizeBytes: 2 * 1024 * 1024 },
          ],
        },
        { id: 'pernyataan', title: t('Pernyataan', 'Declaration'), fields: [declaration] },
      ],
    },
  },
];

/** Two drafts every fresh reference server has (the contract's examples use their resume codes): one incomplete, one ready to submit. */
export function seedPermits(): PermitState {
  const created = Date.parse('2026-11-28T20:15:00+07:00');
  const draft: ApplicationRecord = {
    code: 'PRM7K-D2AFT-Q9WXZ',
    typeId: 'izin-usaha-mikro',
    status: 'draft',
    version: 3,
    answers: {
      fullName: 'Ahmad Saputra',
      nik: '1803051203900002',
      phone: '+6281377712345',
      businessName: 'Bengkel Motor Saputra',
      sector: 'jasa',
    },
    timeline: [{ status: 'draft', at: created, note: null }],
    officerNote: null,
    createdAt: created,
    updatedAt: Date.parse('2026-11-29T07:40:00+07:00'),
    autoFlow: true,
  };
  const complete: ApplicationRecord = {
    ...structuredClone(draft),
    code: 'PRM4X-C9MPT-W2HQZ',
    version: 7,
    answers: {
      fullName: 'Lestari Wijaya',
      nik: '1803054101950003',
      phone: '+6285266601234',
      businessName: 'Kopi Bubuk Lestari',
      sector: 'kuliner',
      address: { districtId: 'abung-barat', villageId: 'ogan-lima', street: 'Jl. Raya Ogan Lima No. 2' },
      capital: 8_000_000,
      employees: 1,
      startDate: '2023-06-01',
      hasPremises: 'tidak',
      activity: 'Menyangrai dan menggiling kopi robusta Lampung, dijual dalam kemasan 250 gram.',
      declaration: true,
    },
  };
  return { applications: new Map([[draft.code, draft], [complete.code, complete]]) };
}
