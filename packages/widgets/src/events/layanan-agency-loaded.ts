import type { Agency } from '@layanan/contract';

/** `<layanan-agency-info>` has the agency's data on screen. */
export class LayananAgencyLoadedEvent extends CustomEvent<{ agency: Agency }> {
  constructor(agency: Agency) {
    super('layanan-agency-loaded', { bubbles: true, composed: true, detail: { agency } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-agency-loaded': LayananAgencyLoadedEvent;
  }
}
