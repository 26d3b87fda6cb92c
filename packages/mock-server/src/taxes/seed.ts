import { buildQrisPayload, type TaxType } from '@layanan/contract';
import type { PaymentRecord, TaxObjectRecord, TaxState } from './model.js';

const BANKS = [
  { id: 'bank-lampung', name: 'Bank Lampung' },
  { id: 'bri', name: 'BRI' },
  { id: 'bni', name: 'BNI' },
  { id: 'mandiri', name: 'Bank Mandiri' },
];

export const TAX_TYPES: TaxType[] = [
  {
    id: 'pbb-p2',
    name: 'Pajak Bumi dan Bangunan Perdesaan dan Perkotaan',
    shortName: 'PBB-P2',
    description: 'Pajak tahunan atas tanah dan bangunan. Cari dengan NOP pada SPPT.',
    lookup: 'nop_year',
    penalty: { monthlyPercent: 1, maxMonths: 24 },
    methods: ['qris', 'virtual_account'],
    banks: BANKS,
  },
  {
    id: 'bphtb',
    name: 'Bea Perolehan Hak atas Tanah dan Bangunan',
    shortName: 'BPHTB',
    description: 'Bea atas jual beli, hibah atau waris tanah dan bangunan. Cari dengan kode bayar dari PPAT.',
    lookup: 'billing_code',
    penalty: { monthlyPercent: 1, maxMonths: 24 },
    methods: ['qris', 'virtual_account'],
    banks: BANKS,
  },
  {
    id: 'retribusi-sampah',
    name: 'Retribusi Pelayanan Persampahan',
    shortName: 'Retribusi Sampah',
    description: 'Retribusi bulanan pengangkutan sampah rumah tangga dan usaha. Cari dengan kode bayar pada tagihan.',
    lookup: 'billing_code',
    penalty: { monthlyPercent: 2, maxMonths: 24 },
    methods: ['qris', 'virtual_account'],
    banks: BANKS,
  },
];

/** A paid payment present on every fresh reference server (the contract's examples use it). */
export const SEEDED_PAYMENT: PaymentRecord = {
  code: 'R7K2M-PB4QX-9HDTW',
  status: 'paid',
  taxTypeId: 'pbb-p2',
  objectNumber: '180303000200701020',
  bills: [{ id: 'PBB-180303000200701020-2026', period: '2026', amount: 318_000 }],
  amount: 318_000,
  method: 'qris',
  qrisPayload: buildQrisPayload({ merchantName: 'BAPENDA LAMPUNG UTARA', merchantCity: 'KOTABUMI', merchantId: 'ID1026180300001', acquirer: 'ID.CO.BANKLAMPUNG.WWW', amount: 318_000, reference: 'R7K2MPB4QX9HDTW' }),
  createdAt: Date.parse('2026-08-20T10:12:00+07:00'),
  expiresAt: Date.parse('2026-08-20T10:42:00+07:00'),
  receipt: {
    receiptNumber: 'BAPENDA-LU/2026/08/000412',
    paidAt: '2026-08-20T10:14:00+07:00',
    paidAtMs: Date.parse('2026-08-20T10:14:00+07:00'),
    channel: 'QRIS',
    verificationCode: 'VXRFY-K2M7P-QH4TW',
  },
};

const pbb = (nop: string, name: string, address: string, land: number, building: number, years: Array<[number, number, boolean | string]>): TaxObjectRecord => ({
  taxTypeId: 'pbb-p2',
  objectNumber: nop,
  taxpayerName: name,
  objectAddress: address,
  landArea: land,
  buildingArea: building,
  bills: years.map(([year, principal, paid]) => ({
    id: `PBB-${nop}-${year}`,
    year,
    period: String(year),
    principal,
    dueDate: `${year}-08-31`,
    ...(paid ? { paidBy: typeof paid === 'string' ? paid : 'seed' } : {}),
  })),
});

/** Ready-to-try values (also `GET /v1/_mock/samples` and the README). */
export const TAX_SAMPLES = [
  { what: 'PBB-P2, one unpaid year (2026, three months late)', taxTypeId: 'pbb-p2', objectNumber: '180301000100100010' },
  { what: 'PBB-P2, arrears since 2021 (the oldest at the 24-month cap)', taxTypeId: 'pbb-p2', objectNumber: '180302000501200340' },
  { what: 'PBB-P2, fully paid', taxTypeId: 'pbb-p2', objectNumber: '180303000200701020' },
  { what: 'BPHTB, not yet due', taxTypeId: 'bphtb', objectNumber: '180326110000123' },
  { what: 'Retribusi sampah, October and November', taxTypeId: 'retribusi-sampah', objectNumber: '180326120004567' },
];

export function seedTaxes(): TaxState {
  return {
    types: structuredClone(TAX_TYPES),
    objects: [
      pbb('180301000100100010', 'Siti Aminah', 'Jl. Pemuda No. 14, Kelapa Tujuh, Kotabumi Selatan', 180, 72, [
        [2024, 245_000, true],
        [2025, 252_000, true],
        [2026, 260_000, false],
      ]),
      pbb('180302000501200340', 'Ahmad Saputra', 'Jl. Lintas Sumatera Km 5, Bandar Putih, Abung Selatan', 1_250, 96, [
        [2021, 410_000, false],
        [2022, 418_000, false],
        [2023, 425_000, false],
        [2024, 433_000, false],
        [2025, 441_000, false],
        [2026, 450_000, false],
      ]),
      pbb('180303000200701020', 'Dewi Rahayu', 'Jl. Raya Bukit Kemuning No. 3, Bukit Kemuning', 300, 120, [
        [2025, 310_000, true],
        [2026, 318_000, SEEDED_PAYMENT.code],
      ]),
      {
        taxTypeId: 'bphtb',
        objectNumber: '180326110000123',
        taxpayerName: 'Budi Santoso',
        objectAddress: 'Jl. Alamsyah Ratu Prawiranegara No. 8, Kotabumi',
        landArea: null,
        buildingArea: null,
        bills: [{ id: 'BPHTB-180326110000123', year: 2026, period: '2026', principal: 12_500_000, dueDate: '2026-12-07' }],
      },
      {
        taxTypeId: 'retribusi-sampah',
        objectNumber: '180326120004567',
        taxpayerName: 'Warung Makan Rina',
        objectAddress: 'Jl. Kapten Tendean No. 21, Kotabumi',
        landArea: null,
        buildingArea: null,
        bills: [
          { id: 'RS-180326120004567-2026-10', year: 2026, period: '2026-10', principal: 25_000, dueDate: '2026-10-15' },
          { id: 'RS-180326120004567-2026-11', year: 2026, period: '2026-11', principal: 25_000, dueDate: '2026-11-15' },
        ],
      },
    ],
    // Dewi Rahayu paid her 2026 PBB-P2 by QRIS in August: a receipt every fresh server can show.
    payments: new Map([[SEEDED_PAYMENT.code, structuredClone(SEEDED_PAYMENT)]]),
    autoSettleMs: null,
    receiptSerial: 0,
  };
}
