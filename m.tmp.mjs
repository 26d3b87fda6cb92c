import { bundleSize } from './scripts/bundle-size.mjs';
console.log(await bundleSize('packages/widgets/src/index.ts'));
