import type { Complaint } from '@layanan/contract';

/** What changed a complaint on screen: the citizen's follow-up, rating or reopening, or a newer state from the server. */
export type ComplaintChange = 'loaded' | 'refreshed' | 'comment' | 'rating' | 'reopen';

/** `<layanan-complaint-status>` shows a complaint that is new or changed. */
export class LayananComplaintUpdatedEvent extends CustomEvent<{ complaint: Complaint; change: ComplaintChange }> {
  constructor(complaint: Complaint, change: ComplaintChange) {
    super('layanan-complaint-updated', { bubbles: true, composed: true, detail: { complaint, change } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-complaint-updated': LayananComplaintUpdatedEvent;
  }
}
