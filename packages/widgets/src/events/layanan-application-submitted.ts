import type { PermitApplication } from '@layanan/contract';

/** `<layanan-permit-form>` sent an application (or its corrections) for review; `detail.application.code` is the citizen's code. */
export class LayananApplicationSubmittedEvent extends CustomEvent<{ application: PermitApplication }> {
  constructor(application: PermitApplication) {
    super('layanan-application-submitted', { bubbles: true, composed: true, detail: { application } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-application-submitted': LayananApplicationSubmittedEvent;
  }
}
