// Types of widgets.mjs, the one list of widgets.
export interface Widget {
  /** The element's tag, as `defineElement` registers it. */
  readonly tag: `layanan-${string}`;
  /** Its folder under src/: the module is `src/<folder>/<folder>.ts`, the package subpath `./<folder>`. */
  readonly folder: string;
  /** The element class, exported by that module and by src/index.ts. */
  readonly className: string;
  /** Calls a service / shows the agency / a form control for an identity number. */
  readonly kind: 'service' | 'agency' | 'identity';
  /** Its byte-budget class, a key of `budgets` in scripts/bundle-size.mjs. */
  readonly budget: 'widget' | 'serviceWidget';
}
export const widgets: readonly Widget[];
/** Every tag, in the list's order. */
export const tags: readonly `layanan-${string}`[];
/** `queue-ticket/queue-ticket`: a widget's module without extension, as rollup names its entry. */
export function entryOf(widget: Widget): string;
/** `packages/widgets/src/queue-ticket/queue-ticket.ts`: a widget's source from the repository root. */
export function sourceOf(widget: Widget): string;
