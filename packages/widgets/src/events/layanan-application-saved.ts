import type { PermitApplication } from '@layanan/contract';

/** `<layanan-permit-form>` saved the citizen's answers to the server (a new draft, or a change to one). */
export class LayananApplicationSavedEvent extends CustomEvent<{ application: PermitApplication }> {
  constructor(application: PermitApplication) {
    super('layanan-application-saved', { bubbles: true, composed: true, detail: { application } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-application-saved': LayananApplicationSavedEvent;
  }
}
