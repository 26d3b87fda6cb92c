import { html, nothing, type TemplateResult } from 'lit';
import { formatNik, formatNpwp, formatPhone, formatRupiah, type AnswerValue, type FormField, type RegionDistricts } from '@layanan/contract';
import { describedBy, renderField } from '../internal/field.js';
import { formatDate, intlLocale } from '../internal/format.js';
import type { WidgetLocale } from '../internal/locale.js';
import type { Translation } from '../translations/translation.js';
import type { PermitFormStrings } from './permit-form.strings.js';
import '../nik-input/nik-input.js';
import '../npwp-input/npwp-input.js';
import '../phone-input/phone-input.js';

/** What renders one field of a backend-defined form: its answer, its error, and how to report changes. */
export interface FieldContext {
  t: Translation;
  s: PermitFormStrings;
  locale: WidgetLocale;
  value: AnswerValue | undefined;
  /** What the citizen is typing, while it differs from how the answer is shown. */
  text: string | undefined;
  error: string | undefined;
  regions: RegionDistricts;
  /** An upload on its way. */
  upload: { name: string; percent: number } | undefined;
  /** `YYYY-MM-DD` for `today` in date rules. */
  today: string;
  onText(text: string): void;
  onValue(value: AnswerValue | null): void;
  onFile(file: File): void;
}

type Address = { districtId: string; villageId: string; street: string };
type FileAnswer = { uploadId: string; name?: string; size?: number; contentType?: string };

/** The id of a field's (first) control: what the error summary links to and "Ubah" focuses. */
export const controlId = (field: FormField) => `field-${field.id}`;

const isAddress = (value: unknown): value is Address => typeof value === 'object' && value !== null && 'districtId' in value;
const isFile = (value: unknown): value is FileAnswer => typeof value === 'object' && value !== null && 'uploadId' in value;

const FILE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/** `2097152` → `2 MB`, as the validator writes sizes. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The answer for what was typed: numbers as numbers (money without `Rp` and thousands dots), text
 * as text; `null` for nothing. What cannot be read stays text, so the validator can say why.
 */
export function parseText(field: FormField, text: string): AnswerValue | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (field.type === 'money') {
    const digits = trimmed.replace(/^rp\.?\s*/i, '').replace(/[.\s]/g, '');
    return /^\d+$/.test(digits) ? Number(digits) : trimmed;
  }
  if (field.type === 'number') {
    const number = trimmed.replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(number) ? Number(number) : trimmed;
  }
  return field.type === 'textarea' ? text : trimmed;
}

/** How an answer shows in its text box once the citizen has left it. */
function textOf(field: FormField, value: AnswerValue | undefined, locale: WidgetLocale): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'money' && typeof value === 'number') return new Intl.NumberFormat(intlLocale(locale)).format(value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const dateRule = (rule: string | number | undefined, today: string) => (rule === 'today' ? today : typeof rule === 'string' ? rule : undefined);

/** An answer in words, for the review page. */
export function describeAnswer(field: FormField, value: AnswerValue | undefined, ctx: { s: PermitFormStrings; locale: WidgetLocale; regions: RegionDistricts }): string {
  const { s, locale, regions } = ctx;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return s.notAnswered;
  const option = (v: string) => field.options?.find((o) => o.value === v)?.label[locale] ?? v;
  if (Array.isArray(value)) return value.map(option).join(', ');
  if (isAddress(value)) {
    const district = regions.find((d) => d.id === value.districtId);
    const village = district?.villages.find((v) => v.id === value.villageId);
    return [value.street, village?.name, district?.name].filter(Boolean).join(', ');
  }
  if (isFile(value)) return [value.name ?? value.uploadId, value.size ? `(${fileSize(value.size)})` : ''].filter(Boolean).join(' ');
  if (typeof value === 'boolean') return value ? s.yes : s.notAnswered;
  if (field.type === 'money' && typeof value === 'number') return formatRupiah(value);
  if (field.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (field.type === 'select' || field.type === 'radio') return option(String(value));
  // Identity numbers as they are printed on the card, so a typo stands out.
  if (typeof value === 'string') return field.type === 'nik' ? formatNik(value) : field.type === 'npwp' ? formatNpwp(value) : field.type === 'phone' ? formatPhone(value) : value;
  return String(value);
}

function renderGroupHead(ctx: FieldContext, field: FormField, id: string, hint: string | undefined): TemplateResult {
  const { t, error } = ctx;
  return html`<legend>${field.label[ctx.locale]}${field.required ? nothing : html` <span class="optional">(${t.form.optional})</span>`}</legend>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
}

/** One field of any backend-defined form, GOV.UK style: label, help, error above the control. */
export function renderFormField(field: FormField, ctx: FieldContext): TemplateResult {
  const { t, s, locale, value, error } = ctx;
  const id = controlId(field);
  const label = field.label[locale];
  const hint = field.help?.[locale];
  const required = field.required === true;
  const options = { id, label, hint, error, required };
  const invalid = error ? 'true' : 'false';
  const onText = (event: Event) => ctx.onText((event.target as HTMLInputElement).value);

  switch (field.type) {
    case 'nik':
    case 'npwp':
    case 'phone': {
      // The identity inputs label and check themselves with the same validator; the form only says when to show the error.
      // `value` (the attribute) is what they start with; `.value` follows later changes.
      const identity = (event: Event) => ctx.onText((event.target as HTMLInputElement).value);
      const text = ctx.text ?? (typeof value === 'string' ? value : '');
      const shown = required ? label : `${label} (${t.form.optional})`;
      if (field.type === 'nik') return html`<layanan-nik-input id=${id} .label=${shown} .help=${hint} ?required=${required} value=${text} .value=${text} .touched=${!!error} .error=${error ?? ""} @input=${identity}></layanan-nik-input>`;
      if (field.type === 'npwp') return html`<layanan-npwp-input id=${id} .label=${shown} .help=${hint} ?required=${required} value=${text} .value=${text} .touched=${!!error} .error=${error ?? ""} @input=${identity}></layanan-npwp-input>`;
      return html`<layanan-phone-input id=${id} .label=${shown} .help=${hint} ?required=${required} value=${text} .value=${text} .touched=${!!error} .error=${error ?? ""} @input=${identity}></layanan-phone-input>`;
    }
    case 'textarea': {
      const text = ctx.text ?? textOf(field, value, locale);
      const counter = field.maxLength ? s.characters(text.trim().length, field.maxLength) : '';
      return renderField(
        t,
        options,
        html`<textarea id=${id} aria-describedby=${describedBy(options)} aria-invalid=${invalid} .value=${text} @input=${onText}></textarea>
          ${counter ? html`<p class="counter" aria-hidden="true">${counter}</p>` : nothing}`,
      );
    }
    case 'select':
      return renderField(
        t,
        options,
        html`<select id=${id} aria-describedby=${describedBy(options)} aria-invalid=${invalid} @change=${(event: Event) => ctx.onValue((event.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!value}>${s.chooseOne}</option>
          ${field.options?.map((o) => html`<option value=${o.value} ?selected=${value === o.value}>${o.label[locale]}</option>`)}
        </select>`,
      );
    case 'radio':
    case 'checkbox': {
      if (field.type === 'checkbox' && !field.options) {
        return html`<div class="field">
          ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
          <label class="choice">
            <input type="checkbox" id=${id} aria-describedby=${describedBy({ ...options, hint: undefined })} aria-invalid=${invalid} .checked=${value === true}
              @change=${(event: Event) => ctx.onValue((event.target as HTMLInputElement).checked ? true : null)} />
            <span>${label}</span>
          </label>
        </div>`;
      }
      const chosen = Array.isArray(value) ? value : [value];
      const change = (option: string) => (event: Event) => {
        const checked = (event.target as HTMLInputElement).checked;
        if (field.type === 'radio') return ctx.onValue(option);
        const next = (field.options ?? []).map((o) => o.value).filter((v) => (v === option ? checked : chosen.includes(v)));
        ctx.onValue(next.length ? next : null);
      };
      return html`<fieldset class="field" aria-describedby=${describedBy(options)}>
        ${renderGroupHead(ctx, field, id, hint)}
        ${field.options?.map(
          (o, i) => html`<label class="choice">
            <input type=${field.type} id=${i ? `${id}-${i}` : id} name=${id} .value=${o.value} .checked=${chosen.includes(o.value)} aria-invalid=${invalid} @change=${change(o.value)} />
            <span>${o.label[locale]}</span>
          </label>`,
        )}
      </fieldset>`;
    }
    case 'address': {
      const address: Address = isAddress(value) ? value : { districtId: '', villageId: '', street: '' };
      const district = ctx.regions.find((d) => d.id === address.districtId);
      const set = (patch: Partial<Address>) => {
        const next = { ...address, ...patch };
        ctx.onValue(next.districtId || next.villageId || next.street ? next : null);
      };
      const describe = describedBy(options);
      return html`<fieldset class="field address" aria-describedby=${describe}>
        ${renderGroupHead(ctx, field, id, hint)}
        <label for=${id}>${s.district}</label>
        <select id=${id} aria-invalid=${invalid} @change=${(event: Event) => set({ districtId: (event.target as HTMLSelectElement).value, villageId: '' })}>
          <option value="" ?selected=${!address.districtId}>${s.chooseDistrict}</option>
          ${ctx.regions.map((d) => html`<option value=${d.id} ?selected=${d.id === address.districtId}>${d.name}</option>`)}
        </select>
        <label for="${id}-village">${s.village}</label>
        <select id="${id}-village" aria-invalid=${invalid} ?disabled=${!district} @change=${(event: Event) => set({ villageId: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!address.villageId}>${s.chooseVillage}</option>
          ${district?.villages.map((v) => html`<option value=${v.id} ?selected=${v.id === address.villageId}>${v.name}</option>`)}
        </select>
        <label for="${id}-street">${s.street}</label>
        <input id="${id}-street" autocomplete="street-address" aria-invalid=${invalid} .value=${address.street} @input=${(event: Event) => set({ street: (event.target as HTMLInputElement).value })} />
      </fieldset>`;
    }
    case 'file': {
      const rules = s.fileRules((field.accept ?? []).map((type) => FILE_NAMES[type] ?? type).join(', '), field.maxSizeBytes ? fileSize(field.maxSizeBytes) : '');
      const fileOptions = { ...options, hint: [hint, rules].filter(Boolean).join(' · ') };
      const file = isFile(value) ? value : undefined;
      const { upload } = ctx;
      return html`<div class="field">
        <label for=${id}>${label}${required ? nothing : html` <span class="optional">(${t.form.optional})</span>`}</label>
        <p class="hint" id="${id}-hint">${fileOptions.hint}</p>
        ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
        ${file
          ? html`<p class="file" part="file"><span class="visually-hidden">${s.fileChosen}: </span>${describeAnswer(field, file, ctx)}
              <button class="link" type="button" @click=${() => ctx.onValue(null)}>${s.removeFile}<span class="visually-hidden"> ${label}</span></button></p>`
          : nothing}
        ${upload
          ? html`<div class="upload"><progress max="100" .value=${upload.percent} aria-label=${s.uploading(upload.name, upload.percent)}></progress>
              <span aria-hidden="true">${s.uploading(upload.name, upload.percent)}</span></div>`
          : nothing}
        <input type="file" id=${id} class="file-input visually-hidden" accept=${field.accept?.join(',') ?? nothing} aria-describedby=${describedBy(fileOptions)} aria-invalid=${invalid} ?disabled=${!!upload}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const chosen = input.files?.[0];
            if (chosen) ctx.onFile(chosen);
            input.value = '';
          }} />
        <!-- The browser's own file button speaks the browser's language; this one the widget's. -->
        <label for=${id} class="button button--secondary file-button" aria-hidden="true">${file ? s.replaceFile : s.chooseFile}</label>
      </div>`;
    }
    default: {
      // text, email, number, money, date
      const text = ctx.text ?? textOf(field, value, locale);
      const type = field.type === 'date' ? 'date' : field.type === 'email' ? 'email' : 'text';
      const inputMode = field.type === 'money' ? 'numeric' : field.type === 'number' ? 'decimal' : field.type === 'email' ? 'email' : nothing;
      const amount = field.type === 'money' && typeof value === 'number' && !error ? s.rupiah(formatRupiah(value)) : '';
      return renderField(
        t,
        options,
        html`<input id=${id} type=${type} inputmode=${inputMode} autocomplete=${field.type === 'email' ? 'email' : 'off'}
            min=${dateRule(field.type === 'date' ? field.min : undefined, ctx.today) ?? nothing} max=${dateRule(field.type === 'date' ? field.max : undefined, ctx.today) ?? nothing}
            aria-describedby=${describedBy(options)} aria-invalid=${invalid} .value=${text} @input=${onText} />
          ${amount ? html`<p class="counter">${amount}</p>` : nothing}`,
      );
    }
  }
}
