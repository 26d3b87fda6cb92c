// What a complaint draft is, when it may be sent, and the request it becomes: pure, no element.
import { COMPLAINT_LIMITS, type ComplaintPrivacy, isEmail, type SubmitComplaintRequest } from '@layanan/contract';
import type { Photo } from '../internal/photos.js';
import type { ComplaintFormStrings } from './complaint-form.strings.js';

export const FIELDS = ['category', 'title', 'description', 'location', 'photos', 'privacy-public', 'name', 'phone', 'email', 'consent'] as const;
export type FieldId = (typeof FIELDS)[number];
export type FieldErrors = Partial<Record<FieldId, string>>;

/**
 * The draft as this device keeps it. Photos are kept as their upload ids and a small thumbnail
 * (a data URL of ≈ 5 KB): an upload stays on the server for a day, so a reload or a lost
 * connection needs neither the original nor IndexedDB, and localStorage stays far below its quota.
 */
export interface Draft {
  categoryId: string;
  title: string;
  description: string;
  location: string;
  lat?: number;
  lng?: number;
  privacy: ComplaintPrivacy;
  name: string;
  phone: string;
  email: string;
  consent: boolean;
  /** Uploads live a day on the server; an expired one comes back as a 422 on `photoIds.N`, shown at the photo. */
  photos: Array<{ id: string; thumb: string }>;
  /** Names of photos still being made smaller or uploaded: after a reload the citizen is told to pick them again. */
  unsent?: string[];
}

export const emptyDraft = (): Draft => ({
  categoryId: '', title: '', description: '', location: '', privacy: 'public', name: '', phone: '', email: '', consent: false, photos: [],
});

/** What stops the draft from being sent, per field, in the citizen's words (empty when it may go). */
export function validateDraft(d: Draft, photos: readonly Photo[], s: ComplaintFormStrings): FieldErrors {
  const e = s.errors;
  const L = COMPLAINT_LIMITS;
  const errors: FieldErrors = {};
  const length = (value: string, limit: { min: number; max: number }, short: string) =>
    value.trim().length < limit.min ? short : value.trim().length > limit.max ? e.tooLong(limit.max) : undefined;
  if (!d.categoryId) errors.category = e.category;
  errors.title = length(d.title, L.title, e.titleShort(L.title.min));
  errors.description = length(d.description, L.description, e.descriptionShort(L.description.min));
  errors.location = length(d.location, L.location, e.location(L.location.min));
  if (photos.some((p) => p.state !== 'uploaded' || p.error)) errors.photos = s.photosWaiting;
  if (d.privacy !== 'anonymous') {
    errors.name = length(d.name, L.name, e.name(L.name.min));
    const phone = d.phone.trim();
    const email = d.email.trim();
    // The shape only (8–15 digits, an optional +); the server checks the number itself and its 422 lands here.
    if (phone && !/^\+?[\d\s.()-]{8,20}$/.test(phone)) errors.phone = e.phone;
    if (email && !isEmail(email)) errors.email = e.email;
    if (!phone && !email) errors.phone = e.contact;
  }
  if (!d.consent) errors.consent = e.consent;
  for (const key of Object.keys(errors) as FieldId[]) if (!errors[key]) delete errors[key];
  return errors;
}

/** The request a valid draft becomes: trimmed, with the photos' upload ids. */
export function toRequest(d: Draft, photos: readonly Photo[]): SubmitComplaintRequest {
  const photoIds = photos.map((p) => p.id!).filter(Boolean);
  return {
    categoryId: d.categoryId,
    title: d.title.trim(),
    description: d.description.trim(),
    location: { text: d.location.trim(), ...(d.lat !== undefined && d.lng !== undefined ? { lat: d.lat, lng: d.lng } : {}) },
    ...(photoIds.length ? { photoIds } : {}),
    privacy: d.privacy,
    ...(d.privacy === 'anonymous'
      ? {}
      : {
          reporter: {
            name: d.name.trim(),
            ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
            ...(d.email.trim() ? { email: d.email.trim() } : {}),
          },
        }),
    consent: true,
  };
}
