import type { CreatePaymentRequest, Payment, ReceiptVerification, TaxBillQuote, TaxType } from '../resources/taxes.js';

// What the freshly seeded reference server answers (clock at Monday 30 November 2026, 09:00 WIB).

/** The first tax type of `GET /v1/taxes/types`. */
export const taxTypeExample: TaxType = {
  "id": "pbb-p2",
  "name": "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
  "shortName": "PBB-P2",
  "description": "Pajak tahunan atas tanah dan bangunan. Cari dengan NOP pada SPPT.",
  "lookup": "nop_year",
  "penalty": {
    "monthlyPercent": 1,
    "maxMonths": 24
  },
  "methods": [
    "qris",
    "virtual_account"
  ],
  "banks": [
    {
      "id": "bank-lampung",
      "name": "Bank Lampung"
    },
    {
      "id": "bri",
      "name": "BRI"
    },
    {
      "id": "bni",
      "name": "BNI"
    },
    {
      "id": "mandiri",
      "name": "Bank Mandiri"
    }
  ]
};

/** `GET /v1/taxes/bills?type=pbb-p2&objectNumber=180301000100100010`: 2026 unpaid, three months late. */
export const taxBillQuoteExample: TaxBillQuote = {
  "quoteId": "Q1-pbb-p2-180301000100100010-202611300900",
  "validUntil": "2026-11-30T23:59:59+07:00",
  "taxTypeId": "pbb-p2",
  "objectNumber": "180301000100100010",
  "taxpayerName": "Si** Am****",
  "objectAddress": "Jl. Pemuda No. 14, Kelapa Tujuh, Kotabumi Selatan",
  "landArea": 180,
  "buildingArea": 72,
  "bills": [
    {
      "id": "PBB-180301000100100010-2026",
      "year": 2026,
      "period": "2026",
      "principal": 260000,
      "penalty": 7800,
      "penaltyMonths": 3,
      "total": 267800,
      "dueDate": "2026-08-31",
      "status": "unpaid"
    }
  ]
};

export const createPaymentRequestExample: CreatePaymentRequest = {
  quoteId: 'Q1-pbb-p2-180301000100100010-202611300900',
  billIds: ['PBB-180301000100100010-2026'],
  method: 'qris',
};

/** The answer to {@link createPaymentRequestExample} (its code, payload and times differ on each call). */
export const createdPaymentExample: Payment = {
  "code": "KBDDB-9QE9M-4VFKV",
  "status": "pending",
  "amount": 267800,
  "taxTypeId": "pbb-p2",
  "objectNumber": "180301000100100010",
  "bills": [
    {
      "id": "PBB-180301000100100010-2026",
      "period": "2026",
      "amount": 267800
    }
  ],
  "method": "qris",
  "qrisPayload": "00020101021226510021ID.CO.BANKLAMPUNG.WWW0115ID10261803000010303UMI51440014ID.CO.QRIS.WWW0215ID10261803000010303UMI52049311530336054062678005802ID5921BAPENDA LAMPUNG UTARA6008KOTABUMI62190115KBDDB9QE9M4VFKV6304661F",
  "virtualAccount": null,
  "instructions": [
    "Buka aplikasi bank atau dompet digital yang mendukung QRIS.",
    "Pindai kode QR ini.",
    "Pastikan jumlahnya Rp 267.800 dan penerimanya Bapenda Lampung Utara, lalu bayar."
  ],
  "createdAt": "2026-11-30T09:00:00+07:00",
  "expiresAt": "2026-11-30T09:30:00+07:00",
  "receipt": null
};

/** A seeded payment, paid in August: `GET /v1/taxes/payments/R7K2M-PB4QX-9HDTW`. */
export const paidPaymentExample: Payment = {
  "code": "R7K2M-PB4QX-9HDTW",
  "status": "paid",
  "amount": 318000,
  "taxTypeId": "pbb-p2",
  "objectNumber": "180303000200701020",
  "bills": [
    {
      "id": "PBB-180303000200701020-2026",
      "period": "2026",
      "amount": 318000
    }
  ],
  "method": "qris",
  "qrisPayload": "00020101021226510021ID.CO.BANKLAMPUNG.WWW0115ID10261803000010303UMI51440014ID.CO.QRIS.WWW0215ID10261803000010303UMI52049311530336054063180005802ID5921BAPENDA LAMPUNG UTARA6008KOTABUMI62190115R7K2MPB4QX9HDTW63049B80",
  "virtualAccount": null,
  "instructions": [],
  "createdAt": "2026-08-20T10:12:00+07:00",
  "expiresAt": "2026-08-20T10:42:00+07:00",
  "receipt": {
    "receiptNumber": "BAPENDA-LU/2026/08/000412",
    "paidAt": "2026-08-20T10:14:00+07:00",
    "channel": "QRIS",
    "verificationCode": "VXRFY-K2M7P-QH4TW"
  }
};

/** `GET /v1/taxes/receipts/VXRFY-K2M7P-QH4TW`. */
export const receiptVerificationExample: ReceiptVerification = {
  "receipt": {
    "receiptNumber": "BAPENDA-LU/2026/08/000412",
    "paidAt": "2026-08-20T10:14:00+07:00",
    "channel": "QRIS",
    "verificationCode": "VXRFY-K2M7P-QH4TW"
  },
  "amount": 318000,
  "taxTypeId": "pbb-p2",
  "objectNumber": "18.03.030.002.***-****.0",
  "periods": [
    "2026"
  ]
};
