import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WatchOptions<T> {
  /** Each new state of the watched resource. */
  onValue: (value: T) => void;
  /** The watch ended with an error (a 404, a contract error); an aborted watch says nothing. */
  onError?: (error: unknown) => void;
  /** The watch ended by itself: the resource is final. */
  onEnd?: () => void;
}

/**
 * Follows one resource through an SDK watch iterator (`watchTicket`, `watchPayment`,
 * `watchComplaint`): the SDK picks Server-Sent Events or conditional polling, backs off while the
 * network is down and resumes by itself. The controller starts, replaces and stops it, and stops it
 * when the widget leaves the page (the widget starts it again when it is attached). While the page
 * is hidden (another tab, a locked phone) it asks nothing: the iterator stops, and starts again when
 * the page is visible.
 */
export class WatchController<T> implements ReactiveController {
  private abort: AbortController | undefined;
  private iterate: ((signal: AbortSignal) => AsyncIterable<T>) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WatchOptions<T>,
  ) {
    host.addController(this);
  }

  /** A watch is running (or paused while the page is hidden). */
  get watching(): boolean {
    return !!this.iterate;
  }

  /** Starts following what `iterate` yields, after stopping the watch before it. */
  start(iterate: (signal: AbortSignal) => AsyncIterable<T>): void {
    this.stop();
    this.iterate = iterate;
    this.sync();
  }

  stop(): void {
    this.iterate = undefined;
    this.sync();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.sync);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.sync);
    this.stop();
  }

  /** Runs the iterator while there is a watch and the page is visible; stops it otherwise. */
  private sync = (): void => {
    const iterate = document.visibilityState === 'hidden' ? undefined : this.iterate;
    if (!iterate) {
      this.abort?.abort();
      this.abort = undefined;
      return;
    }
    if (this.abort) return;
    const abort = (this.abort = new AbortController());
    void (async () => {
      try {
        for await (const value of iterate(abort.signal)) {
          if (abort.signal.aborted) return;
          this.options.onValue(value);
          this.host.requestUpdate();
        }
        if (!abort.signal.aborted) this.options.onEnd?.();
      } catch (error) {
        if (!abort.signal.aborted) this.options.onError?.(error);
      } finally {
        // Ended by itself (final, or an error): nothing to start again when the page shows.
        if (this.abort === abort) this.abort = this.iterate = undefined;
        this.host.requestUpdate();
      }
    })();
  };
}
