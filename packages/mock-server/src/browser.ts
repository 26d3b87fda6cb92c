import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';
import { MockStore } from './state.js';

export interface BrowserMockServer {
  readonly store: MockStore;
  readonly worker: SetupWorker;
  stop(): void;
  reset(): void;
  use(...handlers: RequestHandler[]): void;
}

export interface StartMockWorkerOptions {
  /** Where `mockServiceWorker.js` is served (copy it with `npx msw init <dir>`). Default: `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Log each intercepted request to the console. Default: `false`. */
  log?: boolean;
  /**
   * The API root the widgets are given (`api-base`, `configure({ apiBase })`): only `<baseUrl>/v1/…`
   * answers, other paths reaching for `/v1` on this origin are 404 problems. Default: the page's origin.
   */
  baseUrl?: string;
}

/** The reference server in the page (Storybook, examples, browser tests), through msw's service worker. */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<BrowserMockServer> {
  const store = new MockStore();
  const worker = setupWorker(...createHandlers(store, [], { baseUrl: new URL(options.baseUrl ?? '/', location.href).href }));
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: !options.log,
  });
  return {
    store,
    worker,
    stop: () => worker.stop(),
    reset: () => {
      worker.resetHandlers();
      store.reset();
    },
    use: (...handlers) => worker.use(...handlers),
  };
}
