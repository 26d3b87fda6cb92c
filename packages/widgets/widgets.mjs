// The one list of Layanan's widgets. rollup.config.mjs (entries), scripts/bundle-size.mjs (entries and
// budgets) and the tests that walk every widget read it; package.json's `exports`/`sideEffects`, the
// curated src/index.ts and the elements the sources define are checked against it by test/widget-list.test.ts.
// Adding a widget: a line here, then whatever that test names as missing.

/** @type {readonly import('./widgets.d.mts').Widget[]} */
export const widgets = [
  { tag: 'layanan-agency-info', folder: 'agency-info', className: 'LayananAgencyInfo', kind: 'agency', budget: 'widget' },
  { tag: 'layanan-nik-input', folder: 'nik-input', className: 'LayananNikInput', kind: 'identity', budget: 'widget' },
  { tag: 'layanan-npwp-input', folder: 'npwp-input', className: 'LayananNpwpInput', kind: 'identity', budget: 'widget' },
  { tag: 'layanan-nop-input', folder: 'nop-input', className: 'LayananNopInput', kind: 'identity', budget: 'widget' },
  { tag: 'layanan-phone-input', folder: 'phone-input', className: 'LayananPhoneInput', kind: 'identity', budget: 'widget' },
  { tag: 'layanan-code-input', folder: 'code-input', className: 'LayananCodeInput', kind: 'identity', budget: 'widget' },
  { tag: 'layanan-queue-ticket', folder: 'queue-ticket', className: 'LayananQueueTicket', kind: 'service', budget: 'serviceWidget' },
  { tag: 'layanan-permit-form', folder: 'permit-form', className: 'LayananPermitForm', kind: 'service', budget: 'serviceWidget' },
  { tag: 'layanan-permit-status', folder: 'permit-status', className: 'LayananPermitStatus', kind: 'service', budget: 'serviceWidget' },
  { tag: 'layanan-tax-payment', folder: 'tax-payment', className: 'LayananTaxPayment', kind: 'service', budget: 'serviceWidget' },
  { tag: 'layanan-complaint-form', folder: 'complaint-form', className: 'LayananComplaintForm', kind: 'service', budget: 'serviceWidget' },
  { tag: 'layanan-complaint-status', folder: 'complaint-status', className: 'LayananComplaintStatus', kind: 'service', budget: 'serviceWidget' },
];

/** Every tag, in the list's order. */
export const tags = widgets.map((widget) => widget.tag);

/** `queue-ticket/queue-ticket`: the module of a widget without extension, as rollup names its entry. */
export const entryOf = (widget) => `${widget.folder}/${widget.folder}`;

/** `packages/widgets/src/queue-ticket/queue-ticket.ts`: a widget's source from the repository root. */
export const sourceOf = (widget) => `packages/widgets/src/${entryOf(widget)}.ts`;
