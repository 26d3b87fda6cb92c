import * as z from 'zod/mini';
import { AccessCode } from './common/access-code.js';
import { Page } from './common/page.js';
import { Problem } from './common/problem.js';
import { agencyExample } from './examples/agency.js';
import {
  cancelledTicketExample, issuedTicketExample, issueTicketRequestExample, queueServiceExample, queueTicketExample, rejoinedTicketExample,
} from './examples/queue.js';
import { Agency } from './resources/agency.js';
import { IssueTicketRequest, QueueService, QueueTicket } from './resources/queue.js';
import {
  CommentRequest, Complaint, ComplaintCategory, RatingRequest, ReopenRequest, SubmitComplaintRequest, SubmittedComplaint, Upload,
} from './resources/complaints.js';
import {
  complaintCategoriesExample, confidentialComplaintExample, publicComplaintExample, ratedComplaintExample, submitComplaintRequestExample, submittedComplaintExample,
} from './examples/complaints.js';
import { RegionDistricts } from './forms/definition.js';
import { CreateApplicationRequest, PermitApplication, PermitType, PermitTypeSummary, SaveApplicationRequest } from './resources/permits.js';
import { BILLING_CODE_LENGTH, UPLOAD_MAX_BYTES } from './limits.js';
import {
  createdApplicationExample, draftApplicationExample, incompleteSubmissionExample, submittedApplicationExample, permitTypeExample, permitTypeSummaryExample, regionsExample, savedApplicationExample,
} from './examples/permits.js';
import { CreatePaymentRequest, Payment, ReceiptVerification, TaxBillQuote, TaxType } from './resources/taxes.js';
import {
  createdPaymentExample, createPaymentRequestExample, paidPaymentExample, receiptVerificationExample, taxBillQuoteExample, taxTypeExample,
} from './examples/taxes.js';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A request and the response the freshly seeded reference server gives to it. */
export interface OperationExample {
  name: string;
  request: {
    /** Path parameters, substituted into the operation's path. */
    params?: Record<string, string>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
    /** A binary body (an upload), base64; sent with the example's `content-type` header. */
    bodyBase64?: string;
  };
  response: { status: number; body?: unknown };
}

export interface OperationResponse {
  description: string;
  /** Omitted for responses without a body (204, 304). Problems use the Problem schema. */
  schema?: z.ZodMiniType;
  /** Default `application/json` (`application/problem+json` for Problem). */
  contentType?: string;
}

/**
 * One operation of the contract. openapi.json, the reference server's tests and (later) the
 * conformance suite are all driven by this list, so it is the one place an endpoint is described.
 */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/queue/tickets/{code}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: Record<string, { description: string; schema: z.ZodMiniType }>;
  queryParams?: Record<string, { description: string; schema: z.ZodMiniType; required?: boolean }>;
  requestBody?: z.ZodMiniType;
  /** A binary request body of one of these media types (uploads), instead of JSON. */
  binaryBody?: readonly string[];
  /** `required`: the server answers 400 without an `Idempotency-Key`; `optional`: it honours one. */
  idempotencyKey?: 'optional' | 'required';
  /** The response carries `ETag` and `Cache-Control`, and `If-None-Match` can answer 304. */
  conditional?: boolean;
  responses: Record<number, OperationResponse>;
  examples: OperationExample[];
}

/** `{ items, nextCursor }` of queue services (named, so openapi.json can reference it). */
export const QueueServicePage = /* @__PURE__ */ Page(QueueService);
export const TaxTypePage = /* @__PURE__ */ Page(TaxType);
export const ComplaintCategoryPage = /* @__PURE__ */ Page(ComplaintCategory);
export const ComplaintPage = /* @__PURE__ */ Page(Complaint);
export const PermitTypePage = /* @__PURE__ */ Page(PermitTypeSummary);
export const RegionPage = /* @__PURE__ */ Page(RegionDistricts.def.element);

const resumeCode = { code: { description: 'The application\'s resume code.', schema: AccessCode } };

const trackingCode = { code: { description: 'The complaint\'s tracking code.', schema: AccessCode } };

const paymentCode = { code: { description: 'The payment\'s access code, as returned when it was created.', schema: AccessCode } };

const ticketCode = { code: { description: 'The ticket\'s access code, as returned when it was issued.', schema: AccessCode } };

const problem = (description: string): OperationResponse => ({ description, schema: Problem });

/** The 409 of a create the server runs at most once per Idempotency-Key: `others` first, then the key's own two. */
const keyed = (others = ''): OperationResponse =>
  problem(
    `${others}${others && ' '}Under one Idempotency-Key: \`idempotency-key-reused\` for another body; \`idempotency-key-in-progress\`, with \`Retry-After\`, while the first request is still being processed (nothing was decided: send the same key and body again after it).`,
  );

export const tags = [
  { name: 'agency', description: 'Who runs this API and when they are open.' },
  { name: 'queue', description: 'Queue numbers taken from home, followed live.' },
  { name: 'taxes', description: 'Regional tax bills, paid once, with a receipt anyone can verify.' },
  { name: 'permits', description: 'Permits with forms the backend defines: drafts on any device, one validator, a review timeline.' },
  { name: 'complaints', description: 'Public complaints, with the reporter\'s privacy kept, followed to the end.' },
  { name: 'meta', description: 'The contract itself.' },
] as const;

export const operations: readonly Operation[] = [
  {
    operationId: 'getAgency',
    method: 'get',
    path: '/v1/agency',
    summary: 'The agency behind this API',
    description: 'Name, logo, address, contact, opening hours and supported languages of the agency.',
    tag: 'agency',
    conditional: true,
    responses: { 200: { description: 'The agency.', schema: Agency } },
    examples: [{ name: 'Lampung Utara', request: {}, response: { status: 200, body: agencyExample } }],
  },
  {
    operationId: 'listQueueServices',
    method: 'get',
    path: '/v1/queue/services',
    summary: 'Office services that give queue numbers',
    description: 'Opening hours, booking window, average service time, the number being served and the remaining quota of each bookable day.',
    tag: 'queue',
    conditional: true,
    responses: { 200: { description: 'Every queue service (one page).', schema: QueueServicePage } },
    examples: [{ name: 'Services of Lampung Utara', request: {}, response: { status: 200, body: { items: [queueServiceExample], nextCursor: null } } }],
  },
  {
    operationId: 'issueQueueTicket',
    method: 'post',
    path: '/v1/queue/tickets',
    summary: 'Take a queue number',
    description:
      'For today or a day in the booking window. A replay with the same Idempotency-Key returns the first ticket. One active number per phone (or NIK), service and date.',
    tag: 'queue',
    requestBody: IssueTicketRequest,
    idempotencyKey: 'optional',
    responses: {
      201: { description: 'The new ticket; keep its `code`.', schema: QueueTicket },
      409: keyed('`queue-quota-full` (with `nextAvailableDate`) or `queue-duplicate-ticket` (with `existingTicketNumber`).'),
      422: problem('`validation`: `errors` names each field (`nik`, `phone`, `visitDate`, `serviceId`).'),
    },
    examples: [
      { name: 'KTP-el on Wednesday', request: { headers: { 'idempotency-key': 'example-ktp-el-0001' }, body: issueTicketRequestExample }, response: { status: 201, body: issuedTicketExample } },
      {
        name: 'A fully booked day',
        request: { body: { ...issueTicketRequestExample, visitDate: '2026-12-01' } },
        response: {
          status: 409,
          body: {
            type: 'urn:layanan:problem:queue-quota-full',
            title: 'Kuota antrean pada tanggal itu sudah penuh',
            status: 409,
            detail: 'Kuota Selasa, 1 Desember 2026 penuh. Tanggal terdekat yang masih ada kuota: Rabu, 2 Desember 2026.',
            instance: '/v1/queue/tickets',
            nextAvailableDate: '2026-12-02',
          },
        },
      },
      {
        name: 'An impossible NIK',
        request: { headers: { 'accept-language': 'en' }, body: { ...issueTicketRequestExample, nik: '1803053002900001' } },
        response: {
          status: 422,
          body: {
            type: 'urn:layanan:problem:validation',
            title: 'Invalid data',
            status: 422,
            detail: 'Check the fields listed in errors.',
            instance: '/v1/queue/tickets',
            errors: [{ path: 'nik', code: 'nik_birth_date', message: 'The birth date in this NIK is impossible.' }],
          },
        },
      },
    ],
  },
  {
    operationId: 'getQueueTicket',
    method: 'get',
    path: '/v1/queue/tickets/{code}',
    summary: 'A queue ticket: status, place in line, estimated call time',
    description: 'Poll with `If-None-Match`: unchanged answers 304 without a body. Estimates are rounded to 5 minutes so they do not change on every poll.',
    tag: 'queue',
    pathParams: ticketCode,
    conditional: true,
    responses: { 200: { description: 'The ticket.', schema: QueueTicket }, 404: problem('No ticket has that code.') },
    examples: [{ name: 'Next in line', request: { params: { code: queueTicketExample.code } }, response: { status: 200, body: queueTicketExample } }],
  },
  {
    operationId: 'watchQueueTicket',
    method: 'get',
    path: '/v1/queue/tickets/{code}/events',
    summary: 'Live changes of a queue ticket (Server-Sent Events)',
    description:
      'A `ticket` event with the whole ticket now and after every change; `: keep-alive` comments; the stream ends after a final status. A ticket that is already final answers 204. Clients without streaming poll `getQueueTicket` instead.',
    tag: 'queue',
    pathParams: ticketCode,
    responses: {
      200: { description: 'An event stream; each `data:` is a QueueTicket.', schema: z.string(), contentType: 'text/event-stream' },
      204: { description: 'The ticket is final: no event will follow.' },
      404: problem('No ticket has that code.'),
    },
    examples: [
      { name: 'Following A-012', request: { params: { code: queueTicketExample.code } }, response: { status: 200 } },
      { name: 'A-001 is done', request: { params: { code: '78YVP-QD6SH-H7TXD' } }, response: { status: 204 } },
    ],
  },
  {
    operationId: 'cancelQueueTicket',
    method: 'post',
    path: '/v1/queue/tickets/{code}/cancel',
    summary: 'Cancel a queue number',
    description: 'Frees the place for someone else. Cancelling a cancelled ticket returns it unchanged.',
    tag: 'queue',
    pathParams: ticketCode,
    idempotencyKey: 'optional',
    responses: { 200: { description: 'The cancelled ticket.', schema: QueueTicket }, 404: problem('No ticket has that code.'), 409: problem('`queue-not-cancellable`: already served, done or expired.') },
    examples: [{ name: 'Cancel A-013', request: { params: { code: cancelledTicketExample.code } }, response: { status: 200, body: cancelledTicketExample } }],
  },
  {
    operationId: 'rejoinQueue',
    method: 'post',
    path: '/v1/queue/tickets/{code}/rejoin',
    summary: 'Re-join the back of the queue after missing the call',
    description: 'Once per ticket, within 30 minutes of becoming `no_show` and while the office is open. The number stays; the place is last.',
    tag: 'queue',
    pathParams: ticketCode,
    idempotencyKey: 'optional',
    responses: { 200: { description: 'The ticket, waiting again.', schema: QueueTicket }, 404: problem('No ticket has that code.'), 409: problem('`queue-cannot-rejoin`.') },
    examples: [{ name: 'A-009 missed its call', request: { params: { code: rejoinedTicketExample.code } }, response: { status: 200, body: rejoinedTicketExample } }],
  },
  {
    operationId: 'listTaxTypes',
    method: 'get',
    path: '/v1/taxes/types',
    summary: 'Taxes and levies payable online',
    description: 'How each is looked up (NOP and year, or billing code), its late-payment penalty rule, payment methods and banks.',
    tag: 'taxes',
    conditional: true,
    responses: { 200: { description: 'Every tax type (one page).', schema: TaxTypePage } },
    examples: [{ name: 'Taxes of Lampung Utara', request: {}, response: { status: 200, body: { items: [taxTypeExample], nextCursor: null } } }],
  },
  {
    operationId: 'findTaxBills',
    method: 'get',
    path: '/v1/taxes/bills',
    summary: 'The bills of a tax object, priced as of a quote',
    description:
      'Without `year`, every unpaid year. Amounts hold until `validUntil` (at most a day, and never past the day the penalty grows): pay with the `quoteId`.',
    tag: 'taxes',
    queryParams: {
      type: { description: 'A tax type id, e.g. `pbb-p2`.', schema: z.string(), required: true },
      objectNumber: { description: `The 18-digit NOP (dots and dashes allowed) or the ${BILLING_CODE_LENGTH}-digit billing code.`, schema: z.string(), required: true },
      year: { description: 'Only this year (paid or not).', schema: z.int() },
    },
    responses: { 200: { description: 'The quote.', schema: TaxBillQuote }, 404: problem('No tax object has that number.'), 422: problem('`validation`: a malformed NOP or billing code, or an unknown type.') },
    examples: [{ name: 'One unpaid year', request: { query: { type: 'pbb-p2', objectNumber: '180301000100100010' } }, response: { status: 200, body: taxBillQuoteExample } }],
  },
  {
    operationId: 'createTaxPayment',
    method: 'post',
    path: '/v1/taxes/payments',
    summary: 'Pay bills of a quote by QRIS or virtual account',
    description:
      'Idempotency-Key is required: the same key and body return the first payment, another body 409. A bill that is paid or held by a pending payment is 409 `tax-bill-unavailable`; an expired quote 409 `tax-quote-expired`.',
    tag: 'taxes',
    requestBody: CreatePaymentRequest,
    idempotencyKey: 'required',
    responses: {
      201: { description: 'The pending payment with its QRIS payload or virtual account.', schema: Payment },
      400: problem('No Idempotency-Key.'),
      409: keyed('`tax-bill-unavailable` or `tax-quote-expired`.'),
    },
    examples: [
      { name: 'PBB-P2 2026 by QRIS', request: { headers: { 'idempotency-key': 'example-pbb-2026-0001' }, body: createPaymentRequestExample }, response: { status: 201, body: createdPaymentExample } },
      {
        name: 'Without an Idempotency-Key',
        request: { body: createPaymentRequestExample },
        response: {
          status: 400,
          body: {
            type: 'urn:layanan:problem:bad-request',
            title: 'Permintaan tidak valid',
            status: 400,
            detail: 'Header Idempotency-Key wajib untuk permintaan ini.',
            instance: '/v1/taxes/payments',
          },
        },
      },
    ],
  },
  {
    operationId: 'getTaxPayment',
    method: 'get',
    path: '/v1/taxes/payments/{code}',
    summary: 'A payment: pending, paid (with its receipt), expired or failed',
    description: 'Poll with `If-None-Match` while pending.',
    tag: 'taxes',
    pathParams: paymentCode,
    conditional: true,
    responses: { 200: { description: 'The payment.', schema: Payment }, 404: problem('No payment has that code.') },
    examples: [{ name: 'Paid in August', request: { params: { code: paidPaymentExample.code } }, response: { status: 200, body: paidPaymentExample } }],
  },
  {
    operationId: 'verifyTaxReceipt',
    method: 'get',
    path: '/v1/taxes/receipts/{verificationCode}',
    summary: 'Check a printed receipt',
    description: 'The verification code printed (and drawn as a QR) on a receipt. 404 means the receipt is not genuine.',
    tag: 'taxes',
    pathParams: { verificationCode: { description: 'The code on the receipt.', schema: AccessCode } },
    responses: { 200: { description: 'What the receipt proves.', schema: ReceiptVerification }, 404: problem('Unknown code: not a genuine receipt.') },
    examples: [{ name: 'A genuine receipt', request: { params: { verificationCode: 'VXRFY-K2M7P-QH4TW' } }, response: { status: 200, body: receiptVerificationExample } }],
  },
  {
    operationId: 'listComplaintCategories',
    method: 'get',
    path: '/v1/complaints/categories',
    summary: 'The complaint category tree',
    description: 'Nodes with `parentId` (null at the top) and the unit that handles each.',
    tag: 'complaints',
    conditional: true,
    responses: { 200: { description: 'Every category (one page).', schema: ComplaintCategoryPage } },
    examples: [{ name: 'Categories', request: {}, response: { status: 200, body: { items: complaintCategoriesExample, nextCursor: null } } }],
  },
  {
    operationId: 'uploadPhoto',
    method: 'post',
    path: '/v1/uploads',
    summary: 'Upload a photo',
    description: `The raw bytes of a JPEG, PNG or WebP image (at most ${UPLOAD_MAX_BYTES / 1024 / 1024} MB), with its Content-Type. The bytes must be what the type claims.`,
    tag: 'complaints',
    binaryBody: ['image/jpeg', 'image/png', 'image/webp'],
    responses: {
      201: { description: 'The stored upload; attach its id to a complaint within 24 hours.', schema: Upload },
      413: problem(`\`payload-too-large\`: over ${UPLOAD_MAX_BYTES / 1024 / 1024} MB.`),
      415: problem('`unsupported-media-type`: not JPEG, PNG or WebP, or the bytes are not what the type claims.'),
    },
    examples: [
      {
        name: 'A small JPEG',
        request: { headers: { 'content-type': 'image/jpeg' }, bodyBase64: '/9j/4AAQSkZJRgAB/9k=' },
        response: { status: 201, body: { id: 'UPL-K7M2X-9PQRT-H4WZ8', contentType: 'image/jpeg', size: 14, expiresAt: '2026-12-01T09:00:00+07:00' } },
      },
    ],
  },
  {
    operationId: 'listPublicComplaints',
    method: 'get',
    path: '/v1/complaints',
    summary: 'Recent complaints, as the public sees them',
    description: 'Newest first, cursor-paginated. Confidential complaints are never listed; anonymous ones carry no reporter.',
    tag: 'complaints',
    queryParams: {
      cursor: { description: 'The `nextCursor` of the previous page.', schema: z.string() },
      limit: { description: 'Items per page, 1–100 (default 20).', schema: z.int().check(z.minimum(1), z.maximum(100)) },
    },
    responses: { 200: { description: 'One page.', schema: ComplaintPage } },
    examples: [{ name: 'The newest', request: { query: { limit: '1' } }, response: { status: 200, body: { items: [], nextCursor: 'o1' } } }],
  },
  {
    operationId: 'submitComplaint',
    method: 'post',
    path: '/v1/complaints',
    summary: 'Submit a complaint',
    description: 'Returns the tracking code to keep. A replay with the same Idempotency-Key returns the same complaint.',
    tag: 'complaints',
    requestBody: SubmitComplaintRequest,
    idempotencyKey: 'optional',
    responses: {
      201: { description: 'The tracking code and the complaint.', schema: SubmittedComplaint },
      409: keyed(),
      422: problem('`validation`: errors per field (`reporter` unless anonymous, `photoIds.N`, `description` …).'),
    },
    examples: [{ name: 'A blocked drain', request: { headers: { 'idempotency-key': 'example-complaint-0001' }, body: submitComplaintRequestExample }, response: { status: 201, body: submittedComplaintExample } }],
  },
  {
    operationId: 'getComplaint',
    method: 'get',
    path: '/v1/complaints/{code}',
    summary: 'Track a complaint',
    description: 'Status timeline, agency responses, due dates in working days. Hidden fields are absent: no reporter unless public; no content when confidential.',
    tag: 'complaints',
    pathParams: trackingCode,
    conditional: true,
    responses: { 200: { description: 'The complaint.', schema: Complaint }, 404: problem('No complaint has that code.') },
    examples: [
      { name: 'A resolved public complaint', request: { params: { code: publicComplaintExample.trackingCode } }, response: { status: 200, body: publicComplaintExample } },
      { name: 'A confidential complaint', request: { params: { code: confidentialComplaintExample.trackingCode } }, response: { status: 200, body: confidentialComplaintExample } },
    ],
  },
  {
    operationId: 'addComplaintComment',
    method: 'post',
    path: '/v1/complaints/{code}/comments',
    summary: 'Add a follow-up',
    tag: 'complaints',
    pathParams: trackingCode,
    requestBody: CommentRequest,
    idempotencyKey: 'optional',
    responses: { 201: { description: 'The complaint with the follow-up.', schema: Complaint }, 409: keyed('`complaint-closed`.') },
    examples: [
      {
        name: 'More detail',
        request: { params: { code: 'PNG3X-KMT8R-Q2HZW' }, body: { message: 'Kejadian yang sama dialami tetangga saya minggu lalu.' } },
        response: { status: 201 },
      },
    ],
  },
  {
    operationId: 'rateComplaint',
    method: 'post',
    path: '/v1/complaints/{code}/rating',
    summary: 'Rate a resolved complaint (once)',
    tag: 'complaints',
    pathParams: trackingCode,
    requestBody: RatingRequest,
    responses: { 200: { description: 'The rated complaint.', schema: Complaint }, 409: problem('`complaint-not-resolved` or `complaint-already-rated`.') },
    examples: [{ name: 'Five stars', request: { params: { code: ratedComplaintExample.trackingCode }, body: { score: 5, comment: 'Cepat ditangani.' } }, response: { status: 200, body: ratedComplaintExample } }],
  },
  {
    operationId: 'reopenComplaint',
    method: 'post',
    path: '/v1/complaints/{code}/reopen',
    summary: 'Reopen a resolved complaint (once, within 7 days)',
    tag: 'complaints',
    pathParams: trackingCode,
    requestBody: ReopenRequest,
    responses: { 200: { description: 'The complaint, in progress again.', schema: Complaint }, 409: problem('`complaint-cannot-reopen`.') },
    examples: [
      {
        name: 'Not fixed after all',
        request: { params: { code: publicComplaintExample.trackingCode }, body: { reason: 'Tambalan sudah lepas lagi setelah hujan semalam.' } },
        response: { status: 200 },
      },
    ],
  },
  {
    operationId: 'listPermitTypes',
    method: 'get',
    path: '/v1/permits/types',
    summary: 'Permits that can be applied for online',
    tag: 'permits',
    conditional: true,
    responses: { 200: { description: 'Every permit type, without its form (one page).', schema: PermitTypePage } },
    examples: [{ name: 'Permits of DPMPTSP', request: {}, response: { status: 200, body: { items: [permitTypeSummaryExample], nextCursor: null } } }],
  },
  {
    operationId: 'getPermitType',
    method: 'get',
    path: '/v1/permits/types/{typeId}',
    summary: 'A permit with the form the backend defines for it',
    description: 'Steps of fields with rules (required, min/max, length, pattern, options, accepted files, visibleWhen). Check answers with `validateAnswers()` of @layanan/contract: the server uses the same function.',
    tag: 'permits',
    pathParams: { typeId: { description: 'A permit type id.', schema: z.string() } },
    conditional: true,
    responses: { 200: { description: 'The permit type.', schema: PermitType }, 404: problem('No such permit type.') },
    examples: [{ name: 'Advertising permit', request: { params: { typeId: 'izin-reklame' } }, response: { status: 200, body: permitTypeExample } }],
  },
  {
    operationId: 'listRegions',
    method: 'get',
    path: '/v1/agency/regions',
    summary: 'The agency\'s districts (kecamatan) and villages (desa/kelurahan)',
    description: 'The choices of an `address` field.',
    tag: 'permits',
    conditional: true,
    responses: { 200: { description: 'Every district with its villages (one page).', schema: RegionPage } },
    examples: [{ name: 'Lampung Utara', request: {}, response: { status: 200, body: { items: regionsExample, nextCursor: null } } }],
  },
  {
    operationId: 'createPermitApplication',
    method: 'post',
    path: '/v1/permits/applications',
    summary: 'Start a draft application',
    description: 'Returns the resume code: continue on any device with it.',
    tag: 'permits',
    requestBody: CreateApplicationRequest,
    idempotencyKey: 'optional',
    responses: { 201: { description: 'The draft.', schema: PermitApplication }, 409: keyed() },
    examples: [
      { name: 'An advertising permit', request: { headers: { 'idempotency-key': 'example-permit-0001' }, body: { typeId: 'izin-reklame', answers: { fullName: 'Rina Sari' } } }, response: { status: 201, body: createdApplicationExample } },
    ],
  },
  {
    operationId: 'getPermitApplication',
    method: 'get',
    path: '/v1/permits/applications/{code}',
    summary: 'An application: answers, status timeline, officer notes',
    tag: 'permits',
    pathParams: resumeCode,
    conditional: true,
    responses: { 200: { description: 'The application.', schema: PermitApplication }, 404: problem('No application has that code.') },
    examples: [{ name: 'A draft', request: { params: { code: draftApplicationExample.code } }, response: { status: 200, body: draftApplicationExample } }],
  },
  {
    operationId: 'savePermitApplication',
    method: 'patch',
    path: '/v1/permits/applications/{code}',
    summary: 'Save answers to a draft (or a revision)',
    description: 'Merges the answers (`null` clears one). `version` must be the current one: a save based on an older version is 409 `application-version-conflict` (with `currentVersion`), so two devices never overwrite each other.',
    tag: 'permits',
    pathParams: resumeCode,
    requestBody: SaveApplicationRequest,
    responses: { 200: { description: 'The application with its new version.', schema: PermitApplication }, 409: problem('`application-version-conflict` or `application-not-editable`.') },
    examples: [{ name: 'Capital and employees', request: { params: { code: draftApplicationExample.code }, body: { version: 3, answers: { capital: 25_000_000, employees: 2 } } }, response: { status: 200, body: savedApplicationExample } }],
  },
  {
    operationId: 'submitPermitApplication',
    method: 'post',
    path: '/v1/permits/applications/{code}/submit',
    summary: 'Submit an application for review',
    description: 'Checked by the shared validator: 422 lists every missing or invalid answer at `answers.<fieldId>`. Submitting a submitted application again returns it.',
    tag: 'permits',
    pathParams: resumeCode,
    idempotencyKey: 'optional',
    responses: { 200: { description: 'The submitted application.', schema: PermitApplication }, 409: keyed('`application-not-editable`.'), 422: problem('`validation`, per field.') },
    examples: [
      { name: 'Complete', request: { params: { code: submittedApplicationExample.code } }, response: { status: 200, body: submittedApplicationExample } },
      { name: 'Not complete yet', request: { params: { code: draftApplicationExample.code } }, response: { status: 422, body: incompleteSubmissionExample } },
    ],
  },
];
