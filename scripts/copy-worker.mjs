// Copies msw's service worker next to the mock server's browser build (Storybook and the browser
// tests serve it at /mockServiceWorker.js). npm 11 skips msw's postinstall, so this is explicit.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
const target = join(root, 'packages', 'mock-server', 'worker', 'mockServiceWorker.js');
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
