import * as z from 'zod/mini';
import { AccessCode } from '../common/access-code.js';
import { Money } from '../common/money.js';
import { DateTime } from '../common/time.js';
import { AnswerValue, Answers, FormDefinition, LocalizedText } from '../forms/definition.js';

/** `GET /v1/permits/types`: what a permit is, what it costs and how long it takes (no form). */
export const PermitTypeSummary = /* @__PURE__ */ z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  unitId: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  requirements: z.array(LocalizedText),
  /** 0 for a free permit. */
  fee: Money,
  /** Working days from a complete submission to a decision. */
  serviceLevelDays: z.int().check(z.minimum(1)),
});
export type PermitTypeSummary = z.infer<typeof PermitTypeSummary>;

/** `GET /v1/permits/types/{typeId}`: the summary and the form the backend defines for it. */
export const PermitType = /* @__PURE__ */ z.object({ ...PermitTypeSummary.shape, form: FormDefinition });
export type PermitType = z.infer<typeof PermitType>;

export const ApplicationStatus = /* @__PURE__ */ z.enum(['draft', 'submitted', 'verification', 'revision_requested', 'approved', 'rejected']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** An application as its holder sees it, reached by its resume code. */
export const PermitApplication = /* @__PURE__ */ z.object({
  /** The resume code: continue on any device with it. */
  code: AccessCode,
  typeId: z.string(),
  typeName: LocalizedText,
  status: ApplicationStatus,
  /** Increases with every save; send it back to save without overwriting another device's work. */
  version: z.int().check(z.minimum(1)),
  answers: Answers,
  timeline: z.array(z.object({ status: ApplicationStatus, at: DateTime, note: z.nullable(z.string()) })),
  /** The officer's last note (a revision request says what to fix). */
  officerNote: z.nullable(z.string()),
  /** The citizen may change answers: a draft, or a revision was requested. */
  canEdit: z.boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
  submittedAt: z.nullable(DateTime),
  /** When a decision is due (working days after submission). */
  decisionDue: z.nullable(DateTime),
});
export type PermitApplication = z.infer<typeof PermitApplication>;

export const CreateApplicationRequest = /* @__PURE__ */ z.object({ typeId: z.string(), answers: z.optional(Answers) });
export type CreateApplicationRequest = z.infer<typeof CreateApplicationRequest>;

/** `PATCH`: the answers to merge (a `null` clears one), and the version they were based on. */
export const SaveApplicationRequest = /* @__PURE__ */ z.object({
  version: z.int().check(z.minimum(1)),
  answers: z.record(z.string(), z.nullable(AnswerValue)),
});
export type SaveApplicationRequest = z.infer<typeof SaveApplicationRequest>;
