export { FieldError, Problem, PROBLEM_CONTENT_TYPE, problemTypes, problemSlug } from './common/problem.js';
export { Money, formatRupiah } from './common/money.js';
export { DateTime, LocalDate, LocalTime, WIB, zonedParts } from './common/time.js';
export { Page, PageQuery } from './common/page.js';
export { AccessCode, ACCESS_CODE_ALPHABET, generateAccessCode, normalizeAccessCode } from './common/access-code.js';

export type { ParseResult } from './identity/result.js';
export { parseNik, isValidNik, formatNik, maskNik, NikNumber, type Nik, type NikInvalidReason, type NikOptions } from './identity/nik.js';
export { parseNop, isValidNop, formatNop, NopNumber, type Nop, type NopInvalidReason } from './identity/nop.js';
export { parseNpwp, isValidNpwp, formatNpwp, NpwpNumber, type Npwp, type NpwpInvalidReason } from './identity/npwp.js';
export { parsePhone, isValidPhone, formatPhone, PhoneE164, type Phone, type PhoneInvalidReason } from './identity/phone.js';
export { PROVINCES, LAMPUNG_REGENCIES } from './identity/regions.js';

export { Agency, AgencyUnit, Address, Contact, Locale, OpeningHours } from './resources/agency.js';
export { agencyExample } from './examples/agency.js';

export { operations, tags, type Operation, type OperationExample, type OperationResponse, type HttpMethod } from './operations.js';
export { buildOpenApiDocument, CONTRACT_VERSION } from './openapi.js';
export { contractRegistry, type SchemaMeta } from './registry.js';
export { Email, HttpUrl } from './common/formats.js';
// Schema-free: a widget that needs only a limit or a rule does not pull zod in with it.
export {
  COMPLAINT_LIMITS, QUEUE_TICKET_LIMITS, UPLOAD_MAX_BYTES, BILLING_CODE_LENGTH, normalizeBillingCode, isValidBillingCode, EMAIL_PATTERN, isEmail,
  isFinalComplaint,
} from './limits.js';

export {
  QueueDay, QueueService, QueueTicket, QueueTicketStatus, IssueTicketRequest, FINAL_QUEUE_STATUSES, isFinalTicket,
} from './resources/queue.js';

export {
  TaxLookup, TaxType, TaxBill, TaxBillQuote, CreatePaymentRequest, PaymentStatus, Payment, Receipt, ReceiptVerification,
} from './resources/taxes.js';
export { crc16, tlv, parseEmv, isValidQrisPayload, buildQrisPayload, type QrisPaymentInit } from './payments/qris.js';

export {
  ComplaintCategory, ComplaintPrivacy, ComplaintStatus, Upload, ComplaintLocation, SubmitComplaintRequest, ComplaintMessage, Complaint,
  SubmittedComplaint, CommentRequest, RatingRequest, ReopenRequest,
} from './resources/complaints.js';

export {
  LocalizedText, FieldType, VisibleWhen, FormField, FormStep, FormDefinition, AnswerValue, Answers, RegionDistricts,
} from './forms/definition.js';
export { validateAnswers, checkField, isFieldVisible, visibleFields, type FormError, type ValidateOptions } from './forms/validate.js';
export { formMessages, type FormErrorCode } from './forms/messages.js';
export { nikProblem, npwpProblem, phoneProblem } from './forms/identity-checks.js';
export {
  PermitTypeSummary, PermitType, ApplicationStatus, PermitApplication, CreateApplicationRequest, SaveApplicationRequest,
} from './resources/permits.js';
