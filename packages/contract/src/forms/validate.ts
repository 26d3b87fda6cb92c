import { nikProblem, npwpProblem, phoneProblem } from './identity-checks.js';
import type { AnswerValue, Answers, FormDefinition, FormField, RegionDistricts } from './definition.js';
import { formMessages, type FormErrorCode } from './messages.js';
import { isEmail } from '../limits.js';

/** One failed field: its id, a stable code, and the message in the asked language. */
export interface FormError {
  path: string;
  code: FormErrorCode;
  message: string;
}

export interface ValidateOptions {
  locale?: 'id' | 'en';
  /** `YYYY-MM-DD` that `today` in date rules means (the server's date). Default: today, UTC. */
  today?: string;
  /** The agency's districts and villages, to check `address` answers; without it only their shape is checked. */
  regions?: RegionDistricts;
  /** Check only these fields (as a citizen leaves each one); default: every visible field. */
  only?: readonly string[];
}

function isEmpty(value: AnswerValue | undefined | null): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Is a field shown, given the answers? A field controlled by a hidden field is hidden too. */
export function isFieldVisible(definition: FormDefinition, field: FormField, answers: Answers, seen = new Set<string>()): boolean {
  const rule = field.visibleWhen;
  if (!rule) return true;
  if (seen.has(field.id)) return false; // a cycle in a definition hides the fields in it
  seen.add(field.id);
  const controller = definition.steps.flatMap((s) => s.fields).find((f) => f.id === rule.field);
  if (!controller || !isFieldVisible(definition, controller, answers, seen)) return false;
  const answer = answers[rule.field];
  if (rule.filled !== undefined) return rule.filled ? !isEmpty(answer) : isEmpty(answer);
  if (!rule.in) return !isEmpty(answer);
  const given = Array.isArray(answer) ? answer : [answer];
  return given.some((value) => rule.in!.includes(value as string | number | boolean));
}

/** The fields a citizen sees with these answers, in order. */
export function visibleFields(definition: FormDefinition, answers: Answers): FormField[] {
  return definition.steps.flatMap((step) => step.fields).filter((field) => isFieldVisible(definition, field, answers));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

/** Checks one answer against its field's rules; `undefined` when it is fine. */
export function checkField(field: FormField, value: AnswerValue | undefined, options: ValidateOptions = {}): { code: FormErrorCode; n?: string | number } | undefined {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (isEmpty(value)) return field.required ? { code: field.type === 'checkbox' && !field.options ? 'must_accept' : 'required' } : undefined;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return { code: 'wrong_type' };
      const length = value.trim().length;
      if (field.minLength !== undefined && length < field.minLength) return { code: 'too_short', n: field.minLength };
      if (field.maxLength !== undefined && length > field.maxLength) return { code: 'too_long', n: field.maxLength };
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(value.trim())) return { code: 'pattern' };
      return undefined;
    }
    case 'number':
    case 'money': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isFinite(number)) return { code: 'not_a_number' };
      if (field.type === 'money' && (!Number.isInteger(number) || number < 0)) return { code: 'not_whole_rupiah' };
      if (typeof field.min === 'number' && number < field.min) return { code: 'too_small', n: field.min };
      if (typeof field.max === 'number' && number > field.max) return { code: 'too_large', n: field.max };
      return undefined;
    }
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDate(value)) return { code: 'invalid_date' };
      const min = field.min === 'today' ? today : typeof field.min === 'string' ? field.min : undefined;
      const max = field.max === 'today' ? today : typeof field.max === 'string' ? field.max : undefined;
      if (min && value < min) return { code: 'date_too_early', n: min };
      if (max && value > max) return { code: 'date_too_late', n: max };
      return undefined;
    }
    case 'select':
    case 'radio':
      return typeof value === 'string' && field.options?.some((o) => o.value === value) ? undefined : { code: 'invalid_option' };
    case 'checkbox':
      if (!field.options) return value === true ? undefined : field.required ? { code: 'must_accept' } : value === false ? undefined : { code: 'wrong_type' };
      if (!Array.isArray(value) || !value.every((v) => field.options!.some((o) => o.value === v))) return { code: 'invalid_option' };
      return undefined;
    case 'email':
      return typeof value === 'string' && isEmail(value.trim()) ? undefined : { code: 'invalid_email' };
    case 'phone':
    case 'nik':
    case 'npwp': {
      if (typeof value !== 'string') return field.type === 'phone' ? { code: 'invalid_phone' } : { code: 'wrong_type' };
      const on = new Date(`${today}T12:00:00Z`);
      const code = field.type === 'phone' ? phoneProblem(value) : field.type === 'nik' ? nikProblem(value, on) : npwpProblem(value, on);
      return code && { code };
    }
    case 'file': {
      if (typeof value !== 'object' || Array.isArray(value) || !('uploadId' in value)) return { code: 'wrong_type' };
      if (field.accept && value.contentType && !field.accept.includes(value.contentType)) return { code: 'file_type' };
      if (field.maxSizeBytes && value.size !== undefined && value.size > field.maxSizeBytes) return { code: 'file_too_large', n: bytes(field.maxSizeBytes) };
      return undefined;
    }
    case 'address': {
      if (typeof value !== 'object' || Array.isArray(value) || !('districtId' in value)) return { code: 'invalid_address' };
      if (value.street.trim().length < 5) return { code: 'invalid_address' };
      if (options.regions) {
        const district = options.regions.find((d) => d.id === value.districtId);
        if (!district?.villages.some((v) => v.id === value.villageId)) return { code: 'invalid_address' };
      }
      return undefined;
    }
  }
}

/**
 * The one validator of backend-defined forms: the reference server decides with it, the widget
 * checks as the citizen types with it, so they never disagree. Hidden fields (by `visibleWhen`)
 * are not checked: their answers are kept but do not count.
 */
export function validateAnswers(definition: FormDefinition, answers: Answers, options: ValidateOptions = {}): FormError[] {
  const locale = options.locale ?? 'id';
  const errors: FormError[] = [];
  for (const field of visibleFields(definition, answers)) {
    if (options.only && !options.only.includes(field.id)) continue;
    const problem = checkField(field, answers[field.id], options);
    if (problem) errors.push({ path: field.id, code: problem.code, message: formMessages[problem.code][locale].replace('{n}', String(problem.n ?? '')) });
  }
  return errors;
}
