import type { Complaint } from './resources/complaints.js';

// Rules the server applies that a widget also checks before it sends. Plain numbers and predicates,
// no zod: a widget that only needs a limit pays for the limit, not for the schemas built from it.

/** Lengths (trimmed characters) and counts of `SubmitComplaintRequest` and the requests that follow a complaint. */
export const COMPLAINT_LIMITS = {
  title: { min: 5, max: 150 },
  description: { min: 20, max: 4000 },
  location: { min: 3, max: 300 },
  /** The reporter's name, unless `anonymous`. */
  name: { min: 2, max: 100 },
  phone: { max: 20 },
  /** RFC 5321's longest path. */
  email: { max: 254 },
  /** `CommentRequest`: added information. */
  comment: { min: 1, max: 2000 },
  /** `RatingRequest`: the optional remark with a score. */
  ratingComment: { min: 0, max: 1000 },
  /** `ReopenRequest`: why it is not solved. */
  reopenReason: { min: 10, max: 2000 },
  photos: 5,
} as const;

/** Lengths of `IssueTicketRequest`. */
export const QUEUE_TICKET_LIMITS = {
  name: { min: 2, max: 100 },
  phone: { max: 20 },
  /** Room for a NIK typed with spaces or dots. */
  nik: { max: 24 },
} as const;

/** The largest body `POST /v1/uploads` accepts: 5 MB. */
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** Digits of a billing code (*kode bayar*) of BPHTB and regional levies. */
export const BILLING_CODE_LENGTH = 15;

/** The 15 digits of a billing code as typed or printed (spaces, dots, dashes allowed), or `null` when it cannot be one. */
export function normalizeBillingCode(input: string): string | null {
  const digits = input.replace(/[\s.\-/]/g, '');
  return digits.length === BILLING_CODE_LENGTH && /^\d+$/.test(digits) ? digits : null;
}

/** Is this a billing code the server will look up (15 digits, separators allowed)? */
export function isValidBillingCode(input: string): boolean {
  return normalizeBillingCode(input) !== null;
}

/** An email address as the contract checks it: a practical test, not RFC 5322. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export function isEmail(input: string): boolean {
  return EMAIL_PATTERN.test(input);
}

/**
 * Will this complaint never change again? Rejected ones, and resolved ones that can no longer be
 * rated, reopened or commented on. The complaint twin of `isFinalTicket`.
 */
export function isFinalComplaint(complaint: Pick<Complaint, 'status' | 'canRate' | 'canComment' | 'reopenUntil'>): boolean {
  return complaint.status === 'rejected' || (complaint.status === 'resolved' && !complaint.canRate && !complaint.canComment && !complaint.reopenUntil);
}
