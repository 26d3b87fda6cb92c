import type { Complaint } from '@layanan/contract';

/** `<layanan-complaint-form>` filed a complaint; `trackingCode` is what the citizen keeps. */
export class LayananComplaintSubmittedEvent extends CustomEvent<{ trackingCode: string; complaint: Complaint }> {
  constructor(trackingCode: string, complaint: Complaint) {
    super('layanan-complaint-submitted', { bubbles: true, composed: true, detail: { trackingCode, complaint } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-complaint-submitted': LayananComplaintSubmittedEvent;
  }
}
