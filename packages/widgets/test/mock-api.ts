import { startMockWorker, type BrowserMockServer } from '@layanan/mock-server/browser';
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

/** Every text node of a shadow root, whitespace collapsed: what a sighted citizen reads. */
export function textOf(element: Element): string {
  return (element.shadowRoot?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
