import type { PermitApplication, PermitType, PermitTypeSummary } from '../resources/permits.js';
import type { RegionDistricts } from '../forms/definition.js';

// What the freshly seeded reference server answers (clock at Monday 30 November 2026, 09:00 WIB).

/** The first item of `GET /v1/permits/types`. */
export const permitTypeSummaryExample: PermitTypeSummary = {
  "id": "izin-usaha-mikro",
  "unitId": "dpmptsp",
  "name": {
    "id": "Izin Usaha Mikro dan Kecil",
    "en": "Micro and Small Business Permit"
  },
  "description": {
    "id": "Perizinan berusaha untuk usaha mikro dan kecil dengan modal sampai Rp 5 miliar.",
    "en": "A business permit for micro and small businesses with capital up to Rp 5 billion."
  },
  "requirements": [
    {
      "id": "KTP-el pemilik usaha",
      "en": "The owner's KTP-el"
    },
    {
      "id": "Foto tempat usaha",
      "en": "A photo of the premises"
    }
  ],
  "fee": 0,
  "serviceLevelDays": 3
};

/** `GET /v1/permits/types/izin-reklame`: a permit with its form. */
export const permitTypeExample: PermitType = {
  "id": "izin-reklame",
  "unitId": "dpmptsp",
  "name": {
    "id": "Izin Penyelenggaraan Reklame",
    "en": "Advertising Permit"
  },
  "description": {
    "id": "Izin memasang papan reklame, spanduk atau baliho.",
    "en": "A permit for billboards, banners and signs."
  },
  "requirements": [
    {
      "id": "Desain reklame",
      "en": "The design"
    }
  ],
  "fee": 150000,
  "serviceLevelDays": 5,
  "form": {
    "version": 1,
    "steps": [
      {
        "id": "pemohon",
        "title": {
          "id": "Data pemohon",
          "en": "Applicant"
        },
        "fields": [
          {
            "id": "fullName",
            "type": "text",
            "label": {
              "id": "Nama lengkap sesuai KTP",
              "en": "Full name as on the ID card"
            },
            "required": true,
            "minLength": 3,
            "maxLength": 100
          },
          {
            "id": "nik",
            "type": "nik",
            "label": {
              "id": "NIK",
              "en": "NIK (national ID number)"
            },
            "required": true
          },
          {
            "id": "phone",
            "type": "phone",
            "label": {
              "id": "Nomor HP",
              "en": "Mobile number"
            },
            "required": true,
            "help": {
              "id": "Untuk kabar status permohonan lewat SMS/WhatsApp.",
              "en": "For status updates by SMS/WhatsApp."
            }
          },
          {
            "id": "company",
            "type": "text",
            "label": {
              "id": "Nama perusahaan (jika ada)",
              "en": "Company (if any)"
            },
            "maxLength": 100
          }
        ]
      },
      {
        "id": "reklame",
        "title": {
          "id": "Data reklame",
          "en": "The sign"
        },
        "fields": [
          {
            "id": "kind",
            "type": "select",
            "label": {
              "id": "Jenis reklame",
              "en": "Kind"
            },
            "required": true,
            "options": [
              {
                "value": "papan",
                "label": {
                  "id": "Papan/billboard",
                  "en": "Billboard"
                }
              },
              {
                "value": "spanduk",
                "label": {
                  "id": "Spanduk",
                  "en": "Banner"
                }
              },
              {
                "value": "neon",
                "label": {
                  "id": "Neon box",
                  "en": "Light box"
                }
              }
            ]
          },
          {
            "id": "widthMeters",
            "type": "number",
            "label": {
              "id": "Lebar (m)",
              "en": "Width (m)"
            },
            "required": true,
            "min": 0.5,
            "max": 20
          },
          {
            "id": "heightMeters",
            "type": "number",
            "label": {
              "id": "Tinggi (m)",
              "en": "Height (m)"
            },
            "required": true,
            "min": 0.5,
            "max": 10
          },
          {
            "id": "months",
            "type": "number",
            "label": {
              "id": "Lama pemasangan (bulan)",
              "en": "Duration (months)"
            },
            "required": true,
            "min": 1,
            "max": 12
          },
          {
            "id": "installDate",
            "type": "date",
            "label": {
              "id": "Tanggal pemasangan",
              "en": "Installation date"
            },
            "required": true,
            "min": "today"
          },
          {
            "id": "lit",
            "type": "radio",
            "label": {
              "id": "Memakai lampu?",
              "en": "Lit?"
            },
            "required": true,
            "options": [
              {
                "value": "ya",
                "label": {
                  "id": "Ya",
                  "en": "Yes"
                }
              },
              {
                "value": "tidak",
                "label": {
                  "id": "Tidak",
                  "en": "No"
                }
              }
            ]
          },
          {
            "id": "powerSource",
            "type": "text",
            "label": {
              "id": "Sumber listrik",
              "en": "Power source"
            },
            "required": true,
            "maxLength": 60,
            "visibleWhen": {
              "field": "lit",
              "in": [
                "ya"
              ]
            }
          },
          {
            "id": "site",
            "type": "address",
            "label": {
              "id": "Lokasi pemasangan",
              "en": "Site"
            },
            "required": true
          },
          {
            "id": "design",
            "type": "file",
            "label": {
              "id": "Desain reklame",
              "en": "Design"
            },
            "required": true,
            "accept": [
              "image/jpeg",
              "image/png",
              "application/pdf"
            ],
            "maxSizeBytes": 3145728
          }
        ]
      },
      {
        "id": "pernyataan",
        "title": {
          "id": "Pernyataan",
          "en": "Declaration"
        },
        "fields": [
          {
            "id": "declaration",
            "type": "checkbox",
            "label": {
              "id": "Saya menyatakan data yang saya isi benar dan dapat dipertanggungjawabkan.",
              "en": "I declare that the information I gave is true."
            },
            "required": true
          }
        ]
      }
    ]
  }
};

/** The first districts of `GET /v1/agency/regions`. */
export const regionsExample: RegionDistricts = [
  {
    "id": "kotabumi",
    "name": "Kotabumi",
    "villages": [
      {
        "id": "kotabumi-ilir",
        "name": "Kotabumi Ilir"
      },
      {
        "id": "kotabumi-tengah",
        "name": "Kotabumi Tengah"
      },
      {
        "id": "sindang-sari",
        "name": "Sindang Sari"
      },
      {
        "id": "tanjung-aman",
        "name": "Tanjung Aman"
      }
    ]
  },
  {
    "id": "kotabumi-selatan",
    "name": "Kotabumi Selatan",
    "villages": [
      {
        "id": "kelapa-tujuh",
        "name": "Kelapa Tujuh"
      },
      {
        "id": "tanjung-harapan",
        "name": "Tanjung Harapan"
      },
      {
        "id": "mulang-maya",
        "name": "Mulang Maya"
      }
    ]
  }
];

/** A seeded draft: `GET /v1/permits/applications/PRM7K-D2AFT-Q9WXZ`. */
export const draftApplicationExample: PermitApplication = {
  "code": "PRM7K-D2AFT-Q9WXZ",
  "typeId": "izin-usaha-mikro",
  "typeName": {
    "id": "Izin Usaha Mikro dan Kecil",
    "en": "Micro and Small Business Permit"
  },
  "status": "draft",
  "version": 3,
  "answers": {
    "fullName": "Ahmad Saputra",
    "nik": "1803051203900002",
    "phone": "+6281377712345",
    "businessName": "Bengkel Motor Saputra",
    "sector": "jasa"
  },
  "timeline": [
    {
      "status": "draft",
      "at": "2026-11-28T20:15:00+07:00",
      "note": null
    }
  ],
  "officerNote": null,
  "canEdit": true,
  "createdAt": "2026-11-28T20:15:00+07:00",
  "updatedAt": "2026-11-29T07:40:00+07:00",
  "submittedAt": null,
  "decisionDue": null
};

/** `POST /v1/permits/applications { typeId: 'izin-reklame', answers: { fullName: 'Rina Sari' } }` (code and times differ). */
export const createdApplicationExample: PermitApplication = {
  "code": "M3D6Q-GQJNK-KJYT2",
  "typeId": "izin-reklame",
  "typeName": {
    "id": "Izin Penyelenggaraan Reklame",
    "en": "Advertising Permit"
  },
  "status": "draft",
  "version": 1,
  "answers": {
    "fullName": "Rina Sari"
  },
  "timeline": [
    {
      "status": "draft",
      "at": "2026-11-30T09:00:00+07:00",
      "note": null
    }
  ],
  "officerNote": null,
  "canEdit": true,
  "createdAt": "2026-11-30T09:00:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "submittedAt": null,
  "decisionDue": null
};

/** The seeded draft after `PATCH { version: 3, answers: { capital: 25000000, employees: 2 } }`. */
export const savedApplicationExample: PermitApplication = {
  "code": "PRM7K-D2AFT-Q9WXZ",
  "typeId": "izin-usaha-mikro",
  "typeName": {
    "id": "Izin Usaha Mikro dan Kecil",
    "en": "Micro and Small Business Permit"
  },
  "status": "draft",
  "version": 4,
  "answers": {
    "fullName": "Ahmad Saputra",
    "nik": "1803051203900002",
    "phone": "+6281377712345",
    "businessName": "Bengkel Motor Saputra",
    "sector": "jasa",
    "capital": 25000000,
    "employees": 2
  },
  "timeline": [
    {
      "status": "draft",
      "at": "2026-11-28T20:15:00+07:00",
      "note": null
    }
  ],
  "officerNote": null,
  "canEdit": true,
  "createdAt": "2026-11-28T20:15:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "submittedAt": null,
  "decisionDue": null
};

/** Submitting the seeded draft as it stands: what is missing, per field. */
export const incompleteSubmissionExample = {
  "type": "urn:layanan:problem:validation",
  "title": "Data tidak valid",
  "status": 422,
  "detail": "Periksa kembali isian yang ditandai.",
  "instance": "/v1/permits/applications/PRM7K-D2AFT-Q9WXZ/submit",
  "errors": [
    {
      "path": "answers.address",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.capital",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.employees",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.startDate",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.hasPremises",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.activity",
      "code": "required",
      "message": "Wajib diisi."
    },
    {
      "path": "answers.declaration",
      "code": "must_accept",
      "message": "Centang untuk melanjutkan."
    }
  ]
};

/** `POST /v1/permits/applications/PRM4X-C9MPT-W2HQZ/submit`: a complete seeded draft, submitted. */
export const submittedApplicationExample: PermitApplication = {
  "code": "PRM4X-C9MPT-W2HQZ",
  "typeId": "izin-usaha-mikro",
  "typeName": {
    "id": "Izin Usaha Mikro dan Kecil",
    "en": "Micro and Small Business Permit"
  },
  "status": "submitted",
  "version": 8,
  "answers": {
    "fullName": "Lestari Wijaya",
    "nik": "1803054101950003",
    "phone": "+6285266601234",
    "businessName": "Kopi Bubuk Lestari",
    "sector": "kuliner",
    "address": {
      "districtId": "abung-barat",
      "villageId": "ogan-lima",
      "street": "Jl. Raya Ogan Lima No. 2"
    },
    "capital": 8000000,
    "employees": 1,
    "startDate": "2023-06-01",
    "hasPremises": "tidak",
    "activity": "Menyangrai dan menggiling kopi robusta Lampung, dijual dalam kemasan 250 gram.",
    "declaration": true
  },
  "timeline": [
    {
      "status": "draft",
      "at": "2026-11-28T20:15:00+07:00",
      "note": null
    },
    {
      "status": "submitted",
      "at": "2026-11-30T09:00:00+07:00",
      "note": null
    }
  ],
  "officerNote": null,
  "canEdit": false,
  "createdAt": "2026-11-28T20:15:00+07:00",
  "updatedAt": "2026-11-30T09:00:00+07:00",
  "submittedAt": "2026-11-30T09:00:00+07:00",
  "decisionDue": "2026-12-03T23:59:59+07:00"
};
