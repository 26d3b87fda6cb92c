import { startMockWorker, type BrowserMockServer } from '@layanan/mock-server/browser';
import { fixtureCleanup } from '@open-wc/testing';
import { configure } from '../src/index.js';

let running: Promise<BrowserMockServer> | undefined;

/**
 * The reference server in this test page (msw's service worker), with every widget pointed at it.
 * Reset it after each test: `afterEach(() => mock.reset())`.
 */
export function mockApi(): Promise<BrowserMockServer> {
  configure({ apiBase: location.origin });
  running ??= startMockWorker();
  return running;
}

/**
 * The reference server for one `describe` block, and a clean page after each test: the test's
 * widgets removed first (so the resets cannot make them load again), the server reset, what the
 * widgets kept on this device forgotten, the page's language and API address as they were.
 */
export function useMockApi(ready: (mock: BrowserMockServer) => void): void {
  let mock: BrowserMockServer;
  before(async () => {
    mock = await mockApi();
    ready(mock);
  });
  afterEach(() => {
    fixtureCleanup();
    mock.reset();
    for (const key of Object.keys(localStorage)) if (key.startsWith('layanan:')) localStorage.removeItem(key);
    document.documentElement.lang = '';
    document.querySelector('meta[name="layanan-api-base"]')?.remove();
    configure({ apiBase: location.origin });
  });
}

/** Every text node of a shadow root, whitespace collapsed: what a sighted citizen reads. */
export function textOf(element: Element): string {
  return (element.shadowRoot?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
