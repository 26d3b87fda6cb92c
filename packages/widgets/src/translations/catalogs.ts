import type { ApplicationStatus } from '@layanan/contract';
import type { AgencyInfoStrings } from '../agency-info/agency-info.strings.js';
import type { ComplaintFormStrings } from '../complaint-form/complaint-form.strings.js';
import type { ComplaintStatusStrings } from '../complaint-status/complaint-status.strings.js';
import type { ComplaintSharedStrings } from '../internal/complaints.js';
import type { IdentityInputStrings } from '../internal/identity-input.strings.js';
import type { PermitFormStrings } from '../permit-form/permit-form.strings.js';
import type { PermitStatusStrings } from '../permit-status/permit-status.strings.js';
import type { QueueTicketStrings } from '../queue-ticket/queue-ticket.strings.js';
import type { TaxPaymentStrings } from '../tax-payment/tax-payment.strings.js';
import type { Translation } from './translation.js';

/**
 * Every catalog of texts, by the name `registerTranslation` knows it under. Types only: each
 * widget's bundle carries its own catalog and none of the others.
 */
export interface LayananTranslations {
  /** Texts every widget shares: loading, retry, errors, times, form words. */
  common: Translation;
  'agency-info': AgencyInfoStrings;
  /** The identity inputs (`<layanan-nik-input>` …): labels, what a valid number says, and why one is refused. */
  'identity-input': IdentityInputStrings;
  'queue-ticket': QueueTicketStrings;
  'permit-form': PermitFormStrings;
  'permit-status': PermitStatusStrings;
  /** The names of a permit application's statuses, shown by both permit widgets. */
  'application-status': Record<ApplicationStatus, string>;
  'tax-payment': TaxPaymentStrings;
  'complaint-form': ComplaintFormStrings;
  'complaint-status': ComplaintStatusStrings;
  /** The privacy levels and the tracking code's name, shown by both complaint widgets. */
  complaints: ComplaintSharedStrings;
}

/**
 * Some texts of a catalog: any nested object may be partial; a text that is a function (it
 * interpolates, or picks a plural) is replaced by a function with the same parameters; a list
 * (the weekdays) is replaced whole.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** What `registerTranslation` takes: for any catalog, any of its texts. */
export type TranslationOverrides = { [K in keyof LayananTranslations]?: DeepPartial<LayananTranslations[K]> };
