import type { ComplaintCategory } from '@layanan/contract';
import type { ComplaintRecord, ComplaintState } from './model.js';

const PUPR = { id: 'dinas-pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' };
const DLH = { id: 'dlh', name: 'Dinas Lingkungan Hidup' };
const INSPEKTORAT = { id: 'inspektorat', name: 'Inspektorat Kabupaten' };
const ORTALA = { id: 'bagian-organisasi', name: 'Bagian Organisasi Setdakab' };
const DISDUKCAPIL = { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' };

export const COMPLAINT_CATEGORIES: ComplaintCategory[] = [
  { id: 'infrastruktur', parentId: null, name: 'Infrastruktur', description: 'Jalan, jembatan, drainase dan penerangan.', unit: PUPR },
  { id: 'jalan-rusak', parentId: 'infrastruktur', name: 'Jalan rusak', description: 'Jalan kabupaten berlubang, amblas atau tergenang.', unit: PUPR },
  { id: 'drainase', parentId: 'infrastruktur', name: 'Drainase dan banjir', description: 'Saluran tersumbat, genangan dan banjir.', unit: PUPR },
  { id: 'lingkungan', parentId: null, name: 'Lingkungan', description: 'Sampah, pencemaran dan kebersihan.', unit: DLH },
  { id: 'sampah', parentId: 'lingkungan', name: 'Sampah tidak terangkut', description: 'Sampah rumah tangga atau pasar tidak diangkut.', unit: DLH },
  { id: 'pelayanan-publik', parentId: null, name: 'Pelayanan publik', description: 'Kualitas layanan kantor pemerintah.', unit: ORTALA },
  { id: 'layanan-lambat', parentId: 'pelayanan-publik', name: 'Layanan lambat atau berbelit', description: 'Antrean lama, persyaratan tidak jelas.', unit: ORTALA },
  { id: 'adminduk', parentId: 'pelayanan-publik', name: 'Administrasi kependudukan', description: 'KTP-el, Kartu Keluarga, akta.', unit: DISDUKCAPIL },
  { id: 'pungli', parentId: null, name: 'Pungutan liar dan penyalahgunaan wewenang', description: 'Permintaan uang di luar ketentuan, penyalahgunaan dana.', unit: INSPEKTORAT },
];

const at = (iso: string) => Date.parse(iso);

/** Three complaints every fresh reference server has, one per privacy level (their codes are fixtures). */
export function seedComplaints(): ComplaintState {
  const complaints: ComplaintRecord[] = [
    {
      code: 'JXN7K-ABS2Q-R4WMP',
      categoryId: 'jalan-rusak',
      title: 'Jalan berlubang di Jl. Lintas Sumatera, Abung Selatan',
      description: 'Lubang besar sekitar 1 meter di depan SDN 2 Kalibalangan, sudah dua minggu. Sudah ada pengendara motor yang jatuh.',
      location: { text: 'Jl. Lintas Sumatera depan SDN 2 Kalibalangan, Abung Selatan', lat: -4.8861, lng: 104.9372 },
      photoIds: [],
      privacy: 'public',
      reporter: { name: 'Agus Pratama', phone: '+6281377700123' },
      status: 'resolved',
      submittedAt: at('2026-11-18T07:42:00+07:00'),
      updatedAt: at('2026-11-27T14:05:00+07:00'),
      verifiedAt: at('2026-11-18T10:15:00+07:00'),
      resolvedAt: at('2026-11-27T14:05:00+07:00'),
      reopened: false,
      timeline: [
        { status: 'received', at: at('2026-11-18T07:42:00+07:00'), note: null },
        { status: 'verified', at: at('2026-11-18T10:15:00+07:00'), note: 'Diteruskan ke Dinas PUPR.' },
        { status: 'in_progress', at: at('2026-11-20T09:00:00+07:00'), note: 'Tim pemeliharaan dijadwalkan.' },
        { status: 'resolved', at: at('2026-11-27T14:05:00+07:00'), note: 'Lubang sudah ditambal.' },
      ],
      messages: [
        { at: at('2026-11-18T10:15:00+07:00'), author: 'agency', message: 'Terima kasih. Laporan diverifikasi dan diteruskan ke Dinas PUPR.' },
        { at: at('2026-11-27T14:05:00+07:00'), author: 'agency', message: 'Penambalan selesai pada 27 November. Mohon konfirmasi jika masih ada kerusakan.' },
      ],
      autoFlow: false,
    },
    {
      code: 'PNG3X-KMT8R-Q2HZW',
      categoryId: 'pungli',
      title: 'Diminta uang tambahan saat mengurus surat pindah',
      description: 'Petugas di kantor kecamatan meminta Rp 100.000 agar surat pindah cepat selesai, padahal layanan ini gratis.',
      location: { text: 'Kantor Kecamatan Kotabumi Utara' },
      photoIds: [],
      privacy: 'anonymous',
      reporter: { name: 'Rina Sari', email: 'rina.sari@example.id' },
      status: 'in_progress',
      submittedAt: at('2026-11-25T19:20:00+07:00'),
      updatedAt: at('2026-11-27T08:30:00+07:00'),
      verifiedAt: at('2026-11-26T09:00:00+07:00'),
      reopened: false,
      timeline: [
        { status: 'received', at: at('2026-11-25T19:20:00+07:00'), note: null },
        { status: 'verified', at: at('2026-11-26T09:00:00+07:00'), note: 'Diteruskan ke Inspektorat.' },
        { status: 'in_progress', at: at('2026-11-27T08:30:00+07:00'), note: 'Inspektorat melakukan klarifikasi.' },
      ],
      messages: [{ at: at('2026-11-27T08:30:00+07:00'), author: 'agency', message: 'Inspektorat sedang melakukan klarifikasi ke kantor kecamatan.' }],
      autoFlow: false,
    },
    {
      code: 'DNA4Q-W7TKP-M3XRB',
      categoryId: 'pungli',
      title: 'Dugaan penyalahgunaan dana desa',
      description: 'Pembangunan balai desa yang dianggarkan tahun ini tidak pernah dimulai, tetapi laporan realisasi menyebut selesai.',
      location: { text: 'Desa di Kecamatan Bukit Kemuning' },
      photoIds: [],
      privacy: 'confidential',
      reporter: { name: 'Hendra Wijaya', phone: '+6285266600777' },
      status: 'verified',
      submittedAt: at('2026-11-27T16:10:00+07:00'),
      updatedAt: at('2026-11-30T08:45:00+07:00'),
      verifiedAt: at('2026-11-30T08:45:00+07:00'),
      reopened: false,
      timeline: [
        { status: 'received', at: at('2026-11-27T16:10:00+07:00'), note: null },
        { status: 'verified', at: at('2026-11-30T08:45:00+07:00'), note: 'Diteruskan ke Inspektorat.' },
      ],
      messages: [],
      autoFlow: false,
    },
  ];
  return { complaints: new Map(complaints.map((c) => [c.code, c])), uploads: new Map() };
}
