import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { MockStore } from './state.js';

/** The reference server inside a Node process (tests): intercepts `fetch` to `<baseUrl>/v1/*` (default: any host's `/v1/*`). */
export interface NodeMockServer {
  readonly store: MockStore;
  readonly server: SetupServer;
  listen(): void;
  close(): void;
  /** Back to the seed, and drops handlers added with `use()`. Call it after each test. */
  reset(): void;
  /** Overrides for one test, as with msw's `server.use()`. */
  use(...handlers: RequestHandler[]): void;
}

export function createNodeMockServer(store: MockStore = new MockStore(), extra: RequestHandler[] = [], options: Pick<HandlerOptions, 'baseUrl'> = {}): NodeMockServer {
  const server = setupServer(...createHandlers(store, extra, options));
  return {
    store,
    server,
    listen: () => server.listen({ onUnhandledRequest: 'bypass' }),
    close: () => server.close(),
    reset: () => {
      server.resetHandlers();
      store.reset();
    },
    use: (...handlers) => server.use(...handlers),
  };
}
