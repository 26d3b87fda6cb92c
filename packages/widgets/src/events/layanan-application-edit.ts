/**
 * `<layanan-permit-status>`: the citizen wants to correct an application the officer sent back.
 * Cancel it (`preventDefault()`) to open the form yourself; otherwise the status widget follows its
 * `form-url`, when it has one.
 */
export class LayananApplicationEditEvent extends CustomEvent<{ code: string }> {
  constructor(code: string) {
    super('layanan-application-edit', { bubbles: true, composed: true, cancelable: true, detail: { code } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'layanan-application-edit': LayananApplicationEditEvent;
  }
}
