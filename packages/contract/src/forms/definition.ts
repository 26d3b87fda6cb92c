import * as z from 'zod/mini';

/** A text in both languages a backend-defined form is shown in. */
export const LocalizedText = /* @__PURE__ */ z.object({ id: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const FieldType = /* @__PURE__ */ z.enum([
  'text', 'textarea', 'number', 'money', 'date', 'select', 'radio', 'checkbox', 'file', 'email', 'phone', 'nik', 'npwp', 'address',
]);
export type FieldType = z.infer<typeof FieldType>;

/** Show a field only when another field's answer is one of `in` (or, with `filled`, when it has any answer). */
export const VisibleWhen = /* @__PURE__ */ z.object({
  field: z.string(),
  in: z.optional(z.array(z.union([z.string(), z.number(), z.boolean()]))),
  filled: z.optional(z.boolean()),
});
export type VisibleWhen = z.infer<typeof VisibleWhen>;

export const FormField = /* @__PURE__ */ z.object({
  id: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]*$/)),
  type: FieldType,
  label: LocalizedText,
  help: z.optional(LocalizedText),
  required: z.optional(z.boolean()),
  /** number, money: bounds of the value; date: `YYYY-MM-DD` or `today`. */
  min: z.optional(z.union([z.number(), z.string()])),
  max: z.optional(z.union([z.number(), z.string()])),
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
  /** A regular expression the whole text must match, and what to say when it does not. */
  pattern: z.optional(z.string()),
  patternMessage: z.optional(LocalizedText),
  /** select, radio, and checkbox with several options. */
  options: z.optional(z.array(z.object({ value: z.string(), label: LocalizedText }))),
  /** file: accepted MIME types and the largest size. */
  accept: z.optional(z.array(z.string())),
  maxSizeBytes: z.optional(z.int().check(z.minimum(1))),
  visibleWhen: z.optional(VisibleWhen),
});
export type FormField = z.infer<typeof FormField>;

export const FormStep = /* @__PURE__ */ z.object({
  id: z.string(),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  fields: z.array(FormField),
});
export type FormStep = z.infer<typeof FormStep>;

/** A form the backend defines and any widget renders: steps of fields with rules. */
export const FormDefinition = /* @__PURE__ */ z.object({
  version: z.int().check(z.minimum(1)),
  steps: z.array(FormStep).check(z.minLength(1)),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

/** An answer: text, a number, a yes/no, several choices, an uploaded file, or an address. */
export const AnswerValue = /* @__PURE__ */ z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.object({ uploadId: z.string(), name: z.optional(z.string()), size: z.optional(z.int()), contentType: z.optional(z.string()) }),
  z.object({ districtId: z.string(), villageId: z.string(), street: z.string() }),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answers = /* @__PURE__ */ z.record(z.string(), AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** The agency's region: kecamatan (districts) and their desa/kelurahan (villages). */
export const RegionDistricts = /* @__PURE__ */ z.array(
  z.object({ id: z.string(), name: z.string(), villages: z.array(z.object({ id: z.string(), name: z.string() })) }),
);
export type RegionDistricts = z.infer<typeof RegionDistricts>;

