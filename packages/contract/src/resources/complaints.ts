import * as z from 'zod/mini';
import { AccessCode } from '../common/access-code.js';
import { DateTime } from '../common/time.js';
import { COMPLAINT_LIMITS as L } from '../limits.js';

export { Upload } from './upload.js';

/** One node of the category tree (a flat list; `parentId` links a node to its parent). */
export const ComplaintCategory = /* @__PURE__ */ z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  parentId: z.nullable(z.string()),
  name: z.string(),
  description: z.string(),
  /** The agency unit that handles complaints of this category. */
  unit: z.object({ id: z.string(), name: z.string() }),
});
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

export const ComplaintPrivacy = /* @__PURE__ */ z.enum(['public', 'anonymous', 'confidential']);
export type ComplaintPrivacy = z.infer<typeof ComplaintPrivacy>;

export const ComplaintStatus = /* @__PURE__ */ z.enum(['received', 'verified', 'in_progress', 'resolved', 'rejected']);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

export const ComplaintLocation = /* @__PURE__ */ z.object({
  text: z.string().check(z.trim(), z.minLength(L.location.min), z.maxLength(L.location.max)),
  lat: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  lng: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
});

/** `POST /v1/complaints`. */
export const SubmitComplaintRequest = /* @__PURE__ */ z.object({
  categoryId: z.string(),
  title: z.string().check(z.trim(), z.minLength(L.title.min), z.maxLength(L.title.max)),
  description: z.string().check(z.trim(), z.minLength(L.description.min), z.maxLength(L.description.max)),
  location: ComplaintLocation,
  photoIds: z.optional(z.array(z.string()).check(z.maxLength(L.photos))),
  /** `public`: all visible; `anonymous`: the reporter is never shown (*anonim*); `confidential`: the content is not public (*rahasia*). */
  privacy: ComplaintPrivacy,
  /** Required unless `anonymous`; a phone or an email to be reached on. */
  reporter: z.optional(
    z.object({
      name: z.string().check(z.trim(), z.minLength(L.name.min), z.maxLength(L.name.max)),
      phone: z.optional(z.string().check(z.maxLength(L.phone.max))),
      email: z.optional(z.string().check(z.maxLength(L.email.max))),
    }),
  ),
  /** The citizen agreed that the report is true and may be forwarded to the unit in charge. */
  consent: z.literal(true),
});
export type SubmitComplaintRequest = z.infer<typeof SubmitComplaintRequest>;

export const ComplaintMessage = /* @__PURE__ */ z.object({
  at: DateTime,
  author: z.enum(['agency', 'citizen']),
  /** The unit's name, or `Pelapor` for the citizen. */
  authorName: z.string(),
  message: z.string(),
});

/**
 * A complaint as anyone with its tracking code sees it. Hidden fields are absent, not blanked:
 * `anonymous` has no `reporter`; `confidential` has neither `reporter` nor its content.
 */
export const Complaint = /* @__PURE__ */ z.object({
  trackingCode: AccessCode,
  status: ComplaintStatus,
  privacy: ComplaintPrivacy,
  categoryId: z.string(),
  categoryName: z.string(),
  unitName: z.string(),
  /** Absent when `confidential`. */
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  location: z.optional(ComplaintLocation),
  photos: z.optional(z.array(z.object({ id: z.string(), url: z.string() }))),
  /** The reporter's name; only when `public`. Contact details are never returned. */
  reporter: z.optional(z.object({ name: z.string() })),
  submittedAt: DateTime,
  updatedAt: DateTime,
  timeline: z.array(z.object({ status: ComplaintStatus, at: DateTime, note: z.nullable(z.string()) })),
  messages: z.array(ComplaintMessage),
  /** Counted in working days (weekends and national holidays skipped): verify within 3, act within 5 of verification. */
  dueDates: z.object({ verifyBy: DateTime, actBy: DateTime }),
  rating: z.nullable(z.object({ score: z.int().check(z.minimum(1), z.maximum(5)), comment: z.nullable(z.string()), at: DateTime })),
  canComment: z.boolean(),
  canRate: z.boolean(),
  /** A resolved complaint may be reopened once, until then. */
  reopenUntil: z.nullable(DateTime),
});
export type Complaint = z.infer<typeof Complaint>;

/** What `POST /v1/complaints` answers: the tracking code to keep, and the complaint. */
export const SubmittedComplaint = /* @__PURE__ */ z.object({ trackingCode: AccessCode, complaint: Complaint });
export type SubmittedComplaint = z.infer<typeof SubmittedComplaint>;

export const CommentRequest = /* @__PURE__ */ z.object({ message: z.string().check(z.trim(), z.minLength(L.comment.min), z.maxLength(L.comment.max)) });
export const RatingRequest = /* @__PURE__ */ z.object({
  score: z.int().check(z.minimum(1), z.maximum(5)),
  comment: z.optional(z.string().check(z.maxLength(L.ratingComment.max))),
});
export const ReopenRequest = /* @__PURE__ */ z.object({ reason: z.string().check(z.trim(), z.minLength(L.reopenReason.min), z.maxLength(L.reopenReason.max)) });
export type RatingRequest = z.infer<typeof RatingRequest>;
