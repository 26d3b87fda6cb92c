export interface Widget {
  readonly tag: `layanan-${string}`;
  readonly folder: string;
  readonly className: string;
  readonly kind: 'service' | 'agency' | 'identity';
  readonly budget: 'widget' | 'serviceWidget';
}
export const widgets: readonly Widget[];
export const tags: readonly `layanan-${string}`[];
export function entryOf(widget: Widget): string;
export function sourceOf(widget: Widget): string;
