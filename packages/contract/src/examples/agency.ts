import type { Agency } from '../resources/agency.js';

/**
 * Kabupaten Lampung Utara, as the reference server is seeded. Also the example response of
 * `GET /v1/agency` in openapi.json (the server writes `logoUrl` against its own origin).
 */
export const agencyExample: Agency = {
  id: 'lampung-utara',
  name: 'Pemerintah Kabupaten Lampung Utara',
  shortName: 'Pemkab Lampung Utara',
  regionCode: '1803',
  logoUrl: 'http://localhost:4010/v1/agency/logo.svg',
  address: {
    street: 'Jl. Jenderal Sudirman No. 1',
    village: 'Kelapa Tujuh',
    district: 'Kotabumi Selatan',
    regency: 'Kabupaten Lampung Utara',
    province: 'Lampung',
    postalCode: '34511',
  },
  contact: {
    phone: '+6272421004',
    whatsapp: '+6281272400123',
    email: 'layanan@lampungutarakab.go.id',
    website: 'https://lampungutarakab.go.id',
  },
  timeZone: 'Asia/Jakarta',
  openingHours: [
    { day: 1, opens: '08:00', closes: '15:30' },
    { day: 2, opens: '08:00', closes: '15:30' },
    { day: 3, opens: '08:00', closes: '15:30' },
    { day: 4, opens: '08:00', closes: '15:30' },
    { day: 5, opens: '08:00', closes: '11:30' },
  ],
  locales: ['id', 'en'],
  defaultLocale: 'id',
  units: [
    { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil' },
    { id: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', shortName: 'DPMPTSP' },
    { id: 'bapenda', name: 'Badan Pendapatan Daerah', shortName: 'Bapenda' },
  ],
};
