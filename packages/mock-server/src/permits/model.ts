import type { Answers, ApplicationStatus } from '@layanan/contract';

export interface ApplicationRecord {
  code: string;
  typeId: string;
  status: ApplicationStatus;
  version: number;
  answers: Answers;
  timeline: Array<{ status: ApplicationStatus; at: number; note: string | null }>;
  officerNote: string | null;
  createdAt: number;
  updatedAt: number;
  submittedAt?: number;
  decisionDue?: number;
  /** Moves by itself on the clock until an officer decides by hand. */
  autoFlow: boolean;
}

export interface PermitState {
  applications: Map<string, ApplicationRecord>;
}

/** An application is checked an hour after it is submitted. */
export const VERIFICATION_AFTER_MS = 3_600_000;
