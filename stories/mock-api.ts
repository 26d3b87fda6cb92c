import type { BrowserMockServer } from '@layanan/mock-server/browser';
import { startMockWorker } from '@layanan/mock-server/browser';
import { configure } from '@layanan/widgets';

let running: Promise<BrowserMockServer> | undefined;

/**
 * A Storybook loader: the reference server in the browser (msw), fresh for each story, adjusted by
 * `setup` (latency, failures, data), and every widget pointed at it.
 */
export function withMockApi(setup?: (mock: BrowserMockServer) => void) {
  return async () => {
    configure({ apiBase: window.location.origin });
    running ??= startMockWorker();
    const mock = await running;
    mock.reset();
    setup?.(mock);
    return { mock };
  };
}
