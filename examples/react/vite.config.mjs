// The React example, built by `npm start` into dist/ and served by the mock server at /react/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/react/',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
