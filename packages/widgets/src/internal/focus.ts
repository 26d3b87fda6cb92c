import type { ReactiveController, ReactiveElement } from 'lit';

/** A selector in the widget's shadow root, or a function that finds the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus once a render has put its target on the screen: a new step's heading, a message, the
 * error summary, the control that follows an action (an upload, a restored draft). The target is
 * kept until a render shows it (a step may still be loading), and a newer `after()` replaces it.
 * Give a heading or message `tabindex="-1"`: the shared styles ring it, also after a tap.
 */
export class FocusController implements ReactiveController {
  private target: FocusTarget | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Focuses `target` after the next render that contains it. */
  after(target: FocusTarget): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Drops a pending move (the citizen went elsewhere first). */
  cancel(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const target = this.target;
    if (!target) return;
    const element = typeof target === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(target) : target();
    if (!element) return;
    this.target = undefined;
    element.focus();
  }

  hostDisconnected(): void {
    this.target = undefined;
  }
}
