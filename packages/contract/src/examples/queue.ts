import type { IssueTicketRequest, QueueService, QueueTicket } from '../resources/queue.js';

// What the freshly seeded reference server answers (its clock starts Monday 30 November 2026,
// 09:00 WIB). Seeded people have fixed codes; a new ticket's code and times differ on each call.

/** The first service of `GET /v1/queue/services`. */
export const queueServiceExample: QueueService = {
  "id": "ktp-el",
  "unitId": "disdukcapil",
  "name": "Perekaman KTP-el",
  "description": "Perekaman sidik jari, iris mata dan foto untuk KTP elektronik. Bawa Kartu Keluarga asli.",
  "office": {
    "name": "Kantor Disdukcapil Lampung Utara",
    "address": "Jl. Soekarno-Hatta No. 12, Kotabumi"
  },
  "prefix": "A",
  "openingHours": [
    {
      "day": 1,
      "opens": "08:00",
      "closes": "15:00"
    },
    {
      "day": 2,
      "opens": "08:00",
      "closes": "15:00"
    },
    {
      "day": 3,
      "opens": "08:00",
      "closes": "15:00"
    },
    {
      "day": 4,
      "opens": "08:00",
      "closes": "15:00"
    },
    {
      "day": 5,
      "opens": "08:00",
      "closes": "11:00"
    }
  ],
  "bookingWindowDays": 7,
  "averageServiceMinutes": 12,
  "counters": 2,
  "nikRequired": true,
  "nowServing": "A-011",
  "waiting": 13,
  "days": [
    {
      "date": "2026-11-30",
      "open": true,
      "quota": 40,
      "remaining": 16
    },
    {
      "date": "2026-12-01",
      "open": true,
      "quota": 40,
      "remaining": 0
    },
    {
      "date": "2026-12-02",
      "open": true,
      "quota": 40,
      "remaining": 22
    },
    {
      "date": "2026-12-03",
      "open": true,
      "quota": 40,
      "remaining": 22
    },
    {
      "date": "2026-12-04",
      "open": true,
      "quota": 40,
      "remaining": 22
    },
    {
      "date": "2026-12-05",
      "open": false,
      "quota": 0,
      "remaining": 0
    },
    {
      "date": "2026-12-06",
      "open": false,
      "quota": 0,
      "remaining": 0
    },
    {
      "date": "2026-12-07",
      "open": true,
      "quota": 40,
      "remaining": 22
    }
  ]
};

/** A seeded ticket: A-012, next in line for Perekaman KTP-el. */
export const queueTicketExample: QueueTicket = {
  "code": "P587X-UQ47X-F3824",
  "number": "A-012",
  "serviceId": "ktp-el",
  "serviceName": "Perekaman KTP-el",
  "office": "Kantor Disdukcapil Lampung Utara",
  "visitDate": "2026-11-30",
  "status": "waiting",
  "position": 1,
  "peopleAhead": 0,
  "estimatedCall": {
    "from": "2026-11-30T09:05:00+07:00",
    "to": "2026-11-30T09:10:00+07:00"
  },
  "counter": null,
  "checkInPayload": "LAYANAN:Q1:P587X-UQ47X-F3824:A-012",
  "holder": {
    "name": "Rina Marlina",
    "phone": "+62 812-****-8654"
  },
  "issuedAt": "2026-11-30T06:29:00+07:00",
  "updatedAt": "2026-11-30T06:29:00+07:00",
  "calledAt": null,
  "checkInBy": null,
  "rejoinUntil": null,
  "canCancel": true,
  "canRejoin": false
};

export const issueTicketRequestExample: IssueTicketRequest = {
  serviceId: 'ktp-el',
  visitDate: '2026-12-02',
  name: 'Siti Aminah',
  phone: '0812-3456-7890',
  nik: '1803054512900001',
};

/** The answer to {@link issueTicketRequestExample}. */
export const issuedTicketExample: QueueTicket = {
  "code": "87VGR-ZCSAX-WEUJM",
  "number": "A-019",
  "serviceId": "ktp-el",
  "serviceName": "Perekaman KTP-el",
  "office": "Kantor Disdukcapil Lampung Utara",
  "visitDate": "2026-12-02",
  "status": "waiting",
  "position": 19,
  "peopleAhead": 18,
  "estimatedCall": {
    "from": "2026-12-02T09:30:00+07:00",
    "to": "2026-12-02T10:20:00+07:00"
  },
  "counter": null,
  "checkInPayload": "LAYANAN:Q1:87VGR-ZCSAX-WEUJM:A-019",
  "holder": {
    "name": "Siti Aminah",
    "phone": "+62 812-****-7890"
  },
  "issuedAt": "2026-11-30T09:00:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "calledAt": null,
  "checkInBy": null,
  "rejoinUntil": null,
  "canCancel": true,
  "canRejoin": false
};

/** A-013 after `POST /v1/queue/tickets/3H4AU-QH768-8GZGS/cancel`. */
export const cancelledTicketExample: QueueTicket = {
  "code": "3H4AU-QH768-8GZGS",
  "number": "A-013",
  "serviceId": "ktp-el",
  "serviceName": "Perekaman KTP-el",
  "office": "Kantor Disdukcapil Lampung Utara",
  "visitDate": "2026-11-30",
  "status": "cancelled",
  "position": null,
  "peopleAhead": null,
  "estimatedCall": null,
  "counter": null,
  "checkInPayload": "LAYANAN:Q1:3H4AU-QH768-8GZGS:A-013",
  "holder": {
    "name": "Nur Lubis",
    "phone": "+62 812-****-6430"
  },
  "issuedAt": "2026-11-30T06:36:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "calledAt": null,
  "checkInBy": null,
  "rejoinUntil": null,
  "canCancel": false,
  "canRejoin": false
};

/** A-009, missed at 08:58, after `POST /v1/queue/tickets/6UZDD-VR39C-MHW4A/rejoin`. */
export const rejoinedTicketExample: QueueTicket = {
  "code": "6UZDD-VR39C-MHW4A",
  "number": "A-009",
  "serviceId": "ktp-el",
  "serviceName": "Perekaman KTP-el",
  "office": "Kantor Disdukcapil Lampung Utara",
  "visitDate": "2026-11-30",
  "status": "waiting",
  "position": 14,
  "peopleAhead": 13,
  "estimatedCall": {
    "from": "2026-11-30T10:10:00+07:00",
    "to": "2026-11-30T10:50:00+07:00"
  },
  "counter": null,
  "checkInPayload": "LAYANAN:Q1:6UZDD-VR39C-MHW4A:A-009",
  "holder": {
    "name": "Iwan Pratama",
    "phone": "+62 812-****-0019"
  },
  "issuedAt": "2026-11-30T06:08:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "calledAt": null,
  "checkInBy": null,
  "rejoinUntil": null,
  "canCancel": true,
  "canRejoin": false
};
