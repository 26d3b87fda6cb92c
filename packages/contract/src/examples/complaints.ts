import type { Complaint, ComplaintCategory, SubmitComplaintRequest, SubmittedComplaint } from '../resources/complaints.js';

// What the freshly seeded reference server answers (clock at Monday 30 November 2026, 09:00 WIB).

export const complaintCategoriesExample: ComplaintCategory[] = [
  {
    "id": "infrastruktur",
    "parentId": null,
    "name": "Infrastruktur",
    "description": "Jalan, jembatan, drainase dan penerangan.",
    "unit": {
      "id": "dinas-pupr",
      "name": "Dinas Pekerjaan Umum dan Penataan Ruang"
    }
  },
  {
    "id": "jalan-rusak",
    "parentId": "infrastruktur",
    "name": "Jalan rusak",
    "description": "Jalan kabupaten berlubang, amblas atau tergenang.",
    "unit": {
      "id": "dinas-pupr",
      "name": "Dinas Pekerjaan Umum dan Penataan Ruang"
    }
  },
  {
    "id": "drainase",
    "parentId": "infrastruktur",
    "name": "Drainase dan banjir",
    "description": "Saluran tersumbat, genangan dan banjir.",
    "unit": {
      "id": "dinas-pupr",
      "name": "Dinas Pekerjaan Umum dan Penataan Ruang"
    }
  }
];

/** A seeded public complaint, resolved on 27 November. */
export const publicComplaintExample: Complaint = {
  "trackingCode": "JXN7K-ABS2Q-R4WMP",
  "status": "resolved",
  "privacy": "public",
  "categoryId": "jalan-rusak",
  "categoryName": "Jalan rusak",
  "unitName": "Dinas Pekerjaan Umum dan Penataan Ruang",
  "title": "Jalan berlubang di Jl. Lintas Sumatera, Abung Selatan",
  "description": "Lubang besar sekitar 1 meter di depan SDN 2 Kalibalangan, sudah dua minggu. Sudah ada pengendara motor yang jatuh.",
  "location": {
    "text": "Jl. Lintas Sumatera depan SDN 2 Kalibalangan, Abung Selatan",
    "lat": -4.8861,
    "lng": 104.9372
  },
  "photos": [],
  "reporter": {
    "name": "Agus Pratama"
  },
  "submittedAt": "2026-11-18T07:42:00+07:00",
  "updatedAt": "2026-11-27T14:05:00+07:00",
  "timeline": [
    {
      "status": "received",
      "at": "2026-11-18T07:42:00+07:00",
      "note": null
    },
    {
      "status": "verified",
      "at": "2026-11-18T10:15:00+07:00",
      "note": "Diteruskan ke Dinas PUPR."
    },
    {
      "status": "in_progress",
      "at": "2026-11-20T09:00:00+07:00",
      "note": "Tim pemeliharaan dijadwalkan."
    },
    {
      "status": "resolved",
      "at": "2026-11-27T14:05:00+07:00",
      "note": "Lubang sudah ditambal."
    }
  ],
  "messages": [
    {
      "at": "2026-11-18T10:15:00+07:00",
      "author": "agency",
      "authorName": "Dinas Pekerjaan Umum dan Penataan Ruang",
      "message": "Terima kasih. Laporan diverifikasi dan diteruskan ke Dinas PUPR."
    },
    {
      "at": "2026-11-27T14:05:00+07:00",
      "author": "agency",
      "authorName": "Dinas Pekerjaan Umum dan Penataan Ruang",
      "message": "Penambalan selesai pada 27 November. Mohon konfirmasi jika masih ada kerusakan."
    }
  ],
  "dueDates": {
    "verifyBy": "2026-11-23T23:59:59+07:00",
    "actBy": "2026-11-25T23:59:59+07:00"
  },
  "rating": null,
  "canComment": true,
  "canRate": true,
  "reopenUntil": "2026-12-04T14:05:00+07:00"
};

/** A seeded confidential complaint, as anyone with its code sees it: no content, no reporter. */
export const confidentialComplaintExample: Complaint = {
  "trackingCode": "DNA4Q-W7TKP-M3XRB",
  "status": "verified",
  "privacy": "confidential",
  "categoryId": "pungli",
  "categoryName": "Pungutan liar dan penyalahgunaan wewenang",
  "unitName": "Inspektorat Kabupaten",
  "submittedAt": "2026-11-27T16:10:00+07:00",
  "updatedAt": "2026-11-30T08:45:00+07:00",
  "timeline": [
    {
      "status": "received",
      "at": "2026-11-27T16:10:00+07:00",
      "note": null
    },
    {
      "status": "verified",
      "at": "2026-11-30T08:45:00+07:00",
      "note": "Diteruskan ke Inspektorat."
    }
  ],
  "messages": [],
  "dueDates": {
    "verifyBy": "2026-12-02T23:59:59+07:00",
    "actBy": "2026-12-07T23:59:59+07:00"
  },
  "rating": null,
  "canComment": true,
  "canRate": false,
  "reopenUntil": null
};

export const submitComplaintRequestExample: SubmitComplaintRequest = {
  "categoryId": "drainase",
  "title": "Saluran tersumbat di Pasar Kotabumi",
  "description": "Saluran air di sisi timur pasar tersumbat sampah; setiap hujan air menggenangi los sayur setinggi mata kaki.",
  "location": {
    "text": "Pasar Pagi Kotabumi, sisi timur",
    "lat": -4.8265,
    "lng": 104.8766
  },
  "privacy": "public",
  "reporter": {
    "name": "Fitri Hasanah",
    "phone": "0812-7000-1234"
  },
  "consent": true
};

/** The answer to {@link submitComplaintRequestExample} (the tracking code and times differ on each call). */
export const submittedComplaintExample: SubmittedComplaint = {
  "trackingCode": "GYWYG-3YJ4E-M3A68",
  "complaint": {
    "trackingCode": "GYWYG-3YJ4E-M3A68",
    "status": "received",
    "privacy": "public",
    "categoryId": "drainase",
    "categoryName": "Drainase dan banjir",
    "unitName": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "title": "Saluran tersumbat di Pasar Kotabumi",
    "description": "Saluran air di sisi timur pasar tersumbat sampah; setiap hujan air menggenangi los sayur setinggi mata kaki.",
    "location": {
      "text": "Pasar Pagi Kotabumi, sisi timur",
      "lat": -4.8265,
      "lng": 104.8766
    },
    "photos": [],
    "reporter": {
      "name": "Fitri Hasanah"
    },
    "submittedAt": "2026-11-30T09:00:00+07:00",
    "updatedAt": "2026-11-30T09:00:00+07:00",
    "timeline": [
      {
        "status": "received",
        "at": "2026-11-30T09:00:00+07:00",
        "note": null
      }
    ],
    "messages": [],
    "dueDates": {
      "verifyBy": "2026-12-03T23:59:59+07:00",
      "actBy": "2026-12-10T23:59:59+07:00"
    },
    "rating": null,
    "canComment": true,
    "canRate": false,
    "reopenUntil": null
  }
};

/** The seeded public complaint after `POST …/rating { score: 5, comment: 'Cepat ditangani.' }`. */
export const ratedComplaintExample: Complaint = {
  "trackingCode": "JXN7K-ABS2Q-R4WMP",
  "status": "resolved",
  "privacy": "public",
  "categoryId": "jalan-rusak",
  "categoryName": "Jalan rusak",
  "unitName": "Dinas Pekerjaan Umum dan Penataan Ruang",
  "title": "Jalan berlubang di Jl. Lintas Sumatera, Abung Selatan",
  "description": "Lubang besar sekitar 1 meter di depan SDN 2 Kalibalangan, sudah dua minggu. Sudah ada pengendara motor yang jatuh.",
  "location": {
    "text": "Jl. Lintas Sumatera depan SDN 2 Kalibalangan, Abung Selatan",
    "lat": -4.8861,
    "lng": 104.9372
  },
  "photos": [],
  "reporter": {
    "name": "Agus Pratama"
  },
  "submittedAt": "2026-11-18T07:42:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "timeline": [
    {
      "status": "received",
      "at": "2026-11-18T07:42:00+07:00",
      "note": null
    },
    {
      "status": "verified",
      "at": "2026-11-18T10:15:00+07:00",
      "note": "Diteruskan ke Dinas PUPR."
    },
    {
      "status": "in_progress",
      "at": "2026-11-20T09:00:00+07:00",
      "note": "Tim pemeliharaan dijadwalkan."
    },
    {
      "status": "resolved",
      "at": "2026-11-27T14:05:00+07:00",
      "note": "Lubang sudah ditambal."
    }
  ],
  "messages": [
    {
      "at": "2026-11-18T10:15:00+07:00",
      "author": "agency",
      "authorName": "Dinas Pekerjaan Umum dan Penataan Ruang",
      "message": "Terima kasih. Laporan diverifikasi dan diteruskan ke Dinas PUPR."
    },
    {
      "at": "2026-11-27T14:05:00+07:00",
      "author": "agency",
      "authorName": "Dinas Pekerjaan Umum dan Penataan Ruang",
      "message": "Penambalan selesai pada 27 November. Mohon konfirmasi jika masih ada kerusakan."
    }
  ],
  "dueDates": {
    "verifyBy": "2026-11-23T23:59:59+07:00",
    "actBy": "2026-11-25T23:59:59+07:00"
  },
  "rating": {
    "score": 5,
    "comment": "Cepat ditangani.",
    "at": "2026-11-30T09:00:00+07:00"
  },
  "canComment": true,
  "canRate": false,
  "reopenUntil": "2026-12-04T14:05:00+07:00"
};
