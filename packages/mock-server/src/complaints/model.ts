import type { ComplaintPrivacy, ComplaintStatus } from '@layanan/contract';

export interface ComplaintRecord {
  code: string;
  categoryId: string;
  title: string;
  description: string;
  location: { text: string; lat?: number; lng?: number };
  photoIds: string[];
  privacy: ComplaintPrivacy;
  reporter?: { name: string; phone?: string; email?: string };
  status: ComplaintStatus;
  submittedAt: number;
  updatedAt: number;
  verifiedAt?: number;
  resolvedAt?: number;
  reopened: boolean;
  timeline: Array<{ status: ComplaintStatus; at: number; note: string | null }>;
  messages: Array<{ at: number; author: 'agency' | 'citizen'; message: string }>;
  rating?: { score: number; comment: string | null; at: number };
  /** Moves by itself on the clock until someone answers as the agency. */
  autoFlow: boolean;
}

export interface UploadRecord {
  id: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  bytes: Uint8Array;
  createdAt: number;
}

export interface ComplaintState {
  complaints: Map<string, ComplaintRecord>;
  uploads: Map<string, UploadRecord>;
}

/** The contract's limit, under the name the handlers use. */
export { UPLOAD_MAX_BYTES as MAX_UPLOAD_BYTES } from '@layanan/contract';
export const MAX_UPLOADS_KEPT = 200;
export const UPLOAD_HOURS = 24;
export const REOPEN_DAYS = 7;
