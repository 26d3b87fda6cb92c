export { createClient, createTransport, type ClientOptions, type LayananClient } from './client.js';
export type { CallOptions, MutationOptions, RetryOptions, Transport } from './internal/transport.js';
export { createIdempotencyKey } from './internal/idempotency.js';
export { AgencyResource } from './resources/agency.js';
export { QueueResource, type WatchTicketOptions } from './resources/queue.js';
export { isFinalTicket } from '@layanan/contract';
export { ComplaintsResource, type WatchComplaintOptions } from './resources/complaints.js';
export { PermitsResource } from './resources/permits.js';
export type { UploadOptions } from './internal/upload.js';
export type { PageIterator } from './internal/pagination.js';
export { TaxesResource, type FindBillsQuery, type WaitForPaymentOptions } from './resources/taxes.js';

export { LayananError, isLayananError } from './errors/layanan-error.js';
export { ProblemError, isProblemError } from './errors/problem-error.js';
export { NetworkError, isNetworkError } from './errors/network-error.js';
export { TimeoutError, isTimeoutError } from './errors/timeout-error.js';
export { ContractError, isContractError, type ContractIssue } from './errors/contract-error.js';

export type {
  Agency, Problem, FieldError, QueueService, QueueTicket, QueueTicketStatus, IssueTicketRequest,
  TaxType, TaxBill, TaxBillQuote, CreatePaymentRequest, Payment, PaymentStatus, Receipt, ReceiptVerification,
  ComplaintCategory, Complaint, ComplaintPrivacy, ComplaintStatus, SubmitComplaintRequest, SubmittedComplaint, Upload, RatingRequest,
  PermitTypeSummary, PermitType, PermitApplication, ApplicationStatus, FormDefinition, FormField, Answers, AnswerValue, RegionDistricts,
} from '@layanan/contract';
