import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // Docs pages (autodocs) from custom-elements.json, see preview.ts.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // msw's service worker, served at /mockServiceWorker.js (scripts/copy-worker.mjs puts it there).
  staticDirs: ['../packages/mock-server/worker'],
  async viteFinal(config) {
    // Our workspaces straight from their TypeScript, as in the tests.
    config.resolve ??= {};
    config.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    return config;
  },
};

export default config;
