import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Says things to screen readers through one polite live region per widget. The region is emptied
 * before each sentence and filled on the next frame, so the same sentence said twice is heard twice
 * ("Nomor Anda dipanggil" on a second call). `delay` waits for the citizen to pause (a counter while
 * typing); a newer sentence replaces a waiting one.
 */
export class Announcer implements ReactiveController {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string, delay = 0): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.text = '';
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(() => {
        this.text = text;
        this.host.requestUpdate();
      });
    }, delay);
  }

  /** The live region; render it once, anywhere in the widget (it is visually hidden). @csspart announcer */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" part="announcer">${this.text}</div>`;
  }

  /** Empties the live region now and drops a waiting sentence (a new screen: nothing old is read). */
  clear(): void {
    this.stop();
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }

  private stop(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
  }
}
