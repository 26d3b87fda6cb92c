import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-counter.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['packages/widgets/src/**/*.test.ts'],
  // `source` resolves our workspaces to their TypeScript; `browser` keeps msw's interceptors out of Node mode.
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' })],
  middleware: [
    // msw's worker must be served from the root for scope "/".
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.url = '/packages/mock-server/worker/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  concurrency: 1,
  // Per test file; a whole widget's flow against the reference server on a busy 2-core machine needs room.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter('.test-results/browser.json')],
};
