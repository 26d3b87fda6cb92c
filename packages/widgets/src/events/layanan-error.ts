/** What `layanan-error` carries: the SDK error and the message the citizen was shown. */
export interface LayananErrorDetail {
  error: unknown;
  /** The localized message rendered in the widget. */
  message: string;
  /** What the widget was doing, e.g. `load-agency`. */
  operation: string;
}

/** A widget failed to load or submit; it shows the error itself, this is for analytics and logs. */
export class LayananErrorEvent extends CustomEvent<LayananErrorDetail> {
  constructor(detail: LayananErrorDetail) {
    super('layanan-error', { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-error': LayananErrorEvent;
  }
}
