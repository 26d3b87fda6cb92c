import * as z from 'zod/mini';
import { PhoneE164 } from '../identity/phone.js';
import { LocalTime } from '../common/time.js';
import { Email, HttpUrl } from '../common/formats.js';

/** Opening hours on one weekday. A day missing from the list is a closed day. */
export const OpeningHours = /* @__PURE__ */ z
  .object({
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    day: z.int().check(z.minimum(1), z.maximum(7)),
    opens: LocalTime,
    closes: LocalTime,
  });
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Address = /* @__PURE__ */ z
  .object({
    street: z.string(),
    /** Desa or kelurahan. */
    village: z.optional(z.string()),
    /** Kecamatan. */
    district: z.string(),
    /** Kabupaten or kota. */
    regency: z.string(),
    province: z.string(),
    postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
  });
export type Address = z.infer<typeof Address>;

export const Contact = /* @__PURE__ */ z
  .object({
    phone: z.optional(PhoneE164),
    whatsapp: z.optional(PhoneE164),
    email: z.optional(Email),
    website: z.optional(HttpUrl),
  });
export type Contact = z.infer<typeof Contact>;

export const Locale = /* @__PURE__ */ z.enum(['id', 'en']);
export type Locale = z.infer<typeof Locale>;

/** A unit (dinas, badan) of the agency that runs some of its services. */
export const AgencyUnit = /* @__PURE__ */ z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: z.string(),
    shortName: z.string(),
  });
export type AgencyUnit = z.infer<typeof AgencyUnit>;

/** `GET /v1/agency`: who runs this API, where to find them, and when they are open. */
export const Agency = /* @__PURE__ */ z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: z.string().check(z.minLength(1)),
    shortName: z.string().check(z.minLength(1)),
    /** Kemendagri code of the region the agency governs (`1803` = Kabupaten Lampung Utara). */
    regionCode: z.string().check(z.regex(/^\d{2}(?:\d{2})?$/)),
    logoUrl: z.optional(HttpUrl),
    address: Address,
    contact: Contact,
    /** IANA time zone of opening hours and local dates. */
    timeZone: z.string(),
    openingHours: z.array(OpeningHours),
    locales: z.array(Locale).check(z.minLength(1)),
    defaultLocale: Locale,
    units: z.array(AgencyUnit),
  });
export type Agency = z.infer<typeof Agency>;
