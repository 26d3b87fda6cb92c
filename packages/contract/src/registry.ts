import * as z from 'zod/mini';
import { ComplaintCategoryPage, ComplaintPage, PermitTypePage, QueueServicePage, RegionPage, TaxTypePage } from './operations.js';
import { AccessCode } from './common/access-code.js';
import { Email, HttpUrl } from './common/formats.js';
import { Money } from './common/money.js';
import { FieldError, Problem } from './common/problem.js';
import { DateTime, LocalDate, LocalTime } from './common/time.js';
import { NikNumber } from './identity/nik.js';
import { NopNumber } from './identity/nop.js';
import { NpwpNumber } from './identity/npwp.js';
import { PhoneE164 } from './identity/phone.js';
import { OpeningHours, Address, Contact, Locale, AgencyUnit, Agency } from './resources/agency.js';
import {
  CreatePaymentRequest, Payment, PaymentStatus, Receipt, ReceiptVerification, TaxBill, TaxBillQuote, TaxLookup, TaxType,
} from './resources/taxes.js';
import {
  CommentRequest, Complaint, ComplaintCategory, ComplaintLocation, ComplaintMessage, ComplaintPrivacy, ComplaintStatus, RatingRequest, ReopenRequest,
  SubmitComplaintRequest, SubmittedComplaint, Upload,
} from './resources/complaints.js';
import {
  AnswerValue, Answers, FieldType, FormDefinition, FormField, FormStep, LocalizedText, RegionDistricts, VisibleWhen,
} from './forms/definition.js';
import {
  ApplicationStatus, CreateApplicationRequest, PermitApplication, PermitType, PermitTypeSummary, SaveApplicationRequest,
} from './resources/permits.js';
import { IssueTicketRequest, QueueDay, QueueService, QueueTicket, QueueTicketStatus } from './resources/queue.js';

/** What a schema says about itself in openapi.json. */
export interface SchemaMeta {
  /** Named schemas become `#/components/schemas/<id>` and are referenced, not repeated. */
  id?: string;
  description?: string;
  examples?: unknown[];
  /** JSON-Schema `format` for a pattern-checked string (email, uri). */
  format?: string;
}

/**
 * The contract's schemas with their names and descriptions, kept here rather than on each schema
 * so browser bundles (which validate, but never describe) carry none of this text. See
 * docs/decisions/001-contract-for-the-browser.md.
 */
export const contractRegistry = z.registry<SchemaMeta>();

contractRegistry.add(AccessCode, {
    id: 'AccessCode',
    description: 'An unguessable citizen access code: 15 symbols (74 bits) in three groups of five.',
    examples: ['K7M2X-9PQRT-H4WZ8'],
  });
contractRegistry.add(Email, { format: 'email' });
contractRegistry.add(HttpUrl, { format: 'uri' });
contractRegistry.add(Money, {
    id: 'Money',
    description: 'An amount in whole Indonesian rupiah (IDR), as an integer.',
    examples: [150000],
  });
contractRegistry.add(FieldError, { id: 'FieldError', description: 'One invalid field of a request.' });
contractRegistry.add(Problem, {
    id: 'Problem',
    description: 'RFC 9457 problem details; `title` and `errors[].message` follow Accept-Language.',
  });
contractRegistry.add(DateTime, {
  id: 'DateTime',
  description: 'ISO-8601 date-time with an offset (agencies in Lampung use WIB, +07:00).',
  examples: ['2026-11-27T08:00:00+07:00'],
});
contractRegistry.add(LocalDate, {
  id: 'LocalDate',
  description: 'A calendar date (YYYY-MM-DD) in the agency time zone.',
  examples: ['2026-11-27'],
});
contractRegistry.add(LocalTime, {
    id: 'LocalTime',
    description: 'A wall-clock time (HH:MM, 24-hour) in the agency time zone.',
    examples: ['08:00'],
  });
contractRegistry.add(NikNumber, { id: 'Nik', description: '16-digit NIK (national identity number).', examples: ['1803054512900001'] });
contractRegistry.add(NopNumber, { id: 'Nop', description: '18-digit NOP (PBB-P2 object number), digits only.', examples: ['180301000100100010'] });
contractRegistry.add(NpwpNumber, { id: 'Npwp', description: 'NPWP, 15 (old) or 16 digits.', examples: ['012345674123000'] });
contractRegistry.add(PhoneE164, { id: 'PhoneE164', description: 'Indonesian phone number in E.164 form.', examples: ['+6281234567890'] });
contractRegistry.add(OpeningHours, { id: 'OpeningHours', description: 'Opening hours on one ISO weekday (1 = Monday).' });
contractRegistry.add(Address, { id: 'Address', description: 'A postal address in Indonesia.' });
contractRegistry.add(Contact, { id: 'Contact', description: 'How citizens reach an agency.' });
contractRegistry.add(Locale, {
  id: 'Locale',
  description: 'A supported language: Bahasa Indonesia (`id`, the default) or English (`en`).',
});
contractRegistry.add(AgencyUnit, { id: 'AgencyUnit', description: 'A unit of the agency (dinas, badan) that runs services.' });
contractRegistry.add(Agency, { id: 'Agency', description: 'The agency that runs this API.' });
contractRegistry.add(QueueDay, { id: 'QueueDay', description: 'One bookable day of a queue service, with its remaining quota.' });
contractRegistry.add(QueueService, { id: 'QueueService', description: 'An office service citizens can take a queue number for.' });
contractRegistry.add(QueueTicketStatus, {
  id: 'QueueTicketStatus',
  description: 'waiting → called → serving → done; or cancelled, no_show (may re-join once), expired (the day ended).',
});
contractRegistry.add(IssueTicketRequest, { id: 'IssueTicketRequest', description: 'Take a queue number for a service on a visit date.' });
contractRegistry.add(QueueTicket, { id: 'QueueTicket', description: 'A queue ticket as its holder sees it; reached by its unguessable code.' });
contractRegistry.add(QueueServicePage, { id: 'QueueServicePage', description: 'A page of queue services.' });
contractRegistry.add(TaxLookup, { id: 'TaxLookup', description: '`nop_year`: by 18-digit NOP (and year); `billing_code`: by the code on the bill.' });
contractRegistry.add(TaxType, { id: 'TaxType', description: 'A regional tax or levy that can be paid online.' });
contractRegistry.add(TaxBill, { id: 'TaxBill', description: 'One bill (one year) of a tax object, priced as of its quote.' });
contractRegistry.add(TaxBillQuote, { id: 'TaxBillQuote', description: 'The bills of a tax object with amounts that hold until validUntil.' });
contractRegistry.add(CreatePaymentRequest, { id: 'CreatePaymentRequest', description: 'Pay some bills of a quote by QRIS or a virtual account.' });
contractRegistry.add(PaymentStatus, { id: 'PaymentStatus', description: 'pending → paid | expired | failed.' });
contractRegistry.add(Receipt, { id: 'Receipt', description: 'Proof of payment, with a code anyone can verify.' });
contractRegistry.add(Payment, { id: 'Payment', description: 'A payment of tax bills; reached by its unguessable code.' });
contractRegistry.add(ReceiptVerification, { id: 'ReceiptVerification', description: 'What a verification code on a receipt confirms.' });
contractRegistry.add(TaxTypePage, { id: 'TaxTypePage', description: 'A page of tax types.' });
contractRegistry.add(ComplaintCategory, { id: 'ComplaintCategory', description: 'A node of the complaint category tree; parentId links it to its parent.' });
contractRegistry.add(ComplaintPrivacy, { id: 'ComplaintPrivacy', description: 'public; anonymous (anonim: the reporter is never shown); confidential (rahasia: the content is not public).' });
contractRegistry.add(ComplaintStatus, { id: 'ComplaintStatus', description: 'received → verified → in_progress → resolved | rejected.' });
contractRegistry.add(Upload, { id: 'Upload', description: 'A stored photo, to attach by id.' });
contractRegistry.add(ComplaintLocation, { id: 'ComplaintLocation', description: 'Where: a description, and a position when the citizen shared it.' });
contractRegistry.add(SubmitComplaintRequest, { id: 'SubmitComplaintRequest', description: 'A new complaint.' });
contractRegistry.add(ComplaintMessage, { id: 'ComplaintMessage', description: 'An agency response or a citizen follow-up.' });
contractRegistry.add(Complaint, { id: 'Complaint', description: 'A complaint as anyone with its tracking code sees it; hidden fields are absent.' });
contractRegistry.add(SubmittedComplaint, { id: 'SubmittedComplaint', description: 'The tracking code to keep, and the complaint.' });
contractRegistry.add(CommentRequest, { id: 'CommentRequest', description: 'A citizen follow-up.' });
contractRegistry.add(RatingRequest, { id: 'RatingRequest', description: 'Satisfaction with a resolved complaint.' });
contractRegistry.add(ReopenRequest, { id: 'ReopenRequest', description: 'Why a resolved complaint is not resolved.' });
contractRegistry.add(ComplaintCategoryPage, { id: 'ComplaintCategoryPage', description: 'A page of complaint categories.' });
contractRegistry.add(ComplaintPage, { id: 'ComplaintPage', description: 'A page of complaints, as the public sees them.' });
contractRegistry.add(LocalizedText, { id: 'LocalizedText', description: 'A text in Bahasa Indonesia (id) and English (en).' });
contractRegistry.add(FieldType, { id: 'FieldType', description: 'The kind of a form field.' });
contractRegistry.add(VisibleWhen, { id: 'VisibleWhen', description: 'Show a field only when another field has one of these answers (or any answer).' });
contractRegistry.add(FormField, { id: 'FormField', description: 'One field of a backend-defined form, with its rules.' });
contractRegistry.add(FormStep, { id: 'FormStep', description: 'A step (section) of a form.' });
contractRegistry.add(FormDefinition, { id: 'FormDefinition', description: 'A form the backend defines: steps of fields with rules. Check answers with the contract\'s validateAnswers().' });
contractRegistry.add(AnswerValue, { id: 'AnswerValue', description: 'Text, a number, yes/no, several choices, an uploaded file, or an address.' });
contractRegistry.add(Answers, { id: 'Answers', description: 'Answers by field id.' });
contractRegistry.add(RegionDistricts, { id: 'RegionDistricts', description: 'The agency\'s kecamatan with their desa/kelurahan.' });
contractRegistry.add(PermitTypeSummary, { id: 'PermitTypeSummary', description: 'A permit: what it is, what it costs, how long it takes.' });
contractRegistry.add(PermitType, { id: 'PermitType', description: 'A permit with its form.' });
contractRegistry.add(ApplicationStatus, { id: 'ApplicationStatus', description: 'draft → submitted → verification → revision_requested → approved | rejected.' });
contractRegistry.add(PermitApplication, { id: 'PermitApplication', description: 'An application, reached by its resume code.' });
contractRegistry.add(CreateApplicationRequest, { id: 'CreateApplicationRequest', description: 'Start a draft.' });
contractRegistry.add(SaveApplicationRequest, { id: 'SaveApplicationRequest', description: 'Answers to merge into a draft, based on a version.' });
contractRegistry.add(PermitTypePage, { id: 'PermitTypePage', description: 'A page of permit types.' });
contractRegistry.add(RegionPage, { id: 'RegionPage', description: 'The agency\'s districts with their villages.' });
